//! The one stored document (localStorage key [`STORE_KEY`]): its shape, the
//! codec, merging two copies, and small helpers about it.
//!
//! The browser adapter owns the storage calls; this module only turns text
//! into a [`Document`] and back. Reading never panics and never throws away
//! what can be read: anything odd is listed in [`Decoded::problems`] and the
//! adapter keeps the original text under [`quarantine_key`] so nothing the
//! person recorded is lost to a bug here.

use super::compact::{write_session, write_sessions};
use super::migrate;
use super::read::{describe, exact_session, read_session, read_struct, session_date};
use super::stats::MS_PER_DAY;
use super::{SessionRecord, Settings};
use crate::json::{self, Fields, FromFields, Map, ToJson, Value, Writer};
use std::borrow::Cow;

/// localStorage key of the document.
pub const STORE_KEY: &str = "upright.store";

/// Prefix of the keys holding quarantined (unreadable) copies of the document.
pub const QUARANTINE_PREFIX: &str = "upright.quarantine.";

/// Format version this build writes. Older ones are migrated on read
/// (see [`super::migrate`]).
pub const CURRENT_VERSION: u32 = 2;

/// Most problems listed one by one; the rest are counted in a last line so a
/// badly damaged history does not flood the notice.
const MAX_PROBLEMS: usize = 20;

/// Everything Upright stores.
#[derive(Clone, Debug, PartialEq)]
pub struct Document {
    /// Format version; always [`CURRENT_VERSION`] once decoded.
    pub version: u32,
    /// Every session, sorted by start, ids unique.
    pub sessions: Vec<SessionRecord>,
    /// The person's settings.
    pub settings: Settings,
    /// Bookkeeping about the app itself (not workouts).
    pub meta: Meta,
}

impl Default for Document {
    /// An empty document in the current format (not version 0: a fresh
    /// document is current, and encoding it must say so).
    fn default() -> Self {
        Document { version: CURRENT_VERSION, sessions: Vec::new(), settings: Settings::default(), meta: Meta::default() }
    }
}

/// Bookkeeping kept beside the history. Every field is optional so older
/// documents and older builds keep reading it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Meta {
    /// When the history was last exported (ms since the epoch).
    pub last_export_ms: Option<u64>,
    /// Result of `navigator.storage.persist()`: `Some(false)` means the
    /// browser may evict the data, so exports matter more.
    pub persist: Option<bool>,
    /// When the person accepted the first-run health screening.
    pub screening_accepted_ms: Option<u64>,
    /// When the "pain keeps coming back" warning was last shown.
    pub pain_warning_shown_ms: Option<u64>,
    /// Progression suggestions the person declined: exercise id and when.
    pub suggestions_declined: Vec<(String, u64)>,
}

/// Result of [`decode`]: the document and what went wrong on the way.
#[derive(Clone, Debug, PartialEq)]
pub struct Decoded {
    /// Everything that could be read.
    pub doc: Document,
    /// User-readable sentences, e.g. "Session 3 (2026-11-02): field
    /// `exercises` is missing; it was read as no exercises."
    pub problems: Vec<String>,
    /// True whenever `problems` is not empty: the adapter should copy the raw
    /// text to [`quarantine_key`] before writing anything back, and show a notice.
    pub needs_quarantine: bool,
}

/// Key for a quarantined copy of the raw document taken at `now_ms`.
pub fn quarantine_key(now_ms: u64) -> String {
    format!("{QUARANTINE_PREFIX}{now_ms}")
}

/// Reads the stored text. Never panics; keeps everything it can read.
///
/// Format-1 sessions (which never recorded a time-zone offset) are given UTC;
/// the browser should prefer [`decode_with_offset`] with the current offset.
pub fn decode(raw: &str) -> Decoded {
    decode_with_offset(raw, 0)
}

