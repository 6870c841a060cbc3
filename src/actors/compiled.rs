//! The compiled gazetteer — each entry's name, kind and description, and the
//! [`Matcher`] — and the cache file that keeps it between runs.
//!
//! Parsing `actors.toml` and compiling its 3,400 entries takes 10–20 ms; reading the
//! compiled form back is a few flat arrays and well under that. The file is keyed by the
//! [`Gazetteer::version`] (the bundled file, the rules and the user's file), so any
//! change compiles afresh. A file that is missing, stale, truncated or damaged is
//! simply compiled again and rewritten; it never holds anything the user made.

use std::path::Path;

use super::fast::{FNV_BASIS, FNV_PRIME, fnv1a_from};
use super::gazetteer::{Gazetteer, GazetteerError, Kind, read_user, version_of};
use super::matcher::{Alias, First, Matcher, Span, Target, append};
use super::{Extractor, fold, to_u32};

/// The cache file's name, in the data directory.
pub const CACHE_FILE: &str = "actors.bin";

/// The first bytes of the file; the digit changes with the layout.
const MAGIC: &[u8; 8] = b"DDMACTS4";

/// The code that compiles a gazetteer, hashed when the crate is built: a file written by
/// another build is compiled afresh, whatever its layout says.
const CODE: u64 = {
    let mut h = fnv1a_from(FNV_BASIS, env!("CARGO_PKG_VERSION").as_bytes());
    h = fnv1a_from(h, include_str!("compiled.rs").as_bytes());
    h = fnv1a_from(h, include_str!("matcher.rs").as_bytes());
    h = fnv1a_from(h, include_str!("alias.rs").as_bytes());
    h = fnv1a_from(h, include_str!("tokens.rs").as_bytes());
    h = fnv1a_from(h, include_str!("fold.rs").as_bytes());
    fnv1a_from(h, include_str!("gazetteer.rs").as_bytes())
};

/// A cache file larger than this is not read (the bundled gazetteer's is under 1 MB).
const MAX_FILE: u64 = 64 << 20;

/// Every entry's name, folded name and description in one string, by entry index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Known {
    text: String,
    entries: Vec<KnownEntry>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct KnownEntry {
    name: Span,
    key: Span,
    description: Span,
    kind: Kind,
}

impl Known {
    pub(super) fn new(gazetteer: &Gazetteer) -> Result<Known, GazetteerError> {
        let mut text = String::new();
        let mut entries = Vec::with_capacity(gazetteer.entries.len());
        for e in &gazetteer.entries {
            entries.push(KnownEntry {
                name: append(&mut text, &e.name)?,
                key: append(&mut text, &fold::fold(&e.name))?,
                description: append(&mut text, &e.description)?,
                kind: e.kind,
            });
        }
        Ok(Known { text, entries })
    }

    pub(super) fn len(&self) -> usize {
        self.entries.len()
    }

    pub(super) fn name(&self, i: u32) -> &str {
        &self.text[self.entries[i as usize].name.range()]
    }

    /// The folded name: how actors are told apart within an article.
    pub(super) fn key(&self, i: u32) -> &str {
        &self.text[self.entries[i as usize].key.range()]
    }

    pub(super) fn description(&self, i: u32) -> &str {
        &self.text[self.entries[i as usize].description.range()]
    }

    pub(super) fn kind(&self, i: u32) -> Kind {
        self.entries[i as usize].kind
    }
}

impl Extractor {
    /// [`Extractor::load`], through the cache file `cache`: read from it when it holds
    /// this version of the gazetteer, else compiled and written to it. A cache that
    /// cannot be read or written only costs the compile.
    pub fn load_cached(
        user_file: Option<&Path>,
        cache: &Path,
    ) -> Result<Extractor, GazetteerError> {
        let user_text = read_user(user_file)?;
        let version = version_of(&user_text);
        if let Some(x) = read_capped(cache).and_then(|b| decode(&b, version)) {
            return Ok(x);
        }
        tracing::info!(cache = %cache.display(), "compiling the gazetteer");
        let x = Extractor::new(&Gazetteer::with_user_text(user_file, &user_text)?)?;
        // Written aside and renamed, so that another process never reads half a file.
        let tmp = cache.with_file_name(format!(
            ".{CACHE_FILE}.{}.{:?}.tmp",
            std::process::id(),
            std::thread::current().id()
        ));
        let written = write_new(&tmp, &encode(&x)).and_then(|()| std::fs::rename(&tmp, cache));
        if let Err(e) = written {
            let _ = std::fs::remove_file(&tmp);
            tracing::warn!(cache = %cache.display(), error = %e, "cannot keep the compiled gazetteer");
        }
        Ok(x)
    }
}

