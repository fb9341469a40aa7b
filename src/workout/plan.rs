//! The plan: a flat list of steps the player walks through, and what a
//! step says about itself (its halfway, its crunch pace, its breaths).
//!
//! The plan is plain data (stored as JSON) so an in-progress session keeps the
//! exact plan it started with, even if settings change before a reload. It is
//! built from settings in [`super::build`].

use crate::routine::{Dosage, ExerciseId, Pose, MAX_CRUNCHES_PER_DAY};
use serde::{Deserialize, Serialize};

/// Message of the player's button that ends a swing round early
/// ([`super::Session::stop_round`]). The step instructions name it, so the
/// button must use these words.
pub const STOP_ROUND_LABEL: &str = "coach-stop-round";

/// Message of the player's button that makes a swing round 30 s longer
/// ([`super::Session::extend`]), when the plan allows it.
pub const EXTEND_LABEL: &str = "coach-extend";

/// Expected time per crunch, for progress estimates only: reps are user-paced.
pub const MS_PER_REP_ESTIMATE: u64 = 2_000;

/// Rest between cobra repeats, seconds: time to lower down slowly, let the
/// back settle and take a breath before pushing up again.
pub const COBRA_REST_S: u32 = 10;

/// A cobra starts with the push-up, ms: its breaths come once the person is
/// up, never while they push.
pub const COBRA_PUSH_UP_MS: u64 = 4_000;

/// A side reach starts with a slow lean, ms, before its breath...
pub const REACH_LEAN_MS: u64 = 4_000;

/// ...and ends with a slow return to upright, ms.
pub const REACH_RETURN_MS: u64 = 4_000;

/// How a paced breathing step is laid out in time, from its step's kind,
/// side and length (nothing stored besides): a movement first (the cobra's
/// push-up, the reach's lean), the breaths, each in then out, and a movement
/// last (the reach's return).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BreathTiming {
    /// The movement before the first breath, ms.
    pub lead_ms: u64,
    /// One whole breath, in and out, ms.
    pub breath_ms: u64,
    /// The in-breath of each, ms; the rest of the breath is the out-breath.
    pub in_ms: u64,
    /// The movement after the last breath, ms.
    pub tail_ms: u64,
}

impl BreathTiming {
    /// The layout of a Breaths step, `None` for other steps. A step too
    /// short for its movements (stored by an older build, which gave them no
    /// time of their own) is all breathing.
    pub fn of(step: &Step) -> Option<BreathTiming> {
        if step.kind != StepKind::Breaths {
            return None;
        }
        let breaths = u64::from(step.breaths.unwrap_or(1).max(1));
        let duration = step.duration_ms.unwrap_or(0);
        let (lead, tail) = match step.side {
            Some(_) => (REACH_LEAN_MS, REACH_RETURN_MS),
            None if breaths > 1 => (COBRA_PUSH_UP_MS, 0),
            None => (0, 0),
        };
        let room = duration.saturating_sub(lead + tail);
        // Older builds paced 6 s breaths with no movement time.
        let (lead, tail) = if room / breaths >= 6_000 { (lead, tail) } else { (0, 0) };
        let breath_ms = duration.saturating_sub(lead + tail) / breaths;
        Some(BreathTiming { lead_ms: lead, breath_ms, in_ms: in_breath_ms(breath_ms), tail_ms: tail })
    }
}

/// The in-breath of a breath `breath_ms` long: about 4 s of an 11 s breath
/// (a full breath into the belly, ribs and back), never more than 5 s; the
/// longer rest is pushed out slowly. Rounded to a tenth of a second.
pub fn in_breath_ms(breath_ms: u64) -> u64 {
    ((breath_ms * 4 / 11).div_ceil(100) * 100).min(5_000)
}

/// Which leg or which way to lean.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Side {
    /// Left leg / lean to the left.
    Left,
    /// Right leg / lean to the right.
    Right,
}

impl Side {
    /// The side as the messages select on it ("left", "right"); each
    /// language words it itself.
    pub fn word(self) -> &'static str {
        match self {
            Side::Left => "left",
            Side::Right => "right",
        }
    }
}

/// What kind of step it is; decides how it ends and which cues it gets.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum StepKind {
    /// Countdown before the first exercise.
    GetReady,
    /// A timed hold (bridge).
    Hold,
    /// User-paced repetitions, ended with Done (crunches).
    Reps,
    /// A timed rest between sets, holds or swings.
    Rest,
    /// Paced breaths (core breath, cobra, side reach).
    Breaths,
    /// Timed movement (leg swings).
    Timed,
    /// Countdown to get into position for the next exercise or stretch.
    Transition,
}