/// [`decode`], assuming `tz_offset_min` (the device's offset now, minutes
/// east of UTC) for old sessions that did not record one.
///
/// - Empty or blank text: an empty document, no problems (first run).
/// - Broken JSON (cut off, a bad number, garbage after it): the top-level
///   entries and the sessions before and around the damage are recovered.
/// - A bare list: its entries are read as sessions.
/// - Any other non-object (null, a number, text): nothing to read.
/// - An old format: migrated step by step.
/// - A newer format: only sessions, settings and meta that read exactly as
///   the current format are kept; nothing is guessed.
/// - A session that does not read: bad optional fields are reset, bad
///   exercise entries left out, and only a session without a readable id or
///   start is left out. Each is reported with its position and date.
/// - Settings and meta are read field by field: a bad field keeps its default.
pub fn decode_with_offset(raw: &str, tz_offset_min: i32) -> Decoded {
    let text = without_bom(raw);
    if text.trim().is_empty() {
        return Decoded { doc: Document::default(), problems: Vec::new(), needs_quarantine: false };
    }
    let mut problems = Vec::new();
    let doc = match json::parse(text) {
        Ok(value) => {
            if let Some(doc) = decode_fast(&value) {
                return Decoded { doc, problems, needs_quarantine: false };
            }
            read_document(value, tz_offset_min, &mut problems)
        }
        Err(e) => {
            problems.push(format!(
                "The saved history is damaged ({e}); what could be read before and around the damage was kept."
            ));
            match salvage(text, &mut problems) {
                Some(value) => read_document(value, tz_offset_min, &mut problems),
                None => Document::default(),
            }
        }
    };
    if problems.len() > MAX_PROBLEMS {
        let more = problems.len() - (MAX_PROBLEMS - 1);
        problems.truncate(MAX_PROBLEMS - 1);
        problems.push(format!("…and {more} more problems."));
    }
    Decoded { needs_quarantine: !problems.is_empty(), doc, problems }
}

/// The healthy case of [`decode_with_offset`] alone: the document when `raw`
/// is empty or a current-format document that reads exactly, the same
/// document `decode_with_offset` gives with no problems; None for anything
/// else, which needs the long way. Lets the app keep the long way's code out
/// of what it loads at start.
pub fn decode_exact(raw: &str) -> Option<Document> {
    let text = without_bom(raw);
    if text.trim().is_empty() {
        return Some(Document::default());
    }
    decode_fast(&json::parse(text).ok()?)
}

/// Text with a leading byte-order mark (some editors add one) dropped.
fn without_bom(raw: &str) -> &str {
    raw.strip_prefix('\u{feff}').unwrap_or(raw)
}

/// The healthy case: a current-format document whose every session reads
/// without a problem and passes the same value checks as the tolerant
/// reader, with unique ids, settings and meta that read exactly. It skips
/// the bookkeeping of the long way (reporting, duplicate merging, copying);
/// anything else returns None and goes the long way, which finds and
/// reports the problem.
fn decode_fast(value: &Value) -> Option<Document> {
    let doc = value.as_object()?;
    if doc.get("version")?.as_u64()? != u64::from(CURRENT_VERSION) {
        return None;
    }
    let items = doc.get("sessions")?.as_array()?;
    let mut sessions = Vec::with_capacity(items.len());
    for v in items {
        let (session, issues) = read_session(v, false);
        if !issues.is_empty() {
            return None;
        }
        sessions.push(session?);
    }
    let settings = exact(doc.get("settings")?)?;
    let meta = exact(doc.get("meta")?)?;
    if !ids_unique(&sessions) {
        return None;
    }
    let in_order = sessions.windows(2).all(|w| (w[0].started_at_ms, &w[0].id) < (w[1].started_at_ms, &w[1].id));
    if !in_order {
        crate::order::sort_by(&mut sessions, &SessionRecord::cmp_by_start);
    }
    Some(Document { version: CURRENT_VERSION, sessions, settings, meta })
}

/// True when no two sessions share an id: no two neighbours equal once
/// sorted. The shared sort rather than a map keeps hash tables and B-trees
/// out of the wasm; stored ids start with the start instant, so they are
/// nearly always in order already and this is one pass.
pub(crate) fn ids_unique(sessions: &[SessionRecord]) -> bool {
    let by_id = crate::order::sorted_indices(sessions.len(), &|a, b| sessions[a].id.cmp(&sessions[b].id));
    by_id.windows(2).all(|w| sessions[w[0]].id != sessions[w[1]].id)
}

/// Settings or meta only if every field reads as it is.
pub(crate) fn exact<T: FromFields>(v: &Value) -> Option<T> {
    let (t, problems) = read_struct::<T>(v);
    problems.is_empty().then_some(t)
}

