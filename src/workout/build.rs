//! Settings -> the plan: enabled exercises at their levels, in the
//! routine's order, with their rests and get-readies, the stretches last.

use super::plan::{
    DayPlan, Plan, Side, Step, StepKind, COBRA_PUSH_UP_MS, COBRA_REST_S, MS_PER_REP_ESTIMATE, REACH_LEAN_MS, REACH_RETURN_MS,
    STOP_ROUND_LABEL,
};
use crate::i18n::Words;
use crate::progress::Settings;
use crate::tr;
use crate::routine::{check_dosage, Dosage, ExerciseId, Pose, MAX_CRUNCHES_PER_DAY, MIN_SWING_REST_S};

/// Builds the plan from settings: enabled exercises at their chosen levels,
/// the stretches always last, as if no crunches were done today (see
/// [`build_plan_for_day`] for the workout the person starts), its titles and
/// instructions in the language of `words`. `Err` says why in words for the
/// person (a dosage past a cap).
pub fn build_plan(settings: &Settings, words: &Words) -> Result<Plan, String> {
    build_plan_for_day(settings, 0, words).map(|d| d.plan)
}

/// The plan for a workout starting now, when `crunches_done_today` crunches
/// are already recorded today (`progress::crunches_today`): crunches get only
/// what is left of the day's [`MAX_CRUNCHES_PER_DAY`], with the sets cut down
/// (never more reps a set or more sets than the person's level) or left out
/// once nothing is left, and [`DayPlan::crunch_note`] says so.
pub fn build_plan_for_day(settings: &Settings, crunches_done_today: u32, words: &Words) -> Result<DayPlan, String> {
    let s = settings.sanitized();
    let left = MAX_CRUNCHES_PER_DAY.saturating_sub(crunches_done_today);
    let mut note = None;
    let mut list = Vec::new();
    for id in ExerciseId::ALL.into_iter().filter(|id| s.is_enabled(*id)) {
        let dosage = s.dosage(id);
        let Dosage::Reps { reps, sets } = dosage else {
            list.push((id, dosage));
            continue;
        };
        if crunches_done_today == 0 {
            list.push((id, dosage));
            continue;
        }
        let (done, limit) = (crunches_done_today, MAX_CRUNCHES_PER_DAY);
        if left == 0 {
            note = Some(tr!(words, "coach-crunch-note-none", done = done, limit = limit));
            continue;
        }
        let total = reps.saturating_mul(sets);
        if total <= left {
            note = Some(tr!(words, "coach-crunch-note-within", done = done, total = total, limit = limit));
            list.push((id, dosage));
            continue;
        }
        // As few sets as hold what is left, split evenly: never more a set
        // than the person's level asks.
        let new_sets = left.div_ceil(reps).clamp(1, sets);
        let new_reps = (left / new_sets).min(reps);
        note = Some(tr!(words, "coach-crunch-note-cut", done = done, limit = limit, left = left, sets = new_sets, reps = new_reps));
        list.push((id, Dosage::Reps { reps: new_reps, sets: new_sets }));
    }
    let mut plan = build_plan_with(&s, &list, words)?;
    plan.crunch_allowance = Some(left);
    Ok(DayPlan { plan, crunch_note: note })
}

/// Builds a plan from explicit dosages (timing still comes from `settings`).
/// Every dosage must pass [`check_dosage`]; exercises are put in routine
/// order, and the stretches are added at the end when missing: the routine
/// asks for them after every workout. The crunch allowance is the day's
/// whole cap; [`build_plan_for_day`] narrows it. Titles and instructions
/// are in the language of `words`.
pub fn build_plan_with(settings: &Settings, exercises: &[(ExerciseId, Dosage)], words: &Words) -> Result<Plan, String> {
    let s = settings.sanitized();
    let mut list = exercises.to_vec();
    if !list.iter().any(|(id, _)| *id == ExerciseId::MidBackStretches) {
        let id = ExerciseId::MidBackStretches;
        list.push((id, id.exercise().start_dosage()));
    }
    list.sort_by_key(|(id, _)| *id);
    if list.windows(2).any(|w| w[0].0 == w[1].0) {
        return Err(tr!(words, "coach-error-twice"));
    }
    let mut steps: Vec<Step> = Vec::new();
    for (n, (id, dosage)) in list.iter().enumerate() {
        check_dosage(*id, dosage).map_err(|e| e.text(words))?;
        let (title, kind) = if n == 0 {
            (tr!(words, "coach-title-get-ready"), StepKind::GetReady)
        } else {
            (tr!(words, "coach-next", name = id.exercise().name(words)), StepKind::Transition)
        };
        let (instruction, pose) = setup(*id, dosage);
        let instruction = tr!(words, instruction);
        // Getting down to the floor, up to standing or onto the stomach takes
        // a sore back longer than a countdown; the workout starts standing.
        let moves = steps.last().is_none_or(|last| position(last.pose) != position(pose));
        let seconds = if moves { s.change_position_s } else { s.get_ready_s };
        steps.push(step(*id, kind, title, &instruction, seconds, pose));
        exercise_steps(&mut steps, &s, *id, *dosage, words);
    }
    Ok(Plan { steps, dosages: list, crunch_allowance: None })
}

