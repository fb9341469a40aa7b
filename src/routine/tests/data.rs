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
    // The second 30 s round on the same leg is part of the base routine, and
    // the sideways swings follow the same pattern.
    assert_eq!(
        ExerciseId::LegSwings.exercise().start_dosage(),
        Dosage::Swings { seconds: 30, front_rounds: 2, side_rounds: 2, extend: false }
    );
    assert_eq!(
        ExerciseId::MidBackStretches.exercise().start_dosage(),
        Dosage::Stretches { cobra_repeats: 3, cobra_breaths: 2, reach_per_side: 3 }
    );
}

#[test]
fn bridge_grows_to_four_holds_then_the_ball_then_slowly_on_to_a_far_cap() {
    let levels: Vec<Dosage> = ExerciseId::BackBridge.exercise().levels.iter().map(|l| l.dosage).collect();
    assert_eq!(
        levels[..4],
        [
            Dosage::Holds { hold_s: 10, repeats: 2, ball: false },
            Dosage::Holds { hold_s: 10, repeats: 3, ball: false },
            Dosage::Holds { hold_s: 10, repeats: 4, ball: false },
            Dosage::Holds { hold_s: 10, repeats: 4, ball: true },
        ]
    );
    // Past the ball the ladder goes on: each rung adds a little, never both
    // more holds and longer ones at once, and never less.
    assert!(levels.len() > 4, "the ladder does not stop at 4 × 10 s and the ball");
    for w in levels[3..].windows(2) {
        let (Dosage::Holds { hold_s: h0, repeats: r0, ball: b0 }, Dosage::Holds { hold_s: h1, repeats: r1, ball: b1 }) =
            (w[0], w[1])
        else {
            panic!("bridges are holds")
        };
        assert!(b0 && b1, "on the ball from there on");
        let longer = h1 > h0 && h1 - h0 <= 5 && r1 == r0;
        let more = r1 == r0 + 1 && h1 == h0;
        assert!(longer || more, "a small step: {:?} -> {:?}", w[0], w[1]);
    }
    for l in ExerciseId::BackBridge.exercise().levels {
        assert_eq!(check_dosage(ExerciseId::BackBridge, &l.dosage), Ok(()));
    }
    // The top and the cap: far from the source's absurd 100 bridges of 30 s.
    assert_eq!(levels.last(), Some(&Dosage::Holds { hold_s: MAX_BRIDGE_HOLD_S, repeats: MAX_BRIDGE_HOLDS, ball: true }));
    const { assert!(MAX_BRIDGE_HOLDS * MAX_BRIDGE_HOLD_S <= 300, "at most five minutes of holding") };
    let over = |hold_s, repeats| check_dosage(ExerciseId::BackBridge, &Dosage::Holds { hold_s, repeats, ball: true });
    assert!(over(30, MAX_BRIDGE_HOLDS + 1).is_err());
    assert!(over(MAX_BRIDGE_HOLD_S + 1, 2).is_err());
    assert!(over(30, 100).unwrap_err().contains("6 bridges of 30 seconds"));
    // No text calls 4 × 10 s the top any more.
    let bridge = ExerciseId::BackBridge.exercise();
    let text = [bridge.cautions.join(" "), bridge.progression.to_string()].join(" ").to_lowercase();
    assert!(!text.contains("the top") && !text.contains("tops out"), "{text}");
    assert!(text.contains("ball") && text.contains("6 holds of 30 seconds"), "{text}");
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
fn swings_go_on_to_longer_rounds_and_stretches_never_change() {
    let swings = ExerciseId::LegSwings.exercise();
    assert_eq!(swings.max_level(), 1);
    assert_eq!(swings.dosage_at(9), Dosage::Swings { seconds: 30, front_rounds: 2, side_rounds: 2, extend: true });
    assert_eq!(MIN_SWING_REST_S, 15);
    assert_eq!(SWING_EXTEND_S, 30);
    let swing = |front_rounds, side_rounds| Dosage::Swings { seconds: 30, front_rounds, side_rounds, extend: false };
    assert!(check_dosage(ExerciseId::LegSwings, &swing(2, 2)).is_ok());
    assert!(check_dosage(ExerciseId::LegSwings, &swing(2, 3)).is_err());
    assert!(check_dosage(ExerciseId::LegSwings, &swing(0, 1)).is_err());
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
    let swings = ExerciseId::LegSwings.exercise();
    let swing_text = [swings.steps.join(" "), swings.cautions.join(" ")].join(" ");
    assert!(swing_text.contains("one more round on the same leg"), "{swing_text}");
    assert!(swing_text.contains("too hard"), "{swing_text}");
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

#[test]
fn the_swing_summary_says_two_rounds_each_way() {
    let base = ExerciseId::LegSwings.exercise().start_dosage();
    assert_eq!(base.summary(), "2 rounds of 30 s front-to-back per leg, then the same sideways");
    // Routine 1's dosages, still in old records, read as they were.
    let old = Dosage::Swings { seconds: 30, front_rounds: 1, side_rounds: 1, extend: false };
    assert_eq!(old.summary(), "30 s front-to-back per leg, then the same sideways");
    let old2 = Dosage::Swings { seconds: 30, front_rounds: 2, side_rounds: 1, extend: false };
    assert_eq!(old2.summary(), "2 rounds of 30 s front-to-back per leg, then 30 s sideways per leg");
    assert!(ExerciseId::LegSwings.exercise().dosage_at(1).summary().contains("longer"));
}

#[test]
fn crunch_hands_rest_behind_the_head_unless_the_neck_gets_pushed() {
    let ex = ExerciseId::Crunches.exercise();
    let steps = ex.steps.join(" ");
    assert!(steps.contains("behind your head"), "{steps}");
    assert!(!steps.contains("across"), "the default is behind the head: {steps}");
    let cues = ex.form_cues.join(" ");
    assert!(cues.contains("pushing your neck forward") && cues.contains("across the chest"), "{cues}");
    assert_eq!((ex.illustration.from, ex.illustration.to), (Pose::CrunchDown, Some(Pose::CrunchUp)));
    assert!(ex.illustration.alt.contains("behind the head"));
    let chest = &ex.variations[0];
    assert!(chest.how.contains("pushing your neck forward"));
    assert_eq!((chest.illustration.from, chest.illustration.to), (Pose::CrunchChestDown, Some(Pose::CrunchChestUp)));
    assert!(chest.illustration.alt.contains("across the chest"));
}

#[test]
fn core_breath_says_you_wont_hurt_yourself_and_lets_the_person_choose() {
    let ex = ExerciseId::CoreBreath.exercise();
    assert!(!ex.progression.contains("no risk"), "{}", ex.progression);
    assert!(ex.progression.contains("won't hurt yourself"), "{}", ex.progression);
    // No ladder to climb: the number is the person's own choice.
    assert_eq!(ex.max_level(), 0);
    for count in [1, 5, MAX_CORE_BREATHS] {
        assert_eq!(check_dosage(ExerciseId::CoreBreath, &Dosage::Breaths { count }), Ok(()));
    }
    assert!(check_dosage(ExerciseId::CoreBreath, &Dosage::Breaths { count: MAX_CORE_BREATHS + 1 }).is_err());
}

#[test]
fn no_text_names_a_button_the_player_does_not_have() {
    // The player's buttons are Back, Pause/Resume, Skip, Done, This hurts,
    // Finish now and the swing round's own; "Next" is not one of them.
    for ex in routine() {
        let text = [ex.steps.join(" "), ex.form_cues.join(" "), ex.cautions.join(" "), ex.progression.into()].join(" ");
        assert!(!text.contains("tap Next") && !text.contains("Tap Next"), "{:?}: {text}", ex.id);
    }
}

#[test]
fn crunch_rest_stays_near_the_sources_45_seconds() {
    const { assert!(CRUNCH_REST_MIN_S <= CRUNCH_REST_S && CRUNCH_REST_S <= CRUNCH_REST_MAX_S) };
    assert_eq!((CRUNCH_REST_MIN_S, CRUNCH_REST_MAX_S), (30, 60));
}

#[test]
fn the_side_reach_picture_is_described_as_the_reach_not_the_cobra() {
    let stretches = ExerciseId::MidBackStretches.exercise();
    for pose in [Pose::ReachUp, Pose::ReachLeft, Pose::ReachRight] {
        let alt = stretches.alt_for(pose);
        assert!(alt.contains("fingers locked overhead"), "{pose:?}: {alt}");
    }
    assert!(stretches.alt_for(Pose::CobraUp).contains("face down"));
    // Without variations the exercise's own text is used.
    let bridge = ExerciseId::BackBridge.exercise();
    assert_eq!(bridge.alt_for(Pose::BridgeUp), bridge.illustration.alt);
}
