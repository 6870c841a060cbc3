//! `actors ID`, `actors --top N`, `list --actor NAME`, and the actors and quotes of
//! `read --json`.

use std::io::{IsTerminal, Write};

use serde::Serialize;

use super::output::{self, write_error};
use super::{CliError, Context};
use crate::actors::{Extraction, Kind};
use crate::store::{ActorId, ArticleId, Store};

/// How many actors `actors` lists without an article or `--top`.
const DEFAULT_TOP: usize = 20;

/// The period `actors --top` counts over.
const TOP_DAYS: i64 = 7;

/// `read --json`'s `actors` entries.
#[derive(Serialize)]
pub struct ActorMentionsJson<'a> {
    name: &'a str,
    kind: Kind,
    mentions: Vec<MentionJson>,
}

#[derive(Serialize)]
struct MentionJson {
    start: u32,
    end: u32,
    text: String,
}

/// `read --json`'s `quotes` entries.
#[derive(Serialize)]
pub struct QuoteJson<'a> {
    speaker: &'a str,
    text: &'a str,
    start: u32,
    end: u32,
}

/// The quotes of `x` as `read --json` prints them.
pub fn quotes_json(x: &Extraction) -> Vec<QuoteJson<'_>> {
    x.quotes
        .iter()
        .map(|q| QuoteJson {
            speaker: &q.speaker,
            text: &q.text,
            start: q.start,
            end: q.end,
        })
        .collect()
}

/// The actors of `x` with their mentions in `text`, as `read --json` prints them.
pub fn mentions_json<'a>(x: &'a Extraction, text: &str) -> Vec<ActorMentionsJson<'a>> {
    let chars: Vec<char> = text.chars().collect();
    x.actors
        .iter()
        .filter(|a| !a.mentions.is_empty())
        .map(|a| ActorMentionsJson {
            name: &a.name,
            kind: a.kind,
            mentions: a
                .mentions
                .iter()
                .map(|&(start, end)| MentionJson {
                    start,
                    end,
                    text: chars
                        .get(start as usize..end as usize)
                        .map(|s| s.iter().collect())
                        .unwrap_or_default(),
                })
                .collect(),
        })
        .collect()
}

/// Article `id`'s actors, extracted now if the stored ones are missing or stale (the
/// gazetteer is compiled only then).
pub fn extraction(
    ctx: &Context,
    store: &mut Store,
    id: ArticleId,
    title: &str,
    text: &str,
) -> Result<Extraction, CliError> {
    if let Some((version, x)) = store.extraction(id)?
        && version == ctx.actors_version()?
    {
        return Ok(x);
    }
    let extractor = ctx.extractor()?;
    Ok(crate::actor_index::for_article(
        store, &extractor, id, title, text,
    )?)
}

/// Brings every article's actors up to date (after a gazetteer change), with progress
/// on stderr when it is a terminal. The gazetteer is compiled only if some are stale.
fn bring_up_to_date(ctx: &Context, store: &mut Store) -> Result<(), CliError> {
    if store.stale_extraction_count(ctx.actors_version()?)? == 0 {
        return Ok(());
    }
    let extractor = ctx.extractor()?;
    let tty = std::io::stderr().is_terminal();
    let mut progress = |done: u64, total: u64| {
        if tty {
            eprint!("\rFinding actors: {done}/{total} articles");
        }
        true
    };
    let done = crate::actor_index::refresh_stale(store, &extractor, &mut progress)?;
    if tty && done > 0 {
        say_err!();
    }
    Ok(())
}

