//! Every rule and cap of progression, settings checks and the pain warning.

use crate::progress::progression::*;
use crate::store::validate_import;
use crate::progress::{set_aside_future, Document, ExerciseResult, Meta, PainEntry, SessionRecord, Settings, WorkDone, FUTURE_SKEW_MS};
use crate::routine::{check_dosage, Dosage, ExerciseId, MAX_CRUNCH_REPS_PER_SESSION};
use crate::workout::build_plan_with;

const DAY: u64 = 86_400_000;
/// 2026-11-02 00:00 UTC.
const T0: u64 = 1_793_577_600_000;
/// "Now" for imports: 2030-01-01 00:00 UTC, after every test date.
const NOW: u64 = 1_893_456_000_000;

use ExerciseId::{BackBridge, CoreBreath, Crunches, LegSwings, MidBackStretches};

fn all_done(dosage: Dosage) -> WorkDone {
    let mut d = WorkDone::default();
    match dosage {
        Dosage::Holds { repeats, .. } => d.holds = repeats,
        Dosage::Reps { reps, sets } => {
            d.reps = reps * sets;
            d.sets = sets;
        }
        Dosage::Breaths { count } => d.breaths = count,
        Dosage::Swings { front_rounds, side_rounds, .. } => {
            d.sides = 2 * (front_rounds + side_rounds);
            d.seconds = 30 * d.sides;
        }
        Dosage::Stretches {
            cobra_repeats,
            reach_per_side,
            ..
        } => {
            d.breaths = cobra_repeats;
            d.sides = 2 * reach_per_side;
        }
    }
    d
}

/// A workout that did everything the settings plan, `day` days after T0 at 08:00 UTC.
fn workout(day: u64, settings: &Settings, before: Option<u8>, after: Option<u8>) -> SessionRecord {
    let start = T0 + day * DAY + 8 * 3_600_000;
    SessionRecord {
        id: format!("s{day}-{start}"),
        started_at_ms: start,
        ended_at_ms: start + 15 * 60_000,
        tz_offset_min: 0,
        routine_version: 1,
        exercises: ExerciseId::ALL
            .into_iter()
            .filter(|id| settings.is_enabled(*id))
            .map(|id| ExerciseResult {
                exercise: id,
                planned: settings.dosage(id),
                done: all_done(settings.dosage(id)),
                skipped: false,
                stopped_for_pain: false,
                rest_s: None,
            })
            .collect(),
        pain_before: before,
        pain_after: after,
        felt: None,
        note: None,
        completed: true,
        crunch_days: Vec::new(),
        away_s: 0,
    }
}

/// A workout that did everything, rated 2 before and after: a good day.
fn good(day: u64, settings: &Settings) -> SessionRecord {
    workout(day, settings, Some(2), Some(2))
}

fn with_levels(levels: [usize; 5]) -> Settings {
    Settings {
        levels,
        ..Settings::default()
    }
}

fn for_ex(list: &[Suggestion], id: ExerciseId) -> Option<&Suggestion> {
    list.iter().find(|s| s.exercise() == id)
}

fn now_after(day: u64) -> u64 {
    T0 + day * DAY + 12 * 3_600_000
}

// ---- ladders ----

#[test]
fn ladders_step_one_rung_at_a_time_and_crunches_end_in_a_choice() {
    assert_eq!(next_levels(BackBridge, 0), vec![1]);
    assert_eq!(next_levels(BackBridge, 2), vec![3]);
    assert_eq!(next_levels(BackBridge, 3), vec![4], "the ball bridge goes on growing");
    assert!(next_levels(BackBridge, 9).is_empty(), "6 holds of 30 s on the ball is the top");
    assert_eq!(
        BackBridge.exercise().levels[3].dosage,
        Dosage::Holds {
            hold_s: 10,
            repeats: 4,
            ball: true
        }
    );
    assert_eq!(next_levels(Crunches, 0), vec![1]);
    assert_eq!(next_levels(Crunches, 1), vec![2]);
    assert_eq!(next_levels(Crunches, 2), vec![3]);
    assert_eq!(
        next_levels(Crunches, 3),
        vec![4, 5],
        "4×20 leads to the choice of 4×25 or 5×20"
    );
    assert!(next_levels(Crunches, 4).is_empty() && next_levels(Crunches, 5).is_empty());
    let crunch = |l: usize| Crunches.exercise().levels[l].dosage;
    assert_eq!(
        (0..6).map(crunch).collect::<Vec<_>>(),
        vec![
            Dosage::Reps { reps: 15, sets: 2 },
            Dosage::Reps { reps: 20, sets: 2 },
            Dosage::Reps { reps: 20, sets: 3 },
            Dosage::Reps { reps: 20, sets: 4 },
            Dosage::Reps { reps: 25, sets: 4 },
            Dosage::Reps { reps: 20, sets: 5 },
        ]
    );
    assert!(next_levels(CoreBreath, 0).is_empty(), "the person picks the breaths; no ladder");
    assert_eq!(next_levels(LegSwings, 0), vec![1]);
    assert!(next_levels(LegSwings, 1).is_empty());
    assert!(
        next_levels(MidBackStretches, 0).is_empty(),
        "stretches never change"
    );
    assert!(at_top(Crunches, 5) && at_top(MidBackStretches, 0) && !at_top(Crunches, 3));
}

#[test]
fn stepping_back_goes_one_rung_down_and_both_crunch_tops_return_to_four_by_twenty() {
    assert_eq!(previous_level(Crunches, 5), Some(3));
    assert_eq!(previous_level(Crunches, 4), Some(3));
    assert_eq!(previous_level(Crunches, 3), Some(2));
    assert_eq!(previous_level(Crunches, 0), None);
    assert_eq!(previous_level(BackBridge, 3), Some(2));
    assert_eq!(previous_level(MidBackStretches, 0), None);
}

#[test]
fn every_rung_of_every_ladder_passes_the_caps() {
    for id in ExerciseId::ALL {
        for (i, level) in id.exercise().levels.iter().enumerate() {
            assert_eq!(check_dosage(id, &level.dosage), Ok(()), "{id:?} level {i}");
            assert!(level.dosage.total_reps() <= MAX_CRUNCH_REPS_PER_SESSION);
        }
    }
}

// ---- step up ----

