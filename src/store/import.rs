//! Importing a history file the person chose, and exporting one they keep.
//!
//! Import is strict where storage decoding is tolerant: the whole file is
//! checked before anything changes, and the first problem is reported with
//! where it is (line and column for broken JSON, the field path for bad
//! data), so the person can fix the file or pick the right one. Only a valid
//! file reaches [`crate::progress::merge`].

use super::migrate;
use super::plain::{describe, syntax_error};
use super::read::{join_path, read_session, read_struct, session_date};
use super::decode::check_sessions;
use super::encode_pretty;
use crate::progress::{local_day, local_ms_of_day, tidy, ymd, Document, Meta, PainEntry, SessionRecord, Settings, CURRENT_VERSION};
use crate::routine::{
    ExerciseId, CRUNCH_REST_MAX_S, CRUNCH_REST_MIN_S, MAX_CORE_BREATHS, MIN_SWING_REST_S,
};
use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde_json::Value;
use std::collections::HashMap;
use std::fmt;

/// Largest file import accepts: ten years of daily sessions are under 5 MB,
/// and reading far more would freeze a phone for nothing.
pub const MAX_IMPORT_BYTES: usize = 5 * 1024 * 1024;

/// Why a file cannot be imported, in words for the person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportError {
    /// What is wrong and where, e.g. `sessions[3].pain_before: expected a
    /// number from 0 to 10, found 12 (session of 2026-11-02)`.
    pub message: String,
}

impl ImportError {
    fn new(message: impl Into<String>) -> ImportError {
        ImportError { message: message.into() }
    }
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for ImportError {}

/// Checks a whole history file at `now_ms` and returns it as a current
/// [`Document`] (sessions sorted by start). Nothing is changed here: the
/// caller merges the result with [`crate::progress::merge`] only when this returns
/// `Ok`.
///
/// Format-1 sessions (no time-zone offset recorded) are read as UTC; see
/// [`validate_import_with_offset`].
pub fn validate_import(text: &str, now_ms: u64) -> Result<Document, ImportError> {
    validate_import_with_offset(text, 0, now_ms)
}

/// `bytes` in MB (2^20 bytes) with one decimal.
pub(super) fn megabytes(bytes: usize) -> String {
    format!("{:.1}", bytes as f64 / (1024.0 * 1024.0))
}

/// [`validate_import`], assuming `tz_offset_min` for format-1 sessions.
///
/// Checks, in order: size (at most [`MAX_IMPORT_BYTES`]), JSON syntax,
/// a document at the top, a supported version (older ones are migrated),
/// then every session (types, non-empty unique ids, pain 0-10, end not
/// before start, planned dosages within the routine's limits, at most 100
/// crunches done), the logged pain ratings (types, 0-10), settings (types,
/// levels on their ladders, the stretches on, crunch rest 30-60 s, 1-30
/// core breaths, volume 0-1, swing rest not below the minimum) and meta
/// (types).
///
/// Nothing may be dated after `now_ms` (this device's clock): a session's
/// start or end, a logged rating, or meta's times (a "warning shown" or
/// "suggestion declined" in the future would silence the pain warning or a
/// step back). Such a file is refused, and the error names the field.
pub fn validate_import_with_offset(text: &str, tz_offset_min: i32, now_ms: u64) -> Result<Document, ImportError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::new(format!(
            "This file is {} MB; Upright imports history files up to {} MB. Choose an Upright export.",
            megabytes(text.len()),
            MAX_IMPORT_BYTES / (1024 * 1024)
        )));
    }
    // Some editors on Windows add a byte-order mark; it is not content.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(ImportError::new("This file is empty."));
    }
    if let Some(doc) = import_fast(text, now_ms) {
        return Ok(doc);
    }
    // Upright's own spreadsheet export is for reading, not for bringing back:
    // say which file can be imported rather than "not valid JSON".
    // Its header is in the language it was exported in: known by its shape,
    // one name per column and no JSON bracket.
    let csv_header = |first: &str| {
        !first.trim_start().starts_with(['{', '[']) && first.trim_end().split(',').count() == super::CSV_HEADER.len()
    };
    if text.lines().next().is_some_and(csv_header) {
        return Err(ImportError::new(
            "This is Upright's spreadsheet (CSV) export, made for reading. Only the JSON backup (a file ending in .json) can be imported.",
        ));
    }
    let value: Value = serde_json::from_str(text)
        .map_err(|e| ImportError::new(format!("This file is not valid JSON ({}).", syntax_error(text, &e))))?;
    let Value::Object(top) = &value else {
        return Err(ImportError::new(format!(
            "This file should hold an Upright history (a JSON object at the top) but holds {}.",
            describe(&value)
        )));
    };

    let from = match top.get("version") {
        None if migrate::looks_like_v1(top) => 1,
        None => {
            return Err(ImportError::new(
                "version: this field is missing, so this does not look like an Upright history file.",
            ))
        }
        Some(v) => match v.as_u64() {
            Some(n) if (1..=u64::from(CURRENT_VERSION)).contains(&n) => n,
            Some(n) if n > u64::from(CURRENT_VERSION) => {
                return Err(ImportError::new(format!(
                    "version: this file was made by a newer version of Upright (format {n}); this version reads formats 1 to {CURRENT_VERSION}. Update Upright, then import it again."
                )))
            }
            _ => {
                return Err(ImportError::new(format!(
                    "version: expected a whole number from 1 to {CURRENT_VERSION}, found {}",
                    describe(v)
                )))
            }
        },
    };
    let m = migrate::run(value, tz_offset_min);
    if let Some(problem) = m.problems.first() {
        return Err(ImportError::new(problem.clone()));
    }
    let Value::Object(doc) = m.value else {
        return Err(ImportError::new("This file should hold an Upright history (a JSON object at the top)."));
    };
    // Name fields as the file spells them, not as they were migrated to.
    let as_in_file = |path: String| {
        if from == 1 {
            path.replace("started_at_ms", "started_at").replace("ended_at_ms", "ended_at")
        } else {
            path
        }
    };

    let items = match doc.get("sessions") {
        Some(Value::Array(items)) => items,
        None => return Err(ImportError::new("sessions: this field is missing")),
        Some(other) => {
            return Err(ImportError::new(format!("sessions: expected a list of sessions, found {}", describe(other))))
        }
    };
    let mut sessions = Vec::with_capacity(items.len());
    let mut seen: HashMap<String, usize> = HashMap::with_capacity(items.len());
    for (i, v) in items.iter().enumerate() {
        let prefix = format!("sessions[{i}]");
        let context = session_date(v).map(|d| format!(" (session of {d})")).unwrap_or_default();
        let (session, issues) = read_session(v, true);
        if let Some(issue) = issues.first() {
            return Err(ImportError::new(format!("{}{context}", as_in_file(issue.import_text(&prefix)))));
        }
        let Some(session) = session else {
            return Err(ImportError::new(format!("{prefix}: this session could not be read{context}")));
        };
        if let Some(j) = seen.insert(session.id.clone(), i) {
            return Err(ImportError::new(format!(
                "{prefix}.id: \"{}\" is already the id of sessions[{j}]; each session needs its own id{context}",
                session.id
            )));
        }
        for (field, at) in [("started_at_ms", session.started_at_ms), ("ended_at_ms", session.ended_at_ms)] {
            if at > now_ms {
                let field = as_in_file(format!("{prefix}.{field}"));
                return Err(future(&field, at, session.tz_offset_min, now_ms));
            }
        }
        sessions.push(session);
    }
    sessions.sort_by(SessionRecord::cmp_by_start);
    let pain_log = strict_pain_log(doc.get("pain_log"), now_ms)?;

    let settings = match doc.get("settings") {
        None => Settings::default(),
        Some(v) => strict_struct::<Settings>(v, "settings")?,
    };
    check_settings(&settings)?;
    let meta = match doc.get("meta") {
        None => Meta::default(),
        Some(v) => strict_struct::<Meta>(v, "meta")?,
    };
    check_meta_times(&meta, tz_offset_min, now_ms)?;
    Ok(Document { version: CURRENT_VERSION, sessions, pain_log, settings, meta })
}

