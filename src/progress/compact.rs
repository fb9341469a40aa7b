//! How sessions are written: the format-2 field names, with values that
//! equal their defaults left out (or every field, for the full form).
//!
//! Ten years of daily sessions written in full take about 4 MB, close to the
//! ~5 MB localStorage gives a site, with no room left for a quarantine copy.
//! Most of that is zeros, `false` and `null`. Every omitted field reads back
//! as its default (see `read.rs`, and every older build of format 2, whose
//! serde derives had `#[serde(default)]` on exactly these fields), so the
//! short form reads back to an equal record. Nothing is renamed: the format
//! is unchanged, only terser.
//!
//! The full form, every field in declaration order, is what the serde
//! derives wrote; merging still compares copies by it.
//!
//! Each writer destructures its struct without `..`, so a field added to
//! `SessionRecord`, `ExerciseResult` or `WorkDone` fails to compile here
//! instead of silently not being stored.

use super::{ExerciseResult, SessionRecord, WorkDone};
use crate::json::Writer;

/// Writes a session; `full` also writes the fields that hold defaults.
pub(crate) fn write_session(w: &mut Writer, s: &SessionRecord, full: bool) {
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
    } = s;
    w.begin_object();
    w.field("id", id);
    w.field("started_at_ms", started_at_ms);
    w.field("ended_at_ms", ended_at_ms);
    // Always written: 0 is a real zone (UTC), and a reader should not have
    // to know the default to tell.
    w.field("tz_offset_min", tz_offset_min);
    w.field("routine_version", routine_version);
    w.key("exercises");
    w.begin_array();
    for r in exercises {
        w.begin_item();
        write_exercise(w, r, full);
    }
    w.end_array();
    if full || pain_before.is_some() {
        w.field("pain_before", pain_before);
    }
    if full || pain_after.is_some() {
        w.field("pain_after", pain_after);
    }
    if full || felt.is_some() {
        w.field("felt", felt);
    }
    if full || note.is_some() {
        w.field("note", note);
    }
    if full || *completed {
        w.field("completed", completed);
    }
    w.end_object();
}

/// Writes one exercise entry; `full` as for [`write_session`].
pub(crate) fn write_exercise(w: &mut Writer, r: &ExerciseResult, full: bool) {
    let ExerciseResult { exercise, planned, done, skipped, stopped_for_pain } = r;
    w.begin_object();
    w.field("exercise", exercise);
    w.field("planned", planned);
    if full || *done != WorkDone::default() {
        w.key("done");
        write_work(w, done, full);
    }
    if full || *skipped {
        w.field("skipped", skipped);
    }
    if full || *stopped_for_pain {
        w.field("stopped_for_pain", stopped_for_pain);
    }
    w.end_object();
}

/// Writes work counts, leaving out zeros unless `full`.
pub(crate) fn write_work(w: &mut Writer, d: &WorkDone, full: bool) {
    let WorkDone { holds, reps, sets, breaths, sides } = d;
    w.begin_object();
    for (name, n) in [("holds", holds), ("reps", reps), ("sets", sets), ("breaths", breaths), ("sides", sides)] {
        if full || *n != 0 {
            w.field(name, n);
        }
    }
    w.end_object();
}

/// The sessions as a compact list.
pub(crate) fn write_sessions(w: &mut Writer, sessions: &[SessionRecord]) {
    w.begin_array();
    for s in sessions {
        w.begin_item();
        write_session(w, s, false);
    }
    w.end_array();
}
