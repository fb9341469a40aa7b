//! The "next up" line under each step.

use crate::workout::next_up::*;
use crate::workout::StepKind;
use crate::progress::Settings;
use crate::workout::build_plan;

#[test]
fn a_get_ready_is_not_followed_by_its_own_title_again() {
    let plan = build_plan(&Settings::default()).unwrap();
    let lines: Vec<(String, String)> =
        (0..plan.steps.len()).map(|i| (plan.steps[i].title.clone(), next_up_text(&plan, i))).collect();
    assert!(lines.iter().all(|(title, next)| title != next), "{lines:#?}");
    let crunches = lines.iter().position(|(t, _)| t == "Next: Crunches").expect("a get-ready for the crunches");
    assert_eq!(plan.steps[crunches].kind, StepKind::Transition);
    assert_eq!(lines[crunches].1, "", "the crunches' first set is named by the title already");
    // The other steps still say what follows, and the last says it is the last.
    assert!(lines.iter().filter(|(_, n)| n.starts_with("Next: ")).count() > plan.steps.len() / 2);
    assert_eq!(lines.last().unwrap().1, "Last step");
}