/// The healthy case: a current-format file with settings and meta, whose
/// sessions, ids, logged ratings, times and settings pass every check, read
/// straight into the types. Any doubt returns None, and the long way finds
/// the problem and says where it is, so there is one source of error
/// messages.
fn import_fast(text: &str, now_ms: u64) -> Option<Document> {
    let mut doc: Document = serde_json::from_str(text).ok()?;
    let healthy = doc.version == CURRENT_VERSION
        && check_settings(&doc.settings).is_ok()
        && check_sessions(&mut doc.sessions, true)
        && doc.sessions.iter().all(|s| s.ended_at_ms.max(s.started_at_ms) <= now_ms)
        && doc.pain_log.iter().all(|e| e.problem().is_none() && e.at_ms <= now_ms)
        && check_meta_times(&doc.meta, 0, now_ms).is_ok();
    tidy(&mut doc.pain_log);
    healthy.then_some(doc)
}

/// The error for a time after now: where, when, and what to do.
fn future(field: &str, at_ms: u64, tz_offset_min: i32, now_ms: u64) -> ImportError {
    let when = |ms: u64| {
        let of_day = local_ms_of_day(ms, tz_offset_min) / 60_000;
        format!("{} {:02}:{:02}", ymd(local_day(ms, tz_offset_min)), of_day / 60, of_day % 60)
    };
    ImportError::new(format!(
        "{field}: {} is later than now on this device ({}); Upright does not import times that have not happened yet. Check the clock of the device that made the file, and of this one.",
        when(at_ms),
        when(now_ms)
    ))
}

