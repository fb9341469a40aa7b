//! The engine over fake instants: no sleeps, no clock, every time passed in.

use super::*;
use crate::progress::{Settings, WorkDone};
use crate::routine::{Dosage, ExerciseId, Pose, MAX_CRUNCHES_PER_DAY, MAX_SWING_ROUND_S};

const T0: u64 = 1_700_000_000_000;
const S: u64 = 1000;

/// The default settings as most engine tests want them: the same short
/// get-ready everywhere and crunches counted by the person with Done (the
/// longer get-ready for a change of position and the paced crunch sets have
/// tests of their own below).
fn classic() -> Settings {
    Settings { change_position_s: 5, crunch_pace_ms: 0, ..Settings::default() }
}

fn default_plan() -> Plan {
    build_plan(&classic()).expect("default settings build a plan")
}

/// Settings with only the given exercises enabled.
fn only(ids: &[ExerciseId]) -> Settings {
    let mut s = classic();
    for id in ExerciseId::ALL {
        s.enabled[Settings::slot(id)] = ids.contains(&id);
    }
    s
}

fn kinds_of(plan: &Plan, id: ExerciseId, kind: StepKind) -> Vec<&Step> {
    plan.steps.iter().filter(|s| s.exercise == id && s.kind == kind).collect()
}

/// Runs a session to its end like a person would: timed steps run out,
/// each Reps step gets Done after 2 s per rep. Returns the visited step
/// indices and the end instant.
fn drive(session: &mut Session, mut t: u64) -> (Vec<usize>, u64) {
    let mut visited = Vec::new();
    loop {
        let snap = session.snapshot(t);
        if snap.finished {
            return (visited, t);
        }
        if visited.last() != Some(&snap.index) {
            visited.push(snap.index);
        }
        let step = &session.plan.steps[snap.index];
        match snap.remaining_ms {
            Some(left) => t += left,
            None => {
                t += u64::from(step.reps.unwrap()) * 2 * S;
                session.done(t);
            }
        }
    }
}

fn count(cues: &[Cue], kind: CueKind) -> usize {
    cues.iter().filter(|c| c.kind == kind).count()
}

fn steps_with(cues: &[Cue], kind: CueKind) -> Vec<usize> {
    cues.iter().filter(|c| c.kind == kind).map(|c| c.step).collect()
}

// ---------------------------------------------------------------- plan

#[test]
fn default_plan_is_exactly_the_routine_in_order() {
    use StepKind::*;
    let plan = default_plan();
    let got: Vec<(StepKind, &str, Option<u64>)> =
        plan.steps.iter().map(|s| (s.kind, s.title.as_str(), s.duration_ms.map(|d| d / S))).collect();
    let mut want: Vec<(StepKind, &str, Option<u64>)> = vec![
        (GetReady, "Get ready", Some(5)),
        (Hold, "Bridge hold", Some(10)),
        (Rest, "Rest", Some(10)),
        (Hold, "Bridge hold", Some(10)),
        (Transition, "Next: Crunches", Some(5)),
        (Reps, "Crunches", None),
        (Rest, "Rest", Some(45)),
        (Reps, "Crunches", None),
        (Transition, "Next: Core breath", Some(5)),
    ];
    // Slow breaths: about 4 s in and 7 s out.
    want.extend([(Breaths, "Core breath", Some(11)); 5]);
    // Two rounds on each leg, front-to-back and then sideways, 15 s rests.
    want.push((Transition, "Next: Leg swings", Some(5)));
    for (n, title) in [
        "Front swings – left leg",
        "Front swings – left leg",
        "Front swings – right leg",
        "Front swings – right leg",
        "Side swings – left leg",
        "Side swings – left leg",
        "Side swings – right leg",
        "Side swings – right leg",
    ]
    .into_iter()
    .enumerate()
    {
        if n > 0 {
            want.push((Rest, "Rest", Some(15)));
        }
        want.push((Timed, title, Some(30)));
    }
    want.extend([
        (Transition, "Next: Mid-back stretches", Some(5)),
        // The push-up, then two slow breaths; time between to lower down and settle.
        (Breaths, "Cobra", Some(26)),
        (Rest, "Rest", Some(10)),
        (Breaths, "Cobra", Some(26)),
        (Rest, "Rest", Some(10)),
        (Breaths, "Cobra", Some(26)),
        (Transition, "Next: Side reach", Some(5)),
    ]);
    for _ in 0..3 {
        // A slow lean, a slow breath and a slow return.
        want.extend([(Breaths, "Side reach – left", Some(19)), (Breaths, "Side reach – right", Some(19))]);
    }
    assert_eq!(got, want);
    // 717 s of timed steps plus 2 × 15 crunches at 2 s each.
    assert_eq!(plan.total_estimate_ms(), 777 * S);
    assert_eq!(plan.next_up(0).map(|s| s.title.as_str()), Some("Bridge hold"));
    assert_eq!(plan.next_up(plan.steps.len() - 1), None);
    for s in &plan.steps {
        assert!(!s.instruction.is_empty() && s.instruction.len() < 100, "one short line: {}", s.instruction);
        assert_eq!(s.duration_ms.is_none(), s.kind == Reps, "only reps are user-paced");
    }
}

#[test]
fn default_plan_counts_sets_and_never_rests_after_the_last() {
    let plan = default_plan();
    let holds = kinds_of(&plan, ExerciseId::BackBridge, StepKind::Hold);
    assert_eq!(holds.iter().map(|s| s.set).collect::<Vec<_>>(), [Some((1, 2)), Some((2, 2))]);
    assert!(holds.iter().all(|s| s.pose == Pose::BridgeUp));
    assert!(kinds_of(&plan, ExerciseId::BackBridge, StepKind::Rest).iter().all(|s| s.pose == Pose::BridgeDown));

    let sets = kinds_of(&plan, ExerciseId::Crunches, StepKind::Reps);
    assert_eq!(sets.len(), 2);
    assert!(sets.iter().all(|s| s.reps == Some(15) && s.estimate_ms == 30 * S && s.duration_ms.is_none()));
    assert_eq!(sets[1].set, Some((2, 2)));

    let breaths = kinds_of(&plan, ExerciseId::CoreBreath, StepKind::Breaths);
    assert_eq!(breaths.len(), 5);
    assert_eq!(breaths[4].set, Some((5, 5)));
    assert!(breaths.iter().all(|s| s.breaths == Some(1) && s.duration_ms == Some(11 * S)));

    let swings = kinds_of(&plan, ExerciseId::LegSwings, StepKind::Timed);
    let sides: Vec<_> = swings.iter().map(|s| (s.side.unwrap(), s.pose, s.pose_to.unwrap(), s.set)).collect();
    let (front, side) = ((Pose::SwingFront, Pose::SwingBack), (Pose::SwingSide, Pose::SwingAcross));
    assert_eq!(
        sides,
        [
            (Side::Left, front.0, front.1, Some((1, 2))),
            (Side::Left, front.0, front.1, Some((2, 2))),
            (Side::Right, front.0, front.1, Some((1, 2))),
            (Side::Right, front.0, front.1, Some((2, 2))),
            (Side::Left, side.0, side.1, Some((1, 2))),
            (Side::Left, side.0, side.1, Some((2, 2))),
            (Side::Right, side.0, side.1, Some((1, 2))),
            (Side::Right, side.0, side.1, Some((2, 2))),
        ]
    );
    // Every second round on a leg may be cut short, and says how.
    for s in &swings {
        assert_eq!(s.optional, s.set == Some((2, 2)));
        assert_eq!(s.optional, s.instruction.contains(STOP_ROUND_LABEL), "{}", s.instruction);
    }

    // Crunches: hands behind the head by default.
    let crunch_poses: Vec<Pose> = plan.steps.iter().filter(|s| s.exercise == ExerciseId::Crunches).map(|s| s.pose).collect();
    assert!(crunch_poses.iter().all(|p| *p == Pose::CrunchDown), "{crunch_poses:?}");
    assert!(plan.steps[4].instruction.contains("behind your head"), "{}", plan.steps[4].instruction);

    let cobras: Vec<_> = plan.steps.iter().filter(|s| s.title == "Cobra").collect();
    assert_eq!(cobras.len(), 3);
    assert!(cobras.iter().all(|s| s.duration_ms == Some(26 * S) && s.breaths == Some(2)));
    assert_eq!((cobras[0].pose, cobras[0].pose_to), (Pose::CobraDown, Some(Pose::CobraUp)));
    let reaches: Vec<_> = plan.steps.iter().filter(|s| s.title.starts_with("Side reach –")).collect();
    assert_eq!(reaches.len(), 6);
    assert_eq!(reaches[5].set, Some((3, 3)));
    assert_eq!((reaches[0].pose, reaches[1].pose), (Pose::ReachLeft, Pose::ReachRight));

    // A rest always sits between two steps of the same exercise: never first, never last.
    for (i, s) in plan.steps.iter().enumerate().filter(|(_, s)| s.kind == StepKind::Rest) {
        let next = &plan.steps[i + 1];
        assert_eq!(next.exercise, s.exercise, "rest at {i} is the last of its exercise");
        assert!(!matches!(next.kind, StepKind::Rest | StepKind::Transition));
        assert!(!matches!(plan.steps[i - 1].kind, StepKind::Rest | StepKind::Transition | StepKind::GetReady));
    }
    assert_eq!(plan.steps.last().unwrap().title, "Side reach – right");
    assert_eq!(
        plan.dosages.iter().map(|(id, _)| *id).collect::<Vec<_>>(),
        ExerciseId::ALL.to_vec(),
        "dosages kept for results, in routine order"
    );
}

