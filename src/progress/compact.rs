//! How sessions are written: the format-2 field names, with values that
//! equal their serde defaults left out.
//!
//! Ten years of daily sessions written in full take about 4 MB, close to the
//! ~5 MB localStorage gives a site, with no room left for a quarantine copy.
//! Most of that is zeros, `false` and `null`. Every omitted field has
//! `#[serde(default)]` in `record.rs`, so the derived `Deserialize` (and
//! every older build of format 2) reads the short form back to an equal
//! record. Nothing is renamed: the format is unchanged, only terser.
//!
//! Each writer destructures its struct without `..`, so a field added to
//! `SessionRecord`, `ExerciseResult` or `WorkDone` fails to compile here
//! instead of silently not being stored.

use super::{ExerciseResult, SessionRecord, WorkDone};
use serde::ser::{SerializeMap, SerializeSeq};
use serde::{Serialize, Serializer};

/// A session, written without default values.
pub(crate) struct CompactSession<'a>(pub &'a SessionRecord);

struct CompactExercises<'a>(&'a [ExerciseResult]);
struct CompactExercise<'a>(&'a ExerciseResult);
struct CompactWork<'a>(&'a WorkDone);

impl Serialize for CompactSession<'_> {
    fn serialize<S: Serializer>(&self, ser: S) -> Result<S::Ok, S::Error> {
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
        } = self.0;
        let mut m = ser.serialize_map(None)?;
        m.serialize_entry("id", id)?;
        m.serialize_entry("started_at_ms", started_at_ms)?;
        m.serialize_entry("ended_at_ms", ended_at_ms)?;
        // Always written: 0 is a real zone (UTC), and a reader should not
        // have to know the default to tell.
        m.serialize_entry("tz_offset_min", tz_offset_min)?;
        m.serialize_entry("routine_version", routine_version)?;
        m.serialize_entry("exercises", &CompactExercises(exercises))?;
        if let Some(p) = pain_before {
            m.serialize_entry("pain_before", p)?;
        }
        if let Some(p) = pain_after {
            m.serialize_entry("pain_after", p)?;
        }
        if let Some(f) = felt {
            m.serialize_entry("felt", f)?;
        }
        if let Some(n) = note {
            m.serialize_entry("note", n)?;
        }
        if *completed {
            m.serialize_entry("completed", completed)?;
        }
        m.end()
    }
}

impl Serialize for CompactExercises<'_> {
    fn serialize<S: Serializer>(&self, ser: S) -> Result<S::Ok, S::Error> {
        let mut seq = ser.serialize_seq(Some(self.0.len()))?;
        for r in self.0 {
            seq.serialize_element(&CompactExercise(r))?;
        }
        seq.end()
    }
}

impl Serialize for CompactExercise<'_> {
    fn serialize<S: Serializer>(&self, ser: S) -> Result<S::Ok, S::Error> {
        let ExerciseResult { exercise, planned, done, skipped, stopped_for_pain } = self.0;
        let mut m = ser.serialize_map(None)?;
        m.serialize_entry("exercise", exercise)?;
        m.serialize_entry("planned", planned)?;
        if *done != WorkDone::default() {
            m.serialize_entry("done", &CompactWork(done))?;
        }
        if *skipped {
            m.serialize_entry("skipped", skipped)?;
        }
        if *stopped_for_pain {
            m.serialize_entry("stopped_for_pain", stopped_for_pain)?;
        }
        m.end()
    }
}

impl Serialize for CompactWork<'_> {
    fn serialize<S: Serializer>(&self, ser: S) -> Result<S::Ok, S::Error> {
        let WorkDone { holds, reps, sets, breaths, sides } = self.0;
        let mut m = ser.serialize_map(None)?;
        for (name, n) in [("holds", holds), ("reps", reps), ("sets", sets), ("breaths", breaths), ("sides", sides)] {
            if *n != 0 {
                m.serialize_entry(name, n)?;
            }
        }
        m.end()
    }
}

/// The sessions list, compactly.
pub(crate) struct CompactSessions<'a>(pub &'a [SessionRecord]);

impl Serialize for CompactSessions<'_> {
    fn serialize<S: Serializer>(&self, ser: S) -> Result<S::Ok, S::Error> {
        let mut seq = ser.serialize_seq(Some(self.0.len()))?;
        for s in self.0 {
            seq.serialize_element(&CompactSession(s))?;
        }
        seq.end()
    }
}