/// The file's bytes if it is a regular file of a sane size.
fn read_capped(path: &Path) -> Option<Vec<u8>> {
    use std::io::Read;
    let file = std::fs::File::open(path).ok()?;
    let meta = file.metadata().ok()?;
    if !meta.is_file() || meta.len() > MAX_FILE {
        return None;
    }
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).ok()?);
    file.take(MAX_FILE).read_to_end(&mut bytes).ok()?;
    Some(bytes)
}

/// Writes a new file (never through an existing file or link).
fn write_new(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}

/// The extractor as bytes: `MAGIC`, the code's hash, the version, the payload's length
/// and checksum, then the payload.
pub(super) fn encode(x: &Extractor) -> Vec<u8> {
    let mut w = Writer(Vec::with_capacity(1 << 20));
    let m = &x.matcher;
    w.str(&x.known.text);
    w.u32(to_u32(x.known.entries.len()));
    for e in &x.known.entries {
        w.span(e.name);
        w.span(e.key);
        w.span(e.description);
        w.0.push(kind_byte(e.kind));
    }
    w.str(&m.text);
    w.spans(&m.words);
    w.u32(to_u32(m.aliases.len()));
    for a in &m.aliases {
        w.span(a.rest);
        w.span(a.gaps);
        w.span(a.targets);
    }
    w.u32s(&m.order);
    w.u32(to_u32(m.firsts.len()));
    for f in &m.firsts {
        w.span(f.word);
        w.span(f.aliases);
        w.0.push(u8::from(f.lower));
    }
    w.u32(to_u32(m.targets.len()));
    for t in &m.targets {
        w.u32(t.entry);
        w.0.push(u8::from(t.weak));
        w.u64(t.capitals);
    }
    w.spans(&m.contexts);
    w.spans(&m.phrases);
    let payload = w.0;
    let mut out = Vec::with_capacity(payload.len() + 40);
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&CODE.to_le_bytes());
    out.extend_from_slice(&x.version.to_le_bytes());
    out.extend_from_slice(&(payload.len() as u64).to_le_bytes());
    out.extend_from_slice(&checksum(&payload).to_le_bytes());
    out.extend_from_slice(&payload);
    out
}

/// The extractor in `bytes` if they are whole, of this layout and of `version`.
pub(super) fn decode(bytes: &[u8], version: i64) -> Option<Extractor> {
    let mut r = Reader(bytes);
    if r.take(8)? != MAGIC || r.u64()? != CODE || r.i64()? != version {
        return None;
    }
    let len = usize::try_from(r.u64()?).ok()?;
    let sum = r.u64()?;
    if r.0.len() != len || checksum(r.0) != sum {
        return None;
    }
    let known_text = r.string()?;
    let n = r.count(25)?;
    let mut entries = Vec::with_capacity(n);
    for _ in 0..n {
        let (name, key, description) = (r.span()?, r.span()?, r.span()?);
        let kind = kind_of(r.u8()?)?;
        entries.push(KnownEntry {
            name,
            key,
            description,
            kind,
        });
    }
    let text = r.string()?;
    let words = r.spans()?;
    let n = r.count(24)?;
    let mut aliases = Vec::with_capacity(n);
    for _ in 0..n {
        let (rest, gaps, targets) = (r.span()?, r.span()?, r.span()?);
        aliases.push(Alias {
            rest,
            gaps,
            targets,
            second: 0,
        });
    }
    let order = r.u32s()?;
    let n = r.count(17)?;
    let mut firsts = Vec::with_capacity(n);
    for _ in 0..n {
        let (word, list) = (r.span()?, r.span()?);
        let lower = r.u8()? != 0;
        firsts.push(First {
            word,
            aliases: list,
            lower,
        });
    }
    let n = r.count(13)?;
    let mut targets = Vec::with_capacity(n);
    for _ in 0..n {
        let entry = r.u32()?;
        let weak = r.u8()? != 0;
        let capitals = r.u64()?;
        targets.push(Target {
            entry,
            weak,
            capitals,
        });
    }
    let contexts = r.spans()?;
    let phrases = r.spans()?;
    if !r.0.is_empty() {
        return None;
    }
    let known = Known {
        text: known_text,
        entries,
    };
    let matcher = Matcher {
        text,
        words,
        aliases,
        order,
        firsts,
        table: super::fast::Slots::default(),
        targets,
        contexts,
        phrases,
    };
    let mut x = Extractor {
        version,
        known,
        matcher,
    };
    if !valid(&x) {
        return None;
    }
    x.matcher.build_table();
    Some(x)
}

