//! Stored text to a [`Document`]: the healthy case straight into the types,
//! anything else the long way, field by field on a `serde_json::Value`,
//! keeping every readable session and reporting the rest.

use crate::progress::{ids_unique, unique_sorted};
use super::salvage::{salvage, UNREADABLE};
use super::{Document, Meta, CURRENT_VERSION};
use super::migrate;
use super::plain::{describe, syntax_error};
use crate::progress::tidy;
use super::read::{check_values, read_session, read_struct, session_date};
use crate::progress::{PainEntry, SessionRecord, Settings};
use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde_json::{Map, Value};

/// Most problems listed one by one; the rest are counted in a last line so a
/// badly damaged history does not flood the notice.
const MAX_PROBLEMS: usize = 20;

/// Result of [`decode`]: the document and what went wrong on the way.
#[derive(Clone, Debug, PartialEq)]
pub struct Decoded {
    /// Everything that could be read.
    pub doc: Document,
    /// User-readable sentences, e.g. "Session 3 (2026-11-02): field
    /// `exercises` is missing; it was read as no exercises."
    pub problems: Vec<String>,
    /// True whenever `problems` is not empty: the adapter should copy the raw
    /// text to [`super::quarantine_key`] before writing anything back, and
    /// show a notice.
    pub needs_quarantine: bool,
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
    if let Some(doc) = decode_fast(text) {
        return Decoded { doc, problems: Vec::new(), needs_quarantine: false };
    }
    let mut problems = Vec::new();
    let doc = match serde_json::from_str::<Value>(text) {
        Ok(value) => read_document(value, tz_offset_min, &mut problems),
        Err(e) => {
            problems.push(format!(
                "The saved history is damaged ({}); what could be read before and around the damage was kept.",
                syntax_error(text, &e)
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
    decode_fast(text)
}

/// Text with a leading byte-order mark (some editors add one) dropped.
fn without_bom(raw: &str) -> &str {
    raw.strip_prefix('\u{feff}').unwrap_or(raw)
}

/// The healthy case, straight into the types without building a
/// `serde_json::Value` tree: a current-format document whose every session
/// passes the tolerant reader's value checks, with unique ids. Anything else
/// returns None and goes the long way, which finds and reports the problem.
fn decode_fast(text: &str) -> Option<Document> {
    let mut doc: Document = serde_json::from_str(text).ok()?;
    let healthy = doc.version == CURRENT_VERSION
        && check_sessions(&mut doc.sessions, false)
        && doc.pain_log.iter().all(|e| e.problem().is_none());
    tidy(&mut doc.pain_log);
    healthy.then_some(doc)
}

/// Whether typed sessions need nothing from the long way: no value check
/// (`strict` adds the routine's caps) finds an issue and ids are unique.
/// When so, they are also put in history order.
pub(crate) fn check_sessions(sessions: &mut [SessionRecord], strict: bool) -> bool {
    let mut issues = Vec::new();
    for s in sessions.iter_mut() {
        check_values(s, strict, &mut issues);
        if !issues.is_empty() {
            return false;
        }
    }
    if !ids_unique(sessions) {
        return false;
    }
    // Stored histories are in order already: one pass says so.
    let in_order = sessions.windows(2).all(|w| w[0].cmp_by_start(&w[1]).is_lt());
    if !in_order {
        sessions.sort_by(SessionRecord::cmp_by_start);
    }
    true
}

/// The long way: any JSON value, field by field, every problem reported.
pub(crate) fn read_document(value: Value, tz_offset_min: i32, problems: &mut Vec<String>) -> Document {
    let value = match value {
        Value::Object(_) => value,
        Value::Array(items) => {
            problems.push("The saved history is a bare list instead of a document; its entries were read as sessions.".into());
            let mut doc = Map::new();
            doc.insert("sessions".into(), Value::Array(items));
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
    let pain_log = read_pain_log(doc.get("pain_log"), problems);
    let settings = read_part::<Settings>(doc.get("settings"), "settings", problems);
    let meta = read_part::<Meta>(doc.get("meta"), "meta", problems);
    let (sessions, duplicates) = unique_sorted(sessions.iter());
    match duplicates {
        0 => {}
        1 => problems.push("A session was stored twice; the fuller copy was kept.".into()),
        n => problems.push(format!("{n} sessions were stored twice; the fuller copy of each was kept.")),
    }
    Document { version: CURRENT_VERSION, sessions: sessions.into_iter().cloned().collect(), pain_log, settings, meta }
}

/// The logged pain ratings, entry by entry: one that does not read, or
/// holds an impossible value, is left out and reported. Absent reads as
/// none, as the field is new in format 3.
fn read_pain_log(v: Option<&Value>, problems: &mut Vec<String>) -> Vec<PainEntry> {
    let items = match v {
        None => return Vec::new(),
        Some(Value::Array(items)) => items,
        Some(other) => {
            problems.push(format!(
                "The history's `pain_log` should be a list but is {}; no logged pain ratings could be read.",
                describe(other)
            ));
            return Vec::new();
        }
    };
    let mut log = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let why = match PainEntry::deserialize(item) {
            Ok(e) => match e.problem() {
                None => {
                    log.push(e);
                    continue;
                }
                Some(why) => why,
            },
            Err(e) => super::plain::data_error(&e),
        };
        problems.push(format!("Logged pain rating {} could not be read ({why}); it was left out.", i + 1));
    }
    tidy(&mut log);
    log
}

/// Settings or meta, field by field; every unreadable field keeps its default.
fn read_part<T: DeserializeOwned + Default>(v: Option<&Value>, name: &str, problems: &mut Vec<String>) -> T {
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
fn read_future(doc: &Map<String, Value>, version: u64, problems: &mut Vec<String>) -> Document {
    let items: &[Value] = match doc.get("sessions") {
        Some(Value::Array(items)) => items,
        _ => &[],
    };
    let sessions: Vec<SessionRecord> = items.iter().filter_map(|v| SessionRecord::deserialize(v).ok()).collect();
    let settings = doc.get("settings").and_then(|v| Settings::deserialize(v).ok());
    let meta = doc.get("meta").and_then(|v| Meta::deserialize(v).ok());
    let mut pain_log: Vec<PainEntry> = match doc.get("pain_log") {
        Some(Value::Array(items)) => items
            .iter()
            .filter_map(|v| PainEntry::deserialize(v).ok())
            .filter(|e| e.problem().is_none())
            .collect(),
        _ => Vec::new(),
    };
    tidy(&mut pain_log);
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
        pain_log,
        settings: settings.unwrap_or_default(),
        meta: meta.unwrap_or_default(),
    }
}