/// One thing to do now, as the player shows it.
///
/// Stored inside the running workout (`upright.active`) with every field
/// under its Rust name; an absent `Option` reads as `None`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Step {
    /// The exercise this step belongs to. A Transition belongs to the exercise it leads into.
    pub exercise: ExerciseId,
    /// What kind of step.
    pub kind: StepKind,
    /// Short title, e.g. "Bridge hold".
    pub title: String,
    /// One line saying what to do now.
    pub instruction: String,
    /// Length in ms; `None` only on Reps steps, which end with Done.
    pub duration_ms: Option<u64>,
    /// (1-based index, of) for holds, crunch sets, breaths, cobras, reaches and
    /// front swing rounds when there are two.
    pub set: Option<(u32, u32)>,
    /// Leg or lean direction, when it matters.
    pub side: Option<Side>,
    /// Rep target on Reps steps.
    pub reps: Option<u32>,
    /// Breaths in this step (Breaths steps).
    pub breaths: Option<u32>,
    /// Illustration for the step.
    pub pose: Pose,
    /// Second illustration the picture moves to, for movements.
    pub pose_to: Option<Pose>,
    /// True when the step may be cut short without guilt: a swing round after
    /// the first on the same leg ("if it feels too hard, don't finish it").
    pub optional: bool,
    /// Expected length in ms, for whole-workout progress.
    pub estimate_ms: u64,
}

/// Hold and timed steps at least this long get a halfway cue, ms: in a
/// shorter one "halfway" would come right after the start.
const HALFWAY_FROM_MS: u64 = 20_000;

impl Step {
    /// When the halfway cue falls, ms into the step: half of a Hold or
    /// Timed step of at least 20 s; `None` on every other step. The
    /// session sounds it and the coach says it from this one rule.
    pub fn halfway_ms(&self) -> Option<u64> {
        let d = self.duration_ms?;
        (matches!(self.kind, StepKind::Hold | StepKind::Timed) && d >= HALFWAY_FROM_MS).then_some(d / 2)
    }

    /// The time between two crunch ticks of a paced set, ms: its length
    /// shared among its reps. `None` unless the step is a paced crunch set
    /// (an unpaced one has no length; the person counts).
    pub fn rep_pace_ms(&self) -> Option<u64> {
        let d = self.duration_ms.filter(|_| self.kind == StepKind::Reps)?;
        Some(d / u64::from(self.reps.unwrap_or(0).max(1)))
    }
}

/// The whole workout: steps in order, plus the dosage each exercise was planned with.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Plan {
    /// Steps in the order they are done. Never empty when built by [`super::build_plan`].
    pub steps: Vec<Step>,
    /// Each planned exercise with its dosage, in plan order (for results).
    /// Absent in workouts saved before it existed, which read as none.
    #[serde(default)]
    pub dosages: Vec<(ExerciseId, Dosage)>,
    /// Crunches this workout may still hold, counting every set done with
    /// Done (re-done sets too): what was left of the day's
    /// [`MAX_CRUNCHES_PER_DAY`] when it started. Absent in workouts saved
    /// before it existed, which get the whole day's cap.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub crunch_allowance: Option<u32>,
}

/// A plan for the workout about to start, and what to tell the person about
/// the day's crunch limit ([`super::build_plan_for_day`]).
#[derive(Clone, Debug, PartialEq)]
pub struct DayPlan {
    /// The plan to start.
    pub plan: Plan,
    /// Shown before starting (home) when crunches were already done today,
    /// e.g. "You have done 60 crunches today. With the day's limit of 100,
    /// this workout has 40 left: 2 sets of 20." None on the day's first.
    pub crunch_note: Option<String>,
}

impl Plan {
    /// The step after `index`, for the "next up" line.
    pub fn next_up(&self, index: usize) -> Option<&Step> {
        self.steps.get(index + 1)
    }

    /// Expected length of the whole plan in ms.
    pub fn total_estimate_ms(&self) -> u64 {
        self.steps.iter().map(|s| s.estimate_ms).sum()
    }

    /// Index of the first step of an exercise (its Transition or GetReady).
    pub fn first_step_of(&self, id: ExerciseId) -> Option<usize> {
        self.steps.iter().position(|s| s.exercise == id)
    }

    /// The planned dosage of an exercise, if it is in the plan.
    pub fn dosage(&self, id: ExerciseId) -> Option<Dosage> {
        self.dosages.iter().find(|(e, _)| *e == id).map(|(_, d)| *d)
    }

    /// Crunches the session may hold: the stored allowance, never above the
    /// day's cap whatever a stored plan says.
    pub fn crunch_limit(&self) -> u32 {
        self.crunch_allowance.unwrap_or(MAX_CRUNCHES_PER_DAY).min(MAX_CRUNCHES_PER_DAY)
    }
}