/// Whether every index in `x` points where it may, so that matching can never panic
/// on a cache file that passed its checksum but was not written by this layout.
fn valid(x: &Extractor) -> bool {
    let (k, m) = (&x.known, &x.matcher);
    let in_str = |s: Span, text: &str| {
        s.start <= s.end
            && text.is_char_boundary(s.start as usize)
            && text.is_char_boundary(s.end as usize)
    };
    let within = |s: Span, len: usize| s.start <= s.end && s.end as usize <= len;
    k.entries.iter().all(|e| {
        in_str(e.name, &k.text) && in_str(e.key, &k.text) && in_str(e.description, &k.text)
    }) && m.words.iter().all(|&w| in_str(w, &m.text))
        && m.aliases.iter().all(|a| {
            within(a.rest, m.words.len())
                && within(a.gaps, m.words.len())
                && (a.gaps.len() == 0 || a.gaps.len() == a.rest.len())
                && within(a.targets, m.targets.len())
                && a.targets.len() <= 32
        })
        && m.order.iter().all(|&a| (a as usize) < m.aliases.len())
        && m.firsts
            .iter()
            .all(|f| in_str(f.word, &m.text) && within(f.aliases, m.order.len()))
        && m.targets.iter().all(|t| (t.entry as usize) < k.len())
        && m.contexts.len() == k.len()
        && m.contexts.iter().all(|&c| within(c, m.phrases.len()))
        && m.phrases.iter().all(|&p| within(p, m.words.len()))
}

/// FNV-1a over the payload, eight bytes at a step (a damaged file, not an attacker).
fn checksum(bytes: &[u8]) -> u64 {
    let mut chunks = bytes.chunks_exact(8);
    let mut hash = FNV_BASIS;
    for c in chunks.by_ref() {
        let mut word = [0; 8];
        word.copy_from_slice(c);
        hash ^= u64::from_le_bytes(word);
        hash = hash.wrapping_mul(FNV_PRIME);
    }
    fnv1a_from(hash, chunks.remainder())
}

fn kind_byte(kind: Kind) -> u8 {
    match kind {
        Kind::Person => 0,
        Kind::Org => 1,
        Kind::Place => 2,
    }
}

fn kind_of(b: u8) -> Option<Kind> {
    match b {
        0 => Some(Kind::Person),
        1 => Some(Kind::Org),
        2 => Some(Kind::Place),
        _ => None,
    }
}

struct Writer(Vec<u8>);

impl Writer {
    fn u32(&mut self, v: u32) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }

    fn u64(&mut self, v: u64) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }

    fn span(&mut self, s: Span) {
        self.u32(s.start);
        self.u32(s.end);
    }

    fn str(&mut self, s: &str) {
        self.u32(to_u32(s.len()));
        self.0.extend_from_slice(s.as_bytes());
    }

    fn spans(&mut self, v: &[Span]) {
        self.u32(to_u32(v.len()));
        for &s in v {
            self.span(s);
        }
    }

    fn u32s(&mut self, v: &[u32]) {
        self.u32(to_u32(v.len()));
        for &n in v {
            self.u32(n);
        }
    }
}