#[test]
fn swing_rests_are_at_least_15_s_even_if_settings_say_5() {
    let mut s = Settings { swing_rest_s: 5, ..Default::default() };
    let plan = build_plan(&s).unwrap();
    let rests = kinds_of(&plan, ExerciseId::LegSwings, StepKind::Rest);
    assert_eq!(rests.len(), 7);
    assert!(rests.iter().all(|r| r.duration_ms == Some(15 * S)));
    s.swing_rest_s = 40;
    let plan = build_plan(&s).unwrap();
    assert!(kinds_of(&plan, ExerciseId::LegSwings, StepKind::Rest).iter().all(|r| r.duration_ms == Some(40 * S)));
}

#[test]
fn second_rounds_are_on_the_same_leg_and_sideways_follows_the_same_pattern() {
    let plan = build_plan(&only(&[ExerciseId::LegSwings])).unwrap();
    type Row<'a> = (&'a str, Option<(u32, u32)>, bool);
    let got: Vec<Row> = plan
        .steps
        .iter()
        .filter(|s| s.exercise == ExerciseId::LegSwings && s.kind != StepKind::Rest)
        .map(|s| (s.title.as_str(), s.set, s.optional))
        .collect();
    assert_eq!(
        got,
        [
            ("Get ready", None, false),
            ("Front swings – left leg", Some((1, 2)), false),
            ("Front swings – left leg", Some((2, 2)), true),
            ("Front swings – right leg", Some((1, 2)), false),
            ("Front swings – right leg", Some((2, 2)), true),
            ("Side swings – left leg", Some((1, 2)), false),
            ("Side swings – left leg", Some((2, 2)), true),
            ("Side swings – right leg", Some((1, 2)), false),
            ("Side swings – right leg", Some((2, 2)), true),
        ]
    );
    assert_eq!(plan.steps[0].instruction, "Stand up, a chair or wall within reach.");
    // The words name the button the player shows, never one it does not have.
    let second = plan.steps.iter().find(|s| s.optional).unwrap();
    assert_eq!(second.instruction, format!("One more round on your left leg. Too hard? Tap {STOP_ROUND_LABEL}."));
    assert!(plan.steps.iter().all(|s| !s.instruction.contains("Next")));
}

#[test]
fn ball_bridge_changes_pose_and_instruction() {
    let mut s = only(&[ExerciseId::BackBridge]);
    s.levels[0] = 3;
    let plan = build_plan(&s).unwrap();
    let holds = kinds_of(&plan, ExerciseId::BackBridge, StepKind::Hold);
    assert_eq!(holds.len(), 4);
    assert!(holds.iter().all(|h| h.pose == Pose::BallBridge && h.instruction.contains("ball")));
    assert_eq!(holds[0].title, "Ball bridge hold");
    assert_eq!(plan.dosages[0], (ExerciseId::BackBridge, Dosage::Holds { hold_s: 10, repeats: 4, ball: true }));
}

#[test]
fn build_plan_refuses_past_the_caps_and_empty_plans() {
    let s = Settings::default();
    let err = build_plan_with(&s, &[(ExerciseId::Crunches, Dosage::Reps { reps: 30, sets: 4 })]).unwrap_err();
    assert!(err.contains("100"), "{err}");
    assert!(build_plan_with(&s, &[(ExerciseId::Crunches, Dosage::Reps { reps: 25, sets: 4 })]).is_ok());
    assert!(build_plan_with(&s, &[(ExerciseId::Crunches, Dosage::Breaths { count: 5 })]).is_err());
    assert!(build_plan_with(&s, &[(ExerciseId::BackBridge, Dosage::Holds { hold_s: 10, repeats: 100, ball: false })])
        .is_err());
    let twice = [(ExerciseId::CoreBreath, Dosage::Breaths { count: 5 }); 2];
    assert!(build_plan_with(&s, &twice).is_err());
    // Never an empty plan: the stretches follow every workout, even alone.
    for plan in [build_plan_with(&s, &[]).unwrap(), build_plan(&only(&[])).unwrap()] {
        assert_eq!(plan.dosages.iter().map(|(id, _)| *id).collect::<Vec<_>>(), [ExerciseId::MidBackStretches]);
    }
    // Given out of order, the plan still follows the routine's order.
    let plan = build_plan_with(
        &s,
        &[
            (ExerciseId::CoreBreath, Dosage::Breaths { count: 1 }),
            (ExerciseId::Crunches, Dosage::Reps { reps: 5, sets: 1 }),
        ],
    )
    .unwrap();
    assert_eq!(plan.steps[1].exercise, ExerciseId::Crunches);
}

#[test]
fn timing_settings_are_sanitized() {
    let s = Settings { get_ready_s: 0, slow_breath_s: 1000, change_position_s: 0, ..classic() };
    let plan = build_plan(&s).unwrap();
    assert_eq!(plan.steps[0].duration_ms, Some(3 * S), "a change of position at least 3 s");
    let crunches = plan.first_step_of(ExerciseId::Crunches).unwrap();
    assert_eq!(plan.steps[crunches].duration_ms, Some(3 * S), "a get-ready in place at least 3 s");
    assert_eq!(kinds_of(&plan, ExerciseId::CoreBreath, StepKind::Breaths)[0].duration_ms, Some(16 * S));
}

#[test]
fn a_step_knows_its_halfway_and_its_crunch_pace() {
    let template = default_plan().steps[0].clone();
    let with = |kind, duration_ms, reps| Step { kind, duration_ms, reps, ..template.clone() };
    // Halfway: holds and timed steps of 20 s or more, at their half; nothing else.
    assert_eq!(with(StepKind::Hold, Some(20 * S), None).halfway_ms(), Some(10 * S));
    assert_eq!(with(StepKind::Timed, Some(45 * S), None).halfway_ms(), Some(22_500));
    assert_eq!(with(StepKind::Hold, Some(20 * S - 1), None).halfway_ms(), None);
    assert_eq!(with(StepKind::Rest, Some(45 * S), None).halfway_ms(), None);
    assert_eq!(with(StepKind::Breaths, Some(60 * S), None).halfway_ms(), None);
    // Crunch pace: a paced set's length over its reps; none unpaced or on other steps.
    assert_eq!(with(StepKind::Reps, Some(30 * S), Some(20)).rep_pace_ms(), Some(1_500));
    assert_eq!(with(StepKind::Reps, None, Some(20)).rep_pace_ms(), None);
    assert_eq!(with(StepKind::Timed, Some(30 * S), None).rep_pace_ms(), None);
    // The session's cue and the coach's word both fall where the step says.
    let plan = build_plan(&Settings { levels: ExerciseId::ALL.map(|id| id.exercise().max_level()), ..Settings::default() }).unwrap();
    let session = Session::start(plan.clone(), T0);
    let cues = session.cues_between(T0 - 1, T0 + 3_600 * S);
    assert!(cues.last().is_some_and(|c| c.kind == CueKind::WorkoutDone), "a paced workout runs to its end by itself");
    let (mut halfways, mut paced_sets) = (0, 0);
    for (i, step) in plan.steps.iter().enumerate() {
        let start = cues.iter().find(|c| c.step == i && c.kind == CueKind::StepStart).expect("every step starts").at_ms;
        let cue = cues.iter().find(|c| c.step == i && c.kind == CueKind::Halfway).map(|c| c.at_ms - start);
        let said = moments(&plan.steps, i).into_iter().find(|(_, l)| l == "Halfway.").map(|(at, _)| at - SPEECH_DELAY_MS);
        assert_eq!((cue, said), (step.halfway_ms(), step.halfway_ms()), "step {i}: {}", step.title);
        halfways += usize::from(cue.is_some());
        let ticks: Vec<u64> = cues.iter().filter(|c| c.step == i && matches!(c.kind, CueKind::Rep(_))).map(|c| c.at_ms - start).collect();
        let paced: Vec<u64> = step.rep_pace_ms().map(|p| (1..u64::from(step.reps.unwrap_or(0))).map(|n| n * p).collect()).unwrap_or_default();
        assert_eq!(ticks, paced, "step {i}: {}", step.title);
        paced_sets += usize::from(!ticks.is_empty());
    }
    assert!(halfways > 0 && paced_sets > 0, "{halfways} halfways, {paced_sets} paced sets");
}

