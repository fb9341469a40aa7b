//! Progression suggestions from the history: step up, stay, or step back.
//!
//! # Rules
//!
//! Step up (exercise `e` at level `L`, enabled, not the stretches, not at the
//! top of its ladder):
//! - the last [`SESSIONS_TO_STEP_UP`] sessions that contain `e` all planned
//!   `e` at the dosage of level `L` (sessions at another level do not count),
//!   did everything planned ([`ExerciseResult::complete`]), pain did not
//!   rise in them (`pain_after <= pain_before` when both were given), no
//!   rating in them reached [`HIGH_PAIN`] (that is the pain warning's
//!   territory) and no exercise in them was stopped with "this hurts";
//! - and the latest session overall neither raised pain by
//!   [`PAIN_RISE_HOLD`] or more nor had `e` stopped with "this hurts".
//!
//! Crunches climb 2×15 → 2×20 → 3×20 → 4×20, and the last step is a choice
//! between 4×25 and 5×20 (both 100, the cap): one [`Suggestion::StepUp`]
//! carries both levels. Bridges climb 2 → 3 → 4 holds, then the ball; core
//! breaths grow along their ladder; leg swings add the optional second
//! front-to-back round; stretches never change.
//!
//! Hold back, about the latest session overall (by start):
//! - `e` was stopped with "this hurts": [`Suggestion::StepBack`] one level
//!   (from either crunch top level back to 4×20), or [`Suggestion::Stay`] when
//!   already at the first level;
//! - pain rose by [`PAIN_RISE_HOLD`] or more and `e` would otherwise have
//!   earned a step up: [`Suggestion::Stay`]. (An exercise that had not
//!   earned a step gets no message: there is nothing to hold back.)
//!
//! "Not yet": a declined entry `(exercise id, ms)` in `Meta::suggestions_declined`
//! hides a step up on that exercise for [`DECLINE_QUIET_DAYS`] days. A Stay or
//! StepBack the person dismissed stays hidden until a later session gives a
//! new reason (its session ended after the dismissal), so new pain is never
//! silenced by an old "not yet".

use super::ladder::{next_levels, previous_level};
use super::pain::HIGH_PAIN;
use crate::progress::stats::MS_PER_DAY;
use crate::progress::{ExerciseResult, SessionRecord, Settings};
use crate::routine::{Dosage, ExerciseId};

/// Sessions in a row, at the current level, that must go well before a step up.
pub const SESSIONS_TO_STEP_UP: usize = 2;

/// A rise of pain (after minus before) in the latest session this large or
/// larger blocks every step up and asks the person to stay.
pub const PAIN_RISE_HOLD: u8 = 2;

/// Days a declined ("Not yet") step up stays hidden.
pub const DECLINE_QUIET_DAYS: u64 = 3;

/// What Upright offers about one exercise's level.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Suggestion {
    /// Ready for the next step. `to_level` is the next level; `alternative`
    /// is a second choice at the same point of the ladder (only the crunches'
    /// last step: 4×25 or 5×20).
    StepUp {
        /// Which exercise.
        exercise: ExerciseId,
        /// The level offered.
        to_level: usize,
        /// Another level the person may pick instead.
        alternative: Option<usize>,
        /// The question shown, e.g. "Ready for 20 crunches a set?".
        message: String,
    },
    /// Keep the current level for now.
    Stay {
        /// Which exercise.
        exercise: ExerciseId,
        /// Why, in plain words.
        message: String,
    },
    /// Go one level easier.
    StepBack {
        /// Which exercise.
        exercise: ExerciseId,
        /// The easier level offered.
        to_level: usize,
        /// Why, in plain words.
        message: String,
    },
}

impl Suggestion {
    /// The exercise it is about.
    pub fn exercise(&self) -> ExerciseId {
        match self {
            Suggestion::StepUp { exercise, .. }
            | Suggestion::Stay { exercise, .. }
            | Suggestion::StepBack { exercise, .. } => *exercise,
        }
    }

    /// The sentence shown to the person.
    pub fn message(&self) -> &str {
        match self {
            Suggestion::StepUp { message, .. }
            | Suggestion::Stay { message, .. }
            | Suggestion::StepBack { message, .. } => message,
        }
    }

    /// Levels the person may accept (empty for [`Suggestion::Stay`]).
    pub fn choices(&self) -> Vec<usize> {
        match self {
            Suggestion::StepUp {
                to_level,
                alternative,
                ..
            } => std::iter::once(*to_level).chain(*alternative).collect(),
            Suggestion::StepBack { to_level, .. } => vec![*to_level],
            Suggestion::Stay { .. } => Vec::new(),
        }
    }

    /// A short machine name: "step-up", "stay" or "step-back".
    pub fn kind(&self) -> &'static str {
        match self {
            Suggestion::StepUp { .. } => "step-up",
            Suggestion::Stay { .. } => "stay",
            Suggestion::StepBack { .. } => "step-back",
        }
    }
}

/// Pain rose by this much in a session (0 when it did not, or a rating is missing).
fn pain_rise(s: &SessionRecord) -> u8 {
    match (s.pain_before, s.pain_after) {
        (Some(b), Some(a)) => a.saturating_sub(b),
        _ => 0,
    }
}