/// Meta's instants must all lie in the past.
fn check_meta_times(meta: &Meta, tz_offset_min: i32, now_ms: u64) -> Result<(), ImportError> {
    let Meta {
        last_export_ms,
        persist: _,
        screening_accepted_ms,
        pain_warning_shown_ms,
        suggestions_declined,
        pain_warnings_shown_ms,
        reminder_shown_ms,
        doctor_seen_ms,
    } = meta;
    for (field, at) in [
        ("meta.last_export_ms", last_export_ms),
        ("meta.screening_accepted_ms", screening_accepted_ms),
        ("meta.pain_warning_shown_ms", pain_warning_shown_ms),
        ("meta.reminder_shown_ms", reminder_shown_ms),
        ("meta.doctor_seen_ms", doctor_seen_ms),
    ] {
        if let Some(at) = *at {
            if at > now_ms {
                return Err(future(field, at, tz_offset_min, now_ms));
            }
        }
    }
    for (i, (_, at)) in suggestions_declined.iter().enumerate() {
        if *at > now_ms {
            return Err(future(&format!("meta.suggestions_declined[{i}]"), *at, tz_offset_min, now_ms));
        }
    }
    for (i, at) in pain_warnings_shown_ms.iter().enumerate() {
        if *at > now_ms {
            return Err(future(&format!("meta.pain_warnings_shown_ms[{i}]"), *at, tz_offset_min, now_ms));
        }
    }
    Ok(())
}

/// The logged pain ratings, each read and checked, none after now.
fn strict_pain_log(v: Option<&Value>, now_ms: u64) -> Result<Vec<PainEntry>, ImportError> {
    let items = match v {
        None => return Ok(Vec::new()),
        Some(Value::Array(items)) => items,
        Some(other) => {
            return Err(ImportError::new(format!(
                "pain_log: expected a list of pain ratings, found {}",
                describe(other)
            )))
        }
    };
    let mut log = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let e = PainEntry::deserialize(item)
            .map_err(|e| ImportError::new(format!("pain_log[{i}]: {}", super::plain::data_error(&e))))?;
        if let Some(why) = e.problem() {
            return Err(ImportError::new(format!("pain_log[{i}]: {why}")));
        }
        if e.at_ms > now_ms {
            return Err(future(&format!("pain_log[{i}].at_ms"), e.at_ms, e.tz_offset_min, now_ms));
        }
        log.push(e);
    }
    tidy(&mut log);
    Ok(log)
}

/// Reads settings or meta, failing on the first field that does not read.
fn strict_struct<T: DeserializeOwned + Default>(v: &Value, name: &str) -> Result<T, ImportError> {
    let (t, issues) = read_struct::<T>(v);
    match issues.into_iter().next() {
        None => Ok(t),
        Some((key, msg)) => Err(ImportError::new(format!("{}: {msg}", join_path(name, &key)))),
    }
}

/// Settings the types allow but the routine does not.
fn check_settings(s: &Settings) -> Result<(), ImportError> {
    for id in ExerciseId::ALL {
        let slot = Settings::slot(id);
        let max = id.exercise().max_level();
        if s.levels[slot] > max {
            return Err(ImportError::new(format!(
                "settings.levels[{slot}]: expected a level from 0 to {max} for {}, found {}",
                id.exercise().name(&crate::i18n::Words::english()), // i18n: words from caller
                s.levels[slot]
            )));
        }
    }
    if !(0.0..=1.0).contains(&s.volume) {
        return Err(ImportError::new(format!("settings.volume: expected a number from 0 to 1, found {}", s.volume)));
    }
    if s.swing_rest_s < MIN_SWING_REST_S {
        return Err(ImportError::new(format!(
            "settings.swing_rest_s: expected at least {MIN_SWING_REST_S} seconds of rest between leg swings, found {}",
            s.swing_rest_s
        )));
    }
    if !(CRUNCH_REST_MIN_S..=CRUNCH_REST_MAX_S).contains(&s.crunch_rest_s) {
        return Err(ImportError::new(format!(
            "settings.crunch_rest_s: expected {CRUNCH_REST_MIN_S} to {CRUNCH_REST_MAX_S} seconds of rest between crunch sets, found {}",
            s.crunch_rest_s
        )));
    }
    if !(1..=MAX_CORE_BREATHS).contains(&s.core_breaths) {
        return Err(ImportError::new(format!(
            "settings.core_breaths: expected 1 to {MAX_CORE_BREATHS} breaths, found {}",
            s.core_breaths
        )));
    }
    let stretches = Settings::slot(ExerciseId::MidBackStretches);
    if !s.enabled[stretches] {
        return Err(ImportError::new(format!(
            "settings.enabled[{stretches}]: the stretches follow every workout and cannot be switched off, found false"
        )));
    }
    Ok(())
}

/// The whole document as indented JSON, for the person to keep. Everything is
/// in it (sessions, settings, meta, version), and [`validate_import`] reads
/// it back to an equal document.
pub fn export_json(doc: &Document) -> String {
    encode_pretty(doc)
}

