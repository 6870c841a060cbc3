//! The terminal reader: ratatui + crossterm over the cache, in the TEA shape.
//!
//! Keys become `Action`s through the `keymap`; `App::update` changes state and returns
//! `Effect`s; the effects `Runner` does the I/O on other threads and answers with
//! `AppEvent`s; `view::render` draws `&App`. The loop waits on terminal input, those
//! events, signals and a once-a-minute tick (for "5m ago"), and redraws only when state
//! changed, so an idle reader uses no CPU. It never waits on the network or the disk:
//! only the first screen is read before the loop starts.

pub mod action;
mod actor_jobs;
pub mod app;
pub mod complete;
mod editor;
pub mod effects;
mod event;
mod jobs;
pub mod keymap;
pub mod layout;
pub mod report_runner;
pub mod strings;
mod terminal;
pub mod theme;
pub mod view;
pub mod widget;

use std::sync::Arc;
use std::time::Duration;

use anyhow::Context as _;
use chrono::Utc;
use futures_util::StreamExt as _;
use tokio::signal::unix::{SignalKind, signal};

use self::action::Action;
use self::app::{App, Msg, ReportSettings, Settings};
use self::effects::{ActorFiles, AppEvent, Effect, Runner};
use self::keymap::Keymap;
use crate::config::Config;
use crate::paths::Paths;
use crate::store::{ListFilter, Store};

/// What the reader starts with.
pub struct Options {
    /// File locations.
    pub paths: Paths,
    /// The configuration.
    pub config: Config,
    /// `--offline`.
    pub offline: bool,
    /// Open the citizen-report form at once (`report new` in a terminal); no refresh.
    pub report_form: bool,
}

/// Runs the reader until the user quits. `Some(n)` when signal `n` (SIGTERM, SIGINT,
/// SIGHUP) ended it, so the caller can exit 128 + n as shells expect; the terminal is
/// given back and a draft saved either way.
pub fn run(options: Options) -> anyhow::Result<Option<u8>> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .context("starting the async runtime")?;
    runtime.block_on(run_loop(options))
}

/// The first screen's state, read from the cache before the loop starts, and the
/// effects that complete it once the runner is up.
fn first_app(
    store: &mut Store,
    options: &Options,
    size: (u16, u16),
) -> anyhow::Result<(App, Vec<Effect>)> {
    let config = &options.config;
    let keymap = Keymap::build(&config.keys).map_err(|e| anyhow::anyhow!("bad config: {e}"))?;
    let settings = Settings {
        outlet: outlet_name(config),
        reader_width: config.reader.width,
        mark_read_on_open: config.reader.mark_read_on_open,
        offline: options.offline,
        color: !theme::Theme::no_color_env(),
        truecolor: theme::Theme::truecolor_env(),
        hyperlinks: hyperlinks(&config.reader.hyperlinks),
        share: config.share.clone(),
        report: ReportSettings {
            limits: crate::report::ReportLimits::from_config(&config.report),
            smtp: config.report.smtp.is_some(),
        },
        local_dates: true,
    };
    let mut app = App::new(settings, keymap, size, Utc::now());
    if !store.has_articles()? {
        // Never open on an empty screen: the sample edition stands in until a refresh.
        crate::sample::load(store).context("loading the sample edition")?;
    }
    app.sample = crate::sample::showing(store)?;
    // Only the first screenful or so is read before the first frame; the whole list
    // follows from the read thread, keeping the selection.
    let generation = app.take_generation();
    let first = ListFilter {
        limit: Some(app.list_height() + app::PAGE),
        ..app.list_query().filter
    };
    let ids = store.list_ids(&first)?;
    let effects = app.update(Msg::Event(AppEvent::ListLoaded {
        generation,
        ids,
        keep: None,
    }));
    // Only the rows on screen are read now; the rest of their page follows from the read
    // thread (rows are large records on 64 KiB pages: each one read costs).
    let on_screen = app.list_height();
    let on_screen: Vec<_> = app.list.ids.iter().take(on_screen).copied().collect();
    let rows = store.summaries(&on_screen)?;
    app.update(Msg::Event(AppEvent::RowsLoaded(rows)));
    Ok((app, effects))
}