/// The long way: any JSON value, field by field, every problem reported.
pub(crate) fn read_document(value: Value<'_>, tz_offset_min: i32, problems: &mut Vec<String>) -> Document {
    let value = match value {
        Value::Object(_) => value,
        Value::Array(items) => {
            problems.push("The saved history is a bare list instead of a document; its entries were read as sessions.".into());
            let mut doc = Map::new();
            doc.insert("sessions", Value::Array(items));
            Value::Object(doc)
        }
        other => {
            problems.push(format!(
                "The saved history is {} instead of a document; nothing could be read from it.",
                describe(&other)
            ));
            return Document::default();
        }
    };
    let m = migrate::run(value, tz_offset_min);
    problems.extend(m.problems);
    let Value::Object(mut doc) = m.value else { return Document::default() };
    if let Some(version) = m.future {
        return read_future(&doc, version, problems);
    }

    let sessions = match doc.remove("sessions") {
        Some(Value::Array(items)) => read_sessions(&items, problems),
        None => {
            problems.push("The history has no `sessions` list; no sessions could be read.".into());
            Vec::new()
        }
        Some(other) => {
            problems.push(format!(
                "The history's `sessions` should be a list but is {}; no sessions could be read.",
                describe(&other)
            ));
            Vec::new()
        }
    };
    let settings = read_part::<Settings>(doc.get("settings"), "settings", problems);
    let meta = read_part::<Meta>(doc.get("meta"), "meta", problems);
    let (sessions, duplicates) = unique_sorted(sessions.iter());
    match duplicates {
        0 => {}
        1 => problems.push("A session was stored twice; the fuller copy was kept.".into()),
        n => problems.push(format!("{n} sessions were stored twice; the fuller copy of each was kept.")),
    }
    Document { version: CURRENT_VERSION, sessions: sessions.into_iter().cloned().collect(), settings, meta }
}

/// Settings or meta, field by field; every unreadable field keeps its default.
fn read_part<T: FromFields + Default>(v: Option<&Value>, name: &str, problems: &mut Vec<String>) -> T {
    let Some(v) = v else {
        problems.push(format!("The history has no `{name}`; the defaults are used."));
        return T::default();
    };
    let (t, issues) = read_struct::<T>(v);
    for (key, msg) in issues {
        if key.is_empty() {
            problems.push(format!("The `{name}` could not be read ({msg}); the defaults are used."));
        } else {
            problems.push(format!("`{name}.{key}` could not be read ({msg}); the default is used."));
        }
    }
    t
}

/// Stands in for a session the salvage could not parse (already reported),
/// so the sessions after it keep their positions in messages.
const UNREADABLE: &str = "\u{0}upright: unreadable session";

fn read_sessions(items: &[Value], problems: &mut Vec<String>) -> Vec<SessionRecord> {
    let mut out = Vec::with_capacity(items.len());
    for (i, v) in items.iter().enumerate() {
        if v.as_str() == Some(UNREADABLE) {
            continue;
        }
        let (session, issues) = read_session(v, false);
        if !issues.is_empty() {
            let date = session_date(v).unwrap_or_else(|| "date unknown".into());
            for issue in issues {
                problems.push(format!("Session {} ({date}): {}.", i + 1, issue.decode_text()));
            }
        }
        out.extend(session);
    }
    out
}

/// A document from a newer format: keep only what reads exactly as ours.
fn read_future(doc: &Map, version: u64, problems: &mut Vec<String>) -> Document {
    let items: &[Value] = match doc.get("sessions") {
        Some(Value::Array(items)) => items,
        _ => &[],
    };
    let sessions: Vec<SessionRecord> = items.iter().filter_map(exact_session).collect();
    let settings = doc.get("settings").and_then(exact::<Settings>);
    let meta = doc.get("meta").and_then(exact::<Meta>);
    let mut note = format!(
        "Only the parts written the same way as format {CURRENT_VERSION} were read: {} of {} sessions",
        sessions.len(),
        items.len()
    );
    if settings.is_none() {
        note.push_str(", default settings");
    }
    note.push_str(&format!(
        ". The original text (format {version}) is kept aside; an updated Upright can read all of it."
    ));
    problems.push(note);
    let (sessions, _) = unique_sorted(sessions.iter());
    Document {
        version: CURRENT_VERSION,
        sessions: sessions.into_iter().cloned().collect(),
        settings: settings.unwrap_or_default(),
        meta: meta.unwrap_or_default(),
    }
}

