//! The one table of timing limits: what settings allow, a running workout
//! read back from storage is allowed to hold.

use crate::progress::{validate_settings, Settings, LIMITS};
use crate::routine::ExerciseId;
use crate::workout::{build_plan, check_resumed, ActiveWorkout, Session, StepKind};

const NOW: u64 = 1_793_577_600_000;

/// A workout started now from `s`, as it is saved for a reload.
fn started(s: &Settings) -> ActiveWorkout {
    ActiveWorkout::new("w".into(), Session::start(build_plan(s, &crate::i18n::Words::english()).unwrap(), NOW), None)
}

#[test]
fn a_sixty_second_change_of_position_get_ready_resumes() {
    let s = Settings { change_position_s: 60, get_ready_s: 30, ..Settings::default() };
    assert_eq!(validate_settings(&s, crate::progress::tests::en()), Ok(()), "settings allow it");
    assert_eq!(s.sanitized().change_position_s, 60);
    let a = started(&s);
    // The bridge starts on the floor: the first get-ready is the long one,
    // and so is the way down after the standing leg swings.
    let long: Vec<_> = a
        .session
        .plan
        .steps
        .iter()
        .filter(|st| matches!(st.kind, StepKind::GetReady | StepKind::Transition) && st.duration_ms == Some(60_000))
        .collect();
    assert!(long.iter().any(|st| st.kind == StepKind::GetReady && st.exercise == ExerciseId::BackBridge), "{long:?}");
    assert_eq!(check_resumed(&a, NOW + 1_000), Ok(()));
    // The table's ends, both of them, are both sides' ends.
    for (change, ready) in [(*LIMITS.change_position_s.start(), *LIMITS.get_ready_s.start()), (*LIMITS.change_position_s.end(), *LIMITS.get_ready_s.end())] {
        let s = Settings { change_position_s: change, get_ready_s: ready, ..Settings::default() };
        assert_eq!(validate_settings(&s, crate::progress::tests::en()), Ok(()));
        assert_eq!(check_resumed(&started(&s), NOW), Ok(()), "{change} s / {ready} s");
    }
}

#[test]
fn a_countdown_past_the_table_is_refused_by_both() {
    let over = *LIMITS.change_position_s.end() + 1;
    let s = Settings { change_position_s: over, ..Settings::default() };
    assert_eq!(validate_settings(&s, crate::progress::tests::en()), Err(format!("Time to change position: choose 3 to {} s.", over - 1)));
    assert_eq!(s.sanitized().change_position_s, over - 1);
    // A stored workout carrying one (edited by hand) is set aside.
    let mut a = started(&Settings::default());
    a.session.plan.steps[0].duration_ms = Some(u64::from(over) * 1000);
    let why = check_resumed(&a, NOW).unwrap_err();
    assert!(why.contains("step 1"), "{why}");
    let short = Settings { get_ready_s: 2, ..Settings::default() };
    assert_eq!(validate_settings(&short, crate::progress::tests::en()), Err("Get ready: choose 3 to 30 s.".into()));
}
