//! Step-by-step migrations of the stored document, oldest first.
//!
//! Each step turns format `n` into `n + 1` on a JSON [`Value`], so an old
//! document never has to match today's Rust types to be upgraded, and a step
//! never changes once shipped (the frozen fixtures in `tests/fixtures/` hold
//! them to that).
//!
//! # Format 1 (the first shipped format)
//!
//! ```text
//! {
//!   "version": 1,                      // may be absent in pre-release saves: see below
//!   "sessions": [                      // in any order
//!     {
//!       "id": "1761000000000-1a2b3c4d",   // text, unique
//!       "started_at": 1761000000000,      // u64, ms since the Unix epoch (UTC)
//!       "ended_at": 1761000480000,        // u64, ms since the Unix epoch (UTC)
//!       "exercises": [
//!         {
//!           "exercise": "crunches",       // an ExerciseId, kebab-case, as today
//!           "planned": {"kind": "reps", "reps": 15, "sets": 2},  // a Dosage, same tagged shape as today
//!           "done": {"reps": 30, "sets": 2},                     // WorkDone; missing counts are 0
//!           "skipped": false               // optional, default false
//!         }
//!       ],
//!       "pain_before": 5,                 // 0-10 or null, optional
//!       "pain_after": 3,                  // 0-10 or null, optional
//!       "note": "text"                    // text or null, optional
//!     }
//!   ],
//!   "settings": { ... }                 // same field names and meanings as
//!                                       // format 2's Settings; missing fields
//!                                       // take their defaults
//! }
//! ```
//!
//! Format 1 had no `tz_offset_min`, `routine_version`, `felt`, `completed`,
//! `stopped_for_pain` or `meta`.
//!
//! # Format 2
//!
//! `{"version": 2, "sessions": [SessionRecord...], "settings": Settings, "meta": Meta}`
//! with the field names of the Rust types (`started_at_ms`, `ended_at_ms`, ...).
//! Settings held the core breaths as a level (`levels[2]`: 0-3 meaning 5, 6,
//! 8 or 10 breaths), leg swings' `levels[3]` = 1 meant the second
//! front-to-back round, the stretches could be switched off and crunch rests
//! ran from 15 to 180 s.
//!
//! # Format 3 (current)
//!
//! Format 2 plus:
//! - `pain_log`: a list of `{"at_ms", "tz_offset_min", "pain"}`, pain logged
//!   on its own without a workout (see `PainEntry`);
//! - `settings.core_breaths`: the number of core breaths, chosen freely;
//! - in sessions, optional `done.seconds` (swing seconds), `rest_s` per
//!   exercise, and swings' `side_rounds` / `extend` in planned dosages; all
//!   absent means what format 2 meant.
//!
//! The step from 2 adds an empty `pain_log`, moves the breath level into
//! `core_breaths` (level 0 again), sets the swing level to 0 (its second
//! round is now part of the base routine), switches the stretches on (they
//! follow every workout now) and pulls the crunch rest into 30-60 s. Sessions
//! are left as they are: their missing fields read as format 2 meant them.
//!
//! # Documents without a version
//!
//! Treated as format 1 when they look like it (a `sessions` list whose
//! entries use `started_at`, never `started_at_ms`, and no `meta`); otherwise
//! read as the current format and reported as a problem.

use super::plain::describe;
use crate::progress::{ExerciseResult, CURRENT_VERSION};
use crate::routine::{CRUNCH_REST_MAX_S, CRUNCH_REST_MIN_S, ROUTINE_VERSION};
use serde::Deserialize;
use serde_json::{Map, Value};

/// The routine version every format-1 session followed: format 1 shipped
/// with the first routine and did not record it.
const V1_ROUTINE_VERSION: u32 = 1;

// Keep the assumption honest: if the routine ever changes before format 1
// sessions are all migrated, this still names the routine they really used.
const _: () = assert!(V1_ROUTINE_VERSION <= ROUTINE_VERSION);

/// One migration step, `n -> n + 1`, editing the value in place. It checks
/// everything it relies on before changing anything, so on `Err` the value is
/// untouched. The `i32` is the offset to assume where the old format had none.
type Step = fn(&mut Value, i32) -> Result<(), String>;

/// `STEPS[n - 1]` upgrades format `n`.
const STEPS: [Step; 2] = [step_v1_to_v2, step_v2_to_v3];