fn skip_ws(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && matches!(b[i], b' ' | b'\t' | b'\n' | b'\r') {
        i += 1;
    }
    i
}

/// End (exclusive) of the JSON string starting at `b[start] == '"'`.
fn string_end(b: &[u8], start: usize) -> Option<usize> {
    let mut i = start + 1;
    while i < b.len() {
        match b[i] {
            b'\\' => i += 2,
            b'"' => return Some(i + 1),
            _ => i += 1,
        }
    }
    None
}

/// End (exclusive) of the JSON value starting at `start`, found by brackets
/// and quotes only (the value is parsed properly afterwards). None when the
/// text ends first. Only ASCII delimiters are matched, so every index is a
/// char boundary.
fn value_end(b: &[u8], start: usize) -> Option<usize> {
    match *b.get(start)? {
        b'"' => string_end(b, start),
        b'{' | b'[' => {
            let mut depth = 0usize;
            let mut i = start;
            while i < b.len() {
                match b[i] {
                    b'"' => {
                        i = string_end(b, i)?;
                        continue;
                    }
                    b'{' | b'[' => depth += 1,
                    b'}' | b']' => {
                        depth -= 1;
                        if depth == 0 {
                            return Some(i + 1);
                        }
                    }
                    _ => {}
                }
                i += 1;
            }
            None
        }
        _ => {
            let mut i = start;
            while i < b.len() && !matches!(b[i], b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r') {
                i += 1;
            }
            // A number running into the end may have lost digits.
            (i < b.len()).then_some(i)
        }
    }
}

/// Recovers what it can from text that is not valid JSON as a whole: each
/// top-level entry that parses on its own, and each session of the
/// `sessions` list that does (cut-off saves keep every session before the cut).
fn salvage<'a>(text: &'a str, problems: &mut Vec<String>) -> Option<Value<'a>> {
    let b = text.as_bytes();
    let i = skip_ws(b, 0);
    match b.get(i)? {
        b'{' => Some(Value::Object(salvage_object(text, i, problems))),
        b'[' => Some(Value::Array(salvage_items(text, i, problems))),
        _ => None,
    }
}

fn salvage_object<'a>(text: &'a str, start: usize, problems: &mut Vec<String>) -> Map<'a> {
    let b = text.as_bytes();
    let mut map = Map::new();
    let mut i = start + 1;
    loop {
        i = skip_ws(b, i);
        if b.get(i) != Some(&b'"') {
            break;
        }
        let Some(key_end) = string_end(b, i) else { break };
        let Ok(Value::String(key)) = json::parse(&text[i..key_end]) else { break };
        i = skip_ws(b, key_end);
        if b.get(i) != Some(&b':') {
            break;
        }
        i = skip_ws(b, i + 1);
        if i >= b.len() {
            break;
        }
        let end = value_end(b, i);
        let parsed = end.and_then(|e| json::parse(&text[i..e]).ok());
        match parsed {
            Some(v) => {
                map.insert(key, v);
            }
            None if key == "sessions" && b[i] == b'[' => {
                map.insert(key, Value::Array(salvage_items(text, i, problems)));
            }
            None => problems.push(format!("The saved `{key}` could not be read.")),
        }
        let Some(end) = end else { break };
        i = skip_ws(b, end);
        if b.get(i) != Some(&b',') {
            break;
        }
        i += 1;
    }
    map
}

fn salvage_items<'a>(text: &'a str, start: usize, problems: &mut Vec<String>) -> Vec<Value<'a>> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = start + 1;
    let mut n = 0;
    loop {
        i = skip_ws(b, i);
        if matches!(b.get(i), None | Some(b']')) {
            break;
        }
        n += 1;
        let Some(end) = value_end(b, i) else {
            problems.push(format!("Saved session {n} was cut off and could not be read."));
            break;
        };
        match json::parse(&text[i..end]) {
            Ok(v) => out.push(v),
            Err(e) => {
                // The position would be inside this session's text only.
                problems.push(format!("Saved session {n} could not be read ({}); it was left out.", e.message));
                // Holds its place so later sessions keep their numbers.
                out.push(Value::String(UNREADABLE.into()));
            }
        }
        i = skip_ws(b, end);
        if b.get(i) != Some(&b',') {
            break;
        }
        i += 1;
    }
    out
}