/// Where the body is for a pose: a change between these gets the longer get-ready.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Position {
    Back,
    Standing,
    Stomach,
}

fn position(pose: Pose) -> Position {
    match pose {
        Pose::SwingFront | Pose::SwingBack | Pose::SwingSide | Pose::SwingAcross => Position::Standing,
        Pose::ReachUp | Pose::ReachLeft | Pose::ReachRight => Position::Standing,
        Pose::CobraDown | Pose::CobraUp => Position::Stomach,
        _ => Position::Back,
    }
}

/// How to get into position for an exercise (a message id), and the picture for it.
fn setup(id: ExerciseId, dosage: &Dosage) -> (&'static str, Pose) {
    match (id, dosage) {
        (ExerciseId::BackBridge, Dosage::Holds { ball: true, .. }) => ("coach-setup-ball-bridge", Pose::BallBridge),
        (ExerciseId::BackBridge, _) => ("coach-setup-bridge", Pose::BridgeDown),
        (ExerciseId::Crunches, _) => ("coach-setup-crunches", Pose::CrunchDown),
        (ExerciseId::CoreBreath, _) => ("coach-setup-core-breath", Pose::BreathIn),
        (ExerciseId::LegSwings, _) => ("coach-setup-leg-swings", Pose::SwingFront),
        (ExerciseId::MidBackStretches, _) => ("coach-setup-stretches", Pose::CobraDown),
    }
}

/// A timed step with no set, side or counts; callers fill in the rest.
fn step(exercise: ExerciseId, kind: StepKind, title: String, instruction: &str, seconds: u32, pose: Pose) -> Step {
    let ms = u64::from(seconds) * 1000;
    Step {
        exercise,
        kind,
        title,
        instruction: instruction.to_string(),
        duration_ms: Some(ms),
        set: None,
        side: None,
        reps: None,
        breaths: None,
        pose,
        pose_to: None,
        optional: false,
        estimate_ms: ms,
    }
}

fn rest(words: &Words, exercise: ExerciseId, instruction: &str, seconds: u32, pose: Pose) -> Step {
    step(exercise, StepKind::Rest, tr!(words, "coach-title-rest"), &tr!(words, instruction), seconds, pose)
}