/// Core breaths of format 2's breath levels 0-3.
const V2_BREATHS: [u64; 4] = [5, 6, 8, 10];

// Adding format 3 without its step would leave format 2 stranded.
const _: () = assert!(STEPS.len() as u32 + 1 == CURRENT_VERSION);

/// Outcome of [`run`], with what [`super::decode`] needs to decide how far to
/// trust the result.
#[derive(Debug)]
pub(crate) struct Migrated {
    /// The document, in the current format if migration succeeded.
    pub value: Value,
    /// Plain-words problems met on the way (none for a clean upgrade).
    pub problems: Vec<String>,
    /// Set to the declared version when it is newer than this build knows.
    pub future: Option<u64>,
}

/// Upgrades a stored document to [`CURRENT_VERSION`], one step at a time.
///
/// Returns the value (unchanged when it is already current, from the future,
/// or when a step could not apply) and the problems met, in plain words. Old
/// sessions that never recorded a time-zone offset are given UTC (0); see
/// [`migrate_with_offset`] to assume the device's offset instead.
pub fn migrate(value: Value) -> (Value, Vec<String>) {
    migrate_with_offset(value, 0)
}

/// [`migrate`], assuming `tz_offset_min` (the device's offset now, minutes
/// east of UTC) for format-1 sessions, which never recorded one. That is the
/// best guess for someone who has not moved, and it keeps their evening
/// workouts on the right day.
pub fn migrate_with_offset(value: Value, tz_offset_min: i32) -> (Value, Vec<String>) {
    let m = run(value, tz_offset_min);
    (m.value, m.problems)
}

/// Format 1 to format 2 (see the module docs): renames `started_at` and
/// `ended_at` to `started_at_ms` and `ended_at_ms`, adds `tz_offset_min` (0),
/// `routine_version` (1), `felt` (null), `completed` (true when every
/// exercise was done as planned) and an empty `meta`, and sets `version` to 2.
/// `Err` (input untouched) when the top level is not an object or `sessions`
/// is not a list. Session entries that are not objects are left for the
/// reader to report.
pub fn v1_to_v2(value: Value) -> Result<Value, String> {
    let mut value = value;
    step_v1_to_v2(&mut value, 0)?;
    Ok(value)
}

fn rename(obj: &mut Map<String, Value>, from: &str, to: &str) {
    if !obj.contains_key(to) {
        if let Some(v) = obj.remove(from) {
            obj.insert(to.to_string(), v);
        }
    }
}

/// Sets `key` only when it is absent.
fn add(obj: &mut Map<String, Value>, key: &str, value: impl FnOnce() -> Value) {
    if !obj.contains_key(key) {
        obj.insert(key.to_string(), value());
    }
}

/// A format-1 session counts as completed when it had exercises and each was
/// done as planned: format 1 did not record finishing early, and this is the
/// only evidence of it.
fn v1_completed(exercises: Option<&Value>) -> bool {
    match exercises {
        Some(Value::Array(items)) if !items.is_empty() => {
            items.iter().all(|item| ExerciseResult::deserialize(item).is_ok_and(|r| r.complete()))
        }
        _ => false,
    }
}

fn step_v1_to_v2(value: &mut Value, tz_offset_min: i32) -> Result<(), String> {
    let Value::Object(doc) = value else {
        return Err("the saved history is not a document (an object)".into());
    };
    match doc.get("sessions") {
        None | Some(Value::Array(_)) => {}
        Some(_) => return Err("`sessions` is not a list".into()),
    }
    if let Some(Value::Array(sessions)) = doc.get_mut("sessions") {
        for s in sessions.iter_mut() {
            let Value::Object(s) = s else { continue };
            rename(s, "started_at", "started_at_ms");
            rename(s, "ended_at", "ended_at_ms");
            add(s, "tz_offset_min", || Value::from(tz_offset_min));
            add(s, "routine_version", || Value::from(V1_ROUTINE_VERSION));
            add(s, "felt", || Value::Null);
            if !s.contains_key("completed") {
                let completed = v1_completed(s.get("exercises"));
                s.insert("completed".into(), Value::Bool(completed));
            }
        }
    }
    add(doc, "meta", || Value::Object(Map::new()));
    doc.insert("version".into(), Value::from(2u32));
    Ok(())
}

/// Format 2 to format 3 (see the module docs). `Err` (input untouched) when
/// the top level is not an object; settings that are not an object, or
/// fields of the wrong type in them, are left for the reader to report.
pub fn v2_to_v3(value: Value) -> Result<Value, String> {
    let mut value = value;
    step_v2_to_v3(&mut value, 0)?;
    Ok(value)
}