/// Writes an unsaved report's text to a new private file (mode 0600), in the data
/// directory or, if that cannot be written (it may be the full disk that stopped the
/// save), the temporary directory; the file's path, if one was written.
fn rescue_file(text: &str, data_dir: &std::path::Path) -> Option<std::path::PathBuf> {
    use std::io::Write as _;
    let name = format!(
        "unsaved-report-{}-{}.txt",
        chrono::Local::now().format("%Y%m%d-%H%M%S"),
        std::process::id()
    );
    [data_dir.to_path_buf(), std::env::temp_dir()]
        .into_iter()
        .map(|dir| dir.join(&name))
        .find(|path| {
            let mut options = std::fs::OpenOptions::new();
            options.write(true).create_new(true);
            #[cfg(unix)]
            std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
            let Ok(mut file) = options.open(path) else {
                return false;
            };
            let written = file
                .write_all(text.as_bytes())
                .and_then(|()| file.sync_all());
            if written.is_err() {
                // Ours, half-written: the temporary directory's turn.
                let _ = std::fs::remove_file(path);
            }
            written.is_ok()
        })
}

/// Whether to write OSC 8 hyperlinks. Terminals that do not know them ignore them, but
/// the Linux console and dumb terminals may print them, so auto leaves those out.
fn hyperlinks(setting: &str) -> bool {
    match setting {
        "always" => true,
        "never" => false,
        _ => {
            let term = std::env::var("TERM").unwrap_or_default();
            !(term.is_empty() || term == "dumb" || term == "linux" || term.starts_with("vt"))
        }
    }
}

fn outlet_name(config: &Config) -> String {
    // The outlet's own name when reading its feed alone, else the product's.
    if let [only] = config.feeds.as_slice()
        && only.url == crate::config::DEFAULT_FEED_URL
    {
        crate::config::DEFAULT_FEED_NAME.to_owned()
    } else {
        "DDM Reader".to_owned()
    }
}

/// The loop's own handles an effect may need.
struct Shell<'a> {
    tui: &'a mut terminal::Tui,
    input: &'a mut crossterm::event::EventStream,
    events: &'a tokio::sync::mpsc::UnboundedSender<AppEvent>,
}

/// Runs an effect: all go to the runner, but a copy's OSC 52 is written here first, to
/// the terminal we draw on, between frames (so it never lands inside a frame's output),
/// and the external editor runs here, with the screen suspended: the loop owns the
/// terminal and the input stream.
fn dispatch(effect: Effect, shell: &mut Shell<'_>, runner: &Runner) {
    let tui = &mut *shell.tui;
    match effect {
        Effect::EditExternally(text) => {
            // Stop reading the terminal (dropping the stream ends its reader thread), so
            // every key goes to the editor; read again with a new stream afterwards.
            drop(std::mem::replace(
                shell.input,
                crossterm::event::EventStream::new(),
            ));
            tui.suspend();
            let result = editor::edit(&editor::editor_command(), &text);
            let resumed = tui.resume();
            if let Err(e) = &resumed {
                tracing::error!(error = %e, "taking the terminal back");
            }
            let _ = shell.events.send(AppEvent::Edited(result));
        }
        Effect::Copy(text) => {
            let written = crate::clipboard::write_osc52(tui.terminal.backend_mut(), &text);
            if let Err(e) = &written {
                tracing::warn!(error = %e, "writing OSC 52");
            }
            runner.copy_to_system(text, written.is_ok());
        }
        other => runner.run(other),
    }
}

/// Seconds between looks at whether another process changed the cache.
const WATCH_SECS: u64 = 3;

