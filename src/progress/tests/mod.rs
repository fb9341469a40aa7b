//! Host tests of the domain: actions, merge, stats, charts, the report,
//! reminders and words. Their helpers below are shared with the codec's
//! tests (`crate::store::tests`).

mod action;
mod chart;
mod limits;
mod merge;
mod progression;
mod reminder;
mod report;
mod stats;
mod words;

use super::*;
// The domain's tests write and read documents back to check what is stored;
// only tests do: the domain itself never uses the codec.
use crate::store::tests::fixtures;
use crate::store::{decode, encode, export_csv, export_json, validate_import};
use crate::routine::{Dosage, ExerciseId};

/// One minute and one day in ms.
pub(crate) const MIN: u64 = 60_000;
pub(crate) const DAY: u64 = 86_400_000;

/// "Now" for imports: 2030-01-01 00:00 UTC, after every fixture's dates.
pub(crate) const NOW: u64 = 1_893_456_000_000;

/// A UTC instant (ms) from a calendar date and time. Dates after 1970 only.
pub(crate) fn utc(y: i32, m: u32, d: u32, hh: u64, mm: u64) -> u64 {
    days_from_civil(y, m, d) as u64 * DAY + hh * 60 * MIN + mm * MIN
}

/// The instant at which local clocks at `tz` minutes east of UTC show the
/// given date and time.
pub(crate) fn local(y: i32, m: u32, d: u32, hh: u64, mm: u64, tz: i32) -> u64 {
    (utc(y, m, d, hh, mm) as i64 - i64::from(tz) * 60_000) as u64
}

/// A finished session of all five exercises at the starting dosage, 8
/// minutes long, pain 5 -> 3, felt good.
pub(crate) fn session(id: &str, start: u64, tz: i32) -> SessionRecord {
    let r = |exercise: ExerciseId, planned: Dosage, done: WorkDone| ExerciseResult {
        exercise,
        planned,
        done,
        skipped: false,
        stopped_for_pain: false,
        rest_s: None,
    };
    SessionRecord {
        id: id.to_string(),
        started_at_ms: start,
        ended_at_ms: start + 8 * MIN,
        tz_offset_min: tz,
        routine_version: 1,
        exercises: vec![
            r(
                ExerciseId::BackBridge,
                Dosage::Holds { hold_s: 10, repeats: 2, ball: false },
                WorkDone { holds: 2, ..WorkDone::default() },
            ),
            r(ExerciseId::Crunches, Dosage::Reps { reps: 15, sets: 2 }, WorkDone { reps: 30, sets: 2, ..WorkDone::default() }),
            r(ExerciseId::CoreBreath, Dosage::Breaths { count: 5 }, WorkDone { breaths: 5, ..WorkDone::default() }),
            r(
                ExerciseId::LegSwings,
                Dosage::Swings { seconds: 30, front_rounds: 1, side_rounds: 1, extend: false },
                WorkDone { sides: 4, ..WorkDone::default() },
            ),
            r(
                ExerciseId::MidBackStretches,
                Dosage::Stretches { cobra_repeats: 3, cobra_breaths: 2, reach_per_side: 3 },
                WorkDone { breaths: 3, sides: 6, ..WorkDone::default() },
            ),
        ],
        pain_before: Some(5),
        pain_after: Some(3),
        felt: Some(Felt::Good),
        note: None,
        completed: true,
        crunch_days: Vec::new(),
        away_s: 0,
    }
}

/// A document holding `sessions` (kept in the given order) with default
/// settings and meta.
pub(crate) fn doc_of(sessions: Vec<SessionRecord>) -> Document {
    Document { sessions, ..Document::default() }
}

/// `n` daily sessions from 2026-01-01 07:00 UTC, ids `s0`, `s1`, ...
pub(crate) fn daily(n: usize) -> Vec<SessionRecord> {
    (0..n).map(|i| session(&format!("s{i}"), utc(2026, 1, 1, 7, 0) + i as u64 * DAY, 0)).collect()
}

/// JSON text as a value, for building test inputs.
#[track_caller]
pub(crate) fn j(text: &str) -> serde_json::Value {
    serde_json::from_str(text).unwrap()
}

/// Asserts that `problems` has a line containing every one of `needles`.
#[track_caller]
pub(crate) fn assert_problem(problems: &[String], needles: &[&str]) {
    assert!(
        problems.iter().any(|p| needles.iter().all(|n| p.contains(n))),
        "no problem mentions {needles:?}; problems were: {problems:#?}"
    );
}
