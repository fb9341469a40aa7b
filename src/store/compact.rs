//! How sessions are stored: the format-2 field names, with values that
//! equal their defaults left out.
//!
//! Ten years of daily sessions written in full take about 4 MB, close to the
//! ~5 MB localStorage gives a site, with no room left for a quarantine copy.
//! Most of that is zeros, `false` and `null`. Every omitted field has
//! `#[serde(default)]` in `record.rs`, so the derived `Deserialize` (and
//! every older build of format 2) reads the short form back to an equal
//! record. Nothing is renamed: the format is unchanged, only terser.
//!
//! The full form, every field in declaration order, is what the derives on
//! the record types write; merging compares copies by it.
//!
//! Each view is built by destructuring its record without `..`, so a field
//! added to `SessionRecord`, `ExerciseResult` or `WorkDone` fails to compile
//! here instead of silently not being stored.

use crate::progress::{ExerciseResult, Felt, SessionRecord, WorkDone};
use crate::routine::{Dosage, ExerciseId};
use serde::{Serialize, Serializer};

/// A session as stored: borrowed from the record, defaults skipped.
#[derive(Serialize)]
pub(crate) struct CompactSession<'a> {
    id: &'a str,
    started_at_ms: u64,
    ended_at_ms: u64,
    // Always written: 0 is a real zone (UTC), and a reader should not have
    // to know the default to tell.
    tz_offset_min: i32,
    routine_version: u32,
    #[serde(serialize_with = "exercises")]
    exercises: &'a [ExerciseResult],
    #[serde(skip_serializing_if = "Option::is_none")]
    pain_before: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pain_after: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    felt: Option<Felt>,
    #[serde(skip_serializing_if = "Option::is_none")]
    note: Option<&'a str>,
    #[serde(skip_serializing_if = "is_false")]
    completed: bool,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    crunch_days: &'a [(i64, u32)],
    #[serde(skip_serializing_if = "is_zero")]
    away_s: u32,
}

impl<'a> From<&'a SessionRecord> for CompactSession<'a> {
    fn from(s: &'a SessionRecord) -> Self {
        let SessionRecord {
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
        } = s;
        CompactSession {
            id,
            started_at_ms: *started_at_ms,
            ended_at_ms: *ended_at_ms,
            tz_offset_min: *tz_offset_min,
            routine_version: *routine_version,
            exercises,
            pain_before: *pain_before,
            pain_after: *pain_after,
            felt: *felt,
            note: note.as_deref(),
            completed: *completed,
            crunch_days,
            away_s: *away_s,
        }
    }
}

/// One exercise entry as stored.
#[derive(Serialize)]
struct CompactExercise<'a> {
    exercise: ExerciseId,
    planned: &'a Dosage,
    #[serde(skip_serializing_if = "CompactWork::is_nothing")]
    done: CompactWork,
    #[serde(skip_serializing_if = "is_false")]
    skipped: bool,
    #[serde(skip_serializing_if = "is_false")]
    stopped_for_pain: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    rest_s: Option<u32>,
}

impl<'a> From<&'a ExerciseResult> for CompactExercise<'a> {
    fn from(r: &'a ExerciseResult) -> Self {
        let ExerciseResult { exercise, planned, done, skipped, stopped_for_pain, rest_s } = r;
        CompactExercise {
            exercise: *exercise,
            planned,
            done: CompactWork::from(done),
            skipped: *skipped,
            stopped_for_pain: *stopped_for_pain,
            rest_s: *rest_s,
        }
    }
}

/// Work counts as stored: zeros left out.
#[derive(Serialize)]
struct CompactWork {
    #[serde(skip_serializing_if = "is_zero")]
    holds: u32,
    #[serde(skip_serializing_if = "is_zero")]
    reps: u32,
    #[serde(skip_serializing_if = "is_zero")]
    sets: u32,
    #[serde(skip_serializing_if = "is_zero")]
    breaths: u32,
    #[serde(skip_serializing_if = "is_zero")]
    sides: u32,
    #[serde(skip_serializing_if = "is_zero")]
    seconds: u32,
}

impl CompactWork {
    /// Nothing counted: the whole `done` object is left out.
    fn is_nothing(&self) -> bool {
        let CompactWork { holds, reps, sets, breaths, sides, seconds } = *self;
        holds == 0 && reps == 0 && sets == 0 && breaths == 0 && sides == 0 && seconds == 0
    }
}

impl From<&WorkDone> for CompactWork {
    fn from(d: &WorkDone) -> Self {
        let WorkDone { holds, reps, sets, breaths, sides, seconds } = *d;
        CompactWork { holds, reps, sets, breaths, sides, seconds }
    }
}

fn is_false(b: &bool) -> bool {
    !*b
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

/// A session's exercise entries as stored.
fn exercises<S: Serializer>(list: &&[ExerciseResult], ser: S) -> Result<S::Ok, S::Error> {
    ser.collect_seq(list.iter().map(CompactExercise::from))
}

/// The sessions list as stored (`#[serde(serialize_with)]` on the document).
pub(crate) fn sessions<S: Serializer>(list: &&[SessionRecord], ser: S) -> Result<S::Ok, S::Error> {
    ser.collect_seq(list.iter().map(CompactSession::from))
}