#[test]
fn two_complete_sessions_without_more_pain_suggest_the_next_step_for_each_exercise() {
    let s = Settings::default();
    let history = [
        workout(0, &s, Some(3), Some(2)),
        workout(1, &s, Some(2), Some(2)),
    ];
    let list = suggestions(&history, &s, &[], now_after(1));
    let ids: Vec<ExerciseId> = list.iter().map(|s| s.exercise()).collect();
    assert_eq!(
        ids,
        vec![BackBridge, Crunches, LegSwings],
        "never the stretches, nor the breaths the person sets freely"
    );
    assert_eq!(
        for_ex(&list, Crunches),
        Some(&Suggestion::StepUp {
            exercise: Crunches,
            to_level: 1,
            alternative: None,
            message: "Ready for 20 crunches a set?".into()
        })
    );
    assert_eq!(
        for_ex(&list, BackBridge).unwrap().message(),
        "Ready for 3 bridges of 10 seconds?"
    );
    assert!(for_ex(&list, LegSwings)
        .unwrap()
        .message()
        .contains("until you are tired"));
    assert!(list.iter().all(|s| s.kind() == "step-up"));
}

#[test]
fn one_good_session_is_not_enough() {
    let s = Settings::default();
    assert!(suggestions(&[good(0, &s)], &s, &[], now_after(0)).is_empty());
    assert!(suggestions(&[], &s, &[], now_after(0)).is_empty());
}

#[test]
fn missing_pain_ratings_do_not_block_a_step_up() {
    let s = Settings::default();
    let history = [workout(0, &s, None, Some(3)), workout(1, &s, Some(4), None)];
    assert!(for_ex(&suggestions(&history, &s, &[], now_after(1)), Crunches).is_some());
}

#[test]
fn only_sessions_at_the_current_dosage_count() {
    let s0 = Settings::default();
    let s1 = with_levels([0, 1, 0, 0, 0]);
    // Two good sessions at 2×15, then the person moved to 2×20 in settings.
    let history = [good(0, &s0), good(1, &s0)];
    assert!(for_ex(&suggestions(&history, &s1, &[], now_after(1)), Crunches).is_none());
    // One at the new level is still not enough; the second is, once a
    // week has passed since the first day at the new level.
    let mut history = history.to_vec();
    history.push(good(2, &s1));
    assert!(for_ex(&suggestions(&history, &s1, &[], now_after(2)), Crunches).is_none());
    history.push(good(8, &s1));
    assert!(for_ex(&suggestions(&history, &s1, &[], now_after(8)), Crunches).is_none(), "6 days");
    let list = suggestions(&history, &s1, &[], now_after(9));
    assert_eq!(
        for_ex(&list, Crunches).unwrap().message(),
        "Ready for 3 sets of 20 crunches?"
    );
    assert_eq!(for_ex(&list, Crunches).unwrap().choices(), vec![2]);
}

#[test]
fn an_incomplete_or_skipped_exercise_blocks_its_own_step_up_only() {
    let s = Settings::default();
    let mut short = good(1, &s);
    short.exercises[1].done.reps = 25; // 25 of 30 crunches
    let mut skipped = good(1, &s);
    skipped.exercises[0].skipped = true;
    skipped.exercises[0].done = WorkDone::default();
    for last in [short, skipped.clone()] {
        let list = suggestions(
            &[good(0, &s), last.clone()],
            &s,
            &[],
            now_after(1),
        );
        let blocked = if last.exercises[0].skipped {
            BackBridge
        } else {
            Crunches
        };
        assert!(for_ex(&list, blocked).is_none(), "{blocked:?}");
        assert_eq!(list.len(), 2, "the other of bridge and crunches, and the swings");
    }
}

#[test]
fn a_session_without_the_exercise_does_not_count_but_does_not_reset_either() {
    let s = Settings::default();
    let no_crunches = Settings {
        enabled: [true, false, true, true, true],
        ..Settings::default()
    };
    let history = [
        good(0, &s),
        good(1, &no_crunches),
        good(2, &s),
    ];
    let list = suggestions(&history, &s, &[], now_after(2));
    assert!(
        for_ex(&list, Crunches).is_some(),
        "the last two sessions containing crunches both went well"
    );
    // While crunches are switched off, nothing is suggested for them.
    assert!(for_ex(
        &suggestions(&history, &no_crunches, &[], now_after(2)),
        Crunches
    )
    .is_none());
}

#[test]
fn high_pain_in_a_recent_session_blocks_the_step_up_even_without_a_rise() {
    let s = Settings::default();
    let history = [
        workout(0, &s, Some(3), Some(3)),
        workout(1, &s, Some(5), Some(5)),
    ];
    assert!(suggestions(&history, &s, &[], now_after(1)).is_empty());
    let history = [
        workout(0, &s, Some(6), None),
        workout(1, &s, Some(4), Some(4)),
    ];
    assert!(suggestions(&history, &s, &[], now_after(1)).is_empty());
    let history = [
        workout(0, &s, Some(4), Some(4)),
        workout(1, &s, Some(4), Some(4)),
    ];
    assert_eq!(
        suggestions(&history, &s, &[], now_after(1)).len(),
        3,
        "4 is below the line"
    );
}

#[test]
fn pain_rising_by_one_in_a_recent_session_quietly_blocks_the_step_up() {
    let s = Settings::default();
    for (a, b) in [((3, 4), (2, 2)), ((2, 2), (3, 4))] {
        let history = [
            workout(0, &s, Some(a.0), Some(a.1)),
            workout(1, &s, Some(b.0), Some(b.1)),
        ];
        assert!(
            suggestions(&history, &s, &[], now_after(1)).is_empty(),
            "{a:?} {b:?}"
        );
    }
}

#[test]
fn pain_rising_by_two_or_more_last_time_never_allows_a_step_up_and_says_stay() {
    let s = Settings::default();
    let history = [
        workout(0, &s, Some(2), Some(2)),
        workout(1, &s, Some(3), Some(6)),
    ];
    let list = suggestions(&history, &s, &[], now_after(1));
    assert_eq!(list.len(), 3);
    assert!(
        list.iter().all(|x| matches!(x, Suggestion::Stay { .. })),
        "{list:?}"
    );
    assert!(list.iter().all(|x| x.choices().is_empty()));
    assert!(for_ex(&list, Crunches)
        .unwrap()
        .message()
        .contains("2 sets of 15"));
}

#[test]
fn pain_rising_in_a_session_without_the_exercise_still_blocks_it() {
    let s = Settings::default();
    let only_bridge = Settings {
        enabled: [true, false, false, false, false],
        ..Settings::default()
    };
    // Crunches went well twice, then a bridge-only session raised pain by 3.
    let history = [
        good(0, &s),
        good(1, &s),
        workout(2, &only_bridge, Some(2), Some(5)),
    ];
    let list = suggestions(&history, &s, &[], now_after(2));
    assert!(matches!(
        for_ex(&list, Crunches),
        Some(Suggestion::Stay { .. })
    ));
    assert!(list.iter().all(|x| x.kind() != "step-up"));
}