/// Settings safe to write: a non-finite volume becomes the default (JSON has
/// no NaN: it would come back as `null` and fail to read).
fn writable_settings(s: &Settings) -> Cow<'_, Settings> {
    if s.volume.is_finite() {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(Settings { volume: Settings::default().volume, ..s.clone() })
    }
}

/// The document as compact JSON for storage, always as [`CURRENT_VERSION`],
/// sessions without their default values (see `compact.rs`). [`decode`]
/// reads it back to an equal document.
pub fn encode(doc: &Document) -> String {
    let mut w = Writer::compact();
    w.begin_object();
    w.field("version", &CURRENT_VERSION);
    w.key("sessions");
    write_sessions(&mut w, &doc.sessions);
    w.field("settings", &*writable_settings(&doc.settings));
    w.field("meta", &doc.meta);
    w.end_object();
    w.finish()
}

/// The document as JSON for a file the person keeps: indented, with one
/// session per line so ten years stay a few MB and still read line by line
/// in an editor. [`super::validate_import`] reads it back identically.
pub(crate) fn encode_pretty(doc: &Document) -> String {
    let indent = |json: String| json.replace('\n', "\n  ");
    let mut out = String::with_capacity(600 * doc.sessions.len() + 1024);
    out.push_str(&format!("{{\n  \"version\": {CURRENT_VERSION},\n  \"sessions\": ["));
    for (i, s) in doc.sessions.iter().enumerate() {
        out.push_str(if i == 0 { "\n    " } else { ",\n    " });
        // JSON strings escape their line breaks, so every session is one line.
        let mut w = Writer::compact();
        write_session(&mut w, s, false);
        out.push_str(&w.finish());
    }
    if !doc.sessions.is_empty() {
        out.push_str("\n  ");
    }
    out.push_str("],\n  \"settings\": ");
    out.push_str(&indent(json::to_string_pretty(&*writable_settings(&doc.settings))));
    out.push_str(",\n  \"meta\": ");
    out.push_str(&indent(json::to_string_pretty(&doc.meta)));
    out.push_str("\n}\n");
    out
}

/// How much a copy of a session says, compared first when two copies share
/// an id: answers given, exercises recorded, work counted, end reached.
fn info_key(s: &SessionRecord) -> (u32, usize, u64, u64) {
    let answered = u32::from(s.pain_before.is_some())
        + u32::from(s.pain_after.is_some())
        + u32::from(s.felt.is_some())
        + u32::from(s.note.as_deref().is_some_and(|n| !n.trim().is_empty()))
        + u32::from(s.completed);
    let work: u64 = s
        .exercises
        .iter()
        .map(|r| {
            let d = &r.done;
            u64::from(d.holds) + u64::from(d.reps) + u64::from(d.sets) + u64::from(d.breaths) + u64::from(d.sides)
        })
        .sum();
    (answered, s.exercises.len(), work, s.ended_at_ms)
}

/// Whether `a` should replace `b` (same id). A total order on content: more
/// information wins, and exact ties fall back to comparing the JSON text, so
/// the winner never depends on which copy came first.
fn richer(a: &SessionRecord, b: &SessionRecord) -> bool {
    let (ka, kb) = (info_key(a), info_key(b));
    if ka != kb {
        return ka > kb;
    }
    // The common case when two copies of one history meet: identical, so
    // there is nothing to choose and no need to serialize.
    if a == b {
        return false;
    }
    let ja = json::to_string(a);
    let jb = json::to_string(b);
    ja > jb
}

/// One session per id (the richest copy), sorted by start then id; and how
/// many copies were dropped. Two sorts: by id to find the copies, then by start.
fn unique_sorted<'a>(sessions: impl Iterator<Item = &'a SessionRecord>) -> (Vec<&'a SessionRecord>, usize) {
    let all: Vec<&'a SessionRecord> = sessions.collect();
    // A stable sort keeps the copies of one id in input order, so the choice
    // below is the one a single pass over the input would make.
    let by_id = crate::order::sorted_indices(all.len(), &|a, b| all[a].id.cmp(&all[b].id));
    let mut out: Vec<&'a SessionRecord> = Vec::with_capacity(all.len());
    let mut duplicates = 0;
    for s in by_id.into_iter().map(|i| all[i]) {
        match out.last_mut() {
            Some(kept) if kept.id == s.id => {
                duplicates += 1;
                if richer(s, kept) {
                    *kept = s;
                }
            }
            _ => out.push(s),
        }
    }
    crate::order::sort_by(&mut out, &|a, b| a.cmp_by_start(b));
    (out, duplicates)
}

