//! What one finished (or abandoned) workout leaves behind.

use crate::json::{self, Fields, FromFields, ToJson, Writer};
use crate::routine::{Dosage, ExerciseId};

/// How the workout felt, asked after it ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Felt {
    /// Easy: ready for more soon.
    Easy,
    /// About right.
    Good,
    /// Hard work.
    Hard,
}

/// The work actually done for one exercise.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
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
}

/// Planned versus done for one exercise of a session.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExerciseResult {
    /// Which exercise.
    pub exercise: ExerciseId,
    /// The dosage the plan asked for.
    pub planned: Dosage,
    /// What was done.
    pub done: WorkDone,
    /// True when the person skipped every step of it.
    pub skipped: bool,
    /// True when the person stopped it with "this hurts".
    pub stopped_for_pain: bool,
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
            // Swings: each front round and the lateral round, on both legs.
            Dosage::Swings { front_rounds, .. } => self.done.sides >= 2 * (front_rounds + 1),
            Dosage::Stretches { cobra_repeats, reach_per_side, .. } => {
                self.done.breaths >= cobra_repeats && self.done.sides >= 2 * reach_per_side
            }
        }
    }
}

/// One workout, as kept in history.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SessionRecord {
    /// Unique id (start instant plus a random suffix), used to merge without duplicates.
    pub id: String,
    /// Start, in ms since the Unix epoch.
    pub started_at_ms: u64,
    /// End, in ms since the Unix epoch.
    pub ended_at_ms: u64,
    /// The local time zone's offset east of UTC in minutes when the session ran,
    /// so streaks count the person's own calendar days.
    pub tz_offset_min: i32,
    /// [`crate::routine::ROUTINE_VERSION`] the session followed.
    pub routine_version: u32,
    /// Per exercise: planned and done.
    pub exercises: Vec<ExerciseResult>,
    /// Pain before, 0-10.
    pub pain_before: Option<u8>,
    /// Pain after, 0-10.
    pub pain_after: Option<u8>,
    /// How it felt.
    pub felt: Option<Felt>,
    /// Free text from the person. Always shown as text, never as markup.
    pub note: Option<String>,
    /// True when the whole plan was run to the end (not finished early).
    pub completed: bool,
}

impl SessionRecord {
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

    /// Length in whole seconds.
    pub fn duration_s(&self) -> u64 {
        self.ended_at_ms.saturating_sub(self.started_at_ms) / 1000
    }
}

// Stored form. Reading sessions and exercise entries lives in `read.rs`
// (it reports each problem); the compact writer in `compact.rs`. These
// write every field, in declaration order, as the serde derives did.

json::words!(Felt { Easy = "easy", Good = "good", Hard = "hard" });

impl FromFields for WorkDone {
    fn from_fields(f: &mut Fields) -> WorkDone {
        WorkDone {
            holds: f.get("holds", 0),
            reps: f.get("reps", 0),
            sets: f.get("sets", 0),
            breaths: f.get("breaths", 0),
            sides: f.get("sides", 0),
        }
    }
}

impl ToJson for WorkDone {
    fn write_json(&self, w: &mut Writer) {
        super::compact::write_work(w, self, true);
    }
}

impl ToJson for ExerciseResult {
    fn write_json(&self, w: &mut Writer) {
        super::compact::write_exercise(w, self, true);
    }
}

impl ToJson for SessionRecord {
    fn write_json(&self, w: &mut Writer) {
        super::compact::write_session(w, self, true);
    }
}
