//! A very painful day: before Start, a rating this high asks whether to go on
//! today, and offers the gentle stretches alone. The offer is a plan like any
//! other, built by [`build_plan_with`], so it obeys the same rules.

use super::build::build_plan_with;
use super::plan::Plan;
use crate::progress::Settings;
use crate::routine::ExerciseId;

/// A pain rating before Start at or above this asks first (9 or 10 of 10).
pub const ASK_BEFORE_START_FROM: u8 = 9;

/// True when the rating given before Start calls for the question.
pub fn asks_before_start(pain_before: Option<u8>) -> bool {
    pain_before.is_some_and(|p| p >= ASK_BEFORE_START_FROM)
}

/// A workout of the mid-back stretches only, at the person's own dosage.
pub fn stretches_only_plan(settings: &Settings) -> Result<Plan, String> {
    let id = ExerciseId::MidBackStretches;
    let mut plan = build_plan_with(settings, &[(id, settings.sanitized().dosage(id))])?;
    // No crunches belong in it, whatever is left of the day's.
    plan.crunch_allowance = Some(0);
    Ok(plan)
}
