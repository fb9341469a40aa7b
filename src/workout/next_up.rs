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
        // i18n: routine (the exercise's name in the person's language once routine.ftl has it)
        Some(s) if s.kind == StepKind::Transition => tr!(words, "coach-next", name = s.exercise.exercise().name),
        Some(s) => tr!(words, "coach-next", name = s.title.as_str()),
        None => tr!(words, "coach-last-step"),
    };
    if plan.steps.get(index).is_some_and(|here| here.title == line) {
        String::new()
    } else {
        line
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::Settings;
    use crate::workout::build_plan;

    #[test]
    fn a_get_ready_is_not_followed_by_its_own_title_again() {
        let en = Words::english();
        let plan = build_plan(&Settings::default(), &en).unwrap();
        let lines: Vec<(String, String)> =
            (0..plan.steps.len()).map(|i| (plan.steps[i].title.clone(), next_up_text(&plan, i, &en))).collect();
        assert!(lines.iter().all(|(title, next)| title != next), "{lines:#?}");
        let crunches = lines.iter().position(|(t, _)| t == "Next: Crunches").expect("a get-ready for the crunches");
        assert_eq!(plan.steps[crunches].kind, StepKind::Transition);
        assert_eq!(lines[crunches].1, "", "the crunches' first set is named by the title already");
        // The other steps still say what follows, and the last says it is the last.
        assert!(lines.iter().filter(|(_, n)| n.starts_with("Next: ")).count() > plan.steps.len() / 2);
        assert_eq!(lines.last().unwrap().1, "Last step");
    }
}
