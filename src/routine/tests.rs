//! Checks the routine data against the table in DESIGN.md and the source's caps.

use super::*;

#[test]
fn five_exercises_in_routine_order_with_contract_ids() {
    let ids: Vec<&str> = routine().iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["back-bridge", "crunches", "core-breath", "leg-swings", "mid-back-stretches"]);
    for id in ExerciseId::ALL {
        assert_eq!(ExerciseId::parse(id.as_str()), Some(id));
        assert_eq!(id.exercise().id, id);
    }
    assert_eq!(ExerciseId::parse("burpees"), None);
}

#[test]
fn start_dosages_match_the_table() {
    assert_eq!(
        ExerciseId::BackBridge.exercise().start_dosage(),
        Dosage::Holds { hold_s: 10, repeats: 2, ball: false }
    );
    assert_eq!(ExerciseId::Crunches.exercise().start_dosage(), Dosage::Reps { reps: 15, sets: 2 });
    assert_eq!(CRUNCH_REST_S, 45);
    assert_eq!(ExerciseId::CoreBreath.exercise().start_dosage(), Dosage::Breaths { count: 5 });
    assert_eq!(
        ExerciseId::LegSwings.exercise().start_dosage(),
        Dosage::Swings { seconds: 30, front_rounds: 1 }
    );
    assert_eq!(
        ExerciseId::MidBackStretches.exercise().start_dosage(),
        Dosage::Stretches { cobra_repeats: 3, cobra_breaths: 2, reach_per_side: 3 }
    );
}

#[test]
fn bridge_grows_to_four_holds_then_the_ball() {
    let levels: Vec<Dosage> = ExerciseId::BackBridge.exercise().levels.iter().map(|l| l.dosage).collect();
    assert_eq!(
        levels,
        [
            Dosage::Holds { hold_s: 10, repeats: 2, ball: false },
            Dosage::Holds { hold_s: 10, repeats: 3, ball: false },
            Dosage::Holds { hold_s: 10, repeats: 4, ball: false },
            Dosage::Holds { hold_s: 10, repeats: 4, ball: true },
        ]
    );
    assert!(check_dosage(ExerciseId::BackBridge, &Dosage::Holds { hold_s: 10, repeats: 5, ball: false }).is_err());
    assert!(check_dosage(ExerciseId::BackBridge, &Dosage::Holds { hold_s: 30, repeats: 4, ball: false }).is_err());
}

#[test]
fn crunch_ladder_never_passes_one_hundred() {
    let ex = ExerciseId::Crunches.exercise();
    let totals: Vec<u32> = ex.levels.iter().map(|l| l.dosage.total_reps()).collect();
    assert_eq!(totals, [30, 40, 60, 80, 100, 100]);
    for level in ex.levels {
        assert_eq!(check_dosage(ExerciseId::Crunches, &level.dosage), Ok(()));
    }
    // Both final choices of the source: 25 reps or 5 sets.
    assert!(ex.levels.iter().any(|l| l.dosage == Dosage::Reps { reps: 25, sets: 4 }));
    assert!(ex.levels.iter().any(|l| l.dosage == Dosage::Reps { reps: 20, sets: 5 }));
    let err = check_dosage(ExerciseId::Crunches, &Dosage::Reps { reps: 101, sets: 1 }).unwrap_err();
    assert!(err.contains("100"), "{err}");
    assert!(check_dosage(ExerciseId::Crunches, &Dosage::Reps { reps: 21, sets: 5 }).is_err());
    assert!(check_dosage(ExerciseId::Crunches, &Dosage::Reps { reps: u32::MAX, sets: u32::MAX }).is_err());
    assert_eq!(MAX_CRUNCH_REPS_PER_SESSION, 100);
}

#[test]
fn swings_add_the_optional_second_round_and_stretches_never_change() {
    let swings = ExerciseId::LegSwings.exercise();
    assert_eq!(swings.max_level(), 1);
    assert_eq!(swings.dosage_at(9), Dosage::Swings { seconds: 30, front_rounds: 2 });
    assert_eq!(MIN_SWING_REST_S, 15);
    let stretches = ExerciseId::MidBackStretches.exercise();
    assert_eq!(stretches.levels.len(), 1);
    assert!(check_dosage(
        ExerciseId::MidBackStretches,
        &Dosage::Stretches { cobra_repeats: 4, cobra_breaths: 2, reach_per_side: 3 }
    )
    .is_err());
}

#[test]
fn a_dosage_of_the_wrong_kind_is_refused() {
    assert!(check_dosage(ExerciseId::CoreBreath, &Dosage::Reps { reps: 5, sets: 1 }).is_err());
}

#[test]
fn every_exercise_has_the_words_the_user_must_see() {
    for ex in routine() {
        assert!(!ex.name.is_empty() && !ex.purpose.is_empty(), "{:?}", ex.id);
        assert!(ex.steps.len() >= 3, "{:?} steps", ex.id);
        assert!(!ex.cautions.is_empty(), "{:?} cautions", ex.id);
        assert!(!ex.illustration.alt.is_empty());
    }
    let crunch_text = ExerciseId::Crunches.exercise().form_cues.join(" ");
    assert!(crunch_text.contains("across the chest"));
    assert!(crunch_text.to_lowercase().contains("lift only a little"));
    let swings = ExerciseId::LegSwings.exercise().cautions.join(" ");
    assert!(swings.contains("optional"));
    let breath = ExerciseId::CoreBreath.exercise().steps.join(" ");
    assert!(breath.contains("domed") && breath.contains("\"oo\""));
    let stretch = ExerciseId::MidBackStretches.exercise().cautions.join(" ");
    assert!(stretch.contains("comfortable"));
    assert!(SAFETY_NOTES.iter().any(|n| n.contains("doctor")));
    assert!(SAFETY_NOTES.iter().any(|n| n.contains("Listen to your body")));
}

#[test]
fn the_variations_of_the_table_exist() {
    let names = |id: ExerciseId| -> String {
        id.exercise().variations.iter().map(|v| v.name).collect::<Vec<_>>().join("|").to_lowercase()
    };
    assert!(names(ExerciseId::BackBridge).contains("ball"));
    assert!(names(ExerciseId::LegSwings).contains("front-to-back"));
    assert!(names(ExerciseId::LegSwings).contains("lateral"));
    assert!(names(ExerciseId::MidBackStretches).contains("cobra"));
    assert!(names(ExerciseId::MidBackStretches).contains("reach"));
}

#[test]
fn stored_names_are_the_ids_the_page_uses() {
    // The serde names and `as_str` are written in two places; stored
    // documents and `data-exercise` / sprite ids must never drift apart.
    for id in ExerciseId::ALL {
        let stored = serde_json::to_string(&id).unwrap();
        assert_eq!(stored, format!("\"{}\"", id.as_str()));
        assert_eq!(serde_json::from_str::<ExerciseId>(&stored).unwrap(), id);
    }
    for pose in Pose::ALL {
        assert_eq!(serde_json::to_string(&pose).unwrap(), format!("\"{}\"", pose.as_str()));
    }
    let reps = Dosage::Reps { reps: 15, sets: 2 };
    assert_eq!(serde_json::to_string(&reps).unwrap(), r#"{"kind":"reps","reps":15,"sets":2}"#);
}
