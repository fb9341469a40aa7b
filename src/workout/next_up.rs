//! The player's "next up" line, in words.

use super::plan::{Plan, StepKind};

/// What comes after step `index`, for the line under the step: "Next:
/// Crunches", "Last step", or nothing when the step's own title already
/// says it (a get-ready titled "Next: Crunches" before the first set).
pub fn next_up_text(plan: &Plan, index: usize) -> String {
    let line = match plan.next_up(index) {
        // A get-ready's own title already says "Next: …".
        Some(s) if s.kind == StepKind::Transition => format!("Next: {}", s.exercise.exercise().name),
        Some(s) => format!("Next: {}", s.title),
        None => "Last step".to_string(),
    };
    if plan.steps.get(index).is_some_and(|here| here.title == line) {
        String::new()
    } else {
        line
    }
}