fn step_v2_to_v3(value: &mut Value, _tz_offset_min: i32) -> Result<(), String> {
    let Value::Object(doc) = value else {
        return Err("the saved history is not a document (an object)".into());
    };
    add(doc, "pain_log", || Value::Array(Vec::new()));
    if let Some(Value::Object(settings)) = doc.get_mut("settings") {
        let breath_level = settings.get("levels").and_then(|l| l.get(2)).and_then(Value::as_u64);
        if let Some(Value::Array(levels)) = settings.get_mut("levels") {
            for slot in [2, 3] {
                if let Some(level @ Value::Number(_)) = levels.get_mut(slot) {
                    *level = Value::from(0u32);
                }
            }
        }
        let breaths = V2_BREATHS[breath_level.unwrap_or(0).min(3) as usize];
        add(settings, "core_breaths", || Value::from(breaths));
        if let Some(Value::Array(enabled)) = settings.get_mut("enabled") {
            if let Some(on @ Value::Bool(_)) = enabled.get_mut(4) {
                *on = Value::Bool(true);
            }
        }
        if let Some(rest) = settings.get("crunch_rest_s").and_then(Value::as_u64) {
            let clamped = rest.clamp(u64::from(CRUNCH_REST_MIN_S), u64::from(CRUNCH_REST_MAX_S));
            settings.insert("crunch_rest_s".into(), Value::from(clamped));
        }
    }
    doc.insert("version".into(), Value::from(3u32));
    Ok(())
}

/// Whether a document without a version reads as format 1.
pub(crate) fn looks_like_v1(doc: &Map<String, Value>) -> bool {
    if doc.contains_key("meta") {
        return false;
    }
    match doc.get("sessions") {
        Some(Value::Array(sessions)) => sessions.iter().all(|s| s.get("started_at_ms").is_none()),
        _ => false,
    }
}

/// Whether a document without a version reads as format 2 or later.
fn looks_like_v2(doc: &Map<String, Value>) -> bool {
    doc.contains_key("meta")
        || doc.contains_key("pain_log")
        || matches!(doc.get("sessions"), Some(Value::Array(s)) if s.iter().any(|s| s.get("started_at_ms").is_some()))
}

/// Detects the version and applies the steps. See [`Migrated`].
pub(crate) fn run(mut value: Value, tz_offset_min: i32) -> Migrated {
    let mut problems = Vec::new();
    let Value::Object(doc) = &value else {
        problems.push("The saved history is not a document (a JSON object).".to_string());
        return Migrated { value, problems, future: None };
    };
    let guess = |doc: &Map<String, Value>, problems: &mut Vec<String>| -> u64 {
        if looks_like_v1(doc) {
            1
        } else if doc.contains_key("pain_log") {
            // Only format 3 has the pain log.
            u64::from(CURRENT_VERSION)
        } else {
            if !looks_like_v2(doc) {
                problems.push("The saved text does not look like an Upright history; only what fits the current format was read.".into());
            }
            2
        }
    };
    let from = match doc.get("version") {
        // Pre-release saves had no version; a format-1 shape upgrades silently.
        None => {
            let v = guess(doc, &mut problems);
            if v > 1 {
                problems.push(format!("The history has no version number; it was read as format {v}."));
            }
            v
        }
        Some(Value::Number(n)) if n.as_u64().is_some_and(|v| v >= 1) => n.as_u64().unwrap_or(1),
        Some(other) => {
            problems.push(format!(
                "The history's version should be a whole number from 1 to {CURRENT_VERSION} but is {}.",
                describe(other)
            ));
            guess(doc, &mut problems)
        }
    };
    if from > u64::from(CURRENT_VERSION) {
        problems.push(format!(
            "The history was saved by a newer version of Upright (format {from}); this version understands formats 1 to {CURRENT_VERSION}."
        ));
        return Migrated { value, problems, future: Some(from) };
    }
    let mut version = from;
    while version < u64::from(CURRENT_VERSION) {
        let step = STEPS[(version - 1) as usize];
        if let Err(why) = step(&mut value, tz_offset_min) {
            problems.push(format!("The history could not be upgraded from format {version}: {why}."));
            break;
        }
        version += 1;
    }
    Migrated { value, problems, future: None }
}
