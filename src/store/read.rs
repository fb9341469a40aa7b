//! Reading sessions, settings and meta out of a `serde_json::Value` one
//! field at a time, when the typed derive refuses them, so a bad field costs
//! only itself.
//!
//! One reader serves two masters so they can never disagree about what a
//! valid session is:
//! - [`super::decode`] (tolerant): a bad optional field is reset and reported,
//!   a bad exercise entry is left out, only a session without a readable id or
//!   start is left out. What can be read is kept.
//! - [`super::validate_import`] (strict): any issue rejects the file, and the
//!   issue's field path tells the person where to look.

use super::plain::{data_error, describe};
use crate::progress::{local_day, ymd, ExerciseResult, Felt, SessionRecord, WorkDone, MAX_TZ_OFFSET_MIN};
use crate::routine::{check_dosage, Dosage, ExerciseId, MAX_CRUNCH_REPS_PER_SESSION, ROUTINE_VERSION};
use serde::de::value::MapDeserializer;
use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde_json::{Map, Value};

/// What is wrong with a field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A required field is absent.
    Missing,
    /// The value has the wrong type or is out of range.
    Wrong {
        /// What should be there, in plain words.
        expected: String,
        /// What is there, as the person would see it in the file.
        found: String,
    },
    /// Anything else, already in plain words.
    Invalid(String),
}

/// What the tolerant reader did about an issue.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Effect {
    /// The whole session was left out.
    DropSession,
    /// One exercise entry was left out.
    DropExercise,
    /// The field was reset; the text says to what.
    Reset(&'static str),
}

/// One problem found in a session, with the path of the field inside it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Issue {
    /// Path inside the session, e.g. `exercises[1].planned`; empty for the
    /// session itself.
    pub field: String,
    /// What is wrong.
    pub kind: Kind,
    /// What the tolerant reader did.
    pub effect: Effect,
}

impl Issue {
    fn new(field: impl Into<String>, kind: Kind, effect: Effect) -> Issue {
        Issue { field: field.into(), kind, effect }
    }

    fn wrong(field: impl Into<String>, expected: &str, found: &Value, effect: Effect) -> Issue {
        Issue::new(field, Kind::Wrong { expected: expected.to_string(), found: describe(found) }, effect)
    }

    /// Wording for the import error: `<prefix>.<field>: expected ..., found ...`.
    pub fn import_text(&self, prefix: &str) -> String {
        let path = join_path(prefix, &self.field);
        match &self.kind {
            Kind::Missing => format!("{path}: this field is missing"),
            Kind::Wrong { expected, found } => format!("{path}: expected {expected}, found {found}"),
            Kind::Invalid(msg) => format!("{path}: {msg}"),
        }
    }

    /// Wording for a storage problem, including what was done about it.
    pub fn decode_text(&self) -> String {
        let what = if self.field.is_empty() {
            match &self.kind {
                Kind::Missing => "is missing".to_string(),
                Kind::Wrong { expected, found } => format!("should be {expected} but is {found}"),
                Kind::Invalid(msg) => msg.clone(),
            }
        } else {
            let f = &self.field;
            match &self.kind {
                Kind::Missing => format!("field `{f}` is missing"),
                Kind::Wrong { expected, found } => format!("field `{f}` should be {expected} but is {found}"),
                Kind::Invalid(msg) => format!("field `{f}`: {msg}"),
            }
        };
        let effect = match self.effect {
            Effect::DropSession => "the session was left out",
            Effect::DropExercise => "that exercise was left out",
            Effect::Reset(what) => what,
        };
        format!("{what}; {effect}")
    }
}

/// `a` + `.b` or `a` + `[2]`, without a dot before an index.
pub(crate) fn join_path(prefix: &str, field: &str) -> String {
    if field.is_empty() {
        prefix.to_string()
    } else if prefix.is_empty() || field.starts_with('[') {
        format!("{prefix}{field}")
    } else {
        format!("{prefix}.{field}")
    }
}