#[test]
fn this_hurts_in_the_last_session_steps_back_one_level_or_stays_at_the_start() {
    let s = with_levels([2, 2, 0, 0, 0]);
    let mut hurt = workout(1, &s, Some(3), Some(3));
    hurt.exercises[1].stopped_for_pain = true;
    hurt.exercises[1].done = WorkDone {
        reps: 12,
        sets: 0,
        ..WorkDone::default()
    };
    let history = [good(0, &s), hurt.clone()];
    let list = suggestions(&history, &s, &[], now_after(1));
    match for_ex(&list, Crunches) {
        Some(Suggestion::StepBack {
            to_level: 1,
            message,
            ..
        }) => assert!(message.contains("2 sets of 20"), "{message}"),
        other => panic!("{other:?}"),
    }
    // The bridge was not stopped and was done in full twice, but a session with
    // "this hurts" in it is not a good session for anything: no step up.
    assert!(for_ex(&list, BackBridge).is_none());
    // At the first level there is nothing easier: stay.
    let start = Settings::default();
    let mut hurt0 = good(1, &start);
    hurt0.exercises[1].stopped_for_pain = true;
    let list = suggestions(
        &[good(0, &start), hurt0],
        &start,
        &[],
        now_after(1),
    );
    assert!(matches!(
        for_ex(&list, Crunches),
        Some(Suggestion::Stay { .. })
    ));
    // From a crunch top, back to 4×20.
    let top = with_levels([0, 5, 0, 0, 0]);
    let mut hurt5 = good(1, &top);
    hurt5.exercises[1].stopped_for_pain = true;
    let list = suggestions(&[hurt5], &top, &[], now_after(1));
    assert_eq!(for_ex(&list, Crunches).unwrap().choices(), vec![3]);
}

#[test]
fn a_pain_stop_long_ago_is_not_held_against_later_good_sessions() {
    let s = Settings::default();
    let mut hurt = good(0, &s);
    hurt.exercises[1].stopped_for_pain = true;
    let history = [hurt, good(1, &s), good(2, &s)];
    assert!(matches!(
        for_ex(&suggestions(&history, &s, &[], now_after(2)), Crunches),
        Some(Suggestion::StepUp { .. })
    ));
}

#[test]
fn crunches_final_step_offers_both_ways_to_one_hundred() {
    let s = with_levels([0, 3, 0, 0, 0]);
    let history = [good(0, &s), good(1, &s)];
    let list = suggestions(&history, &s, &[], now_after(1));
    let sug = for_ex(&list, Crunches).unwrap().clone();
    assert!(
        matches!(
            sug,
            Suggestion::StepUp {
                to_level: 4,
                alternative: Some(5),
                ..
            }
        ),
        "{sug:?}"
    );
    assert!(sug.message().contains("4 sets of 25") && sug.message().contains("5 sets of 20"));
    let a = accept_suggestion(&s, &sug, None).unwrap();
    assert_eq!(a.dosage(Crunches), Dosage::Reps { reps: 25, sets: 4 });
    let b = accept_suggestion(&s, &sug, Some(5)).unwrap();
    assert_eq!(b.dosage(Crunches), Dosage::Reps { reps: 20, sets: 5 });
    assert_eq!(b.dosage(Crunches).total_reps(), 100);
    assert!(
        accept_suggestion(&s, &sug, Some(3)).is_err(),
        "not one of its choices"
    );
    // Switching between the two tops is allowed; nothing is suggested from either.
    assert_eq!(accept(&a, Crunches, 5).unwrap().levels[1], 5);
    for top in [a, b] {
        let history = [good(2, &top), good(3, &top)];
        assert!(for_ex(&suggestions(&history, &top, &[], now_after(3)), Crunches).is_none());
    }
}

#[test]
fn nothing_is_suggested_at_the_top_of_a_ladder_or_for_stretches() {
    let top = with_levels([9, 4, 0, 1, 0]);
    let history = [good(0, &top), good(1, &top)];
    assert!(suggestions(&history, &top, &[], now_after(1)).is_empty());
    let bridge_top = with_levels([9, 0, 0, 0, 0]);
    let list = suggestions(
        &[
            good(0, &bridge_top),
            good(1, &bridge_top),
        ],
        &bridge_top,
        &[],
        now_after(1),
    );
    assert!(for_ex(&list, BackBridge).is_none());
    let list = suggestions(
        &[
            good(0, &with_levels([2, 0, 0, 0, 0])),
            good(1, &with_levels([2, 0, 0, 0, 0])),
        ],
        &with_levels([2, 0, 0, 0, 0]),
        &[],
        now_after(1),
    );
    assert!(for_ex(&list, BackBridge)
        .unwrap()
        .message()
        .contains("exercise ball"));
}

#[test]
fn unsorted_history_is_read_in_time_order() {
    let s = Settings::default();
    let mut hurt = good(2, &s);
    hurt.exercises[1].stopped_for_pain = true;
    let history = [hurt, good(0, &s), good(1, &s)];
    let list = suggestions(&history, &s, &[], now_after(2));
    assert!(
        matches!(for_ex(&list, Crunches), Some(Suggestion::Stay { .. })),
        "the latest session is the stop"
    );
}

// ---- not yet ----

#[test]
fn not_yet_hides_a_step_up_for_three_days_on_that_exercise_only() {
    let s = Settings::default();
    let history = [good(0, &s), good(1, &s)];
    let declined_at = now_after(1);
    let declined = vec![("crunches".to_string(), declined_at)];
    let list = suggestions(&history, &s, &declined, declined_at + 60_000);
    assert!(for_ex(&list, Crunches).is_none());
    assert_eq!(list.len(), 2, "other exercises still offered");
    let almost = declined_at + DECLINE_QUIET_DAYS * DAY - 1;
    assert!(for_ex(&suggestions(&history, &s, &declined, almost), Crunches).is_none());
    let after = declined_at + DECLINE_QUIET_DAYS * DAY;
    assert!(for_ex(&suggestions(&history, &s, &declined, after), Crunches).is_some());
    // Another exercise's decline does not hide crunches.
    let other = vec![("back-bridge".to_string(), declined_at)];
    assert!(for_ex(&suggestions(&history, &s, &other, declined_at), Crunches).is_some());
}

#[test]
fn a_dismissed_step_back_returns_only_with_a_new_painful_session() {
    let s = with_levels([0, 2, 0, 0, 0]);
    let mut hurt = good(1, &s);
    hurt.exercises[1].stopped_for_pain = true;
    let history = vec![good(0, &s), hurt.clone()];
    let dismissed = vec![("crunches".to_string(), hurt.ended_at_ms + 1000)];
    assert!(for_ex(
        &suggestions(&history, &s, &dismissed, now_after(1)),
        Crunches
    )
    .is_none());
    // A decline made before that session (e.g. of a step up) does not silence it.
    let earlier = vec![("crunches".to_string(), hurt.started_at_ms - 1000)];
    assert!(for_ex(&suggestions(&history, &s, &earlier, now_after(1)), Crunches).is_some());
    let mut again = good(2, &s);
    again.exercises[1].stopped_for_pain = true;
    let mut history = history;
    history.push(again);
    assert!(matches!(
        for_ex(
            &suggestions(&history, &s, &dismissed, now_after(2)),
            Crunches
        ),
        Some(Suggestion::StepBack { .. })
    ));
}