/// Combines two documents (this device's and an imported or other-tab copy)
/// without losing a session.
///
/// - Sessions: the union by id; where both have an id, the copy with more
///   information (a total order, so the result does not depend on argument
///   order); sorted by start. Commutative and idempotent on sessions.
/// - Settings: ours (the person set them up on this device).
/// - Meta: the latest of each timestamp; `persist` is ours (it describes this
///   browser's storage); declined suggestions joined, one per exercise with
///   the latest time.
pub fn merge(ours: &Document, theirs: &Document) -> Document {
    let (sessions, _) = unique_sorted(ours.sessions.iter().chain(theirs.sessions.iter()));
    let mut declined: Vec<(&str, u64)> = (ours.meta.suggestions_declined.iter())
        .chain(theirs.meta.suggestions_declined.iter())
        .map(|(id, ms)| (id.as_str(), *ms))
        .collect();
    crate::order::sort_by(&mut declined, &|a, b| a.0.cmp(b.0));
    // One per exercise, the latest time.
    declined.dedup_by(|later, kept| {
        let same = later.0 == kept.0;
        if same {
            kept.1 = kept.1.max(later.1);
        }
        same
    });
    let (a, b) = (&ours.meta, &theirs.meta);
    Document {
        version: CURRENT_VERSION,
        sessions: sessions.into_iter().cloned().collect(),
        settings: ours.settings.clone(),
        meta: Meta {
            // Option orders None below Some, so max keeps any known instant.
            last_export_ms: a.last_export_ms.max(b.last_export_ms),
            persist: a.persist,
            screening_accepted_ms: a.screening_accepted_ms.max(b.screening_accepted_ms),
            pain_warning_shown_ms: a.pain_warning_shown_ms.max(b.pain_warning_shown_ms),
            suggestions_declined: declined.into_iter().map(|(id, ms)| (id.to_string(), ms)).collect(),
        },
    }
}

/// A new session id: the start instant and 32 random bits from the caller
/// (the core reads no randomness), e.g. `1764061200000-00c0ffee`. Two devices
/// starting in the same millisecond still differ by the suffix.
pub fn new_session_id(now_ms: u64, entropy: u32) -> String {
    format!("{now_ms}-{entropy:08x}")
}

/// How long after an export (or since never) a reminder is due when the
/// browser refused persistent storage.
pub const EXPORT_REMINDER_AFTER_MS: u64 = 30 * MS_PER_DAY as u64;

/// Whether to remind the person to export: only when the browser refused
/// persistent storage (`persist == Some(false)`, so it may evict the data),
/// there is something to lose (`sessions > 0`), and the last export is more
/// than 30 days old or never happened.
pub fn should_remind_export(meta: &Meta, sessions: usize, now_ms: u64) -> bool {
    meta.persist == Some(false)
        && sessions > 0
        && meta.last_export_ms.is_none_or(|t| now_ms.saturating_sub(t) > EXPORT_REMINDER_AFTER_MS)
}

// Stored form of the meta: every field under its Rust name, in declaration
// order; each may be absent.

impl FromFields for Meta {
    fn from_fields(f: &mut Fields) -> Meta {
        Meta {
            last_export_ms: f.get("last_export_ms", None),
            persist: f.get("persist", None),
            screening_accepted_ms: f.get("screening_accepted_ms", None),
            pain_warning_shown_ms: f.get("pain_warning_shown_ms", None),
            suggestions_declined: f.get("suggestions_declined", Vec::new()),
        }
    }
}

impl ToJson for Meta {
    fn write_json(&self, w: &mut Writer) {
        let Meta { last_export_ms, persist, screening_accepted_ms, pain_warning_shown_ms, suggestions_declined } = self;
        w.begin_object();
        w.field("last_export_ms", last_export_ms);
        w.field("persist", persist);
        w.field("screening_accepted_ms", screening_accepted_ms);
        w.field("pain_warning_shown_ms", pain_warning_shown_ms);
        w.field("suggestions_declined", suggestions_declined);
        w.end_object();
    }
}