/// Reads what [`Writer`] wrote; `None` at the first thing that is not there.
struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        if self.0.len() < n {
            return None;
        }
        let (head, rest) = self.0.split_at(n);
        self.0 = rest;
        Some(head)
    }

    fn u8(&mut self) -> Option<u8> {
        self.take(1).map(|b| b[0])
    }

    fn u32(&mut self) -> Option<u32> {
        self.take(4)?.try_into().ok().map(u32::from_le_bytes)
    }

    fn u64(&mut self) -> Option<u64> {
        self.take(8)?.try_into().ok().map(u64::from_le_bytes)
    }

    fn i64(&mut self) -> Option<i64> {
        self.take(8)?.try_into().ok().map(i64::from_le_bytes)
    }

    /// A count of records of `size` bytes each, no more than the bytes left can hold.
    fn count(&mut self, size: usize) -> Option<usize> {
        let n = self.u32()? as usize;
        (n.checked_mul(size)? <= self.0.len()).then_some(n)
    }

    fn span(&mut self) -> Option<Span> {
        Some(Span {
            start: self.u32()?,
            end: self.u32()?,
        })
    }

    fn string(&mut self) -> Option<String> {
        let n = self.count(1)?;
        std::str::from_utf8(self.take(n)?).ok().map(str::to_string)
    }

    fn spans(&mut self) -> Option<Vec<Span>> {
        let n = self.count(8)?;
        (0..n).map(|_| self.span()).collect()
    }

    fn u32s(&mut self) -> Option<Vec<u32>> {
        let n = self.count(4)?;
        (0..n).map(|_| self.u32()).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "President Bola Tinubu met Emmanuel Macron in Abuja, said the \
                        Economic Community of West African States.";

    #[test]
    fn the_cache_gives_the_extractor_it_was_made_from() {
        let dir = tempfile::tempdir().unwrap();
        let cache = dir.path().join(CACHE_FILE);
        let user = dir.path().join("actors.toml");
        let fresh = Extractor::load(Some(&user)).unwrap();
        let written = Extractor::load_cached(Some(&user), &cache).unwrap();
        assert!(cache.exists());
        let read = Extractor::load_cached(Some(&user), &cache).unwrap();
        assert_eq!(read.matcher, fresh.matcher);
        assert_eq!(read.known, fresh.known);
        assert_eq!(read.version(), fresh.version());
        let found = fresh.extract("Tinubu in Abuja", TEXT);
        assert_eq!(written.extract("Tinubu in Abuja", TEXT), found);
        assert_eq!(read.extract("Tinubu in Abuja", TEXT), found);
        assert!(found.actors.iter().any(|a| a.name == "Bola Tinubu"));
    }

    #[test]
    fn a_changed_user_file_or_a_damaged_cache_is_compiled_afresh() {
        let dir = tempfile::tempdir().unwrap();
        let cache = dir.path().join(CACHE_FILE);
        let user = dir.path().join("actors.toml");
        let before = Extractor::load_cached(Some(&user), &cache).unwrap();
        std::fs::write(
            &user,
            "[[actor]]\nname = \"Ada Okafor\"\nkind = \"person\"\ndescription = \"Columnist\"\n",
        )
        .unwrap();
        let after = Extractor::load_cached(Some(&user), &cache).unwrap();
        assert_ne!(after.version(), before.version());
        assert!(after.entry_names().any(|n| n == "Ada Okafor"));
        // Every way of damaging the file: each is read as "compile again".
        let good = std::fs::read(&cache).unwrap();
        assert!(decode(&good, after.version()).is_some());
        for cut in [0, 7, 20, 39, good.len() / 2, good.len() - 1] {
            assert!(
                decode(&good[..cut], after.version()).is_none(),
                "cut at {cut}"
            );
        }
        for at in [3, 12, 20, 48, good.len() / 3, good.len() - 2] {
            let mut bad = good.clone();
            bad[at] ^= 0x55;
            assert!(decode(&bad, after.version()).is_none(), "flipped at {at}");
        }
        std::fs::write(&cache, &good[..good.len() / 2]).unwrap();
        let again = Extractor::load_cached(Some(&user), &cache).unwrap();
        assert_eq!(again.matcher, after.matcher);
        assert_eq!(std::fs::read(&cache).unwrap(), good, "rewritten whole");
    }

    #[test]
    fn a_bad_user_file_is_still_an_error_and_nothing_is_cached() {
        let dir = tempfile::tempdir().unwrap();
        let cache = dir.path().join(CACHE_FILE);
        let user = dir.path().join("actors.toml");
        std::fs::write(&user, "[[actor]]\nname = \"X\"\nkind = \"thing\"\n").unwrap();
        let err = Extractor::load_cached(Some(&user), &cache).unwrap_err();
        assert!(err.to_string().contains("line 3"), "{err}");
        assert!(!cache.exists());
    }
}
