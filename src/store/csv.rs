//! The history as a CSV spreadsheet, and names for exported files.
//!
//! CSV is for reading in a spreadsheet, not for importing back (the JSON
//! export is). Cells follow RFC 4180 (quotes doubled, fields with commas,
//! quotes or line breaks quoted, CRLF between records) and text that a
//! spreadsheet would run as a formula is defused with a leading `'`: a note
//! like `=HYPERLINK(...)` must stay a note.

use crate::i18n::Words;
use crate::progress::{exercise_name, local_day, local_ms_of_day, session_offset, ymd, Document, ExerciseResult, SessionRecord};
use crate::routine::ExerciseId;
use crate::tr;
use std::borrow::Cow;

/// The message ids of the column names, in order. One row per session
/// follows.
pub const CSV_HEADER: [&str; 16] = [
    "records-csv-date",
    "records-csv-start",
    "records-csv-minutes",
    "records-csv-completed",
    "records-csv-pain-before",
    "records-csv-pain-after",
    "records-csv-felt",
    "records-csv-holds",
    "records-csv-reps",
    "records-csv-sets",
    "records-csv-breaths",
    "records-csv-sides",
    "records-csv-stretches",
    "records-csv-skipped",
    "records-csv-stopped",
    "records-csv-note",
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

fn yes_no(b: bool, words: &Words) -> String {
    tr!(words, if b { "records-csv-yes" } else { "records-csv-no" })
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
fn names(s: &SessionRecord, pick: impl Fn(&ExerciseResult) -> bool, words: &Words) -> String {
    s.exercises.iter().filter(|r| pick(r)).map(|r| exercise_name(r.exercise, words)).collect::<Vec<_>>().join("; ")
}

fn row(s: &SessionRecord, words: &Words) -> [String; 16] {
    let tz = session_offset(s, 0);
    let minute = local_ms_of_day(s.started_at_ms, tz) / 60_000;
    let stretches = match s.result(ExerciseId::MidBackStretches) {
        None => String::new(),
        Some(r) if r.complete() => yes_no(true, words),
        Some(r) if r.done.breaths > 0 || r.done.sides > 0 => tr!(words, "records-csv-partly"),
        Some(_) => yes_no(false, words),
    };
    [
        ymd(local_day(s.started_at_ms, tz)),
        format!("{:02}:{:02}", minute / 60, minute % 60),
        // Whole minutes, rounded: a decimal point would read as text in
        // spreadsheets set to a decimal comma.
        ((s.duration_s() + 30) / 60).to_string(),
        yes_no(s.completed, words),
        opt(s.pain_before),
        opt(s.pain_after),
        // The words the person chose, as the summary showed them.
        s.felt.map(|f| f.label(words).to_lowercase()).unwrap_or_default(),
        count(s, ExerciseId::BackBridge, |r| r.done.holds),
        count(s, ExerciseId::Crunches, |r| r.done.reps),
        count(s, ExerciseId::Crunches, |r| r.done.sets),
        count(s, ExerciseId::CoreBreath, |r| r.done.breaths),
        count(s, ExerciseId::LegSwings, |r| r.done.sides),
        stretches,
        names(s, |r| r.skipped, words),
        names(s, |r| r.stopped_for_pain, words),
        s.note.clone().unwrap_or_default(),
    ]
}

/// The history as CSV: the [`CSV_HEADER`] line, then one record per session
/// in the document's order (by start), each line ending in CRLF. Dates and
/// times are the session's own local ones (its recorded offset); column
/// names and words in `words`' language.
pub fn export_csv(doc: &Document, words: &Words) -> String {
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
    line(&mut CSV_HEADER.iter().map(|h| cell(&tr!(words, h))));
    for s in &doc.sessions {
        line(&mut row(s, words).iter().map(|c| cell(c)));
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
