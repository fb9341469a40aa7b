//! Results in words: the one function the summary, history, report and CSV share.

use super::*;

fn result(planned: Dosage, done: WorkDone) -> ExerciseResult {
    let exercise = match planned {
        Dosage::Holds { .. } => ExerciseId::BackBridge,
        Dosage::Reps { .. } => ExerciseId::Crunches,
        Dosage::Breaths { .. } => ExerciseId::CoreBreath,
        Dosage::Swings { .. } => ExerciseId::LegSwings,
        Dosage::Stretches { .. } => ExerciseId::MidBackStretches,
    };
    ExerciseResult { exercise, planned, done, skipped: false, stopped_for_pain: false, rest_s: None }
}

fn swings() -> Dosage {
    ExerciseId::LegSwings.exercise().levels[0].dosage
}

#[test]
fn durations_are_said_in_minutes_and_seconds() {
    assert_eq!(duration_words(0, crate::progress::tests::en()), "0 s");
    assert_eq!(duration_words(45, crate::progress::tests::en()), "45 s");
    assert_eq!(duration_words(60, crate::progress::tests::en()), "1 min");
    assert_eq!(duration_words(240, crate::progress::tests::en()), "4 min");
    assert_eq!(duration_words(210, crate::progress::tests::en()), "3 min 30 s");
}

#[test]
fn swings_are_told_in_rounds_and_minutes_not_seconds() {
    let Dosage::Swings { front_rounds, side_rounds, .. } = swings() else { panic!("leg swings are swings") };
    let all = 2 * (front_rounds + side_rounds);
    let r = result(swings(), WorkDone { sides: all, seconds: 240, ..WorkDone::default() });
    let line = result_line(&r, crate::progress::tests::en());
    assert_eq!(line, format!("Leg swings: {all} of {all} rounds, 4 min in all"));
    assert!(!line.contains("240"), "{line}");
    // Records from before seconds were kept say only the rounds.
    let old = result(swings(), WorkDone { sides: 3, ..WorkDone::default() });
    assert_eq!(done_words(&old, crate::progress::tests::en()), format!("3 of {all} rounds"));
}

#[test]
fn a_skipped_exercise_with_nothing_done_says_only_skipped() {
    let mut r = result(Dosage::Reps { reps: 15, sets: 2 }, WorkDone::default());
    r.skipped = true;
    r.rest_s = Some(45);
    assert_eq!(result_line(&r, crate::progress::tests::en()), "Crunches: skipped");
    r.skipped = false;
    r.stopped_for_pain = true;
    assert_eq!(result_line(&r, crate::progress::tests::en()), "Crunches: stopped: it hurt");
}

#[test]
fn partial_work_keeps_its_numbers_and_its_flag() {
    let mut r = result(Dosage::Reps { reps: 15, sets: 2 }, WorkDone { reps: 15, sets: 1, ..WorkDone::default() });
    r.rest_s = Some(45);
    r.stopped_for_pain = true;
    assert_eq!(result_line(&r, crate::progress::tests::en()), "Crunches: 15 reps in 1 of 2 sets of 15, 45 s rest — stopped: it hurt");
    let bridge = result(Dosage::Holds { hold_s: 10, repeats: 2, ball: false }, WorkDone { holds: 2, ..WorkDone::default() });
    assert_eq!(result_line(&bridge, crate::progress::tests::en()), "Back bridge: 2 of 2 holds");
}

#[test]
fn felt_is_written_as_the_person_chose_it() {
    assert_eq!(Felt::Good.label(crate::progress::tests::en()), "About right");
    let mut doc = fixtures::expected_v2();
    for s in &mut doc.sessions {
        s.felt = Some(Felt::Good);
    }
    let csv = export_csv(&doc, crate::progress::tests::en());
    assert!(csv.contains(",about right,"), "{csv}");
    assert!(!csv.contains(",good,"), "{csv}");
}
