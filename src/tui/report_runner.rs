//! The outbox side of the effects runner. One thread owns an `Outbox` connection and
//! does saves, queueing, discards and reads in the order they were asked for, so a save
//! is never overtaken by a later one and a discard comes after the saves before it. It
//! remembers which outbox id each form session got on its first save, so saves sent
//! before that answer came back still update the same draft.
//!
//! Sending (SMTP, which may take a while) runs on its own thread with its own
//! connection, so typing and saving never wait on the network. Path completion and
//! attachment sizes are small blocking jobs on tokio's blocking pool.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc as std_mpsc;
use std::thread::JoinHandle;
use std::time::Duration;

use chrono::Utc;
use tokio::sync::mpsc::UnboundedSender;

use super::app::SAVE_DELAY_MS;
use super::complete::{attachment_size, complete_path};
use super::effects::{AppEvent, Effect, SendSummary};
use crate::config::Config;
use crate::report::{Outbox, ReportDraft, ReportError, ReportId, ReportLimits, ReportState};

enum Job {
    Save {
        session: u64,
        id: Option<ReportId>,
        generation: u64,
        draft: Box<ReportDraft>,
    },
    Queue {
        session: u64,
        id: Option<ReportId>,
        draft: Box<ReportDraft>,
    },
    Discard {
        session: u64,
        id: Option<ReportId>,
    },
    List,
    Load(ReportId),
    Mailto(ReportId),
}

/// Runs the report effects; see the module comment.
pub struct ReportRunner {
    jobs: std_mpsc::Sender<Job>,
    thread: JoinHandle<()>,
    events: UnboundedSender<AppEvent>,
    config: Arc<Config>,
    path: PathBuf,
    sending: Arc<AtomicBool>,
    /// A send was asked for while one ran: the run goes again when it ends (a report
    /// queued during a run would otherwise wait for the retry timer).
    again: Arc<AtomicBool>,
}

impl ReportRunner {
    /// Starts the outbox thread on the outbox at `path` (opened there, created if need be).
    pub fn start(
        path: PathBuf,
        config: Arc<Config>,
        events: UnboundedSender<AppEvent>,
    ) -> std::io::Result<ReportRunner> {
        let (jobs, rx) = std_mpsc::channel();
        let thread_events = events.clone();
        let thread_path = path.clone();
        let limits = ReportLimits::from_config(&config.report);
        let report_config = config.report.clone();
        let thread = std::thread::Builder::new()
            .name("ddm-outbox".into())
            .spawn(move || {
                outbox_loop(&thread_path, &limits, &report_config, &rx, &thread_events);
            })?;
        Ok(ReportRunner {
            jobs,
            thread,
            events,
            config,
            path,
            sending: Arc::default(),
            again: Arc::default(),
        })
    }

    /// Runs one report effect (others are ignored).
    pub fn run(&self, effect: Effect) {
        let job = match effect {
            Effect::ScheduleSave(generation) => {
                let events = self.events.clone();
                tokio::spawn(async move {
                    tokio::time::sleep(Duration::from_millis(SAVE_DELAY_MS)).await;
                    let _ = events.send(AppEvent::SaveDue(generation));
                });
                return;
            }
            Effect::SaveDraft {
                session,
                id,
                generation,
                draft,
            } => Job::Save {
                session,
                id,
                generation,
                draft,
            },
            Effect::QueueReport { session, id, draft } => Job::Queue { session, id, draft },
            Effect::DiscardReport { session, id } => Job::Discard { session, id },
            Effect::LoadOutbox => Job::List,
            Effect::LoadDraft(id) => Job::Load(id),
            Effect::MailReport(id) => Job::Mailto(id),
            Effect::SendReports => return self.send(),
            Effect::ScheduleSend(at) => {
                let events = self.events.clone();
                // A second past the time, so the report is due when the outbox looks.
                let wait = (at - chrono::Utc::now())
                    .to_std()
                    .unwrap_or_default()
                    .saturating_add(Duration::from_secs(1));
                tokio::spawn(async move {
                    tokio::time::sleep(wait).await;
                    let _ = events.send(AppEvent::SendDue);
                });
                return;
            }
            Effect::CompletePath(input) => {
                let events = self.events.clone();
                tokio::task::spawn_blocking(move || {
                    let matches = complete_path(&input);
                    let _ = events.send(AppEvent::PathCompleted { input, matches });
                });
                return;
            }
            Effect::CheckAttachment(path) => {
                let events = self.events.clone();
                tokio::task::spawn_blocking(move || {
                    let size = attachment_size(&path);
                    let _ = events.send(AppEvent::AttachmentChecked { path, size });
                });
                return;
            }
            other => {
                tracing::warn!(effect = ?std::mem::discriminant(&other), "not a report effect");
                return;
            }
        };
        if self.jobs.send(job).is_err() {
            let _ = self.events.send(AppEvent::OutboxFailed(
                "the outbox thread stopped: drafts are not being saved".into(),
            ));
        }
    }