// ---------------------------------------------------------------- session

#[test]
fn whole_workout_start_to_finish() {
    let plan = default_plan();
    let n = plan.steps.len();
    let mut session = Session::start(plan, T0);
    let s0 = session.snapshot(T0);
    assert_eq!((s0.index, s0.elapsed_ms, s0.remaining_ms, s0.progress), (0, 0, Some(5 * S), 0.0));
    let (visited, end) = drive(&mut session, T0);
    assert_eq!(visited, (0..n).collect::<Vec<_>>(), "every step, in order");
    assert_eq!(end, T0 + 717 * S + 60 * S);
    assert_eq!(session.events.len(), 2, "only the two Done presses");
    let before = session.snapshot(end - 1);
    assert!(!before.finished);
    assert_eq!((before.index, before.remaining_ms), (n - 1, Some(1)));
    let fin = session.snapshot(end + 60 * S);
    assert!(fin.finished && !fin.paused);
    assert_eq!((fin.index, fin.progress, fin.active_ms), (n - 1, 1.0, 777 * S));
    assert_eq!(session.ended_at_ms(end + 1), Some(end));

    let rec = session.record(end + 90 * S, "r1".into(), 120);
    assert!(rec.completed);
    assert_eq!((rec.started_at_ms, rec.ended_at_ms, rec.tz_offset_min), (T0, end, 120));
    assert_eq!(rec.crunch_reps(), 30);
    assert!(rec.exercises.iter().all(|r| r.complete()), "{:?}", rec.exercises);
    assert_eq!((rec.pain_before, rec.felt, rec.note.as_deref()), (None, None, None));
}

#[test]
fn timed_steps_end_on_their_own_at_exact_instants() {
    let session = Session::start(default_plan(), T0);
    assert_eq!(session.snapshot(T0 + 4_999).index, 0);
    let s = session.snapshot(T0 + 5_000);
    assert_eq!((s.index, s.elapsed_ms, s.remaining_ms), (1, 0, Some(10 * S)));
    let s = session.snapshot(T0 + 7_500);
    assert_eq!((s.elapsed_ms, s.remaining_ms), (2_500, Some(7_500)));
    // Crunches wait for Done however long it takes.
    let s = session.snapshot(T0 + 3_600 * S);
    assert_eq!((s.index, s.remaining_ms, s.elapsed_ms), (5, None, 3_600 * S - 40 * S));
    assert!(!s.finished);
}

#[test]
fn pause_freezes_remaining_time_and_resume_continues() {
    let mut session = Session::start(default_plan(), T0);
    session.pause(T0 + 7 * S); // in the first hold, 2 s in
    session.pause(T0 + 8 * S);
    assert_eq!(session.events.len(), 1, "second pause is a no-op");
    for t in [T0 + 7 * S, T0 + 30 * S, T0 + 600 * S] {
        let s = session.snapshot(t);
        assert!(s.paused);
        assert_eq!((s.index, s.remaining_ms, s.active_ms), (1, Some(8 * S), 7 * S));
    }
    assert!(session.cues_between(T0 + 7 * S, T0 + 600 * S).is_empty(), "silence while paused");
    session.resume(T0 + 600 * S);
    session.resume(T0 + 601 * S);
    assert_eq!(session.events.len(), 2, "resume when running is a no-op");
    let s = session.snapshot(T0 + 603 * S);
    assert!(!s.paused);
    assert_eq!((s.index, s.remaining_ms, s.active_ms), (1, Some(5 * S), 10 * S));
    // The 3-2-1 moved by exactly the pause length.
    let counts: Vec<u64> = session
        .cues_between(T0 + 600 * S, T0 + 608 * S)
        .iter()
        .filter(|c| matches!(c.kind, CueKind::Count(_)))
        .map(|c| c.at_ms - T0)
        .collect();
    assert_eq!(counts, [605 * S, 606 * S, 607 * S]);
    assert_eq!(session.snapshot(T0 + 608 * S).index, 2);
}

#[test]
fn next_prev_and_skipping_an_exercise() {
    let mut session = Session::start(default_plan(), T0);
    session.next(T0 + S);
    let s = session.snapshot(T0 + 2 * S);
    assert_eq!((s.index, s.elapsed_ms), (1, S));
    session.prev(T0 + 3 * S);
    let s = session.snapshot(T0 + 3 * S);
    assert_eq!((s.index, s.remaining_ms), (0, Some(5 * S)), "prev restarts the previous step");
    session.prev(T0 + 4 * S);
    assert_eq!(session.snapshot(T0 + 4 * S).remaining_ms, Some(5 * S), "prev on step 0 restarts it");
    assert_eq!(session.snapshot(T0 + 9 * S).index, 1);

    // Skip the whole bridge and the crunches with Next.
    let mut t = T0 + 10 * S;
    while session.snapshot(t).index < 8 {
        session.next(t);
        t += 100;
    }
    let results = session.results(t);
    let bridge = &results[0];
    // The first hold ran 2 s before Prev and 1 s before Next: held seconds
    // count, not a hold.
    assert!(!bridge.skipped && bridge.done == WorkDone { seconds: 3, ..WorkDone::default() }, "{bridge:?}");
    assert!(results[1].skipped, "crunches skipped: no reps credited by Next");
    // Prev from a step after a timed end, then do it again: credit once it completes.
    session.prev(t);
    assert_eq!(session.snapshot(t).index, 7);
    session.done(t + 20 * S);
    let crunches = &session.results(t + 20 * S)[1];
    assert_eq!((crunches.done.reps, crunches.done.sets, crunches.skipped), (15, 1, false));
}

#[test]
fn next_and_prev_keep_a_paused_session_paused() {
    let mut session = Session::start(default_plan(), T0);
    session.pause(T0 + S);
    session.next(T0 + 2 * S);
    let s = session.snapshot(T0 + 50 * S);
    assert!(s.paused);
    assert_eq!((s.index, s.elapsed_ms), (1, 0));
    session.resume(T0 + 60 * S);
    assert_eq!(session.snapshot(T0 + 64 * S).remaining_ms, Some(6 * S));
}

#[test]
fn done_finishes_reps_only() {
    let mut session = Session::start(default_plan(), T0);
    session.done(T0 + S);
    assert!(session.events.is_empty(), "Done on a timed step is a no-op");
    let at_crunches = T0 + 40 * S; // 5 + 10 + 10 + 10 + 5
    assert_eq!(session.snapshot(at_crunches).index, 5);
    session.done(at_crunches + 25 * S);
    let s = session.snapshot(at_crunches + 25 * S);
    assert_eq!((s.index, s.remaining_ms), (6, Some(45 * S)));
    session.done(at_crunches + 26 * S);
    assert_eq!(session.events.len(), 1, "Done during the rest is a no-op");
    let c = &session.results(at_crunches + 26 * S)[1];
    assert_eq!((c.done.reps, c.done.sets), (15, 1));
    let b = &session.results(at_crunches + 26 * S)[0];
    assert_eq!(b.done.holds, 2, "holds credited when their timer ran out");
}

#[test]
fn hurt_jumps_to_the_stretches_and_marks_the_exercise() {
    let plan = default_plan();
    let stretches = plan.first_step_of(ExerciseId::MidBackStretches).unwrap();
    let mut session = Session::start(plan, T0);
    session.hurt(T0 + 45 * S); // during the first crunch set
    let s = session.snapshot(T0 + 45 * S);
    assert_eq!((s.index, s.elapsed_ms), (stretches, 0));
    assert_eq!(session.plan.steps[s.index].title, "Next: Mid-back stretches");
    let (_, end) = drive(&mut session, T0 + 45 * S);
    let rec = session.record(end, "h".into(), 0);
    assert!(!rec.completed, "a session with pain is not a completed one");
    let r = |id| rec.result(id).unwrap();
    assert!(r(ExerciseId::Crunches).stopped_for_pain && !r(ExerciseId::Crunches).skipped);
    assert_eq!(r(ExerciseId::BackBridge).done.holds, 2);
    assert!(r(ExerciseId::CoreBreath).skipped && r(ExerciseId::LegSwings).skipped);
    assert!(r(ExerciseId::MidBackStretches).complete());
    let cues = session.cues_between(T0 - 1, end);
    assert_eq!(count(&cues, CueKind::WorkoutDone), 1);
    assert!(!steps_with(&cues, CueKind::ExerciseDone).contains(&7), "no 'done' for the stopped exercise");
}