// ---- accept and the caps ----

#[test]
fn accept_moves_one_rung_and_refuses_jumps_and_stretches() {
    let s = Settings::default();
    assert_eq!(accept(&s, Crunches, 1).unwrap().levels, [0, 1, 0, 0, 0]);
    assert!(accept(&s, Crunches, 3)
        .unwrap_err()
        .contains("one step at a time"));
    assert!(accept(&s, Crunches, 4).is_err(), "no skipping to the top");
    assert!(
        accept(&with_levels([0, 2, 0, 0, 0]), Crunches, 1).is_ok(),
        "one step back"
    );
    assert!(accept(&s, MidBackStretches, 0).is_err());
    assert!(accept(&s, Crunches, 6).unwrap_err().contains("no level 7"));
    let sug = Suggestion::Stay {
        exercise: Crunches,
        message: String::new(),
    };
    assert_eq!(
        accept_suggestion(&s, &sug, None).unwrap(),
        s,
        "staying changes nothing"
    );
}

#[test]
fn one_hundred_and_one_crunches_are_refused_from_every_path() {
    let over = Dosage::Reps { reps: 101, sets: 1 };
    let over_sets = Dosage::Reps { reps: 34, sets: 3 }; // 102
                                                        // The routine check itself.
    assert!(check_dosage(Crunches, &over)
        .unwrap_err()
        .contains("101 crunches"));
    assert!(check_dosage(Crunches, &over_sets).is_err());
    assert!(check_dosage(Crunches, &Dosage::Reps { reps: 25, sets: 4 }).is_ok());
    // The plan builder.
    let s = Settings::default();
    assert!(build_plan_with(&s, &[(Crunches, over)])
        .unwrap_err()
        .contains("101"));
    assert!(build_plan_with(&s, &[(Crunches, over_sets)]).is_err());
    // The settings editor: a level past the ladder is refused with a reason, not clamped.
    let past = with_levels([0, 6, 0, 0, 0]);
    assert!(validate_settings(&past)
        .unwrap_err()
        .contains("Crunches has levels 1 to 6"));
    assert!(accept(&with_levels([0, 5, 0, 0, 0]), Crunches, 6).is_err());
    assert_eq!(validate_settings(&with_levels([0, 5, 0, 0, 0])), Ok(()));
    // Progression: nothing above the two 100-rep tops exists to suggest.
    let top = with_levels([0, 5, 0, 0, 0]);
    let history = [good(0, &top), good(1, &top)];
    assert!(for_ex(&suggestions(&history, &top, &[], now_after(1)), Crunches).is_none());
    // Imported data: a session planned at 101 and settings past the ladder.
    let mut doc = Document {
        sessions: vec![good(0, &s)],
        ..Document::default()
    };
    doc.sessions[0].exercises[1].planned = over;
    let text = crate::store::export_json(&doc);
    let err = validate_import(&text, NOW).unwrap_err().message;
    assert!(
        err.contains("exercises[1].planned") && err.contains("101"),
        "{err}"
    );
    let doc = Document {
        sessions: vec![good(0, &s)],
        settings: past,
        ..Document::default()
    };
    let err = validate_import(&crate::store::export_json(&doc), NOW)
        .unwrap_err()
        .message;
    assert!(err.contains("settings.levels[1]"), "{err}");
    // And 101 done in one session.
    let mut doc = Document {
        sessions: vec![good(0, &top)],
        ..Document::default()
    };
    doc.sessions[0].exercises[1].done.reps = 101;
    assert!(validate_import(&crate::store::export_json(&doc), NOW).is_err());
    // A clean document with the top level imports.
    let doc = Document {
        sessions: vec![good(0, &top)],
        settings: top,
        ..Document::default()
    };
    assert!(validate_import(&crate::store::export_json(&doc), NOW).is_ok());
}

#[test]
fn validate_settings_explains_every_refusal() {
    assert_eq!(validate_settings(&Settings::default()), Ok(()));
    // Everything off but the stretches is a workout; the stretches off is not.
    let stretches_only = Settings {
        enabled: [false, false, false, false, true],
        ..Settings::default()
    };
    assert_eq!(validate_settings(&stretches_only), Ok(()));
    let none = Settings {
        enabled: [false; 5],
        ..Settings::default()
    };
    assert!(validate_settings(&none)
        .unwrap_err()
        .contains("cannot be left out"));
    for rest in [29, 61, 90] {
        let s = Settings { crunch_rest_s: rest, ..Settings::default() };
        assert!(validate_settings(&s).unwrap_err().contains("30 to 60 s"), "{rest}");
    }
    for rest in [30, 45, 60] {
        assert_eq!(validate_settings(&Settings { crunch_rest_s: rest, ..Settings::default() }), Ok(()));
    }
    for breaths in [0, 31] {
        let s = Settings { core_breaths: breaths, ..Settings::default() };
        assert!(validate_settings(&s).unwrap_err().contains("1 and 30"), "{breaths}");
    }
    for breaths in [1, 12, 30] {
        assert_eq!(validate_settings(&Settings { core_breaths: breaths, ..Settings::default() }), Ok(()));
    }
    let short_rest = Settings {
        swing_rest_s: 10,
        ..Settings::default()
    };
    assert!(validate_settings(&short_rest).unwrap_err().contains("15 s"));
    let loud = Settings {
        volume: f32::NAN,
        ..Settings::default()
    };
    assert!(validate_settings(&loud).is_err());
    let stretch = with_levels([0, 0, 0, 0, 1]);
    assert!(validate_settings(&stretch).is_err());
}

// ---- pain warning ----

/// A session with only pain ratings at a local time: `day` days after T0,
/// `minute` minutes after local midnight, in `tz` minutes east of UTC.
fn rated(day: u64, minute: i64, tz: i32, before: Option<u8>, after: Option<u8>) -> SessionRecord {
    let start =
        (T0 as i64 + day as i64 * DAY as i64 + minute * 60_000 - i64::from(tz) * 60_000) as u64;
    SessionRecord {
        id: format!("p{day}-{minute}-{tz}"),
        started_at_ms: start,
        ended_at_ms: start + 600_000,
        tz_offset_min: tz,
        routine_version: 1,
        exercises: Vec::new(),
        pain_before: before,
        pain_after: after,
        felt: None,
        note: None,
        completed: true,
        crunch_days: Vec::new(),
        away_s: 0,
    }
}

fn high_days(days: std::ops::Range<u64>, pain: u8) -> Vec<SessionRecord> {
    days.map(|d| rated(d, 8 * 60, 0, Some(pain), Some(pain)))
        .collect()
}

