//! The gazetteer: known actors with their kinds, aliases and descriptions. The bundled
//! one is `assets/actors.toml`; a user's file, named in the config, adds entries and
//! overrides bundled ones of the same name.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::fast::{FNV_BASIS, fnv1a_from};
use super::fold::fold;

/// The bundled gazetteer.
pub const BUNDLED: &str = include_str!("../../assets/actors.toml");

/// What an actor is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// A person.
    Person,
    /// An organisation: party, agency, government, court, company, media.
    Org,
    /// A place: country, state, city, region, named building or venue.
    Place,
}

impl Kind {
    /// The word used in JSON, the store and the config.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Person => "person",
            Kind::Org => "org",
            Kind::Place => "place",
        }
    }

    /// Parses [`Kind::as_str`].
    pub fn parse(s: &str) -> Option<Kind> {
        match s {
            "person" => Some(Kind::Person),
            "org" => Some(Kind::Org),
            "place" => Some(Kind::Place),
            _ => None,
        }
    }
}

/// One known actor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// The canonical name, as shown.
    pub name: String,
    /// What it is.
    pub kind: Kind,
    /// One line: "President of Ukraine".
    #[serde(default)]
    pub description: String,
    /// Other names that on their own mean this actor.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// Ambiguous names that count only where the name, an alias or a context word is
    /// in the same article ("May" for Theresa May).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub weak: Vec<String>,
    /// Words whose presence makes the weak names count.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub context: Vec<String>,
    /// In a user's file: drop the bundled entry of this name instead.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub remove: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    as_of: Option<String>,
    #[serde(default, rename = "actor")]
    actors: Vec<Entry>,
}

/// A gazetteer file that could not be used.
#[derive(Debug, thiserror::Error)]
pub enum GazetteerError {
    /// The file could not be read.
    #[error("cannot read the actors file {path}: {source}")]
    Read {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// The file is not a valid gazetteer.
    #[error("{path}: {message}")]
    Invalid {
        /// The file (or "the bundled gazetteer").
        path: String,
        /// What is wrong, with its line and column.
        message: String,
    },
}

/// Every known actor, bundled and the user's.
#[derive(Debug, Clone)]
pub struct Gazetteer {
    /// The entries, user entries last.
    pub entries: Vec<Entry>,
    /// The bundled file's `as_of` date.
    pub as_of: Option<String>,
    /// Changes whenever any entry (or the extraction code's version) changes; stored
    /// with every extraction so stale ones are redone.
    pub version: i64,
}

/// Bumped whenever the extraction rules change, so stored results are recomputed.
const RULES_VERSION: &[u8] = b"actors-rules-5";

impl Gazetteer {
    /// The bundled gazetteer merged with the user's file, if any.
    pub fn load(user_file: Option<&Path>) -> Result<Gazetteer, GazetteerError> {
        Gazetteer::with_user_text(user_file, &read_user(user_file)?)
    }

    /// The bundled gazetteer merged with `user_text`, the contents of `user_file`.
    pub(super) fn with_user_text(
        user_file: Option<&Path>,
        user_text: &str,
    ) -> Result<Gazetteer, GazetteerError> {
        let bundled = parse(BUNDLED, "the bundled gazetteer (assets/actors.toml)")?;
        let mut entries = bundled.actors;
        if let Some(path) = user_file {
            let user = parse(user_text, &path.display().to_string())?;
            merge(&mut entries, user.actors);
        }
        Ok(Gazetteer {
            entries,
            as_of: bundled.as_of,
            version: version_of(user_text),
        })
    }