/// Reads a record whose every field has a serde default (settings, meta,
/// work done), keeping every field that reads and reporting each that does
/// not as `(key, plain message)`; the key is empty when the value is not an
/// object. Generic over the type, so a field added later needs nothing here.
pub(crate) fn read_struct<T: DeserializeOwned + Default>(v: &Value) -> (T, Vec<(String, String)>) {
    if let Ok(t) = T::deserialize(v) {
        return (t, Vec::new());
    }
    let Value::Object(stored) = v else {
        return (T::default(), vec![(String::new(), format!("expected an object, found {}", describe(v)))]);
    };
    // Each field alone, the others taking their defaults: whatever reads
    // alone also reads beside the rest, as no field depends on another.
    let mut problems = Vec::new();
    let readable: Vec<(&str, &Value)> = stored
        .iter()
        .map(|(key, value)| (key.as_str(), value))
        .filter(|&entry| match T::deserialize(MapDeserializer::new(std::iter::once(entry))) {
            Ok(_) => true,
            Err(e) => {
                problems.push((entry.0.to_string(), data_error(&e)));
                false
            }
        })
        .collect();
    let t = T::deserialize(MapDeserializer::new(readable.into_iter())).unwrap_or_default();
    (t, problems)
}

const EXPECT_ID: &str = "text (the session's id)";
const EXPECT_INSTANT: &str = "a time in milliseconds since 1970 (a whole number of 0 or more)";
const EXPECT_OFFSET: &str = "a time-zone offset from -1080 to 1080 minutes";
const EXPECT_PAIN: &str = "a number from 0 to 10";
const EXPECT_BOOL: &str = "true or false";
const EXPECT_EXERCISE: &str = "one of \"back-bridge\", \"crunches\", \"core-breath\", \"leg-swings\", \"mid-back-stretches\"";

/// Reads an optional (serde-default) field: absent gives `default`, a value
/// that does not read gives `default` plus an issue.
fn optional<T: DeserializeOwned>(
    o: &Map<String, Value>,
    name: &str,
    expected: &str,
    default: T,
    reset: &'static str,
    issues: &mut Vec<Issue>,
) -> T {
    match o.get(name) {
        None => default,
        Some(v) => T::deserialize(v).unwrap_or_else(|_| {
            issues.push(Issue::wrong(name, expected, v, Effect::Reset(reset)));
            default
        }),
    }
}

/// Reads entry `index` of a session's exercises field by field. None when
/// the entry cannot be kept. Paths for messages are only built for problems.
fn read_exercise(v: &Value, index: usize, issues: &mut Vec<Issue>) -> Option<ExerciseResult> {
    let Value::Object(o) = v else {
        issues.push(Issue::wrong(
            format!("exercises[{index}]"),
            "an exercise result (an object)",
            v,
            Effect::DropExercise,
        ));
        return None;
    };
    let at = |name: &str| format!("exercises[{index}].{name}");
    let exercise = match o.get("exercise") {
        None => {
            issues.push(Issue::new(at("exercise"), Kind::Missing, Effect::DropExercise));
            return None;
        }
        Some(x) => match ExerciseId::deserialize(x) {
            Ok(id) => id,
            Err(_) => {
                issues.push(Issue::wrong(at("exercise"), EXPECT_EXERCISE, x, Effect::DropExercise));
                return None;
            }
        },
    };
    let planned = match o.get("planned") {
        None => {
            issues.push(Issue::new(at("planned"), Kind::Missing, Effect::DropExercise));
            return None;
        }
        Some(x) => match Dosage::deserialize(x) {
            Ok(d) => d,
            Err(e) => {
                issues.push(Issue::new(at("planned"), Kind::Invalid(data_error(&e)), Effect::DropExercise));
                return None;
            }
        },
    };
    let done = match o.get("done") {
        None => WorkDone::default(),
        Some(x) => {
            let (done, problems) = read_struct::<WorkDone>(x);
            for (key, msg) in problems {
                let path = if key.is_empty() { at("done") } else { at(&format!("done.{key}")) };
                issues.push(Issue::new(path, Kind::Invalid(msg), Effect::Reset("that count was set to 0")));
            }
            done
        }
    };
    let mut flag = |name: &str| match o.get(name) {
        None => false,
        Some(x) => bool::deserialize(x).unwrap_or_else(|_| {
            issues.push(Issue::wrong(at(name), EXPECT_BOOL, x, Effect::Reset("it was set to false")));
            false
        }),
    };
    let skipped = flag("skipped");
    let stopped_for_pain = flag("stopped_for_pain");
    let rest_s = match o.get("rest_s") {
        None => None,
        Some(x) => Option::<u32>::deserialize(x).unwrap_or_else(|_| {
            issues.push(Issue::wrong(at("rest_s"), "a rest in seconds", x, Effect::Reset("it was left empty")));
            None
        }),
    };
    Some(ExerciseResult { exercise, planned, done, skipped, stopped_for_pain, rest_s })
}