// ---- the pain warning (issue 22): the day each history warns on ----

/// Logged ratings (no workout) at 20:00 UTC on each of `days`.
fn logged(days: impl IntoIterator<Item = u64>, pain: u8) -> Vec<PainEntry> {
    days.into_iter().map(|d| PainEntry { at_ms: T0 + d * DAY + 20 * 3_600_000, tz_offset_min: 0, pain }).collect()
}

/// 22:00 UTC on `day`: after that day's ratings.
fn evening(day: u64) -> u64 {
    T0 + day * DAY + 22 * 3_600_000
}

/// The warning on the evening of `day`, with nothing shown before.
fn warns(sessions: &[SessionRecord], log: &[PainEntry], day: u64) -> Option<String> {
    pain_warning(sessions, log, evening(day), 0, &Meta::default())
}

/// The days the app shows the warning over days `0..days`, checking every
/// evening as it does after a rating: each warning shown is remembered, and
/// `answer(day, meta)` gives the person's answer to it (or none).
fn warning_days(sessions: &[SessionRecord], log: &[PainEntry], days: u64, mut answer: impl FnMut(u64, &mut Meta)) -> Vec<u64> {
    let mut meta = Meta::default();
    let mut shown = Vec::new();
    for day in 0..days {
        let now = evening(day);
        if pain_warning(sessions, log, now, 0, &meta).is_some() {
            meta.pain_warning_shown_ms = Some(now);
            shown.push(day);
            answer(day, &mut meta);
        }
    }
    shown
}

/// [`warning_days`] when the person only reads and dismisses it.
fn dismissed(sessions: &[SessionRecord], log: &[PainEntry], days: u64) -> Vec<u64> {
    warning_days(sessions, log, days, |_, _| {})
}

#[test]
fn eight_out_of_ten_every_other_day_for_a_month_warns_on_day_2_and_weekly_after() {
    // Logged on rest days alone: the second severe day in a week warns.
    let log = logged((0..30).step_by(2), 8);
    assert_eq!(dismissed(&[], &log, 30), [2, 9, 16, 23]);
    let msg = warns(&[], &log, 2).unwrap();
    assert!(msg.contains("at 7 or more on 2 of the last 8 days"), "{msg}");
    // The same as workout ratings.
    let sessions: Vec<_> = (0..30).step_by(2).map(|d| rated(d, 480, 0, Some(8), Some(8))).collect();
    assert_eq!(dismissed(&sessions, &[], 30), [2, 9, 16, 23]);
}

#[test]
fn nine_out_of_ten_on_six_of_seven_days_warns_on_day_1() {
    let mut log = logged([0, 1, 2, 4, 5, 6], 9);
    log.extend(logged([3], 2));
    assert_eq!(dismissed(&[], &log, 7), [1]);
    assert!(warns(&[], &log, 0).is_none(), "one bad day is not yet a pattern");
}

#[test]
fn seven_out_of_ten_once_a_week_for_eight_weeks_warns_on_day_7_and_every_week() {
    // "Two severe days within a week": a week apart counts (every Monday),
    // so the window is eight days; with seven it would never hold.
    let log = logged((0..56).step_by(7), 7);
    assert_eq!(dismissed(&[], &log, 56), [7, 14, 21, 28, 35, 42, 49]);
    // The same with calm workouts in between.
    let calm: Vec<_> = (0..56).filter(|d| d % 7 != 0 && d % 2 == 1).map(|d| rated(d, 480, 0, Some(2), Some(2))).collect();
    assert_eq!(dismissed(&calm, &log, 56), [7, 14, 21, 28, 35, 42, 49]);
    // Eight days apart is not within a week.
    assert_eq!(dismissed(&[], &logged([0, 8], 7), 12), Vec::<u64>::new());
}

#[test]
fn four_out_of_ten_every_day_for_a_month_logged_on_rest_days_warns_on_day_7() {
    let log = logged(0..30, 4);
    assert_eq!(dismissed(&[], &log, 30), [7, 14, 21, 28]);
    assert!(warns(&[], &log, 7).unwrap().contains("at 4 or more on 8 of the last 8 days"));
    // Seven days at 4 are a week, not more than a week.
    assert!(warns(&[], &log, 6).is_none());
}

#[test]
fn five_out_of_ten_for_three_days_then_four_for_27_warns_once_it_stops_easing() {
    let mut log = logged(0..3, 5);
    log.extend(logged(3..30, 4));
    // Days 7 to 9 still ease from the 5s before; from day 10 the back is
    // no better over more than a week.
    assert_eq!(dismissed(&[], &log, 30), [10, 17, 24]);
}

#[test]
fn pain_on_most_but_not_all_days_counts_and_half_the_days_does_not() {
    // Two days with pain, one without, for a month: most days.
    let log: Vec<_> = logged((0..30).filter(|d| d % 3 != 2), 5).into_iter().chain(logged((0..30).filter(|d| d % 3 == 2), 1)).collect();
    let days = dismissed(&[], &log, 30);
    assert!(!days.is_empty() && days[0] <= 10, "{days:?}");
    // Every other day is half the days, not most (and 4 is not severe).
    assert_eq!(dismissed(&[], &logged((0..30).step_by(2), 4), 30), Vec::<u64>::new());
}

#[test]
fn steadily_improving_pain_from_6_to_1_never_warns() {
    // A point better every day, every 3 days, every 6 days (6 to 1 over a
    // month) and every 7 days: each eight-day window eases.
    for every in [1u64, 3, 6, 7] {
        let log: Vec<_> = (0..6 * every).flat_map(|d| logged([d], 6 - (d / every) as u8)).collect();
        assert_eq!(dismissed(&[], &log, 6 * every + 7), Vec::<u64>::new(), "a point every {every} days");
        // As workout ratings, workouts every day (the no-better rule too).
        let sessions: Vec<_> = (0..6 * every).map(|d| rated(d, 480, 0, Some(6 - (d / every) as u8), None)).collect();
        assert_eq!(dismissed(&sessions, &[], 6 * every + 7), Vec::<u64>::new(), "workouts, a point every {every} days");
    }
}

#[test]
fn six_out_of_ten_once_a_fortnight_never_warns() {
    let log = logged((0..60).step_by(14), 6);
    assert_eq!(dismissed(&[], &log, 60), Vec::<u64>::new());
    // Nor with calm days rated in between.
    let calm: Vec<_> = (0..60).filter(|d| d % 14 != 0).map(|d| rated(d, 480, 0, Some(2), Some(2))).collect();
    assert_eq!(dismissed(&calm, &log, 60), Vec::<u64>::new());
}

#[test]
fn two_out_of_ten_every_day_never_warns() {
    let sessions: Vec<_> = (0..60).map(|d| rated(d, 480, 0, Some(2), Some(2))).collect();
    assert_eq!(dismissed(&sessions, &logged(0..60, 2), 60), Vec::<u64>::new());
}