    /// Sends the due reports on a thread of its own (one run at a time; asked for during
    /// a run, it runs again after).
    fn send(&self) {
        if self.config.report.smtp.is_none() {
            return;
        }
        if self.sending.swap(true, Ordering::SeqCst) {
            self.again.store(true, Ordering::SeqCst);
            return;
        }
        let (path, config) = (self.path.clone(), self.config.clone());
        let (events, sending, again) = (
            self.events.clone(),
            self.sending.clone(),
            self.again.clone(),
        );
        let spawned = std::thread::Builder::new()
            .name("ddm-send".into())
            .spawn(move || {
                loop {
                    again.store(false, Ordering::SeqCst);
                    let summary = send_due(&path, &config);
                    let _ = events.send(AppEvent::ReportsSent(summary));
                    if again.load(Ordering::SeqCst) {
                        continue;
                    }
                    sending.store(false, Ordering::SeqCst);
                    // A request between the look and the store saw a run going and only
                    // raised `again`: take it up, unless a new run has started since.
                    if !again.load(Ordering::SeqCst) || sending.swap(true, Ordering::SeqCst) {
                        break;
                    }
                }
            });
        if let Err(e) = spawned {
            self.sending.store(false, Ordering::SeqCst);
            let _ = self.events.send(AppEvent::OutboxFailed(format!(
                "cannot start sending reports: {e}"
            )));
        }
    }

    /// Lets the outbox thread finish the jobs it was given, then stops it.
    pub fn finish(self) {
        drop(self.jobs);
        if self.thread.join().is_err() {
            tracing::error!("the outbox thread panicked");
        }
    }
}

fn send_due(path: &Path, config: &Config) -> SendSummary {
    let mut summary = SendSummary::default();
    let mut outbox = match Outbox::open(path) {
        Ok(o) => o,
        Err(e) => {
            summary.error = Some(e.to_string());
            return summary;
        }
    };
    match crate::report::send_due(&mut outbox, &config.report, Utc::now()) {
        Ok(outcomes) => {
            for outcome in outcomes {
                summary.outcomes.push((
                    outcome.id,
                    outcome.result.as_ref().err().map(ToString::to_string),
                ));
                match outcome.result {
                    Ok(_) => summary.sent += 1,
                    Err(e) => match outbox.get(outcome.id) {
                        Ok(r) if r.state == ReportState::Failed => {
                            summary.failed.push(e.to_string());
                        }
                        Ok(r) => summary.waiting.push((r.next_try, e.to_string())),
                        Err(_) => summary.waiting.push((None, e.to_string())),
                    },
                }
            }
        }
        Err(e) => summary.error = Some(e.to_string()),
    }
    summary
}

fn outbox_loop(
    path: &Path,
    limits: &ReportLimits,
    config: &crate::config::ReportConfig,
    jobs: &std_mpsc::Receiver<Job>,
    events: &UnboundedSender<AppEvent>,
) {
    let mut outbox = match Outbox::open(path) {
        Ok(o) => Some(o),
        Err(e) => {
            let _ = events.send(AppEvent::OutboxFailed(e.to_string()));
            None
        }
    };
    let mut ids: HashMap<u64, ReportId> = HashMap::new();
    // What this reader last read or wrote in each draft: a draft that holds something
    // else was changed by another reader, whose text must not be written over.
    let mut seen = Seen::default();
    while let Ok(job) = jobs.recv() {
        let Some(outbox) = outbox.as_mut() else {
            let error = format!(
                "the outbox {} could not be opened: nothing is saved",
                path.display()
            );
            // A form waiting on its save or its queueing hears why, by name.
            let _ = events.send(match job {
                Job::Save { session, .. } => AppEvent::DraftSaveFailed { session, error },
                Job::Queue { session, id, .. } => AppEvent::QueueFailed {
                    session,
                    id,
                    error,
                    fields: Vec::new(),
                    saved: false,
                },
                _ => AppEvent::OutboxFailed(error),
            });
            continue;
        };
        let event = match job {
            Job::Save {
                session,
                id,
                generation,
                draft,
            } => {
                let id = id.or_else(|| ids.get(&session).copied());
                match save_own(outbox, &mut seen, id, &draft) {
                    Ok((id, note)) => {
                        ids.insert(session, id);
                        AppEvent::DraftSaved {
                            session,
                            generation,
                            id,
                            note,
                        }
                    }
                    Err(e) => AppEvent::DraftSaveFailed {
                        session,
                        error: format!("saving the draft: {e}"),
                    },
                }
            }
            Job::Queue { session, id, draft } => {
                let id = id.or_else(|| ids.get(&session).copied());
                queue(outbox, session, id, &draft, limits, &mut ids, &mut seen)
            }
            Job::Discard { session, id } => match id.or_else(|| ids.get(&session).copied()) {
                Some(id) => match outbox.discard(id) {
                    Ok(()) => AppEvent::ReportDiscarded,
                    Err(e) => AppEvent::OutboxFailed(format!("discarding the draft: {e}")),
                },
                None => AppEvent::ReportDiscarded,
            },
            Job::List => match outbox.list() {
                Ok(all) => AppEvent::OutboxLoaded(
                    all.into_iter()
                        .filter(|r| r.state != ReportState::Sent)
                        .collect(),
                ),
                Err(e) => AppEvent::OutboxFailed(format!("reading the outbox: {e}")),
            },
            Job::Load(id) => match outbox.get(id) {
                Ok(r) => {
                    seen.insert(id, r.draft.clone());
                    AppEvent::DraftLoaded(Box::new(r))
                }
                Err(e) => AppEvent::OutboxFailed(format!("reading the draft: {e}")),
            },
            Job::Mailto(id) => match crate::report::mailto(outbox, config, id) {
                Ok(url) => AppEvent::MailtoReady(url),
                Err(e) => AppEvent::OutboxFailed(format!("building the mailto: link: {e}")),
            },
        };
        if events.send(event).is_err() {
            // The UI is gone; keep writing what was asked for anyway.
            tracing::debug!("outbox answer dropped: the UI has ended");
        }
    }
}