/// The question for a step up from `from` to `to` (first choice), in our words.
fn step_up_message(
    id: ExerciseId,
    from: Dosage,
    to: Dosage,
    alternative: Option<Dosage>,
) -> String {
    match (id, from, to) {
        (ExerciseId::Crunches, _, _) if alternative.is_some() => {
            "Ready for the last crunch step? Pick 4 sets of 25 or 5 sets of 20: either makes 100, the most a session should ever hold.".into()
        }
        (ExerciseId::Crunches, Dosage::Reps { reps: r0, .. }, Dosage::Reps { reps, .. }) if reps != r0 => {
            format!("Ready for {reps} crunches a set?")
        }
        (ExerciseId::Crunches, _, Dosage::Reps { reps, sets }) => {
            format!("Ready for {sets} sets of {reps} crunches?")
        }
        (ExerciseId::BackBridge, _, Dosage::Holds { ball: true, .. }) => {
            "Four bridges feel easy now. Ready to try them with your knees over an exercise ball?".into()
        }
        (ExerciseId::BackBridge, _, Dosage::Holds { repeats, hold_s, .. }) => {
            format!("Ready for {repeats} bridges of {hold_s} seconds?")
        }
        (ExerciseId::CoreBreath, _, Dosage::Breaths { count }) => format!("Ready for {count} core breaths?"),
        (ExerciseId::LegSwings, _, _) => {
            "Ready to add the optional second front-to-back round on each leg?".into()
        }
        (_, _, to) => format!("Ready for {}?", to.summary()),
    }
}

/// Progression suggestions from the history (sorted or not), the current
/// settings and what the person declined, at `now_ms`. See the module
/// documentation for the rules. At most one suggestion per exercise, in
/// routine order.
pub fn suggestions(
    sessions: &[SessionRecord],
    settings: &Settings,
    declined: &[(String, u64)],
    now_ms: u64,
) -> Vec<Suggestion> {
    let mut ordered: Vec<&SessionRecord> = sessions.iter().collect();
    ordered.sort_by(|a, b| a.cmp_by_start(b));
    let Some(latest) = ordered.last().copied() else {
        return Vec::new();
    };
    let rose = pain_rise(latest);

    let mut out = Vec::new();
    for id in ExerciseId::ALL {
        if id == ExerciseId::MidBackStretches || !settings.is_enabled(id) {
            continue;
        }
        let ex = id.exercise();
        let level = settings.level(id);
        let dosage = ex.dosage_at(level);
        let name = ex.name;

        // The latest session's own verdict comes first.
        let stopped = latest.result(id).is_some_and(|r| r.stopped_for_pain);
        let suggestion = if stopped {
            Some(match previous_level(id, level) {
                Some(back) => Suggestion::StepBack {
                    exercise: id,
                    to_level: back,
                    message: format!(
                        "{name} hurt last time. Go one step easier, to {}, until it feels comfortable again?",
                        ex.levels[back].label
                    ),
                },
                None => Suggestion::Stay {
                    exercise: id,
                    message: format!(
                        "{name} hurt last time. Keep it at the start and move gently; if it keeps hurting, leave it out and ask a doctor or physiotherapist."
                    ),
                },
            })
        } else {
            let ups = next_levels(id, level);
            let recent: Vec<(&SessionRecord, &ExerciseResult)> = ordered
                .iter()
                .rev()
                .filter_map(|s| s.result(id).map(|r| (*s, r)))
                .take(SESSIONS_TO_STEP_UP)
                .collect();
            let done_all = recent.len() == SESSIONS_TO_STEP_UP
                && recent
                    .iter()
                    .all(|(_, r)| r.planned == dosage && r.complete());
            // Conservative: a session where anything was stopped with "this
            // hurts" is not a good session for any exercise.
            // Nor is one rated at HIGH_PAIN or more: that is the pain warning's
            // territory (see a doctor), not a time to add work.
            let earned = done_all
                && recent.iter().all(|(s, _)| {
                    pain_rise(s) == 0
                        && s.pain_before
                            .max(s.pain_after)
                            .is_none_or(|p| p < HIGH_PAIN)
                        && !s.exercises.iter().any(|r| r.stopped_for_pain)
                });
            if ups.is_empty() || !done_all {
                None
            } else if rose >= PAIN_RISE_HOLD {
                Some(Suggestion::Stay {
                    exercise: id,
                    message: format!(
                        "Your back hurt more after the last workout. Keep {name} at {} for now; step up only once workouts leave your back no worse.",
                        ex.levels[level].label
                    ),
                })
            } else if earned {
                let alternative = ups.get(1).copied();
                Some(Suggestion::StepUp {
                    exercise: id,
                    to_level: ups[0],
                    alternative,
                    message: step_up_message(
                        id,
                        dosage,
                        ex.levels[ups[0]].dosage,
                        alternative.map(|l| ex.levels[l].dosage),
                    ),
                })
            } else {
                None
            }
        };
        let Some(suggestion) = suggestion else {
            continue;
        };
        if is_quiet(&suggestion, declined, latest, now_ms) {
            continue;
        }
        out.push(suggestion);
    }
    out
}

/// Whether a "Not yet" (or a dismissal) hides this suggestion now.
fn is_quiet(
    s: &Suggestion,
    declined: &[(String, u64)],
    latest: &SessionRecord,
    now_ms: u64,
) -> bool {
    let id = s.exercise().as_str();
    declined
        .iter()
        .filter(|(e, _)| e == id)
        .any(|&(_, at)| match s {
            // Either side of now, so a clock a little ahead on another device still counts.
            Suggestion::StepUp { .. } => {
                now_ms.abs_diff(at) < DECLINE_QUIET_DAYS * MS_PER_DAY as u64
            }
            // Dismissed after the session that caused it: hidden until a new one.
            _ => at >= latest.ended_at_ms,
        })
}