/// Appends the working steps of one exercise. Rests go only *between* sets,
/// never after the last one: the next Transition already gives a breather.
fn exercise_steps(out: &mut Vec<Step>, s: &Settings, id: ExerciseId, dosage: Dosage, words: &Words) {
    match dosage {
        Dosage::Holds { hold_s, repeats, ball } => {
            let (title, instruction, pose) = if ball {
                ("coach-title-ball-bridge", "coach-do-ball-bridge", Pose::BallBridge)
            } else {
                ("coach-title-bridge", "coach-do-bridge", Pose::BridgeUp)
            };
            for i in 1..=repeats {
                if i > 1 {
                    out.push(rest(words, id, "coach-rest-bridge", s.bridge_rest_s, Pose::BridgeDown));
                }
                let mut st = step(id, StepKind::Hold, tr!(words, title), &tr!(words, instruction), hold_s, pose);
                st.set = Some((i, repeats));
                out.push(st);
            }
        }
        Dosage::Reps { reps, sets } => {
            for i in 1..=sets {
                if i > 1 {
                    out.push(rest(words, id, "coach-rest-crunches", s.crunch_rest_s, Pose::CrunchDown));
                }
                // With a cadence the set is ticked and counted for the person and ends by
                // itself; without one they count and tap Done.
                let pace = u64::from(s.crunch_pace_ms);
                let instruction = tr!(words, if pace > 0 { "coach-do-crunches-paced" } else { "coach-do-crunches-counted" });
                let mut st = step(id, StepKind::Reps, tr!(words, "coach-title-crunches"), &instruction, 0, Pose::CrunchDown);
                st.duration_ms = (pace > 0).then(|| u64::from(reps) * pace);
                st.estimate_ms = u64::from(reps) * if pace > 0 { pace } else { MS_PER_REP_ESTIMATE };
                st.reps = Some(reps);
                st.set = Some((i, sets));
                st.pose_to = Some(Pose::CrunchUp);
                out.push(st);
            }
        }
        Dosage::Breaths { count } => {
            // One step per breath so every breath gets its own start cue: a paced count.
            for i in 1..=count {
                let (title, instruction) = (tr!(words, "coach-title-core-breath"), tr!(words, "coach-do-core-breath"));
                let mut st = step(id, StepKind::Breaths, title, &instruction, s.slow_breath_s, Pose::BreathIn);
                st.set = Some((i, count));
                st.breaths = Some(1);
                st.pose_to = Some(Pose::BreathOut);
                out.push(st);
            }
        }
        Dosage::Swings { seconds, front_rounds, side_rounds, .. } => {
            // The routine asks for at least 15 s between swings, whatever the settings say.
            let rest_s = s.swing_rest_s.max(MIN_SWING_REST_S);
            // Front-to-back on each leg, then sideways the same way, starting
            // again with the first leg; every round after the first on a leg
            // may be cut short.
            let mut swings: Vec<(bool, Side, u32, u32)> = Vec::new();
            for (front, rounds) in [(true, front_rounds), (false, side_rounds)] {
                for side in [Side::Left, Side::Right] {
                    for round in 1..=rounds {
                        swings.push((front, side, round, rounds));
                    }
                }
            }
            for (n, (front, side, round, rounds)) in swings.into_iter().enumerate() {
                let leg = side.word();
                let (title, pose, pose_to) = if front {
                    (tr!(words, "coach-title-front-swings", side = leg), Pose::SwingFront, Pose::SwingBack)
                } else {
                    (tr!(words, "coach-title-side-swings", side = leg), Pose::SwingSide, Pose::SwingAcross)
                };
                if n > 0 {
                    out.push(rest(words, id, "coach-rest-swings", rest_s, pose));
                }
                let optional = round > 1;
                let instruction = match (optional, front) {
                    (true, _) => tr!(words, "coach-do-swing-again", side = leg, stop = tr!(words, STOP_ROUND_LABEL)),
                    (false, true) => tr!(words, "coach-do-front-swing", side = leg),
                    (false, false) => tr!(words, "coach-do-side-swing", side = leg),
                };
                let mut st = step(id, StepKind::Timed, title, &instruction, seconds, pose);
                st.side = Some(side);
                st.pose_to = Some(pose_to);
                st.optional = optional;
                st.set = (rounds > 1).then_some((round, rounds));
                out.push(st);
            }
        }
        Dosage::Stretches { cobra_repeats, cobra_breaths, reach_per_side } => {
            for i in 1..=cobra_repeats {
                if i > 1 {
                    out.push(rest(words, id, "coach-rest-cobra", COBRA_REST_S, Pose::CobraDown));
                }
                let instruction = tr!(words, "coach-do-cobra", breaths = cobra_breaths);
                let mut st = step(id, StepKind::Breaths, tr!(words, "coach-title-cobra"), &instruction, 0, Pose::CobraDown);
                st.duration_ms = Some(COBRA_PUSH_UP_MS + u64::from(cobra_breaths * s.slow_breath_s) * 1000);
                st.estimate_ms = st.duration_ms.unwrap_or(0);
                st.set = Some((i, cobra_repeats));
                st.breaths = Some(cobra_breaths);
                st.pose_to = Some(Pose::CobraUp);
                out.push(st);
            }
            // Getting up off the stomach is a change of position: the longer get-ready.
            let title = tr!(words, "coach-next", name = tr!(words, "coach-name-side-reach"));
            let instruction = tr!(words, "coach-setup-side-reach");
            out.push(step(id, StepKind::Transition, title, &instruction, s.change_position_s, Pose::ReachUp));
            for i in 1..=reach_per_side {
                for side in [Side::Left, Side::Right] {
                    let pose = if side == Side::Left { Pose::ReachLeft } else { Pose::ReachRight };
                    let instruction = tr!(words, "coach-do-side-reach", side = side.word());
                    let title = tr!(words, "coach-title-side-reach", side = side.word());
                    let mut st = step(id, StepKind::Breaths, title, &instruction, 0, pose);
                    st.duration_ms = Some(REACH_LEAN_MS + u64::from(s.slow_breath_s) * 1000 + REACH_RETURN_MS);
                    st.estimate_ms = st.duration_ms.unwrap_or(0);
                    st.side = Some(side);
                    st.set = Some((i, reach_per_side));
                    st.breaths = Some(1);
                    out.push(st);
                }
            }
        }
    }
}
