//! The player's "next up" line, in words.

use super::plan::{Plan, StepKind};
use crate::i18n::Words;
use crate::tr;

/// What comes after step `index`, for the line under the step, in the
/// language of `words`: "Next: Crunches", "Last step", or nothing when the
/// step's own title already says it (a get-ready titled "Next: Crunches"
/// before the first set).
pub fn next_up_text(plan: &Plan, index: usize, words: &Words) -> String {
    let line = match plan.next_up(index) {
        // A get-ready's own title already says "Next: …".
        Some(s) if s.kind == StepKind::Transition => tr!(words, "coach-next", name = s.exercise.exercise().name(words)),
        Some(s) => tr!(words, "coach-next", name = s.title.as_str()),
        None => tr!(words, "coach-last-step"),
    };
    if plan.steps.get(index).is_some_and(|here| here.title == line) {
        String::new()
    } else {
        line
    }
}
