//! The gentle day: who is asked before Start, and the stretches-only plan.

use crate::progress::Settings;
use crate::routine::ExerciseId;
use crate::workout::gentle::*;

#[test]
fn only_nine_and_ten_ask() {
    assert!(!asks_before_start(None));
    assert!(!asks_before_start(Some(8)));
    assert!(asks_before_start(Some(9)));
    assert!(asks_before_start(Some(10)));
}

#[test]
fn the_gentle_plan_has_the_stretches_and_nothing_else() {
    let plan = stretches_only_plan(&Settings::default()).expect("the default stretches build");
    assert!(!plan.steps.is_empty());
    assert!(plan.steps.iter().all(|s| s.exercise == ExerciseId::MidBackStretches), "{:?}", plan.steps);
    assert_eq!(plan.crunch_limit(), 0);
    let full = crate::workout::build_plan(&Settings::default()).expect("the default plan builds");
    assert!(plan.total_estimate_ms() < full.total_estimate_ms() / 2);
}