#[test]
fn hurt_during_a_transition_blames_the_exercise_just_done() {
    let mut session = Session::start(default_plan(), T0);
    session.next(T0);
    session.next(T0);
    session.next(T0);
    session.next(T0); // now on "Next: Crunches"
    session.hurt(T0 + S);
    let res = session.results(T0 + S);
    assert!(res[0].stopped_for_pain);
    assert!(!res[1].stopped_for_pain && res[1].skipped);
}

#[test]
fn hurt_in_the_cobra_goes_on_to_the_reach_and_in_the_reach_finishes() {
    let mut session = Session::start(default_plan(), T0);
    let stretches = session.plan.first_step_of(ExerciseId::MidBackStretches).unwrap();
    for _ in 0..stretches + 2 {
        session.next(T0);
    }
    session.hurt(T0 + S);
    let s = session.snapshot(T0 + S);
    let step = &session.plan.steps[s.index];
    assert!(!s.finished, "a hurt in the cobra goes on to the side reach");
    assert_eq!((step.kind, step.pose), (StepKind::Transition, crate::routine::Pose::ReachUp));
    session.next(T0 + S);
    assert!(session.plan.steps[session.snapshot(T0 + S).index].side.is_some(), "now in the reach");
    session.hurt(T0 + S);
    let s = session.snapshot(T0 + 2 * S);
    assert!(s.finished);
    assert!(session.results(T0 + S)[4].stopped_for_pain);
    assert_eq!(count(&session.cues_between(T0 - 1, T0 + 100 * S), CueKind::WorkoutDone), 1);

    // A plan without the stretches (only a hand-made one) finishes at once.
    let mut plan = build_plan(&only(&[ExerciseId::BackBridge])).unwrap();
    plan.steps.retain(|s| s.exercise != ExerciseId::MidBackStretches);
    let mut no_stretch = Session::start(plan, T0);
    no_stretch.hurt(T0 + 7 * S);
    assert!(no_stretch.snapshot(T0 + 7 * S).finished);
    assert_eq!(no_stretch.record(T0 + 9 * S, "x".into(), 0).ended_at_ms, T0 + 7 * S);
}

#[test]
fn finish_early() {
    let mut session = Session::start(default_plan(), T0);
    session.pause(T0 + 6 * S);
    session.resume(T0 + 16 * S);
    session.finish(T0 + 20 * S);
    let n = session.plan.steps.len();
    let s = session.snapshot(T0 + 500 * S);
    assert!(s.finished && !s.paused);
    assert_eq!((s.index, s.progress, s.active_ms), (n - 1, 1.0, 10 * S));
    let events = session.events.len();
    session.next(T0 + 30 * S);
    session.pause(T0 + 31 * S);
    session.finish(T0 + 32 * S);
    assert_eq!(session.events.len(), events, "nothing happens after the end");
    let rec = session.record(T0 + 600 * S, "f".into(), 0);
    assert!(!rec.completed);
    assert_eq!(rec.ended_at_ms, T0 + 20 * S);
    assert_eq!(rec.duration_s(), 20);
    // 5 s into the first hold: its seconds count, not a hold; the rest was not reached.
    assert_eq!(rec.exercises[0].done, WorkDone { seconds: 5, ..WorkDone::default() });
    assert!(rec.exercises[1..].iter().all(|r| r.skipped));
    let cues = session.cues_between(T0 - 1, T0 + 600 * S);
    assert_eq!(steps_with(&cues, CueKind::WorkoutDone), [1]);
    assert_eq!(cues.last().unwrap().at_ms, T0 + 20 * S);
}

#[test]
fn ten_minute_lock_lands_on_the_right_step_and_drops_stale_cues() {
    // Two front rounds and 120 s rests: long enough that 10 minutes lands mid-plan.
    let mut s = only(&[ExerciseId::LegSwings, ExerciseId::MidBackStretches]);
    s.levels[Settings::slot(ExerciseId::LegSwings)] = 1;
    s.swing_rest_s = 120;
    let session = Session::start(build_plan(&s).unwrap(), T0);
    // 5 get ready, then swing 30 + rest 120 four times: the 4th rest runs 485..605 s.
    let snap = session.snapshot(T0 + 600 * S);
    assert_eq!((snap.index, snap.remaining_ms, snap.elapsed_ms), (8, Some(5 * S), 115 * S));
    assert_eq!(session.plan.steps[8].kind, StepKind::Rest);

    let cues = session.cues_between(T0 - 1, T0 + 600 * S);
    assert_eq!(steps_with(&cues, CueKind::StepStart), (0..=8).collect::<Vec<_>>());
    assert_eq!(steps_with(&cues, CueKind::Halfway), [1, 3, 5, 7]);
    assert_eq!(steps_with(&cues, CueKind::SwitchSide), [5]);
    assert_eq!(steps_with(&cues, CueKind::RestOver), [2, 4, 6]);
    assert!(cues.iter().all(|c| c.at_ms <= T0 + 600 * S));

    let mut sched = CueScheduler::new(T0);
    let first = sched.due(&session, T0, 1_500);
    assert_eq!(first, [(Cue { at_ms: T0, kind: CueKind::StepStart, step: 0 }, 0)]);
    // The phone sleeps; the next tick comes 602.5 s in.
    let now = T0 + 602_500;
    let due = sched.due(&session, now, 1_500);
    let got: Vec<(CueKind, u64)> = due.iter().map(|(c, d)| (c.kind, *d)).collect();
    assert_eq!(got, [(CueKind::Count(3), 0), (CueKind::Count(2), 500), (CueKind::Count(1), 1_500)]);
    let stale = session.cues_between(T0 + 1_500, now - STALE_MS).len();
    assert!(stale > 20);
    assert_eq!(sched.dropped() as usize, stale, "everything over a second late is dropped, not burst");
}