/// Reads a session field by field. None when it cannot be kept at all.
/// Only taken when the typed derive refused the session.
fn read_record(v: &Value, issues: &mut Vec<Issue>) -> Option<SessionRecord> {
    let Value::Object(o) = v else {
        issues.push(Issue::wrong("", "a session (an object)", v, Effect::DropSession));
        return None;
    };
    let id = match o.get("id") {
        None => {
            issues.push(Issue::new("id", Kind::Missing, Effect::DropSession));
            return None;
        }
        Some(Value::String(s)) => s.clone(),
        Some(x) => {
            issues.push(Issue::wrong("id", EXPECT_ID, x, Effect::DropSession));
            return None;
        }
    };
    // Without its start a session has no day: nothing to count it on.
    let started_at_ms = match o.get("started_at_ms") {
        None => {
            issues.push(Issue::new("started_at_ms", Kind::Missing, Effect::DropSession));
            return None;
        }
        Some(x) => match u64::deserialize(x) {
            Ok(ms) => ms,
            Err(_) => {
                issues.push(Issue::wrong("started_at_ms", EXPECT_INSTANT, x, Effect::DropSession));
                return None;
            }
        },
    };
    let ended_at_ms = match o.get("ended_at_ms") {
        None => {
            issues.push(Issue::new("ended_at_ms", Kind::Missing, Effect::Reset("the end was set to the start")));
            started_at_ms
        }
        Some(x) => u64::deserialize(x).unwrap_or_else(|_| {
            issues.push(Issue::wrong("ended_at_ms", EXPECT_INSTANT, x, Effect::Reset("the end was set to the start")));
            started_at_ms
        }),
    };
    let routine_version = match o.get("routine_version") {
        None => {
            issues.push(Issue::new("routine_version", Kind::Missing, Effect::Reset("the current routine was assumed")));
            ROUTINE_VERSION
        }
        Some(x) => u32::deserialize(x).unwrap_or_else(|_| {
            issues.push(Issue::wrong(
                "routine_version",
                "a routine version (a whole number)",
                x,
                Effect::Reset("the current routine was assumed"),
            ));
            ROUTINE_VERSION
        }),
    };
    let exercises = match o.get("exercises") {
        None => {
            issues.push(Issue::new("exercises", Kind::Missing, Effect::Reset("it was read as no exercises")));
            Vec::new()
        }
        Some(Value::Array(items)) => items
            .iter()
            .enumerate()
            .filter_map(|(i, item)| match ExerciseResult::deserialize(item) {
                Ok(r) => Some(r),
                Err(_) => read_exercise(item, i, issues),
            })
            .collect(),
        Some(x) => {
            issues.push(Issue::wrong("exercises", "a list of exercises", x, Effect::Reset("it was read as no exercises")));
            Vec::new()
        }
    };
    let tz_offset_min = optional(o, "tz_offset_min", EXPECT_OFFSET, 0, "it was set to 0 (UTC)", issues);
    let pain_before = optional(o, "pain_before", EXPECT_PAIN, None, "it was left empty", issues);
    let pain_after = optional(o, "pain_after", EXPECT_PAIN, None, "it was left empty", issues);
    let felt: Option<Felt> =
        optional(o, "felt", "\"easy\", \"good\" or \"hard\"", None, "it was left empty", issues);
    let note = optional(o, "note", "text", None, "it was left empty", issues);
    let completed = optional(o, "completed", EXPECT_BOOL, false, "it was set to false", issues);
    // Unreadable day counts are dropped: the crunches done still count
    // against the day the session started (`SessionRecord::crunches_by_day`).
    let crunch_days = optional(o, "crunch_days", "a list of [day, crunches] pairs", Vec::new(), "it was left empty", issues);
    let away_s = optional(o, "away_s", "a whole number of seconds", 0, "it was set to 0", issues);
    Some(SessionRecord {
        id,
        started_at_ms,
        ended_at_ms,
        tz_offset_min,
        routine_version,
        exercises,
        pain_before,
        pain_after,
        felt,
        note,
        completed,
        crunch_days,
        away_s,
    })
}

