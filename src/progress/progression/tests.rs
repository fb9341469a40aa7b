//! Every rule and cap of progression, settings checks and the pain warning.

use super::*;
use crate::progress::{validate_import, Document, ExerciseResult, PainEntry, SessionRecord, Settings, WorkDone};
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
    let text = crate::progress::export_json(&doc);
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
    let err = validate_import(&crate::progress::export_json(&doc), NOW)
        .unwrap_err()
        .message;
    assert!(err.contains("settings.levels[1]"), "{err}");
    // And 101 done in one session.
    let mut doc = Document {
        sessions: vec![good(0, &top)],
        ..Document::default()
    };
    doc.sessions[0].exercises[1].done.reps = 101;
    assert!(validate_import(&crate::progress::export_json(&doc), NOW).is_err());
    // A clean document with the top level imports.
    let doc = Document {
        sessions: vec![good(0, &top)],
        settings: top,
        ..Document::default()
    };
    assert!(validate_import(&crate::progress::export_json(&doc), NOW).is_ok());
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

#[test]
fn four_high_days_in_a_row_bring_a_calm_doctor_message_with_the_warning_signs() {
    let sessions = high_days(0..4, 5);
    let msg = pain_warning(&sessions, &[], now_after(3), 0, None).expect("warning");
    assert!(msg.contains("on 4 of the last 7 days"), "{msg}");
    assert!(msg.contains("doctor"));
    for sign in WARNING_SIGNS {
        assert!(msg.contains(sign), "{sign}");
    }
    assert!(
        pain_warning(&high_days(0..3, 9), &[], now_after(2), 0, None).is_none(),
        "three days is not more than three"
    );
    assert!(
        pain_warning(&high_days(0..4, 4), &[], now_after(3), 0, None).is_none(),
        "4 is below the line"
    );
}

#[test]
fn warning_signs_start_with_a_lowercase_ascii_letter() {
    // The screening capitalises them with ASCII-only case mapping.
    for sign in WARNING_SIGNS {
        assert!(sign.as_bytes().first().is_some_and(u8::is_ascii_lowercase), "{sign}");
    }
}

#[test]
fn the_higher_rating_of_the_day_counts_and_painful_days_need_not_be_in_a_row() {
    // Before 2, after 6: the day is a 6.
    let sessions: Vec<_> = (0..4).map(|d| rated(d, 480, 0, Some(2), Some(6))).collect();
    assert!(pain_warning(&sessions, &[], now_after(3), 0, None).is_some());
    // Two sessions on a day: the higher wins.
    let mut sessions = high_days(0..4, 5);
    sessions.push(rated(2, 20 * 60, 0, Some(3), Some(3)));
    assert!(pain_warning(&sessions, &[], now_after(3), 0, None).is_some());
    // Days 0, 1, 3, 4: pain on four days of a week, with or without a day
    // between, is pain that lasts; so is one with a calm day in the middle.
    let mut gap = high_days(0..2, 7);
    gap.extend(high_days(3..5, 7));
    assert!(pain_warning(&gap, &[], now_after(4), 0, None).is_some());
    let mut calm = high_days(0..5, 7);
    calm[2] = rated(2, 480, 0, Some(3), Some(4));
    assert!(pain_warning(&calm, &[], now_after(4), 0, None).is_some());
    // Three painful days in a week are not yet more than a few.
    let mut three = high_days(0..2, 6);
    three.extend(high_days(5..6, 6));
    assert!(pain_warning(&three, &[], now_after(5), 0, None).is_none());
    // Pain that eased today: no warning today (the next painful day brings it).
    let mut eased = high_days(0..4, 6);
    eased.push(rated(4, 480, 0, Some(2), Some(2)));
    assert!(pain_warning(&eased, &[], now_after(4), 0, None).is_none());
}

#[test]
fn days_are_the_persons_own_local_days() {
    // Chicago (UTC-6): 23:30, 08:00, 23:30, 07:00 on four local days. In UTC
    // the first two and the last two fall on the same days, leaving a gap.
    let tz = -360;
    let sessions = vec![
        rated(0, 23 * 60 + 30, tz, Some(6), None),
        rated(1, 8 * 60, tz, Some(6), None),
        rated(2, 23 * 60 + 30, tz, Some(6), None),
        rated(3, 7 * 60, tz, Some(6), None),
    ];
    let utc_days: Vec<i64> = sessions
        .iter()
        .map(|s| crate::progress::local_day(s.started_at_ms, 0))
        .collect();
    assert_eq!(utc_days[0], utc_days[1], "the same UTC day");
    let now = sessions[3].ended_at_ms;
    assert!(pain_warning(&sessions, &[], now, tz, None).is_some());
}