#[test]
fn reload_round_trips_through_json() {
    let mut session = Session::start(default_plan(), T0);
    session.pause(T0 + 7 * S);
    session.resume(T0 + 20 * S);
    session.done(T0 + 80 * S);
    session.next(T0 + 90 * S);
    let json = serde_json::to_string(&session).unwrap();
    assert!(json.contains(r#"{"type":"pause","at_ms":1700000007000}"#), "{json}");
    let back: Session = serde_json::from_str(&json).unwrap();
    assert_eq!(back, session);
    for t in [T0 + 10 * S, T0 + 85 * S, T0 + 95 * S, T0 + 400 * S] {
        assert_eq!(back.snapshot(t), session.snapshot(t));
        assert_eq!(back.cues_between(T0 - 1, t), session.cues_between(T0 - 1, t));
    }
    assert_eq!(back.snapshot(T0 + 95 * S).index, 7, "Next skipped the crunch rest");
}

// ---------------------------------------------------------------- cues

#[test]
fn countdown_cues_come_3_2_1_seconds_before_the_end() {
    let session = Session::start(default_plan(), T0);
    let cues = session.cues_between(T0 - 1, T0 + 15 * S);
    let got: Vec<(u64, CueKind, usize)> = cues.iter().map(|c| (c.at_ms - T0, c.kind, c.step)).collect();
    assert_eq!(
        got,
        [
            (0, CueKind::StepStart, 0),
            (2 * S, CueKind::Count(3), 0),
            (3 * S, CueKind::Count(2), 0),
            (4 * S, CueKind::Count(1), 0),
            (5 * S, CueKind::StepStart, 1),
            (12 * S, CueKind::Count(3), 1),
            (13 * S, CueKind::Count(2), 1),
            (14 * S, CueKind::Count(1), 1),
            (15 * S, CueKind::StepStart, 2),
        ]
    );
    // Windows are (from, to]: a cue exactly at `from` belongs to the previous window.
    assert_eq!(session.cues_between(T0 + 2 * S, T0 + 3 * S).len(), 1);
    assert!(session.cues_between(T0 + 3 * S, T0 + 3 * S).is_empty());
}

#[test]
fn count_only_on_non_breath_steps_of_4_s_or_more() {
    let mut s = only(&[ExerciseId::CoreBreath]);
    (s.get_ready_s, s.change_position_s) = (3, 3);
    let session = Session::start(build_plan(&s).unwrap(), T0);
    // Up to the end of the breaths, before the stretches' transition.
    let cues = session.cues_between(T0 - 1, T0 + 57 * S);
    assert_eq!(count(&cues, CueKind::Count(1)), 0, "a 3 s get ready and paced breaths get no countdown");
    assert_eq!(count(&cues, CueKind::StepStart), 6, "each breath still gets its start");
    (s.get_ready_s, s.change_position_s) = (4, 4);
    let session = Session::start(build_plan(&s).unwrap(), T0);
    let counts: Vec<u64> = session
        .cues_between(T0 - 1, T0 + 33 * S)
        .iter()
        .filter(|c| matches!(c.kind, CueKind::Count(_)))
        .map(|c| c.at_ms - T0)
        .collect();
    assert_eq!(counts, [S, 2 * S, 3 * S]);
}

#[test]
fn whole_workout_cue_rules() {
    let mut session = Session::start(default_plan(), T0);
    let (_, end) = drive(&mut session, T0);
    let cues = session.cues_between(T0 - 1, end + 3_600 * S);
    let plan = &session.plan;
    assert!(cues.windows(2).all(|w| w[0].at_ms <= w[1].at_ms), "sorted");
    assert_eq!(count(&cues, CueKind::StepStart), plan.steps.len());
    // Halfway only on holds/timed steps of 20 s or more: the 30 s swings, not 10 s holds or 45 s rests.
    let halfway: Vec<usize> = steps_with(&cues, CueKind::Halfway);
    assert_eq!(halfway, [15, 17, 19, 21, 23, 25, 27, 29]);
    for c in cues.iter().filter(|c| c.kind == CueKind::Halfway) {
        let start = cues.iter().find(|s| s.kind == CueKind::StepStart && s.step == c.step).unwrap();
        assert_eq!(c.at_ms - start.at_ms, 15 * S);
    }
    assert_eq!(steps_with(&cues, CueKind::SwitchSide), [19, 23, 27, 38, 39, 40, 41, 42]);
    let rests: Vec<usize> = (0..plan.steps.len()).filter(|i| plan.steps[*i].kind == StepKind::Rest).collect();
    assert_eq!(steps_with(&cues, CueKind::RestOver), rests);
    for c in cues.iter().filter(|c| c.kind == CueKind::RestOver) {
        let next = cues.iter().find(|s| s.kind == CueKind::StepStart && s.step == c.step + 1).unwrap();
        assert_eq!(c.at_ms, next.at_ms, "rest over exactly when the next step starts");
    }
    assert_eq!(steps_with(&cues, CueKind::ExerciseDone), [3, 7, 13, 29, 42]);
    assert_eq!(steps_with(&cues, CueKind::WorkoutDone), [42]);
    assert_eq!(cues.last().unwrap().at_ms, end);
    // Every timed non-breath step of >= 4 s gets exactly one 3, 2 and 1, in its last 3 s.
    for (i, step) in plan.steps.iter().enumerate() {
        let mine: Vec<&Cue> = cues.iter().filter(|c| c.step == i && matches!(c.kind, CueKind::Count(_))).collect();
        let expect = step.kind != StepKind::Breaths && step.duration_ms.is_some_and(|d| d >= 4 * S);
        assert_eq!(mine.len(), if expect { 3 } else { 0 }, "step {i}");
    }
}

#[test]
fn cue_windows_partition_the_timeline() {
    let mut session = Session::start(default_plan(), T0);
    session.pause(T0 + 3_500);
    session.resume(T0 + 9 * S);
    session.prev(T0 + 20 * S);
    session.done(T0 + 90 * S);
    session.done(T0 + 160 * S);
    let whole = session.cues_between(T0 - 1, T0 + 900 * S);
    let mut pieces = Vec::new();
    let mut t = T0 - 1;
    while t < T0 + 900 * S {
        pieces.extend(session.cues_between(t, t + 777));
        t += 777;
    }
    pieces.retain(|c| c.at_ms <= T0 + 900 * S);
    assert_eq!(pieces, whole);
}

// ---------------------------------------------------------------- scheduler

#[test]
fn scheduler_hands_every_cue_over_once_and_replans_after_events() {
    let mut session = Session::start(default_plan(), T0);
    let mut sched = CueScheduler::new(T0);
    let mut handed: Vec<Cue> = Vec::new();
    let mut t = T0;
    let done_at = [T0 + 70 * S, T0 + 150 * S];
    while t < T0 + 500 * S {
        if done_at.contains(&t) {
            session.done(t);
            sched.reset(t);
            handed.retain(|c| c.at_ms < t); // the caller cancels what has not played
        }
        for (cue, delay) in sched.due(&session, t, 1_500) {
            assert_eq!(cue.at_ms, t + delay, "cues are never late with a 1.5 s lookahead and 250 ms ticks");
            handed.push(cue);
        }
        t += 250;
    }
    assert_eq!(handed, session.cues_between(T0 - 1, T0 + 500 * S));
    assert_eq!(sched.dropped(), 0);
    assert!(sched.due(&session, t - 10 * S, 1_500).is_empty(), "nothing twice");
}

#[test]
fn scheduler_plays_slightly_late_cues_at_once() {
    let session = Session::start(default_plan(), T0);
    let mut sched = CueScheduler::new(T0);
    assert_eq!(sched.due(&session, T0 + 999, 0), [(Cue { at_ms: T0, kind: CueKind::StepStart, step: 0 }, 0)]);
    let mut sched = CueScheduler::new(T0);
    assert!(sched.due(&session, T0 + 1_000, 0).is_empty());
    assert_eq!(sched.dropped(), 1);
    assert_eq!(sched.scheduled_until_ms(), T0 + 1_000);
}

// ---------------------------------------------------------------- progress & results

#[test]
fn progress_is_monotonic_from_0_to_1() {
    let mut session = Session::start(default_plan(), T0);
    let mut t = T0;
    let mut last = -1.0;
    let mut paused_once = false;
    loop {
        let s = session.snapshot(t);
        assert!((0.0..=1.0).contains(&s.progress));
        assert!(s.progress >= last, "progress went back at {}", t - T0);
        last = s.progress;
        if s.finished {
            break;
        }
        if s.remaining_ms.is_none() && s.elapsed_ms >= 40 * S {
            session.done(t); // slower than the estimate: progress waits, never jumps back
        }
        if !paused_once && t == T0 + 100 * S {
            session.pause(t);
            paused_once = true;
        }
        if s.paused && t >= T0 + 200 * S {
            session.resume(t);
        }
        t += 250;
    }
    assert_eq!(last, 1.0);
    assert!(session.snapshot(T0 + 5_000).progress > 0.0);
}

#[test]
fn results_compare_planned_with_done() {
    let s = Settings { levels: [1, 2, 0, 1, 0], core_breaths: 6, ..Default::default() };
    let plan = build_plan(&s).unwrap();
    let mut session = Session::start(plan, T0);
    // Skip the second round on each leg each way, do everything else.
    let mut t = T0;
    loop {
        let snap = session.snapshot(t);
        if snap.finished {
            break;
        }
        let step = session.plan.steps[snap.index].clone();
        if step.optional && snap.elapsed_ms == 0 {
            session.next(t);
            continue;
        }
        match snap.remaining_ms {
            Some(left) => t += left,
            None => {
                t += 45 * S;
                session.done(t);
            }
        }
    }
    let res = session.results(t);
    let planned: Vec<Dosage> = res.iter().map(|r| r.planned).collect();
    assert_eq!(planned, ExerciseId::ALL.map(|id| s.dosage(id)));
    let done: Vec<WorkDone> = res.iter().map(|r| r.done).collect();
    assert_eq!(
        done,
        [
            WorkDone { holds: 3, seconds: 30, ..Default::default() },
            WorkDone { reps: 60, sets: 3, ..Default::default() },
            WorkDone { breaths: 6, ..Default::default() },
            WorkDone { sides: 4, seconds: 120, ..Default::default() },
            WorkDone { breaths: 3, sides: 6, ..Default::default() },
        ]
    );
    let complete: Vec<bool> = res.iter().map(|r| r.complete()).collect();
    assert_eq!(complete, [true, true, true, false, true], "the second rounds were skipped");
    let rests: Vec<Option<u32>> = res.iter().map(|r| r.rest_s).collect();
    assert_eq!(rests, [Some(10), Some(45), None, Some(15), Some(10)], "the rests the player gave");
    assert!(res.iter().all(|r| !r.skipped && !r.stopped_for_pain));
    assert!(session.record(t, "r".into(), 0).completed, "skipping optional rounds still reaches the end");
}

#[test]
fn results_list_only_planned_exercises() {
    let session = Session::start(build_plan(&only(&[ExerciseId::CoreBreath, ExerciseId::LegSwings])).unwrap(), T0);
    let res = session.results(T0 + 10 * S);
    assert_eq!(
        res.iter().map(|r| r.exercise).collect::<Vec<_>>(),
        [ExerciseId::CoreBreath, ExerciseId::LegSwings, ExerciseId::MidBackStretches]
    );
    assert_eq!(res[0].done.breaths, 0);
    let res = session.results(T0 + 27 * S); // 5 s get ready + 2 breaths of 11 s
    assert_eq!(res[0].done.breaths, 2);
    assert!(!res[0].skipped && res[1].skipped);
    let rec = session.record(T0 + 27 * S, "open".into(), 0);
    assert_eq!(rec.ended_at_ms, T0 + 27 * S, "an unfinished session ends now");
    assert!(!rec.completed);
}

#[test]
fn scheduler_notices_events_even_if_reset_comes_late() {
    let mut session = Session::start(default_plan(), T0);
    let mut sched = CueScheduler::new(T0);
    sched.due(&session, T0, 1_500);
    session.next(T0 + 1_000); // the UI resets a few ms later than the event
    sched.reset(T0 + 1_004);
    let due = sched.due(&session, T0 + 1_005, 1_500);
    assert_eq!(due[0], (Cue { at_ms: T0 + 1_000, kind: CueKind::StepStart, step: 1 }, 0));
    // A scheduler made after a reload treats earlier events as history.
    let mut fresh = CueScheduler::new(T0 + 2_000);
    let due = fresh.due(&session, T0 + 2_000, 1_500);
    assert!(due.is_empty() && fresh.dropped() == 0);
}

// ---------------------------------------------------------------- stored form

/// A running workout as the serde-based build saved it under `upright.active`
/// (ball bridge, two swing rounds, every kind of event).
const ACTIVE: &str = include_str!("../../../tests/fixtures/golden/active.json");

#[test]
fn a_saved_running_workout_reads_and_rewrites_byte_for_byte() {
    let active: ActiveWorkout = serde_json::from_str(ACTIVE).unwrap();
    assert_eq!(serde_json::to_string(&active).unwrap(), ACTIVE);
    assert_eq!(active.id, "1700000000000-0badf00d");
    assert_eq!(active.pain_before, Some(4));
    assert_eq!(active.session.started_at_ms, T0);
    let at = |s: u64| T0 + s * 1000;
    assert_eq!(
        active.session.events,
        [
            Event::Pause { at_ms: at(7) },
            Event::Resume { at_ms: at(20) },
            Event::Next { at_ms: at(30) },
            Event::Prev { at_ms: at(31) },
            Event::Next { at_ms: at(32) },
            Event::Next { at_ms: at(33) },
            Event::Done { at_ms: at(80) },
            Event::Hurt { at_ms: at(90) },
            Event::Finish { at_ms: at(95) },
        ]
    );
    let plan = &active.session.plan;
    assert_eq!(plan.dosage(ExerciseId::BackBridge), Some(Dosage::Holds { hold_s: 10, repeats: 4, ball: true }));
    assert_eq!(plan.dosage(ExerciseId::LegSwings), Some(Dosage::Swings { seconds: 30, front_rounds: 2, side_rounds: 1, extend: false }));
    let hold = &plan.steps[1];
    assert_eq!((hold.kind, hold.set, hold.pose, hold.side), (StepKind::Hold, Some((1, 4)), Pose::BallBridge, None));
    assert!(plan.steps.iter().any(|s| s.side == Some(Side::Right) && s.pose_to.is_some()));
}

#[test]
fn a_running_workout_without_optional_parts_still_reads() {
    // What the serde derives accepted: absent `Option` fields and `dosages`.
    let text = r#"{"id":"x","session":{"plan":{"steps":[{"exercise":"crunches","kind":"reps","title":"Crunches",
        "instruction":"Go","pose":"crunch-up","optional":false,"estimate_ms":30000}]},"started_at_ms":5,"events":[]}}"#;
    let active: ActiveWorkout = serde_json::from_str(text).unwrap();
    assert_eq!(active.pain_before, None);
    assert!(active.session.plan.dosages.is_empty());
    let step = &active.session.plan.steps[0];
    assert_eq!((step.duration_ms, step.set, step.reps, step.pose_to), (None, None, None, None));
    // A missing required field or an unknown event is refused, not guessed.
    let broken = text.replace(r#""optional":false,"#, "");
    let read = |text: &str| serde_json::from_str::<ActiveWorkout>(text).map_err(|e| e.to_string());
    let missing = read(&broken).unwrap_err();
    assert!(missing.starts_with("missing field `optional`"), "{missing}");
    let odd = text.replace(r#""events":[]"#, r#""events":[{"type":"jump","at_ms":1}]"#);
    let unknown = read(&odd).unwrap_err();
    assert!(unknown.starts_with("unknown variant `jump`"), "{unknown}");
}

// ---------------------------------------------------------------- the crunch cap on every path

/// Settings with only the crunches (and the stretches, which always come) at `level`.
fn crunches_at(level: usize) -> Settings {
    let mut s = only(&[ExerciseId::Crunches]);
    s.levels[Settings::slot(ExerciseId::Crunches)] = level;
    s
}

/// The rep target the player shows now, if the current step is a crunch set.
fn target(session: &Session, t: u64) -> Option<u32> {
    let snap = session.snapshot(t);
    let step = &session.plan.steps[snap.index];
    (!snap.finished && step.kind == StepKind::Reps).then(|| step.reps.unwrap_or(0))
}

#[test]
fn done_back_done_counts_every_set_and_stops_offering_sets_at_one_hundred() {
    // The issue's case: 4 × 25, Done then Back again and again.
    let plan = build_plan(&crunches_at(4)).unwrap();
    let mut session = Session::start(plan, T0);
    let mut t = T0 + 5 * S; // past "get ready"
    let mut offered = 0;
    for _ in 0..24 {
        if let Some(reps) = target(&session, t) {
            offered += reps;
            session.done(t);
        }
        t += S;
        session.prev(t);
        t += S;
    }
    let snap = session.snapshot(t);
    assert_eq!(snap.crunches_done, 100, "every Done counted, up to the cap");
    assert!(offered <= 100, "{offered} crunches asked for");
    // Back reaches "get ready" at most: no set, no rest before one.
    let step = &session.plan.steps[snap.index];
    assert!(step.exercise != ExerciseId::Crunches || step.kind == StepKind::GetReady, "{step:?}");
    // However often Back is pressed now, no crunch set comes back, and
    // going on from "get ready" passes over them to the stretches.
    for _ in 0..30 {
        session.prev(t);
        assert_eq!(target(&session, t), None);
        t += S;
    }
    t += 5 * S;
    assert_eq!(session.plan.steps[session.snapshot(t).index].exercise, ExerciseId::MidBackStretches);
    let rec = session.record(t, "x".into(), 0);
    assert_eq!(rec.crunch_reps(), 100);
    assert_eq!(rec.result(ExerciseId::Crunches).unwrap().done.sets, 4);
}

#[test]
fn the_record_holds_every_crunch_done_not_a_capped_figure() {
    // 2 × 15: set 1, Back from the rest into set 1 again, then set 2: 45 done.
    let mut session = Session::start(default_plan(), T0);
    let first_set = session.plan.steps.iter().position(|s| s.kind == StepKind::Reps).unwrap();
    let mut t = T0;
    while session.snapshot(t).index != first_set {
        session.next(t);
    }
    t += 30 * S;
    session.done(t);
    t += 5 * S;
    session.prev(t); // from the rest back into set 1
    assert_eq!(target(&session, t), Some(15));
    t += 30 * S;
    session.done(t);
    t += 45 * S; // the rest runs out
    assert_eq!(target(&session, t), Some(15), "set 2");
    t += 30 * S;
    session.done(t);
    let done = session.results(t)[1].done;
    assert_eq!((done.reps, done.sets), (45, 3));
}

/// A tiny deterministic generator (xorshift64*), so the property test needs
/// no crate and fails the same way every time.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// One random player action at `t`, or a stretch of time passing.
fn random_action(rng: &mut Rng, session: &mut Session, t: &mut u64) {
    match rng.below(11) {
        0 => session.done(*t),
        1 => session.prev(*t),
        2 => session.next(*t),
        3 => session.pause(*t),
        4 => session.resume(*t),
        5 if rng.below(8) == 0 => session.hurt(*t),
        6 if rng.below(12) == 0 => session.finish(*t),
        7 => session.stop_round(*t),
        8 => session.extend(*t),
        _ => *t += rng.below(40) * S,
    }
    *t += rng.below(3) * S;
}

#[test]
fn no_sequence_of_actions_prompts_or_records_more_than_100_crunches_in_a_day() {
    for seed in 1..=120u64 {
        let mut rng = Rng(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1);
        let mut s = Settings::default();
        s.levels[Settings::slot(ExerciseId::Crunches)] = rng.below(6) as usize;
        s.enabled[Settings::slot(ExerciseId::BackBridge)] = rng.below(2) == 0;
        let mut day_done = rng.below(3) as u32 * 30; // earlier workouts today
        let mut t = T0;
        // Several workouts the same day, back to back.
        for workout in 0..4 {
            let Ok(day) = build_plan_for_day(&s, day_done) else { panic!("seed {seed}: no plan") };
            let mut session = Session::start(day.plan, t);
            for step in 0..250 {
                random_action(&mut rng, &mut session, &mut t);
                if rng.below(25) == 0 {
                    // A reload: the stored form, read back, goes on the same.
                    let json = serde_json::to_string(&session).unwrap();
                    session = serde_json::from_str(&json).unwrap();
                }
                let snap = session.snapshot(t);
                let asked = target(&session, t).unwrap_or(0);
                assert!(
                    day_done + snap.crunches_done + asked <= MAX_CRUNCHES_PER_DAY,
                    "seed {seed}, workout {workout}, action {step}: {day_done} earlier + {} done + {asked} asked",
                    snap.crunches_done
                );
                if snap.finished {
                    break;
                }
            }
            session.finish(t);
            let rec = session.record(t, format!("{seed}-{workout}"), 0);
            assert_eq!(rec.crunch_reps(), session.snapshot(t).crunches_done);
            day_done += rec.crunch_reps();
            assert!(day_done <= MAX_CRUNCHES_PER_DAY, "seed {seed}: {day_done} in a day");
            t += 60 * S;
        }
    }
}

#[test]
fn a_second_workout_the_same_day_offers_only_what_is_left_and_says_so() {
    let s = crunches_at(4); // 4 × 25
    let first = build_plan_for_day(&s, 0).unwrap();
    assert_eq!(first.crunch_note, None, "nothing to say on the day's first workout");
    assert_eq!(first.plan.dosage(ExerciseId::Crunches), Some(Dosage::Reps { reps: 25, sets: 4 }));
    assert_eq!(first.plan.crunch_allowance, Some(100));

    let second = build_plan_for_day(&s, 60).unwrap();
    assert_eq!(second.plan.dosage(ExerciseId::Crunches), Some(Dosage::Reps { reps: 20, sets: 2 }));
    assert_eq!(second.plan.crunch_allowance, Some(40));
    assert_eq!(
        second.crunch_note.as_deref(),
        Some("You have done 60 crunches today. With the day's limit of 100, this workout has 40 left: 2 sets of 20.")
    );
    // Never more a set, or more sets, than the level asks.
    for done in 0..=100 {
        let Some(Dosage::Reps { reps, sets }) = build_plan_for_day(&s, done).unwrap().plan.dosage(ExerciseId::Crunches)
        else {
            assert_eq!(done, 100);
            continue;
        };
        assert!(reps <= 25 && sets <= 4 && reps * sets <= 100 - done, "{done}: {sets} × {reps}");
    }
    // A small level that fits is kept whole, and the note says what it adds.
    let small = build_plan_for_day(&crunches_at(0), 30).unwrap();
    assert_eq!(small.plan.dosage(ExerciseId::Crunches), Some(Dosage::Reps { reps: 15, sets: 2 }));
    assert!(small.crunch_note.unwrap().contains("You have done 30 crunches today; this workout adds 30"));
    // The day's 100 done: crunches are left out, the rest of the workout stays.
    let none = build_plan_for_day(&Settings::default(), 100).unwrap();
    assert_eq!(none.plan.dosage(ExerciseId::Crunches), None);
    assert!(none.plan.steps.iter().all(|s| s.exercise != ExerciseId::Crunches));
    assert_eq!(none.plan.dosages.len(), 4);
    assert!(none.crunch_note.unwrap().contains("leaves them out"));
    // Past 100 (a damaged history) is the same as 100.
    assert_eq!(build_plan_for_day(&Settings::default(), 250).unwrap().plan.crunch_allowance, Some(0));
}

// ---------------------------------------------------------------- this hurts, stretches

#[test]
fn after_this_hurts_back_never_goes_into_that_exercise_again() {
    let mut session = Session::start(default_plan(), T0);
    let first_set = session.plan.steps.iter().position(|s| s.kind == StepKind::Reps).unwrap();
    while session.snapshot(T0).index != first_set {
        session.next(T0);
    }
    session.hurt(T0 + S);
    let mut t = T0 + 2 * S;
    let mut seen = Vec::new();
    for _ in 0..60 {
        session.prev(t);
        let snap = session.snapshot(t);
        seen.push(snap.index);
        assert_ne!(session.plan.steps[snap.index].exercise, ExerciseId::Crunches, "Back into the crunches");
        t += S;
    }
    assert!(seen.contains(&0), "Back still reaches the exercises that did not hurt");
    // Going forward from there passes over the crunches as well.
    let (visited, _) = drive(&mut session, t);
    assert!(visited.iter().all(|i| session.plan.steps[*i].exercise != ExerciseId::Crunches));
    assert!(session.results(t)[1].stopped_for_pain);
}

#[test]
fn the_stretches_cannot_be_switched_off_and_follow_this_hurts() {
    let mut s = Settings::default();
    s.enabled[Settings::slot(ExerciseId::MidBackStretches)] = false;
    assert!(s.is_enabled(ExerciseId::MidBackStretches));
    assert!(s.sanitized().enabled[Settings::slot(ExerciseId::MidBackStretches)]);
    let plan = build_plan(&s).unwrap();
    assert_eq!(plan.steps.last().unwrap().exercise, ExerciseId::MidBackStretches);
    let stretches = plan.first_step_of(ExerciseId::MidBackStretches).unwrap();
    let mut session = Session::start(plan, T0);
    session.hurt(T0 + 7 * S);
    assert_eq!(session.snapshot(T0 + 7 * S).index, stretches);
}

// ---------------------------------------------------------------- swings: too hard, longer

/// Settings with only the leg swings at `level`.
fn swings_at(level: usize) -> Settings {
    let mut s = only(&[ExerciseId::LegSwings]);
    s.levels[Settings::slot(ExerciseId::LegSwings)] = level;
    s
}

#[test]
fn too_hard_ends_a_swing_round_early_and_records_the_part_done() {
    let mut session = Session::start(build_plan(&swings_at(0)).unwrap(), T0);
    let second = session.plan.steps.iter().position(|s| s.optional).unwrap();
    let mut t = T0;
    assert!(!session.snapshot(t).can_stop_round, "not during get ready");
    while session.snapshot(t).index != second {
        t += session.snapshot(t).remaining_ms.unwrap();
    }
    assert!(session.snapshot(t).can_stop_round);
    t += 12 * S;
    session.stop_round(t);
    let snap = session.snapshot(t);
    assert_eq!((snap.index, snap.elapsed_ms), (second + 1, 0), "on to the rest");
    assert!(!snap.can_stop_round, "a rest has no round to stop");
    let events = session.events.len();
    session.stop_round(t);
    assert_eq!(session.events.len(), events, "nothing to stop during a rest");
    let done = session.results(t)[0].done;
    assert_eq!((done.sides, done.seconds), (1, 30 + 12), "the first round whole, 12 s of the second");
    assert!(!session.results(t)[0].complete());
}

#[test]
fn swing_rounds_grow_by_30_s_once_the_plan_allows_it() {
    let base = Session::start(build_plan(&swings_at(0)).unwrap(), T0);
    assert!(!base.snapshot(T0 + 6 * S).can_extend, "the base level has fixed rounds");
    let mut session = Session::start(build_plan(&swings_at(1)).unwrap(), T0);
    let t = T0 + 6 * S; // 1 s into the first round
    assert!(session.snapshot(t).can_extend);
    session.extend(t);
    session.extend(t);
    assert_eq!(session.snapshot(t).remaining_ms, Some(89 * S));
    // Up to the cap, then no more.
    for _ in 0..10 {
        session.extend(t);
    }
    assert_eq!(session.snapshot(t).remaining_ms, Some(u64::from(MAX_SWING_ROUND_S) * 1000 - S));
    assert!(!session.snapshot(t).can_extend);
    let end = t + u64::from(MAX_SWING_ROUND_S) * 1000 - S;
    assert_eq!(session.snapshot(end).index, 2, "the round ends at its new length");
    assert_eq!(session.results(end)[0].done.seconds, MAX_SWING_ROUND_S);
    // The next round starts at its own length again, and the whole survives a reload.
    assert_eq!(session.snapshot(end + 15 * S).remaining_ms, Some(30 * S));
    let back: Session = serde_json::from_str(&serde_json::to_string(&session).unwrap()).unwrap();
    assert_eq!(back.snapshot(end), session.snapshot(end));
    assert!(serde_json::to_string(&session.events).unwrap().contains(r#"{"type":"extend","at_ms":"#));
}

// ---------------------------------------------------------------- a resumed workout is checked

fn active(plan: Plan) -> ActiveWorkout {
    ActiveWorkout::new("1700000000000-0badf00d".into(), Session::start(plan, T0), Some(3))
}

#[test]
fn every_plan_the_app_builds_passes_the_resume_check() {
    let now = T0 + 60 * S;
    for level in 0..6 {
        for day_done in [0, 30, 90, 100] {
            let s = Settings {
                levels: [level.min(9), level, 0, level % 2, 0],
                core_breaths: 1 + level as u32 * 5,
                ..Settings::default()
            };
            let plan = build_plan_for_day(&s, day_done).unwrap().plan;
            assert_eq!(check_resumed(&active(plan), now), Ok(()), "level {level}, {day_done} done");
        }
    }
    let mut top = Settings::default();
    top.levels[0] = 9;
    assert_eq!(check_resumed(&active(build_plan(&top).unwrap()), now), Ok(()));
    // Every breath length offered, with the movements around the breaths.
    for slow_breath_s in crate::progress::SLOW_BREATH_RANGE_S {
        let s = Settings { slow_breath_s, core_breaths: crate::routine::MAX_CORE_BREATHS, ..top.clone() };
        assert_eq!(check_resumed(&active(build_plan(&s).unwrap()), now), Ok(()), "{slow_breath_s} s breaths");
    }
    let golden: ActiveWorkout = serde_json::from_str(ACTIVE).unwrap();
    assert_eq!(check_resumed(&golden, T0 + 100 * S), Ok(()), "a workout saved by the previous build");
}

#[test]
fn a_tampered_resumed_workout_is_refused_with_the_reason() {
    let now = T0 + 60 * S;
    let good = || active(default_plan());
    fn crunch_set(a: &mut ActiveWorkout) -> &mut Step {
        let i = a.session.plan.steps.iter().position(|s| s.kind == StepKind::Reps).unwrap();
        &mut a.session.plan.steps[i]
    }
    let refused = |a: ActiveWorkout, needle: &str| {
        let why = check_resumed(&a, now).expect_err(needle);
        assert!(why.contains(needle), "{why:?} does not say {needle:?}");
    };

    // The issue's case: one set of 500 crunches.
    let mut a = good();
    crunch_set(&mut a).reps = Some(500);
    refused(a, "step 6");
    let mut a = good();
    for s in a.session.plan.steps.iter_mut().filter(|s| s.kind == StepKind::Reps) {
        s.reps = Some(60);
    }
    a.session.plan.dosages[1].1 = Dosage::Reps { reps: 60, sets: 2 };
    refused(a, "120 crunches");
    // Steps that do not match the plan's own dosages.
    let mut a = good();
    crunch_set(&mut a).reps = Some(20);
    refused(a, "Crunches");
    // More than the day had left when it started.
    let mut a = active(build_plan_for_day(&Settings::default(), 90).unwrap().plan);
    a.session.plan.crunch_allowance = Some(5);
    refused(a, "only 5 were left");
    let mut a = good();
    a.session.plan.crunch_allowance = Some(150);
    refused(a, "150 crunches");
    // Holds, breaths, swings, stretches past the routine's rules.
    let mut a = good();
    for s in a.session.plan.steps.iter_mut().filter(|s| s.kind == StepKind::Hold) {
        s.duration_ms = Some(100 * S);
    }
    a.session.plan.dosages[0].1 = Dosage::Holds { hold_s: 100, repeats: 2, ball: false };
    refused(a, "6 bridges of 30 seconds");
    let mut a = good();
    let breath =
        a.session.plan.steps.iter().position(|s| s.exercise == ExerciseId::CoreBreath && s.kind == StepKind::Breaths).unwrap();
    let extra: Vec<Step> = std::iter::repeat_n(a.session.plan.steps[breath].clone(), 30).collect();
    a.session.plan.steps.splice(breath..breath, extra);
    refused(a, "Core breath");
    let mut a = good();
    for s in a.session.plan.steps.iter_mut().filter(|s| s.kind == StepKind::Timed) {
        s.duration_ms = Some(300 * S);
    }
    refused(a, "Leg swings");
    let mut a = good();
    let cobra = a.session.plan.steps.iter_mut().find(|s| s.title == "Cobra").unwrap();
    cobra.breaths = Some(3);
    cobra.duration_ms = Some(18 * S);
    refused(a, "Mid-back stretches");
    // Kinds, order, lengths, the start and the pain rating.
    let mut a = good();
    a.session.plan.steps[1].kind = StepKind::Reps;
    a.session.plan.steps[1].duration_ms = None;
    refused(a, "kind of step");
    let mut a = good();
    a.session.plan.steps.swap(1, 5);
    refused(a, "order");
    let mut a = good();
    a.session.plan.steps[2].duration_ms = Some(3_600 * S);
    refused(a, "step 3");
    let mut a = good();
    a.session.plan.steps.clear();
    refused(a, "no steps");
    let mut a = good();
    a.session.started_at_ms = now + 3_600 * S;
    refused(a, "future");
    let mut a = good();
    a.pain_before = Some(11);
    refused(a, "pain");
}

// ---------------------------------------------------------------- positions and pace

#[test]
fn a_change_of_position_gets_the_longer_get_ready() {
    let plan = build_plan(&Settings::default()).unwrap();
    let readies: Vec<(&str, Option<u64>)> = plan
        .steps
        .iter()
        .filter(|s| matches!(s.kind, StepKind::GetReady | StepKind::Transition))
        .map(|s| (s.title.as_str(), s.duration_ms))
        .collect();
    let long = Some(u64::from(crate::progress::CHANGE_POSITION_S) * S);
    let short = Some(5 * S);
    assert_eq!(
        readies,
        [
            ("Get ready", long),                // down onto the floor
            ("Next: Crunches", short),          // still on the back
            ("Next: Core breath", short),       // still on the back
            ("Next: Leg swings", long),         // up to standing
            ("Next: Mid-back stretches", long), // down onto the stomach
            ("Next: Side reach", long),         // up to standing again
        ]
    );
}

#[test]
fn a_paced_crunch_set_ticks_every_crunch_and_ends_by_itself() {
    let plan = build_plan(&Settings::default()).unwrap();
    let i = plan.steps.iter().position(|s| s.kind == StepKind::Reps).unwrap();
    let pace = u64::from(crate::progress::CRUNCH_PACE_MS);
    assert_eq!(plan.steps[i].duration_ms, Some(15 * pace));
    let mut session = Session::start(plan, T0);
    // Run to the first set, then let it run with no tap at all.
    let start = (T0..).step_by(250).find(|t| session.snapshot(*t).index == i).unwrap();
    let end = start + 15 * pace;
    let cues = session.cues_between(start, end);
    let reps: Vec<u32> = cues.iter().filter_map(|c| if let CueKind::Rep(n) = c.kind { Some(n) } else { None }).collect();
    assert_eq!(reps, (2..=15).collect::<Vec<_>>(), "a tick for every crunch after the first");
    assert!(cues.iter().all(|c| !matches!(c.kind, CueKind::Count(_))), "no 3-2-1 over the ticks");
    assert!(session.snapshot(end + 250).index > i, "the set ended by itself");
    assert_eq!(session.snapshot(end + 250).crunches_done, 15, "and counts as done");
    // Done still ends a set early.
    let mut early = Session::start(build_plan(&Settings::default()).unwrap(), T0);
    early.done(start + 5 * pace);
    assert_eq!(early.snapshot(start + 5 * pace).crunches_done, 15);
    let _ = &mut session;
}