/// The actor `list --actor NAME` means: by name or by any gazetteer alias.
pub fn find_actor(ctx: &Context, store: &mut Store, name: &str) -> Result<ActorId, CliError> {
    bring_up_to_date(ctx, store)?;
    if let Some(a) = store.actor_by_name(name)? {
        return Ok(a.id);
    }
    // An alias (Tinubu, Zelensky) names its entry.
    let wanted = crate::actors::fold::fold(name.trim());
    let gazetteer = ctx.gazetteer()?;
    let canonical = gazetteer.entries.iter().find(|e| {
        e.aliases
            .iter()
            .chain(&e.weak)
            .any(|a| crate::actors::fold::fold(a) == wanted)
    });
    if let Some(a) = canonical.and_then(|e| store.actor_by_name(&e.name).transpose()) {
        return Ok(a?.id);
    }
    Err(CliError::Usage(format!(
        "no cached article names `{name}`; `ddm-reader actors --top 20` shows the most named"
    )))
}

#[derive(Serialize)]
struct ArticleActorsJson<'a> {
    id: ArticleId,
    actors: Vec<ArticleActorJson<'a>>,
}

#[derive(Serialize)]
struct ArticleActorJson<'a> {
    name: &'a str,
    kind: Kind,
    /// `null` when none is known (an actor found in the text).
    description: Option<&'a str>,
    discovered: bool,
    mentions: usize,
}

#[derive(Serialize)]
struct TopJson<'a> {
    name: &'a str,
    kind: Kind,
    articles: u64,
    mentions: u64,
}

/// `actors [ID] [--top N]`.
pub fn run(ctx: &Context, id: Option<i64>, top: Option<u32>, json: bool) -> Result<(), CliError> {
    let mut store = ctx.store()?;
    match (id, top) {
        (Some(id), _) => one_article(ctx, &mut store, id, json),
        (None, top) => {
            bring_up_to_date(ctx, &mut store)?;
            let since = chrono::Utc::now().timestamp() - TOP_DAYS * 86_400;
            let rows = store.top_actors(since, top.map_or(DEFAULT_TOP, |n| n as usize))?;
            if json {
                let rows: Vec<TopJson<'_>> = rows
                    .iter()
                    .map(|r| TopJson {
                        name: &r.name,
                        kind: r.kind,
                        articles: r.articles,
                        mentions: r.mentions,
                    })
                    .collect();
                return output::json(&rows);
            }
            let mut out = std::io::stdout().lock();
            if rows.is_empty() {
                writeln!(out, "No actors in articles of the last {TOP_DAYS} days.")
                    .map_err(write_error)?;
            }
            for r in &rows {
                writeln!(
                    out,
                    "{:>13} {:>14}  {:<6}  {}",
                    output::count(r.articles, "article"),
                    output::count(r.mentions, "mention"),
                    r.kind.as_str(),
                    crate::sanitize::clean_line(&r.name)
                )
                .map_err(write_error)?;
            }
            Ok(())
        }
    }
}

fn one_article(ctx: &Context, store: &mut Store, id: i64, json: bool) -> Result<(), CliError> {
    let article = super::commands::load_article(store, id)?;
    let text = article.document.plain_text();
    let x = extraction(
        ctx,
        store,
        article.summary.id,
        &article.summary.title,
        &text,
    )?;
    if json {
        return output::json(&ArticleActorsJson {
            id: article.summary.id,
            actors: x
                .actors
                .iter()
                .map(|a| ArticleActorJson {
                    name: &a.name,
                    kind: a.kind,
                    description: Some(a.description.as_str()).filter(|d| !d.is_empty()),
                    discovered: a.discovered,
                    mentions: a.mention_count(),
                })
                .collect(),
        });
    }
    let mut out = std::io::stdout().lock();
    for a in &x.actors {
        let what = if a.discovered {
            "(found in the text)".to_string()
        } else {
            a.description.clone()
        };
        writeln!(
            out,
            "{:<6}  {:>3}×  {}  — {}",
            a.kind.as_str(),
            a.mention_count(),
            crate::sanitize::clean_line(&a.name),
            crate::sanitize::clean_line(&what)
        )
        .map_err(write_error)?;
        for q in x.quotes.iter().filter(|q| q.speaker == a.name) {
            writeln!(out, "          “{}”", crate::sanitize::clean_line(&q.text))
                .map_err(write_error)?;
        }
    }
    Ok(())
}
