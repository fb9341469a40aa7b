//! Gating: which steps may be entered and which events change anything,
//! at an instant of a replay (the rules are in [`super::session`]'s docs):
//! closed steps (stopped for pain, a crunch set with no room on its day)
//! are passed over, and an event that changes nothing is never recorded.

use super::plan::StepKind;
use super::replay::Replay;
use super::session::Event;
use crate::routine::{Dosage, ExerciseId, MAX_SWING_ROUND_S, SWING_EXTEND_S};

impl Replay<'_> {
    /// Room left for crunches on `day`: the day's cap less what other
    /// sessions and this one asked for on it.
    pub(super) fn room_on(&self, day: i64) -> u32 {
        self.ledger.room_on(day).saturating_sub(self.asked.asked_on(day))
    }

    /// Crunches this session asked for, all days together.
    pub(super) fn asked_total(&self) -> u32 {
        self.asked.days().iter().fold(0u32, |sum, (_, n)| sum.saturating_add(*n))
    }

    /// Whether step `i` may be entered at wall time `wall` (see the module
    /// docs). The first step and the stretches always may; a crunch set
    /// only when the whole set fits in what is left of the day it starts
    /// on, and of the allowance a stored plan carries (which can only
    /// narrow it).
    pub(super) fn open(&self, i: usize, wall: u64) -> bool {
        let steps = &self.plan.steps;
        let s = &steps[i];
        if s.exercise == ExerciseId::MidBackStretches {
            return true;
        }
        if self.pain.contains(&s.exercise) {
            return false;
        }
        match s.kind {
            StepKind::Reps => {
                let reps = s.reps.unwrap_or(0);
                reps <= self.room_on(self.ledger.day_of(wall))
                    && self.asked_total().saturating_add(reps) <= self.plan.crunch_limit()
            }
            // A rest or a transition leads into the next step of its
            // exercise; with that closed it leads nowhere.
            StepKind::Rest | StepKind::Transition => {
                steps.get(i + 1).is_none_or(|n| n.exercise != s.exercise || self.open(i + 1, wall))
            }
            _ => true,
        }
    }

    /// Whether the plan lets the current swing round grow.
    pub(super) fn extendable(&self) -> bool {
        let step = &self.plan.steps[self.index];
        let allows = matches!(self.plan.dosage(step.exercise), Some(Dosage::Swings { extend: true, .. }));
        let longer = self.duration().unwrap_or(u64::MAX).saturating_add(u64::from(SWING_EXTEND_S) * 1000);
        allows && longer <= u64::from(MAX_SWING_ROUND_S) * 1000
    }

    /// Where "this hurts" goes from the current step: the first step of
    /// the stretches before them; in the cobra, on to the side reach (its
    /// transition); None ends the workout.
    pub(super) fn after_hurt(&self) -> Option<usize> {
        let steps = &self.plan.steps;
        let first = self.plan.first_step_of(ExerciseId::MidBackStretches)?;
        if self.index < first {
            return Some(first);
        }
        let reach = steps.iter().position(|s| s.exercise == ExerciseId::MidBackStretches && s.side.is_some())?;
        let reach = if steps[reach - 1].kind == StepKind::Transition { reach - 1 } else { reach };
        (self.index < reach).then_some(reach)
    }

    /// Whether `e` would change anything now.
    pub(super) fn accepts(&self, e: &Event) -> bool {
        if self.end.is_some() {
            return false;
        }
        let kind = self.plan.steps[self.index].kind;
        match e {
            Event::Pause { .. } => self.paused_at.is_none(),
            Event::Resume { .. } => self.paused_at.is_some(),
            Event::Done { .. } => kind == StepKind::Reps,
            Event::StopRound { .. } => kind == StepKind::Timed,
            Event::Extend { .. } => kind == StepKind::Timed && self.extendable(),
            Event::Stretch { .. } => {
                self.plan.first_step_of(ExerciseId::MidBackStretches).is_some_and(|s| self.index < s)
            }
            Event::Next { .. } | Event::Prev { .. } | Event::Hurt { .. } | Event::Finish { .. } => true,
        }
    }
}