#[test]
fn an_old_streak_is_history_not_a_warning() {
    let sessions = high_days(0..4, 8);
    // The last high day (day 3) is 2 days before "today" until local midnight ends day 5.
    let day5_late = T0 + 5 * DAY + 23 * 3_600_000 + 59 * 60_000;
    assert!(pain_warning(&sessions, &[], day5_late, 0, None).is_some());
    assert!(pain_warning(&sessions, &[], T0 + 6 * DAY, 0, None).is_none());
    // The same instant seen from UTC+2 is already day 6 locally.
    assert!(pain_warning(&sessions, &[], day5_late, 120, None).is_none());
    // Sessions dated after now (a wrong clock) are ignored.
    assert!(pain_warning(&high_days(10..14, 8), &[], now_after(3), 0, None).is_none());
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
    let msg = pain_warning(&sessions, &[], now_after(13), 0, None).expect("rise");
    assert!(msg.contains("gone up"), "{msg}");
    // A smaller rise (avg +1.67) does not.
    let mut small = sessions.clone();
    small[5] = rated(11, 480, 0, Some(3), None);
    assert!(pain_warning(&small, &[], now_after(13), 0, None).is_none());
    // Too few rated days in a week to tell.
    let few: Vec<_> = sessions
        .iter()
        .filter(|s| s.id != "p2-480-0")
        .cloned()
        .collect();
    assert!(pain_warning(&few, &[], now_after(13), 0, None).is_none());
}

#[test]
fn the_warning_shows_once_per_episode() {
    let mut sessions = high_days(0..4, 6);
    let shown = now_after(3);
    assert!(pain_warning(&sessions, &[], shown, 0, None).is_some());
    // Still high the next day: same episode, no repeat.
    sessions.push(rated(4, 480, 0, Some(7), None));
    assert!(pain_warning(&sessions, &[], now_after(4), 0, Some(shown)).is_none());
    // A calm rating on the day it was shown does not end the episode.
    sessions.push(rated(3, 20 * 60, 0, Some(2), Some(2)));
    sessions.extend(high_days(5..9, 6));
    assert!(pain_warning(&sessions, &[], now_after(8), 0, Some(shown)).is_none());
    // A calm day after it ends the episode; the calm day itself warns of nothing.
    sessions.push(rated(9, 480, 0, Some(3), Some(4)));
    assert!(pain_warning(&sessions, &[], now_after(9), 0, Some(shown)).is_none());
    // Four new high days after it: a new episode, a new warning.
    sessions.extend(high_days(10..13, 6));
    assert!(
        pain_warning(&sessions, &[], now_after(12), 0, Some(shown)).is_none(),
        "three so far"
    );
    sessions.extend(high_days(13..14, 6));
    assert!(pain_warning(&sessions, &[], now_after(13), 0, Some(shown)).is_some());
}

// ---- the patterns of issue 15: each must warn ----

/// Logged ratings (no workout) at 20:00 UTC on each of `days`.
fn logged(days: impl IntoIterator<Item = u64>, pain: u8) -> Vec<PainEntry> {
    days.into_iter().map(|d| PainEntry { at_ms: T0 + d * DAY + 20 * 3_600_000, tz_offset_min: 0, pain }).collect()
}

/// The warning on `day`, with nothing shown before.
fn warns(sessions: &[SessionRecord], log: &[PainEntry], day: u64) -> Option<String> {
    pain_warning(sessions, log, now_after(day), 0, None)
}

#[test]
fn eight_out_of_ten_every_other_day_for_a_month_warns() {
    // Logged on rest days alone, workouts or not.
    let log = logged((0..30).step_by(2), 8);
    let first = (0..30).find(|d| warns(&[], &log, *d).is_some()).expect("warns within the month");
    assert!(first <= 6, "within a week of it starting, not {first}");
    assert!(warns(&[], &log, 28).unwrap().contains("of the last 7 days"));
    // The same as workout ratings.
    let sessions: Vec<_> = (0..30).step_by(2).map(|d| rated(d, 480, 0, Some(8), Some(8))).collect();
    assert!(warns(&sessions, &[], 28).is_some());
}

#[test]
fn nine_out_of_ten_on_six_of_seven_days_warns() {
    let mut log = logged([0, 1, 2, 4, 5, 6], 9);
    log.extend(logged([3], 2));
    let msg = warns(&[], &log, 6).expect("warns");
    assert!(msg.contains("on 6 of the last 7 days"), "{msg}");
}