#[test]
fn the_warning_is_calm_and_lists_the_signs() {
    let msg = warns(&[], &logged(0..8, 5), 7).expect("warns");
    assert!(msg.contains("please book one") && msg.contains("keep the workouts gentle"), "{msg}");
    for sign in WARNING_SIGNS {
        assert!(msg.contains(sign), "{sign}");
    }
    assert!(!msg.contains('!'), "calm, no alarm: {msg}");
}

#[test]
fn warning_signs_start_with_a_lowercase_ascii_letter() {
    // The screening capitalises them with ASCII-only case mapping.
    for sign in WARNING_SIGNS {
        assert!(sign.as_bytes().first().is_some_and(u8::is_ascii_lowercase), "{sign}");
    }
}

#[test]
fn the_higher_rating_of_the_day_counts_and_rest_days_count_like_workouts() {
    // Before 2, after 6: the day is a 6. Workouts on days 0-3 and 8, rest
    // days 4-7 logged: eight days with pain.
    let sessions: Vec<_> = [0, 1, 2, 3, 8].into_iter().map(|d| rated(d, 480, 0, Some(2), Some(6))).collect();
    let log = logged(4..8, 6);
    assert!(warns(&sessions, &[], 8).is_none(), "the workouts alone are five days, not most of eight from day 1");
    assert!(warns(&sessions, &log, 8).is_some());
    // Two sessions on a day: the higher wins.
    let mut two = sessions.clone();
    two.push(rated(8, 20 * 60, 0, Some(1), Some(1)));
    assert!(warns(&two, &log, 8).is_some());
    // A logged rating after now (a wrong clock) does not count.
    assert!(warns(&sessions, &logged(44..48, 6), 8).is_none());
    // Pain that eased today: no warning today (a later day with pain brings it).
    let mut eased = logged(0..9, 6);
    assert!(warns(&[], &eased, 8).is_some());
    eased.extend(logged([9], 2));
    assert!(warns(&[], &eased, 9).is_none());
}

#[test]
fn days_are_the_persons_own_local_days() {
    // Chicago (UTC-6): 23:30 and 07:00 on alternate local days. In UTC two
    // of them fall on one day, leaving a day without pain.
    let tz = -360;
    let sessions: Vec<_> =
        (0..8).map(|d| rated(d, if d % 2 == 0 { 23 * 60 + 30 } else { 7 * 60 }, tz, Some(5), None)).collect();
    let utc_days: Vec<i64> = sessions.iter().map(|s| crate::progress::local_day(s.started_at_ms, 0)).collect();
    assert_eq!(utc_days[0], utc_days[1], "the same UTC day");
    let now = sessions[7].ended_at_ms;
    assert!(pain_warning(&sessions, &[], now, tz, &Meta::default()).is_some());
}

#[test]
fn an_old_streak_is_history_not_a_warning() {
    let sessions = high_days(0..4, 8);
    // The last high day (day 3) is 2 days before "today" until local midnight ends day 5.
    let day5_late = T0 + 5 * DAY + 23 * 3_600_000 + 59 * 60_000;
    let none = Meta::default();
    assert!(pain_warning(&sessions, &[], day5_late, 0, &none).is_some());
    assert!(pain_warning(&sessions, &[], T0 + 6 * DAY, 0, &none).is_none());
    // The same instant seen from UTC+2 is already day 6 locally.
    assert!(pain_warning(&sessions, &[], day5_late, 120, &none).is_none());
    // Sessions dated after now (a wrong clock) are ignored.
    assert!(pain_warning(&high_days(10..14, 8), &[], now_after(3), 0, &none).is_none());
}

#[test]
fn a_clear_rise_over_a_week_brings_the_warning() {
    // Week before: 2, 2, 3 (avg 2.33); this week: 4, 5, 4 (avg 4.33).
    let mut sessions = vec![
        rated(0, 480, 0, Some(2), None),
        rated(2, 480, 0, Some(2), None),
        rated(4, 480, 0, Some(3), None),
    ];
    sessions.extend([
        rated(7, 480, 0, Some(4), None),
        rated(9, 480, 0, Some(5), None),
        rated(11, 480, 0, Some(4), None),
    ]);
    let msg = warns(&sessions, &[], 13).expect("rise");
    assert!(msg.contains("gone up"), "{msg}");
    // A smaller rise (avg +1.67) does not.
    let mut small = sessions.clone();
    small[5] = rated(11, 480, 0, Some(3), None);
    assert!(warns(&small, &[], 13).is_none());
    // Too few rated days in a week to tell.
    let few: Vec<_> = sessions.iter().filter(|s| s.id != "p2-480-0").cloned().collect();
    assert!(warns(&few, &[], 13).is_none());
}

#[test]
fn three_out_of_ten_daily_over_a_month_of_workouts_without_improvement_warns() {
    let sessions: Vec<_> = (0..30).map(|d| rated(d, 480, 0, Some(3), Some(3))).collect();
    // Four weeks back from day 23 the first week holds days 0 to 2: its two
    // workouts and three ratings are enough.
    assert_eq!(dismissed(&sessions, &[], 30), [23]);
    let msg = warns(&sessions, &[], 23).unwrap();
    assert!(msg.contains("stayed around 3 out of 10 over 4 weeks of regular workouts"), "{msg}");
    // Without regular workouts that rule says nothing.
    assert!(warns(&[], &logged(0..30, 3), 29).is_none());
}

#[test]
fn severe_pain_every_nine_days_warns_on_the_fourth_in_four_weeks() {
    let log = logged((0..60).step_by(9), 8);
    assert_eq!(dismissed(&[], &log, 30), [27]);
    assert!(warns(&[], &log, 27).unwrap().contains("at 7 or more on 4 days in the last four weeks"));
}

// ---- "I have seen a doctor about this" ----

#[test]
fn seen_a_doctor_quiets_the_warning_for_four_weeks_then_it_comes_back() {
    let log = logged(0..70, 4);
    let answered = warning_days(&[], &log, 70, |day, meta| doctor_seen(meta, evening(day) + 60_000));
    // Answered on day 7: quiet until day 35, answered again, quiet to 63.
    assert_eq!(answered, [7, 35, 63]);
    assert_eq!(DOCTOR_QUIET_DAYS, 28);
    // Without the answer it comes weekly.
    assert_eq!(dismissed(&[], &log, 36), [7, 14, 21, 28, 35]);
}