    /// The [`Gazetteer::version`] a load would give, from the files' bytes alone: what
    /// tells whether stored actors are current without parsing or compiling anything.
    pub fn current_version(user_file: Option<&Path>) -> Result<i64, GazetteerError> {
        Ok(version_of(&read_user(user_file)?))
    }
}

/// The user's file, empty when there is none or it is not written yet (`+` creates it).
pub(super) fn read_user(user_file: Option<&Path>) -> Result<String, GazetteerError> {
    let Some(path) = user_file else {
        return Ok(String::new());
    };
    match std::fs::read_to_string(path) {
        Ok(text) => Ok(text),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(String::new()),
        Err(source) => Err(GazetteerError::Read {
            path: path.to_path_buf(),
            source,
        }),
    }
}

/// The hash of the rules' version and the bundled file, computed at compile time: the
/// version is this hash continued over the user's file.
const BUNDLED_HASH: u64 = fnv1a_from(fnv1a_from(FNV_BASIS, RULES_VERSION), BUNDLED.as_bytes());

/// The version of the bundled gazetteer with the user's file `user_text`.
pub(super) fn version_of(user_text: &str) -> i64 {
    let version = fnv1a_from(fnv1a_from(BUNDLED_HASH, b"\x1f"), user_text.as_bytes());
    i64::from_ne_bytes(version.to_ne_bytes())
}

fn parse(text: &str, origin: &str) -> Result<File, GazetteerError> {
    // The bundled file is generated in one regular shape that a line reader takes in a
    // fraction of a millisecond; anything else (a hand-edited user file) goes through
    // the TOML parser, which also gives the line and column of a mistake.
    let file = match quick_parse(text) {
        Some(file) => file,
        None => toml::from_str(text).map_err(|e| GazetteerError::Invalid {
            path: origin.to_string(),
            message: e.to_string().trim().to_string(),
        })?,
    };
    for entry in &file.actors {
        if entry.name.trim().is_empty() {
            return Err(GazetteerError::Invalid {
                path: origin.to_string(),
                message: "an [[actor]] has an empty name".into(),
            });
        }
    }
    Ok(file)
}

/// Reads the generated shape: comments, `as_of = "…"`, `[[actor]]` headers, and
/// `key = "…"`, `key = ["…", …]` or `remove = true|false` lines, with no escapes. `None`
/// for anything else, so the caller falls back to the full TOML parser.
fn quick_parse(text: &str) -> Option<File> {
    fn string(v: &str) -> Option<String> {
        let inner = v.strip_prefix('"')?.strip_suffix('"')?;
        (!inner.contains(['"', '\\'])).then(|| inner.to_string())
    }
    fn list(v: &str) -> Option<Vec<String>> {
        let inner = v.strip_prefix('[')?.strip_suffix(']')?.trim();
        if inner.is_empty() {
            return Some(Vec::new());
        }
        let items = inner.strip_prefix('"')?.strip_suffix('"')?;
        items
            .split("\", \"")
            .map(|item| (!item.contains(['"', '\\'])).then(|| item.to_string()))
            .collect()
    }
    let mut file = File {
        as_of: None,
        actors: Vec::new(),
    };
    let mut kinds = 0;
    for line in text.lines() {
        let line = line.trim_end();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if line == "[[actor]]" {
            file.actors.push(Entry {
                name: String::new(),
                kind: Kind::Place,
                description: String::new(),
                aliases: Vec::new(),
                weak: Vec::new(),
                context: Vec::new(),
                remove: false,
            });
            continue;
        }
        let (key, value) = line.split_once('=')?;
        let (key, value) = (key.trim_end(), value.trim_start());
        let Some(entry) = file.actors.last_mut() else {
            if key == "as_of" {
                file.as_of = Some(string(value)?);
                continue;
            }
            return None;
        };
        match key {
            "name" => entry.name = string(value)?,
            "kind" => {
                entry.kind = Kind::parse(&string(value)?)?;
                kinds += 1;
            }
            "description" => entry.description = string(value)?,
            "aliases" => entry.aliases = list(value)?,
            "weak" => entry.weak = list(value)?,
            "context" => entry.context = list(value)?,
            "remove" => entry.remove = value.parse().ok()?,
            _ => return None,
        }
    }
    // Every entry needs a kind line; without one, let TOML say what is wrong.
    (kinds == file.actors.len()).then_some(file)
}

/// User entries replace bundled ones of the same (folded) name; `remove = true` drops it.
/// Of user entries with one name, the last counts. Linear: a name is folded once and
/// looked up, where removing each user entry's name from the whole list made a file
/// of 20,000 entries take 16 s at every `list --actor`.
fn merge(entries: &mut Vec<Entry>, user: Vec<Entry>) {
    let keys: Vec<String> = user.iter().map(|e| fold(&e.name)).collect();
    let last: std::collections::HashMap<&str, usize> = keys
        .iter()
        .enumerate()
        .map(|(i, key)| (key.as_str(), i))
        .collect();
    entries.retain(|e| !last.contains_key(fold(&e.name).as_str()));
    for (i, entry) in user.into_iter().enumerate() {
        if last.get(keys[i].as_str()) == Some(&i) && !entry.remove {
            entries.push(entry);
        }
    }
}

#[derive(Serialize)]
struct One<'a> {
    actor: [&'a Entry; 1],
}

/// Appends `entry` to the user's file, creating it (and its folder) if needed. The
/// existing text is kept byte for byte.
pub fn append_user_entry(path: &Path, entry: &Entry) -> Result<(), GazetteerError> {
    let read_err = |source| GazetteerError::Read {
        path: path.to_path_buf(),
        source,
    };
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(read_err)?;
    }
    let existing = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(e) => return Err(read_err(e)),
    };
    let block = toml::to_string(&One { actor: [entry] }).map_err(|e| GazetteerError::Invalid {
        path: path.display().to_string(),
        message: e.to_string(),
    })?;
    let mut text = existing;
    if text.is_empty() {
        text.push_str("# Your own actors for ddm-reader: added with `+` in the actors panel, or by hand.\n# Same format as the bundled gazetteer; an entry named like a bundled one replaces it.\n");
    } else if !text.ends_with('\n') {
        text.push('\n');
    }
    text.push('\n');
    text.push_str(&block);
    // Checked before it replaces the file, so a bad write never breaks the user's file.
    parse(&text, &path.display().to_string())?;
    let tmp = path.with_extension("toml.tmp");
    std::fs::write(&tmp, &text).map_err(read_err)?;
    std::fs::rename(&tmp, path).map_err(read_err)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_gazetteer_is_large_and_dated() {
        let g = Gazetteer::load(None).unwrap();
        assert!(g.entries.len() >= 1500, "{} entries", g.entries.len());
        assert!(g.as_of.is_some());
        for e in &g.entries {
            assert!(!e.description.is_empty(), "{} has no description", e.name);
        }
    }

    #[test]
    fn a_user_file_adds_overrides_and_removes_and_changes_the_version() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("actors.toml");
        let base = Gazetteer::load(Some(&path)).unwrap();
        assert_eq!(base.version, Gazetteer::load(None).unwrap().version);
        assert_eq!(
            base.version,
            Gazetteer::current_version(Some(&path)).unwrap()
        );
        std::fs::write(
            &path,
            "[[actor]]\nname = \"Ada Okafor\"\nkind = \"person\"\ndescription = \"Columnist\"\n\n\
             [[actor]]\nname = \"Lagos\"\nkind = \"place\"\ndescription = \"Home\"\n\n\
             [[actor]]\nname = \"Kano\"\nkind = \"place\"\nremove = true\n",
        )
        .unwrap();
        let g = Gazetteer::load(Some(&path)).unwrap();
        assert_ne!(g.version, base.version);
        assert_eq!(g.version, Gazetteer::current_version(Some(&path)).unwrap());
        assert!(g.entries.iter().any(|e| e.name == "Ada Okafor"));
        let lagos: Vec<_> = g.entries.iter().filter(|e| e.name == "Lagos").collect();
        assert_eq!(lagos.len(), 1);
        assert_eq!(lagos[0].description, "Home");
        assert!(!g.entries.iter().any(|e| e.name == "Kano"));
    }

    /// Of user entries with one (folded) name the last counts, in its place; a later
    /// removal takes an earlier entry too.
    #[test]
    fn the_last_user_entry_of_a_name_counts() {
        let entry = |name: &str, description: &str, remove: bool| Entry {
            name: name.into(),
            kind: Kind::Place,
            description: description.into(),
            aliases: Vec::new(),
            weak: Vec::new(),
            context: Vec::new(),
            remove,
        };
        let mut entries = vec![
            entry("Lagos", "bundled", false),
            entry("Kano", "bundled", false),
        ];
        merge(
            &mut entries,
            vec![
                entry("Zaphod", "first", false),
                entry("Ada", "only", false),
                entry("zaphod", "last", false),
                entry("Kano", "", true),
                entry("Bo", "gone", false),
                entry("bo", "", true),
            ],
        );
        let got: Vec<(&str, &str)> = entries
            .iter()
            .map(|e| (e.name.as_str(), e.description.as_str()))
            .collect();
        assert_eq!(
            got,
            [("Lagos", "bundled"), ("Ada", "only"), ("zaphod", "last")]
        );
    }

    #[test]
    fn the_quick_reader_reads_the_bundled_file_as_toml_does() {
        let quick = quick_parse(BUNDLED).expect("the bundled file is in the generated shape");
        let full: File = toml::from_str(BUNDLED).unwrap();
        assert_eq!(quick.as_of, full.as_of);
        assert_eq!(quick.actors, full.actors);
        // Anything else is left to the TOML parser.
        assert!(quick_parse("[[actor]]\nname = 'single'\nkind = \"org\"\n").is_none());
        assert!(quick_parse("[[actor]]\nname = \"A \\\" B\"\nkind = \"org\"\n").is_none());
        assert!(quick_parse("[[actor]]\nname = \"A\"\n").is_none());
    }

    #[test]
    fn a_bad_user_file_says_where() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("actors.toml");
        std::fs::write(&path, "[[actor]]\nname = \"X\"\nkind = \"thing\"\n").unwrap();
        let err = Gazetteer::load(Some(&path)).unwrap_err().to_string();
        assert!(err.contains("actors.toml"), "{err}");
        assert!(err.contains("line 3"), "{err}");
    }

    #[test]
    fn appending_keeps_the_file_valid() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub/actors.toml");
        let entry = Entry {
            name: "Boris Bondarev".into(),
            kind: Kind::Person,
            description: "Added from an article".into(),
            aliases: vec!["Bondarev".into()],
            weak: vec![],
            context: vec![],
            remove: false,
        };
        append_user_entry(&path, &entry).unwrap();
        append_user_entry(
            &path,
            &Entry {
                name: "Ada Okafor".into(),
                ..entry.clone()
            },
        )
        .unwrap();
        let g = Gazetteer::load(Some(&path)).unwrap();
        assert!(
            g.entries
                .iter()
                .any(|e| e.name == "Boris Bondarev" && e.aliases == ["Bondarev"])
        );
        assert!(g.entries.iter().any(|e| e.name == "Ada Okafor"));
    }
}
