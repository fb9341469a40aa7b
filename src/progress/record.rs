//! What one finished (or abandoned) workout leaves behind.

use crate::routine::{Dosage, ExerciseId};
use serde::{Deserialize, Serialize};

/// How the workout felt, asked after it ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Felt {
    /// Easy: ready for more soon.
    Easy,
    /// About right.
    Good,
    /// Hard work.
    Hard,
}

/// The work actually done for one exercise. A count missing from the stored
/// form is 0.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct WorkDone {
    /// Timed holds completed (bridge).
    pub holds: u32,
    /// Repetitions done (crunches, summed over sets).
    pub reps: u32,
    /// Sets completed (crunches).
    pub sets: u32,
    /// Breaths completed (core breath, stretches).
    pub breaths: u32,
    /// Timed per-side blocks completed (leg swings, side reaches).
    pub sides: u32,
    /// Seconds of timed movement done (leg swings): every round run, the
    /// part done of a round stopped as too hard and any extra "+30 s"
    /// included. Absent (0) in records before format 3.
    #[serde(skip_serializing_if = "is_zero")]
    pub seconds: u32,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

/// Planned versus done for one exercise of a session.
///
/// The `#[serde(default)]` fields may be absent when stored: format 1 had no
/// `stopped_for_pain`, and the compact form leaves out defaults.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExerciseResult {
    /// Which exercise.
    pub exercise: ExerciseId,
    /// The dosage the plan asked for.
    pub planned: Dosage,
    /// What was done.
    #[serde(default)]
    pub done: WorkDone,
    /// True when the person skipped every step of it.
    #[serde(default)]
    pub skipped: bool,
    /// True when the person stopped it with "this hurts".
    #[serde(default)]
    pub stopped_for_pain: bool,
    /// Rest between sets, holds or swings the player gave, in seconds (the
    /// setting at the time). Absent in records before format 3.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rest_s: Option<u32>,
}

impl ExerciseResult {
    /// True when everything planned was done.
    pub fn complete(&self) -> bool {
        if self.skipped || self.stopped_for_pain {
            return false;
        }
        match self.planned {
            Dosage::Holds { repeats, .. } => self.done.holds >= repeats,
            Dosage::Reps { reps, sets } => self.done.sets >= sets && self.done.reps >= reps.saturating_mul(sets),
            Dosage::Breaths { count } => self.done.breaths >= count,
            // Swings: every round, front and sideways, on both legs, run to
            // its end (a round stopped as too hard counts only in seconds).
            Dosage::Swings { front_rounds, side_rounds, .. } => self.done.sides >= 2 * (front_rounds + side_rounds),
            Dosage::Stretches { cobra_repeats, reach_per_side, .. } => {
                self.done.breaths >= cobra_repeats && self.done.sides >= 2 * reach_per_side
            }
        }
    }
}

/// One workout, as kept in history.
///
/// The derives write every field (the full form, which merging compares);
/// storage writes the compact form of `store/compact.rs`. The
/// `#[serde(default)]` fields may be absent when read.
///
/// A `reactive_stores::Store` in the browser build, like [`crate::progress::Document`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(reactive_stores::Store))]
pub struct SessionRecord {
    /// Unique id (start instant plus a random suffix), used to merge without duplicates.
    pub id: String,
    /// Start, in ms since the Unix epoch.
    pub started_at_ms: u64,
    /// End, in ms since the Unix epoch.
    pub ended_at_ms: u64,
    /// The local time zone's offset east of UTC in minutes when the session ran,
    /// so streaks count the person's own calendar days.
    #[serde(default)]
    pub tz_offset_min: i32,
    /// [`crate::routine::ROUTINE_VERSION`] the session followed.
    pub routine_version: u32,
    /// Per exercise: planned and done.
    pub exercises: Vec<ExerciseResult>,
    /// Pain before, 0-10.
    #[serde(default)]
    pub pain_before: Option<u8>,
    /// Pain after, 0-10.
    #[serde(default)]
    pub pain_after: Option<u8>,
    /// How it felt.
    #[serde(default)]
    pub felt: Option<Felt>,
    /// Free text from the person. Always shown as text, never as markup.
    #[serde(default)]
    pub note: Option<String>,
    /// True when the whole plan was run to the end (not finished early).
    #[serde(default)]
    pub completed: bool,
    /// Crunches the player asked for, per local day (day number, count):
    /// every tick of a paced set, an unpaced set once shown, charged to the
    /// day it was asked on. Empty in records before it existed, which
    /// count their crunches done on the day they started
    /// ([`SessionRecord::crunches_by_day`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub crunch_days: Vec<(i64, u32)>,
    /// Seconds between start and end when the workout waited, paused by
    /// the app, for the person to come back (left the player, closed the
    /// app): not workout time. Absent (0) when there was none.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub away_s: u32,
}

impl WorkDone {
    /// True when any of it was done.
    pub fn any(&self) -> bool {
        self.holds + self.reps + self.sets + self.breaths + self.sides + self.seconds > 0
    }
}

impl SessionRecord {
    /// True when anything at all was done: a session started and ended with
    /// nothing done is not a workout, and counts toward no streak or total.
    pub fn is_workout(&self) -> bool {
        self.exercises.iter().any(|r| r.done.any())
    }

    /// History order: by start, then by id so equal starts order the same
    /// on every device.
    pub fn cmp_by_start(&self, other: &SessionRecord) -> std::cmp::Ordering {
        self.started_at_ms.cmp(&other.started_at_ms).then_with(|| self.id.cmp(&other.id))
    }

    /// Result for one exercise, if it was in the plan.
    pub fn result(&self, id: ExerciseId) -> Option<&ExerciseResult> {
        self.exercises.iter().find(|r| r.exercise == id)
    }

    /// Crunches done in this session.
    pub fn crunch_reps(&self) -> u32 {
        self.result(ExerciseId::Crunches).map_or(0, |r| r.done.reps)
    }

    /// Crunches this session charges to each local day: what it asked for,
    /// and never less than the crunches it records as done (an older or
    /// edited record), the rest charged to the day it started.
    pub fn crunches_by_day(&self, fallback_tz_offset_min: i32) -> Vec<(i64, u32)> {
        let mut days = self.crunch_days.clone();
        let asked = days.iter().fold(0u32, |sum, (_, n)| sum.saturating_add(*n));
        let missing = self.crunch_reps().saturating_sub(asked);
        if missing > 0 {
            days.push((super::stats::session_day(self, fallback_tz_offset_min), missing));
        }
        days
    }

    /// Length in whole seconds, the time spent away excluded.
    pub fn duration_s(&self) -> u64 {
        (self.ended_at_ms.saturating_sub(self.started_at_ms) / 1000).saturating_sub(u64::from(self.away_s))
    }
}