#[test]
fn seven_out_of_ten_once_a_week_for_eight_weeks_warns() {
    // Calm workouts in between, pain 7 on one day a week.
    let mut sessions: Vec<_> = (0..56).filter(|d| d % 7 != 0 && d % 2 == 1).map(|d| rated(d, 480, 0, Some(2), Some(2))).collect();
    sessions.extend((0..56).step_by(7).map(|d| rated(d, 480, 0, Some(7), Some(7))));
    let first = (0..56).find(|d| warns(&sessions, &[], *d).is_some()).expect("warns within the eight weeks");
    assert_eq!(first, 21, "on the fourth severe day in four weeks");
    let msg = warns(&sessions, &[], 49).expect("still, in week eight");
    assert!(msg.contains("at 7 or more on 4 days in the last four weeks"), "{msg}");
    // Three severe days in four weeks are not yet the pattern.
    assert!(warns(&sessions, &[], 14).is_none());
}

#[test]
fn four_out_of_ten_daily_for_a_month_of_workouts_without_improvement_warns() {
    let sessions: Vec<_> = (0..30).map(|d| rated(d, 480, 0, Some(4), Some(4))).collect();
    let msg = warns(&sessions, &[], 29).expect("no better after four weeks of workouts");
    assert!(msg.contains("stayed around 4 out of 10 over 4 weeks of regular workouts"), "{msg}");
    assert!(warns(&sessions, &[], 20).is_none(), "three weeks are not yet four");
    // Without regular workouts the rule says nothing (other rules still may).
    let log = logged(0..30, 4);
    assert!(warns(&[], &log, 29).is_none());
    // Low, steady pain is a back doing fine.
    let low: Vec<_> = (0..30).map(|d| rated(d, 480, 0, Some(2), Some(2))).collect();
    assert!(warns(&low, &[], 29).is_none());
}

#[test]
fn four_painful_days_in_a_row_still_warn() {
    let log = logged(0..4, 5);
    assert!(warns(&[], &log, 3).unwrap().contains("at 5 or more on 4 of the last 7 days"));
}

#[test]
fn a_steady_improving_history_never_warns() {
    // Eight weeks of daily workouts, pain falling a point every other week,
    // an odd bad day now and then, a rest-day rating or two.
    let base = [4u8, 4, 3, 3, 2, 2, 1, 1];
    let sessions: Vec<_> = (0..56u64)
        .map(|d| {
            let p = base[(d / 7) as usize] + u8::from(d % 9 == 4);
            rated(d, 480, 0, Some(p), Some(p.saturating_sub(1)))
        })
        .collect();
    let log = logged([10, 24, 38], 3);
    for day in 0..60 {
        assert_eq!(warns(&sessions, &log, day), None, "day {day}");
    }
}

#[test]
fn logged_pain_on_rest_days_counts_toward_the_warning() {
    // Two workout days at 6 and two rest days logged at 6: four painful days.
    let sessions = vec![rated(0, 480, 0, Some(6), Some(6)), rated(2, 480, 0, Some(6), Some(6))];
    let log = logged([1, 3], 6);
    assert!(warns(&sessions, &[], 3).is_none(), "the workouts alone are two days");
    assert!(warns(&sessions, &log, 3).is_some());
    // A logged rating after now (a wrong clock) does not count.
    assert!(warns(&sessions, &logged([1, 30], 6), 3).is_none());
}

#[test]
fn the_warning_is_calm_once_per_episode_and_lists_the_signs() {
    let log = logged((0..30).step_by(2), 8);
    let shown = now_after(6);
    let msg = pain_warning(&[], &log, shown, 0, None).unwrap();
    assert!(msg.contains("please book one") && msg.contains("keep the workouts gentle"), "{msg}");
    for sign in WARNING_SIGNS {
        assert!(msg.contains(sign), "{sign}");
    }
    assert!(!msg.contains('!'), "calm, no alarm: {msg}");
    // No calm day since: the same episode, quiet for the rest of the month.
    for day in 7..30 {
        assert!(pain_warning(&[], &log, now_after(day), 0, Some(shown)).is_none(), "day {day}");
    }
    // A calm rating ends the episode; a new one needs new evidence.
    let mut log = log;
    log.extend(logged([31], 2));
    log.extend(logged([32, 33, 34], 8));
    assert!(pain_warning(&[], &log, now_after(34), 0, Some(shown)).is_none(), "three new days");
    log.extend(logged([35], 8));
    assert!(pain_warning(&[], &log, now_after(35), 0, Some(shown)).is_some());
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