#[test]
fn seen_a_doctor_gives_way_to_a_new_severe_day() {
    let mut log = logged(0..40, 4);
    log.extend(logged([20], 8));
    let mut answers = 0;
    let days = warning_days(&[], &log, 40, |_, meta| {
        // Only the first warning is answered.
        if answers == 0 {
            doctor_seen(meta, meta.pain_warning_shown_ms.unwrap() + 60_000);
        }
        answers += 1;
    });
    // The 8 on day 20 is worse than the week of the answer (all 4s): back at
    // once; then weekly again while the pain lasts (day 27 still eases from
    // the 8, day 28 does not).
    assert_eq!(days, [7, 20, 28, 35]);
    let mut meta = Meta { pain_warning_shown_ms: Some(evening(7)), ..Meta::default() };
    doctor_seen(&mut meta, evening(7) + 60_000);
    let msg = pain_warning(&[], &log, evening(20), 0, &meta).unwrap();
    assert!(msg.contains("hurt at 8 out of 10 since you said you had seen a doctor"), "{msg}");
    assert!(msg.contains("please book one"), "{msg}");
}

#[test]
fn seen_a_doctor_gives_way_to_a_higher_weekly_average() {
    let mut log = logged(0..15, 4);
    log.extend(logged(15..40, 6));
    let days = warning_days(&[], &log, 40, |day, meta| {
        if day == 7 {
            doctor_seen(meta, evening(day) + 60_000);
        }
    });
    // Days after the answer average 4 + 6s: 5.1 by day 18, a point above 4.
    assert_eq!(days[..2], [7, 18]);
    let mut meta = Meta { pain_warning_shown_ms: Some(evening(7)), ..Meta::default() };
    doctor_seen(&mut meta, evening(7) + 60_000);
    let msg = pain_warning(&[], &log, evening(18), 0, &meta).unwrap();
    assert!(msg.contains("average 5.1, up from 4.0"), "{msg}");
    assert!(pain_warning(&[], &log, evening(17), 0, &meta).is_none(), "4.9 is not a point higher");
}

#[test]
fn seen_a_doctor_stays_quiet_through_the_same_severe_pain() {
    // 8/10 every other day, answered on the first warning: more 8s are the
    // pain the doctor heard about, not worse; a 9 is.
    let log = logged((0..40).step_by(2), 8);
    let answer = |day: u64, meta: &mut Meta| {
        if day == 2 {
            doctor_seen(meta, evening(day) + 60_000);
        }
    };
    assert_eq!(warning_days(&[], &log, 40, answer)[..2], [2, 30]);
    let mut worse = log.clone();
    worse.extend(logged([11], 9));
    assert_eq!(warning_days(&[], &worse, 40, answer)[..2], [2, 11]);
}

#[test]
fn instants_after_now_do_not_silence_the_warning() {
    let log = logged(0..8, 5);
    let later = evening(400);
    let meta = Meta { pain_warning_shown_ms: Some(later), doctor_seen_ms: Some(later), ..Meta::default() };
    assert!(pain_warning(&[], &log, evening(7), 0, &meta).is_some());
}

#[test]
fn the_doctor_answer_is_stored_only_once_given() {
    let mut doc = Document::default();
    assert!(!crate::store::encode(&doc).contains("doctor_seen_ms"), "older documents are written as before");
    doctor_seen(&mut doc.meta, 1_800_000_000_000);
    let text = crate::store::encode(&doc);
    assert!(text.contains("\"doctor_seen_ms\":1800000000000"), "{text}");
    assert_eq!(crate::store::decode(&text).doc.meta.doctor_seen_ms, Some(1_800_000_000_000));
}

// ---- slow build-up ----

#[test]
fn sessions_on_one_day_count_once_toward_a_step_up() {
    let s = Settings::default();
    let mut again = good(0, &s);
    again.id = "second".into();
    again.started_at_ms += 3_600_000;
    again.ended_at_ms += 3_600_000;
    let same_day = [good(0, &s), again];
    assert!(suggestions(&same_day, &s, &[], now_after(0)).is_empty(), "two workouts, one day");
    let mut history = same_day.to_vec();
    history.push(good(1, &s));
    assert!(for_ex(&suggestions(&history, &s, &[], now_after(1)), Crunches).is_some());
}

#[test]
fn at_most_one_step_up_per_exercise_a_week() {
    let s0 = Settings::default();
    let s1 = accept(&s0, Crunches, 1).unwrap();
    // Stepped up after days 0 and 1; two good days at 2 × 20 right after.
    let history = [good(0, &s0), good(1, &s0), good(2, &s1), good(3, &s1)];
    assert!(for_ex(&suggestions(&history, &s1, &[], now_after(3)), Crunches).is_none());
    assert!(for_ex(&suggestions(&history, &s1, &[], now_after(8)), Crunches).is_none(), "6 days at 2 × 20");
    assert!(for_ex(&suggestions(&history, &s1, &[], now_after(9)), Crunches).is_some(), "a week at 2 × 20");
    // The other exercises, which did not change, are not held back.
    assert!(for_ex(&suggestions(&history, &s1, &[], now_after(3)), BackBridge).is_some());
    // A second workout on a day at 3 × 20, cut down to the 40 the day had
    // left (2 × 20, which is also a rung), is not a change of level.
    let s2 = with_levels([0, 2, 0, 0, 0]);
    let mut trimmed = good(11, &s1);
    trimmed.id = "trimmed".into();
    trimmed.started_at_ms += 3_600_000;
    trimmed.ended_at_ms += 3_600_000;
    let history = [good(0, &s1), good(1, &s1), good(10, &s2), good(11, &s2), trimmed];
    let list = suggestions(&history, &s2, &[], now_after(17));
    assert_eq!(for_ex(&list, Crunches).map(Suggestion::kind), Some("step-up"), "a week since day 10");
    assert!(for_ex(&suggestions(&history, &s2, &[], now_after(16)), Crunches).is_none(), "6 days since day 10");
}

#[test]
fn good_days_without_any_pain_rating_ask_for_one_instead_of_a_step_up() {
    let s = Settings::default();
    let unrated = [workout(0, &s, None, None), workout(1, &s, None, None)];
    let list = suggestions(&unrated, &s, &[], now_after(1));
    assert_eq!(list.len(), 1, "one request, not one per exercise: {list:?}");
    assert_eq!(list[0].kind(), "rate-pain");
    assert!(list[0].choices().is_empty());
    assert!(list[0].message().contains("rate how your back feels"), "{}", list[0].message());
    // One rated day is not enough either: each good day needs a rating.
    let half = [workout(0, &s, None, None), workout(1, &s, Some(2), None)];
    assert!(suggestions(&half, &s, &[], now_after(1)).iter().all(|x| x.kind() == "rate-pain"));
    // Dismissed, it stays away until a new session.
    let dismissed = vec![("back-bridge".to_string(), now_after(1))];
    assert!(suggestions(&unrated, &s, &dismissed, now_after(1)).is_empty());
}

// ---- settings jumps ----

