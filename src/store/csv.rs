//! The history as a CSV spreadsheet, and names for exported files.
//!
//! CSV is for reading in a spreadsheet, not for importing back (the JSON
//! export is). Cells follow RFC 4180 (quotes doubled, fields with commas,
//! quotes or line breaks quoted, CRLF between records) and text that a
//! spreadsheet would run as a formula is defused with a leading `'`: a note
//! like `=HYPERLINK(...)` must stay a note.

use crate::progress::{local_day, local_ms_of_day, session_offset, ymd, Document, ExerciseResult, SessionRecord};
use crate::routine::ExerciseId;
use std::borrow::Cow;

/// Column names, in order. One row per session follows.
pub const CSV_HEADER: [&str; 16] = [
    "date",
    "start time",
    "duration min",
    "completed",
    "pain before",
    "pain after",
    "felt",
    "bridge holds",
    "crunch reps",
    "crunch sets",
    "core breaths",
    "swing sides",
    "stretches done",
    "skipped exercises",
    "stopped for pain",
    "note",
];

/// One cell: formula triggers defused, then quoted when RFC 4180 needs it.
fn cell(raw: &str) -> String {
    // OWASP's list: = + - @ start formulas; tab and CR can hide one.
    let defused = match raw.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => Cow::Owned(format!("'{raw}")),
        _ => Cow::Borrowed(raw),
    };
    if defused.contains([',', '"', '\n', '\r']) || defused.starts_with(' ') || defused.ends_with(' ') {
        format!("\"{}\"", defused.replace('"', "\"\""))
    } else {
        defused.into_owned()
    }
}

fn yes_no(b: bool) -> &'static str {
    if b {
        "yes"
    } else {
        "no"
    }
}

fn opt<T: ToString>(v: Option<T>) -> String {
    v.map(|v| v.to_string()).unwrap_or_default()
}

/// A count from one exercise's result, empty when it was not in the session
/// (an empty cell says "not planned", 0 says "planned, not done").
fn count(s: &SessionRecord, id: ExerciseId, f: impl Fn(&ExerciseResult) -> u32) -> String {
    s.result(id).map(|r| f(r).to_string()).unwrap_or_default()
}

/// Display names of the exercises matching `pick`, joined by "; ".
fn names(s: &SessionRecord, pick: impl Fn(&ExerciseResult) -> bool) -> String {
    s.exercises.iter().filter(|r| pick(r)).map(|r| r.exercise.exercise().name(&crate::i18n::Words::english())).collect::<Vec<_>>().join("; ") // i18n: words from caller
}

fn row(s: &SessionRecord) -> [String; 16] {
    let tz = session_offset(s, 0);
    let minute = local_ms_of_day(s.started_at_ms, tz) / 60_000;
    let stretches = match s.result(ExerciseId::MidBackStretches) {
        None => "",
        Some(r) if r.complete() => "yes",
        Some(r) if r.done.breaths > 0 || r.done.sides > 0 => "partly",
        Some(_) => "no",
    };
    [
        ymd(local_day(s.started_at_ms, tz)),
        format!("{:02}:{:02}", minute / 60, minute % 60),
        // Whole minutes, rounded: a decimal point would read as text in
        // spreadsheets set to a decimal comma.
        ((s.duration_s() + 30) / 60).to_string(),
        yes_no(s.completed).to_string(),
        opt(s.pain_before),
        opt(s.pain_after),
        // The words the person chose, as the summary showed them.
        s.felt.map(|f| f.label().to_lowercase()).unwrap_or_default(),
        count(s, ExerciseId::BackBridge, |r| r.done.holds),
        count(s, ExerciseId::Crunches, |r| r.done.reps),
        count(s, ExerciseId::Crunches, |r| r.done.sets),
        count(s, ExerciseId::CoreBreath, |r| r.done.breaths),
        count(s, ExerciseId::LegSwings, |r| r.done.sides),
        stretches.to_string(),
        names(s, |r| r.skipped),
        names(s, |r| r.stopped_for_pain),
        s.note.clone().unwrap_or_default(),
    ]
}

/// The history as CSV: the [`CSV_HEADER`] line, then one record per session
/// in the document's order (by start), each line ending in CRLF. Dates and
/// times are the session's own local ones (its recorded offset).
pub fn export_csv(doc: &Document) -> String {
    let mut out = String::with_capacity(64 * (doc.sessions.len() + 1));
    let mut line = |cells: &mut dyn Iterator<Item = String>| {
        let mut first = true;
        for c in cells {
            if !first {
                out.push(',');
            }
            first = false;
            out.push_str(&c);
        }
        out.push_str("\r\n");
    };
    line(&mut CSV_HEADER.iter().map(|h| cell(h)));
    for s in &doc.sessions {
        line(&mut row(s).iter().map(|c| cell(c)));
    }
    out
}

/// File name for an export made at `now_ms` in the viewer's zone, e.g.
/// `upright-history-2026-11-25.json`. `kind` is the extension ("json",
/// "csv"); anything but ASCII letters and digits is dropped from it so the
/// name is always safe to save.
pub fn export_file_name(kind: &str, now_ms: u64, tz_offset_min: i32) -> String {
    let ext: String = kind.chars().filter(char::is_ascii_alphanumeric).collect::<String>().to_ascii_lowercase();
    let ext = if ext.is_empty() { "txt".to_string() } else { ext };
    format!("upright-history-{}.{ext}", ymd(local_day(now_ms, tz_offset_min)))
}