async fn run_loop(options: Options) -> anyhow::Result<Option<u8>> {
    let started = std::time::Instant::now();
    let cache = options.paths.cache();
    let mut store =
        Store::open(&cache).with_context(|| format!("opening the cache {}", cache.display()))?;
    // The feeds as the config names them now (a section changed there shows in the
    // tabs at once, even with no refresh); a cache busy elsewhere only delays that.
    if let Err(e) = crate::refresh::sync_config(&store, &options.config) {
        tracing::warn!(error = %e, "cannot bring the feeds in line with the config yet");
    }
    let opened = started.elapsed();
    let size = crossterm::terminal::size().context("reading the terminal size")?;
    let (mut app, pending) = first_app(&mut store, &options, size)?;
    let loaded = started.elapsed();
    let mut tui = terminal::Tui::enter().context("setting up the terminal")?;
    let entered = started.elapsed();
    tui.terminal.draw(|f| view::render(&app, f))?;
    app.dirty = false;
    tracing::info!(
        articles = app.list.len(),
        ?opened,
        ?loaded,
        ?entered,
        drawn = ?started.elapsed(),
        "first frame drawn"
    );

    let (events_tx, mut events_rx) = tokio::sync::mpsc::unbounded_channel();
    let refresh_on_start = options.config.fetch.refresh_on_start;
    let report_form = options.report_form;
    let outbox = options.paths.outbox();
    // Actors load after the first frame, on their own thread: the gazetteer, then every
    // article extracted with an older one, with the reader usable meanwhile.
    let user_file = options
        .paths
        .actors_file(options.config.actors.file.as_deref());
    let compiled = options.paths.compiled_actors();
    let (extractor, actors_thread) = actor_jobs::start(
        cache.clone(),
        compiled,
        user_file.clone(),
        events_tx.clone(),
    )
    .context("starting the actors thread")?;
    let actors = ActorFiles {
        extractor,
        user_file,
    };
    let runner = Runner::start(
        store,
        cache,
        outbox,
        Arc::new(options.config),
        actors,
        events_tx.clone(),
    )?;
    for effect in pending.into_iter().chain(app.reload_list()) {
        runner.run(effect);
    }
    runner.run(Effect::LoadTabs);
    runner.run(Effect::LoadCounts);
    // The outbox: "1 unsent report" in the status bar, and queued reports sent.
    runner.run(Effect::LoadOutbox);
    // Queued reports go out at start; not under the form alone, whose farewell waits
    // for its own report's send.
    if app.settings.report.smtp && !options.offline && !report_form {
        runner.run(Effect::SendReports);
    }
    let first = if report_form {
        app.form_only = true;
        app.start_new_report()
    } else if refresh_on_start && !options.offline {
        app.update(Msg::Action(Action::Refresh))
    } else {
        Vec::new()
    };
    for effect in first {
        runner.run(effect);
    }

    let mut input = crossterm::event::EventStream::new();
    let mut terminate = signal(SignalKind::terminate())?;
    let mut hangup = signal(SignalKind::hangup())?;
    let mut interrupt = signal(SignalKind::interrupt())?;
    let minute = Duration::from_secs(60);
    let mut tick = tokio::time::interval_at(tokio::time::Instant::now() + minute, minute);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    // A cron `fetch` in another process changes the cache under the reader: a look every
    // few seconds (one pragma, no disk read) keeps the list true to it.
    let every = Duration::from_secs(WATCH_SECS);
    let mut watch = tokio::time::interval(every);
    watch.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);

    let mut signalled = None;
    while !app.quit {
        let msg = tokio::select! {
            event = input.next() => match event {
                Some(Ok(event)) => event::to_msg(&event),
                Some(Err(e)) => {
                    tracing::error!(error = %e, "reading terminal input");
                    Some(Msg::Quit)
                }
                None => Some(Msg::Quit),
            },
            Some(event) = events_rx.recv() => Some(Msg::Event(event)),
            _ = tick.tick() => Some(Msg::Tick),
            _ = watch.tick() => Some(Msg::Watch),
            _ = terminate.recv() => {
                signalled = Some(15);
                Some(Msg::Quit)
            }
            _ = hangup.recv() => {
                signalled = Some(1);
                Some(Msg::Quit)
            }
            _ = interrupt.recv() => {
                signalled = Some(2);
                Some(Msg::Quit)
            }
        };
        let Some(msg) = msg else { continue };
        app.now = Utc::now();
        let mut shell = Shell {
            tui: &mut tui,
            input: &mut input,
            events: &events_tx,
        };
        for effect in app.update(msg) {
            dispatch(effect, &mut shell, &runner);
        }
        // Take every event already waiting before drawing once for all of them.
        while let Ok(event) = events_rx.try_recv() {
            for effect in app.update(Msg::Event(event)) {
                dispatch(effect, &mut shell, &runner);
            }
        }
        if app.dirty && !app.quit {
            tui.terminal.draw(|f| view::render(&app, f))?;
            app.dirty = false;
        }
    }
    drop(tui);
    // A draft saved on the way out is written before the process ends, and every
    // connection to the cache is closed (the last one folds its log in).
    runner.finish();
    actors_thread.finish();
    // The answer to that last save: if it failed, what was typed is printed rather
    // than lost with the form.
    while let Ok(event) = events_rx.try_recv() {
        let _ = app.update(Msg::Event(event));
    }
    if let Some(text) = app.unsaved_report() {
        // stderr may be gone with the terminal (a hang-up): a private file too.
        let also = rescue_file(&text, &options.paths.data_dir)
            .map(|path| format!("\n\n(This text is also in {}.)", path.display()))
            .unwrap_or_default();
        say_err!("{text}{also}");
        // Ended by a signal: 128 + n all the same, as the shell expects.
        if signalled.is_some() {
            return Ok(signalled);
        }
        anyhow::bail!("the citizen report above could not be saved");
    }
    match app.farewell.take() {
        Some(Ok(line)) => println!("{line}"),
        // The report is safe in the outbox; the send is what failed (exit 1).
        Some(Err(problem)) if signalled.is_none() => anyhow::bail!(problem),
        _ => {}
    }
    Ok(signalled)
}