/// Checks a typed session for values the types allow but the app does not.
/// Tolerant mode repairs them; strict mode also checks the routine's caps.
pub(crate) fn check_values(s: &mut SessionRecord, strict: bool, issues: &mut Vec<Issue>) {
    if s.id.trim().is_empty() {
        issues.push(Issue::new(
            "id",
            Kind::Invalid("must not be empty".into()),
            Effect::Reset("a new id was made from its start time"),
        ));
        s.id = format!("recovered-{}", s.started_at_ms);
    }
    if s.ended_at_ms < s.started_at_ms {
        issues.push(Issue::new(
            "ended_at_ms",
            Kind::Invalid(format!("the end ({}) is before the start ({})", s.ended_at_ms, s.started_at_ms)),
            Effect::Reset("the end was set to the start"),
        ));
        s.ended_at_ms = s.started_at_ms;
    }
    if s.tz_offset_min.abs() > MAX_TZ_OFFSET_MIN {
        issues.push(Issue::new(
            "tz_offset_min",
            Kind::Wrong { expected: EXPECT_OFFSET.into(), found: s.tz_offset_min.to_string() },
            Effect::Reset("it was set to 0 (UTC)"),
        ));
        s.tz_offset_min = 0;
    }
    for (name, pain) in [("pain_before", &mut s.pain_before), ("pain_after", &mut s.pain_after)] {
        if let Some(p) = *pain {
            if p > 10 {
                issues.push(Issue::new(
                    name,
                    Kind::Wrong { expected: EXPECT_PAIN.into(), found: p.to_string() },
                    Effect::Reset("it was left empty"),
                ));
                *pain = None;
            }
        }
    }
    if !strict {
        // History records what happened; the caps judge plans, and an old
        // record must not vanish because a cap changed later.
        return;
    }
    if let Some((_, n)) = s.crunch_days.iter().find(|(_, n)| *n > MAX_CRUNCH_REPS_PER_SESSION) {
        issues.push(Issue::new(
            "crunch_days",
            Kind::Wrong {
                expected: format!("at most {MAX_CRUNCH_REPS_PER_SESSION} crunches asked for in a day"),
                found: n.to_string(),
            },
            Effect::Reset("it was left empty"),
        ));
        s.crunch_days.clear();
    }
    let mut crunches = 0u32;
    for (i, r) in s.exercises.iter().enumerate() {
        if let Err(why) = check_dosage(r.exercise, &r.planned) {
            issues.push(Issue::new(format!("exercises[{i}].planned"), Kind::Invalid(why.text(&crate::i18n::Words::english())), Effect::DropExercise));
        }
        if r.exercise == ExerciseId::Crunches {
            crunches = crunches.saturating_add(r.done.reps);
            if crunches > MAX_CRUNCH_REPS_PER_SESSION {
                issues.push(Issue::new(
                    format!("exercises[{i}].done.reps"),
                    Kind::Wrong {
                        expected: format!("at most {MAX_CRUNCH_REPS_PER_SESSION} crunches in one session"),
                        found: crunches.to_string(),
                    },
                    Effect::DropExercise,
                ));
            }
        }
    }
}

/// Reads one session. `None` when it cannot be kept at all (no readable id
/// or start); otherwise the session, repaired where the issues say so.
/// Strict mode adds the routine checks (planned dosages, crunch cap); the
/// caller decides whether any issue is fatal.
pub(crate) fn read_session(v: &Value, strict: bool) -> (Option<SessionRecord>, Vec<Issue>) {
    let mut issues = Vec::new();
    // A healthy session is one typed read, without the field-by-field path.
    let session = match SessionRecord::deserialize(v) {
        Ok(s) => Some(s),
        Err(_) => read_record(v, &mut issues),
    };
    let session = session.map(|mut s| {
        check_values(&mut s, strict, &mut issues);
        s
    });
    (session, issues)
}

/// Best-effort local date of a session value that may not read, for
/// messages ("2026-11-02"); None when its start cannot be read.
pub(crate) fn session_date(v: &Value) -> Option<String> {
    let start = v.get("started_at_ms").or_else(|| v.get("started_at"))?.as_u64()?;
    let tz = v
        .get("tz_offset_min")
        .and_then(Value::as_i64)
        .filter(|t| t.abs() <= i64::from(MAX_TZ_OFFSET_MIN))
        .unwrap_or(0) as i32;
    Some(ymd(local_day(start, tz)))
}