#[test]
fn raising_more_than_one_step_asks_first_and_says_to_build_up_slowly() {
    let start = Settings::default();
    let to = |levels| with_levels(levels);
    // The case: crunches from 2 × 15 straight to the top.
    let msg = level_jump_warning(&start, &to([0, 4, 0, 0, 0])).expect("asks");
    assert!(msg.contains("Crunches from 2 sets of 15 to 4 sets of 25 (100, the limit) (4 steps at once)"), "{msg}");
    assert!(msg.contains("builds up slowly") && msg.contains("one step at a time"), "{msg}");
    assert!(msg.ends_with("Raise it anyway?"));
    // Two exercises at once are both named.
    let both = level_jump_warning(&start, &to([2, 2, 0, 0, 0])).unwrap();
    assert!(both.contains("Back bridge from") && both.contains(" and Crunches from"), "{both}");
    // One step up, lowering, and the two crunch tops are free.
    assert_eq!(level_jump_warning(&start, &to([1, 1, 0, 1, 0])), None);
    assert_eq!(level_jump_warning(&to([9, 5, 0, 1, 0]), &start), None);
    assert_eq!(level_jump_warning(&to([0, 3, 0, 0, 0]), &to([0, 5, 0, 0, 0])), None, "4 × 20 to 5 × 20 is one step");
    assert_eq!(level_jump_warning(&to([0, 4, 0, 0, 0]), &to([0, 5, 0, 0, 0])), None);
    assert!(level_jump_warning(&to([0, 2, 0, 0, 0]), &to([0, 5, 0, 0, 0])).is_some());
    // Core breaths are the person's own choice: no question.
    let many = Settings { core_breaths: 30, ..Settings::default() };
    assert_eq!(level_jump_warning(&start, &many), None);
}

// ---- pain-aware progression and records dated after now (issue 22) ----

/// The full rules from workouts alone, in UTC, for the tests above.
fn suggestions(sessions: &[SessionRecord], settings: &Settings, declined: &[(String, u64)], now_ms: u64) -> Vec<Suggestion> {
    crate::progress::progression::suggestions(sessions, &[], settings, declined, now_ms, 0)
}

/// The step ups offered, by exercise.
fn step_ups(list: &[Suggestion]) -> Vec<ExerciseId> {
    list.iter().filter(|s| s.kind() == "step-up").map(Suggestion::exercise).collect()
}

#[test]
fn eight_out_of_ten_on_four_rest_days_holds_back_every_step_up_while_the_warning_is_due() {
    let s = Settings::default();
    // Two workouts done in full at 3/10, rest days at 8/10 around them.
    let workouts = [workout(0, &s, Some(3), Some(3)), workout(2, &s, Some(3), Some(3))];
    let rest = logged([1, 3, 4, 5], 8);
    let now = evening(5);
    assert_eq!(step_ups(&crate::progress::progression::suggestions(&workouts, &[], &s, &[], now, 0)), [BackBridge, Crunches, LegSwings], "the workouts alone earn them");
    assert!(pain_warning(&workouts, &rest, now, 0, &Meta::default()).is_some(), "the warning is due");
    assert!(pain_warning_due(&workouts, &rest, now, 0));
    assert_eq!(step_ups(&crate::progress::progression::suggestions(&workouts, &rest, &s, &[], now, 0)), []);
    // Due whether or not it was shown or answered: the doctor answer quiets
    // the warning, not the pain.
    let mut meta = Meta::default();
    doctor_seen(&mut meta, now - 60_000);
    meta.pain_warning_shown_ms = Some(now - 120_000);
    assert!(pain_warning(&workouts, &rest, now, 0, &meta).is_none());
    assert_eq!(step_ups(&crate::progress::progression::suggestions(&workouts, &rest, &s, &[], now, 0)), []);
}

#[test]
fn a_rest_day_as_sore_as_the_step_up_line_in_the_last_week_holds_back_step_ups() {
    let s = Settings::default();
    let workouts = [workout(0, &s, Some(2), Some(2)), workout(1, &s, Some(2), Some(2))];
    let ups = |log: &[PainEntry], day: u64| step_ups(&crate::progress::progression::suggestions(&workouts, log, &s, &[], evening(day), 0));
    // One rest day at HIGH_PAIN: no pattern, yet no step up for a week.
    let sore = logged([2], HIGH_PAIN);
    assert!(!pain_warning_due(&workouts, &sore, evening(3), 0));
    assert_eq!(ups(&sore, 3), []);
    assert_eq!(ups(&sore, 8), [], "six days on");
    assert_eq!(ups(&sore, 9), [BackBridge, Crunches, LegSwings], "a week on");
    // Below the line it does not hold anything back.
    assert_eq!(ups(&logged([2], HIGH_PAIN - 1), 3), [BackBridge, Crunches, LegSwings]);
    // A rating logged after now (a wrong clock) does not either.
    assert_eq!(ups(&logged([30], 9), 3), [BackBridge, Crunches, LegSwings]);
}

#[test]
fn a_record_dated_in_the_future_does_not_hide_a_step_back_after_this_hurts() {
    let s = with_levels([0, 2, 0, 0, 0]);
    let mut hurt = workout(2, &s, Some(3), Some(6));
    hurt.exercises[1].stopped_for_pain = true;
    // A good session a year ahead: a clock that was set forward, or damage.
    let ahead = good(400, &s);
    let history = [good(0, &s), good(1, &s), hurt, ahead.clone()];
    let list = suggestions(&history, &s, &[], evening(2));
    assert_eq!(for_ex(&list, Crunches).map(Suggestion::kind), Some("step-back"), "{list:?}");
    // A few minutes ahead (two devices' clocks) still counts as now.
    let mut close = history[2].clone();
    close.started_at_ms = evening(2) + FUTURE_SKEW_MS;
    close.ended_at_ms = close.started_at_ms + 60_000;
    let list = suggestions(&[good(0, &s), good(1, &s), close], &s, &[], evening(2));
    assert_eq!(for_ex(&list, Crunches).map(Suggestion::kind), Some("step-back"), "{list:?}");

    // The store's reader sets it aside, and says so.
    let mut doc = Document { sessions: history.to_vec(), pain_log: logged([1, 500], 4), ..Document::default() };
    let aside = set_aside_future(&mut doc, evening(2));
    assert_eq!(aside.sessions, [ahead]);
    assert_eq!(aside.pain_log, logged([500], 4));
    assert_eq!(doc.sessions.len(), 3);
    assert_eq!(doc.pain_log, logged([1], 4));
    let msg = aside.message(0).unwrap();
    assert!(msg.starts_with("1 workout and 1 pain rating saved here are dated after today (from 7 Dec 2027)"), "{msg}");
    assert!(msg.contains("the original text is kept"), "{msg}");
    // Nothing ahead: nothing set aside, no message.
    let again = set_aside_future(&mut doc, evening(2));
    assert!(again.is_empty() && again.message(0).is_none());
}