/// Saves `draft` as report `id` (new when `None`), and returns its id and, when it had
/// to become a new draft, why. A draft another reader queued, discarded or changed
/// since this one last saw it is not written over: the text becomes a draft of its
/// own, so that neither reader's words are lost.
/// What this reader last read or wrote in each draft, and where the drafts it had to
/// save anew went: a save already on its way for the old draft follows to the new one
/// instead of making yet another.
#[derive(Default)]
struct Seen {
    drafts: HashMap<ReportId, ReportDraft>,
    moved: HashMap<ReportId, ReportId>,
}

impl Seen {
    fn insert(&mut self, id: ReportId, draft: ReportDraft) {
        self.drafts.insert(id, draft);
    }

    fn get(&self, id: ReportId) -> Option<&ReportDraft> {
        self.drafts.get(&id)
    }

    /// Where the draft `id` is now.
    fn current(&self, mut id: ReportId) -> ReportId {
        // Moves only go to newer ids, so this ends.
        while let Some(next) = self.moved.get(&id) {
            id = *next;
        }
        id
    }
}

fn save_own(
    outbox: &mut Outbox,
    seen: &mut Seen,
    id: Option<ReportId>,
    draft: &ReportDraft,
) -> Result<(ReportId, Option<String>), ReportError> {
    let now = Utc::now();
    let id = id.map(|id| seen.current(id));
    let saved = match id.and_then(|id| seen.get(id).map(|last| (id, last))) {
        Some((id, last)) => outbox.save_draft_over(id, draft, last, now),
        None => outbox.save_draft(id, draft, now),
    };
    let saved = match (saved, id) {
        (
            Err(
                e @ (ReportError::WrongState { .. }
                | ReportError::NotFound(_)
                | ReportError::Changed(_)),
            ),
            Some(old),
        ) => {
            let note = super::strings::draft_moved(old, &e.to_string());
            let new = outbox.save_draft(None, draft, now)?;
            seen.moved.insert(old, new);
            Ok((new, Some(note)))
        }
        (saved, _) => saved.map(|id| (id, None)),
    }?;
    seen.insert(saved.0, draft.clone());
    Ok(saved)
}

fn queue(
    outbox: &mut Outbox,
    session: u64,
    id: Option<ReportId>,
    draft: &ReportDraft,
    limits: &ReportLimits,
    ids: &mut HashMap<u64, ReportId>,
    seen: &mut Seen,
) -> AppEvent {
    let failed = |id, e: ReportError, saved| {
        let fields = match &e {
            ReportError::Invalid(fields) => fields.clone(),
            _ => Vec::new(),
        };
        AppEvent::QueueFailed {
            session,
            id,
            error: e.to_string(),
            fields,
            saved,
        }
    };
    let id = match save_own(outbox, seen, id, draft) {
        Ok((id, _)) => id,
        Err(e) => return failed(id, e, false),
    };
    ids.insert(session, id);
    match outbox.queue(id, limits, Utc::now()) {
        Ok(warnings) => AppEvent::ReportQueued {
            session,
            id,
            warnings,
        },
        Err(e) => failed(Some(id), e, true),
    }
}
