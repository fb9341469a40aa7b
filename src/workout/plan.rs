//! Settings -> a flat list of steps the player walks through.
//!
//! The plan is plain data (stored as JSON) so an in-progress session keeps the
//! exact plan it started with, even if settings change before a reload.

use crate::progress::Settings;
use crate::routine::{check_dosage, Dosage, ExerciseId, Pose, MIN_SWING_REST_S};
use serde::{Deserialize, Serialize};

/// Expected time per crunch, for progress estimates only: reps are user-paced.
pub const MS_PER_REP_ESTIMATE: u64 = 2_000;

/// Rest between cobra repeats, seconds. Short on purpose: just long enough to
/// lower down and settle before the next one.
pub const COBRA_REST_S: u32 = 5;

/// Which leg or which way to lean.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Side {
    /// Left leg / lean to the left.
    Left,
    /// Right leg / lean to the right.
    Right,
}

impl Side {
    /// Lower-case word for instructions ("left", "right").
    pub fn word(self) -> &'static str {
        match self {
            Side::Left => "left",
            Side::Right => "right",
        }
    }
}

/// What kind of step it is; decides how it ends and which cues it gets.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum StepKind {
    /// Countdown before the first exercise.
    GetReady,
    /// A timed hold (bridge).
    Hold,
    /// User-paced repetitions, ended with Done (crunches).
    Reps,
    /// A timed rest between sets, holds or swings.
    Rest,
    /// Paced breaths (core breath, cobra, side reach).
    Breaths,
    /// Timed movement (leg swings).
    Timed,
    /// Countdown to get into position for the next exercise or stretch.
    Transition,
}

/// One thing to do now, as the player shows it.
///
/// Stored inside the running workout (`upright.active`) with every field
/// under its Rust name; an absent `Option` reads as `None`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Step {
    /// The exercise this step belongs to. A Transition belongs to the exercise it leads into.
    pub exercise: ExerciseId,
    /// What kind of step.
    pub kind: StepKind,
    /// Short title, e.g. "Bridge hold".
    pub title: String,
    /// One line saying what to do now.
    pub instruction: String,
    /// Length in ms; `None` only on Reps steps, which end with Done.
    pub duration_ms: Option<u64>,
    /// (1-based index, of) for holds, crunch sets, breaths, cobras, reaches and
    /// front swing rounds when there are two.
    pub set: Option<(u32, u32)>,
    /// Leg or lean direction, when it matters.
    pub side: Option<Side>,
    /// Rep target on Reps steps.
    pub reps: Option<u32>,
    /// Breaths in this step (Breaths steps).
    pub breaths: Option<u32>,
    /// Illustration for the step.
    pub pose: Pose,
    /// Second illustration the picture moves to, for movements.
    pub pose_to: Option<Pose>,
    /// True when the step may be skipped without guilt (second swing round).
    pub optional: bool,
    /// Expected length in ms, for whole-workout progress.
    pub estimate_ms: u64,
}

/// The whole workout: steps in order, plus the dosage each exercise was planned with.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Plan {
    /// Steps in the order they are done. Never empty when built by [`build_plan`].
    pub steps: Vec<Step>,
    /// Each planned exercise with its dosage, in plan order (for results).
    /// Absent in workouts saved before it existed, which read as none.
    #[serde(default)]
    pub dosages: Vec<(ExerciseId, Dosage)>,
}

impl Plan {
    /// The step after `index`, for the "next up" line.
    pub fn next_up(&self, index: usize) -> Option<&Step> {
        self.steps.get(index + 1)
    }

    /// Expected length of the whole plan in ms.
    pub fn total_estimate_ms(&self) -> u64 {
        self.steps.iter().map(|s| s.estimate_ms).sum()
    }

    /// Index of the first step of an exercise (its Transition or GetReady).
    pub fn first_step_of(&self, id: ExerciseId) -> Option<usize> {
        self.steps.iter().position(|s| s.exercise == id)
    }

    /// The planned dosage of an exercise, if it is in the plan.
    pub fn dosage(&self, id: ExerciseId) -> Option<Dosage> {
        self.dosages.iter().find(|(e, _)| *e == id).map(|(_, d)| *d)
    }
}

/// Builds the plan from settings: enabled exercises at their chosen levels.
/// `Err` says why in words for the person (a dosage past a cap, or nothing enabled).
pub fn build_plan(settings: &Settings) -> Result<Plan, String> {
    let s = settings.sanitized();
    let list: Vec<(ExerciseId, Dosage)> =
        ExerciseId::ALL.into_iter().filter(|id| s.is_enabled(*id)).map(|id| (id, s.dosage(id))).collect();
    build_plan_with(&s, &list)
}

/// Builds a plan from explicit dosages (timing still comes from `settings`).
/// Every dosage must pass [`check_dosage`]; exercises are put in routine order.
pub fn build_plan_with(settings: &Settings, exercises: &[(ExerciseId, Dosage)]) -> Result<Plan, String> {
    let s = settings.sanitized();
    let mut list = exercises.to_vec();
    list.sort_by_key(|(id, _)| *id);
    if list.is_empty() {
        return Err("Choose at least one exercise for the workout.".into());
    }
    if list.windows(2).any(|w| w[0].0 == w[1].0) {
        return Err("Each exercise can be in the workout only once.".into());
    }
    let mut steps = Vec::new();
    for (n, (id, dosage)) in list.iter().enumerate() {
        check_dosage(*id, dosage)?;
        let (title, kind) = if n == 0 {
            ("Get ready".to_string(), StepKind::GetReady)
        } else {
            (format!("Next: {}", id.exercise().name), StepKind::Transition)
        };
        let (instruction, pose) = setup(*id, dosage);
        steps.push(step(*id, kind, title, instruction, s.get_ready_s, pose));
        exercise_steps(&mut steps, &s, *id, *dosage);
    }
    Ok(Plan { steps, dosages: list })
}

/// How to get into position for an exercise, and the picture for it.
fn setup(id: ExerciseId, dosage: &Dosage) -> (&'static str, Pose) {
    match (id, dosage) {
        (ExerciseId::BackBridge, Dosage::Holds { ball: true, .. }) => {
            ("Lie on your back, the backs of your knees over the ball.", Pose::BallBridge)
        }
        (ExerciseId::BackBridge, _) => ("Lie on your back, knees bent, feet flat, elbows down.", Pose::BridgeDown),
        (ExerciseId::Crunches, _) => ("Stay on your back, knees bent, hands across your chest.", Pose::CrunchDown),
        (ExerciseId::CoreBreath, _) => ("Stay on your back and let your breathing settle.", Pose::BreathIn),
        (ExerciseId::LegSwings, _) => ("Stand up, a chair or wall within reach.", Pose::SwingFront),
        (ExerciseId::MidBackStretches, _) => ("Lie on your stomach, hands flat beside your chest.", Pose::CobraDown),
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

fn rest(exercise: ExerciseId, instruction: &str, seconds: u32, pose: Pose) -> Step {
    step(exercise, StepKind::Rest, "Rest".into(), instruction, seconds, pose)
}

/// Appends the working steps of one exercise. Rests go only *between* sets,
/// never after the last one: the next Transition already gives a breather.
fn exercise_steps(out: &mut Vec<Step>, s: &Settings, id: ExerciseId, dosage: Dosage) {
    match dosage {
        Dosage::Holds { hold_s, repeats, ball } => {
            let (title, instruction, pose) = if ball {
                ("Ball bridge hold", "Knees over the ball: push your hips up and hold steady.", Pose::BallBridge)
            } else {
                ("Bridge hold", "Push your hips up and hold steady.", Pose::BridgeUp)
            };
            for i in 1..=repeats {
                if i > 1 {
                    out.push(rest(id, "Lower your hips slowly and breathe.", s.bridge_rest_s, Pose::BridgeDown));
                }
                let mut st = step(id, StepKind::Hold, title.into(), instruction, hold_s, pose);
                st.set = Some((i, repeats));
                out.push(st);
            }
        }
        Dosage::Reps { reps, sets } => {
            for i in 1..=sets {
                if i > 1 {
                    out.push(rest(id, "Rest on your back and breathe easy.", s.crunch_rest_s, Pose::CrunchDown));
                }
                let mut st = step(
                    id,
                    StepKind::Reps,
                    "Crunches".into(),
                    "Small quick curls, shoulders just off the floor. Tap Done after the set.",
                    0,
                    Pose::CrunchDown,
                );
                st.duration_ms = None;
                st.estimate_ms = u64::from(reps) * MS_PER_REP_ESTIMATE;
                st.reps = Some(reps);
                st.set = Some((i, sets));
                st.pose_to = Some(Pose::CrunchUp);
                out.push(st);
            }
        }
        Dosage::Breaths { count } => {
            // One step per breath so every breath gets its own start cue: a paced count.
            for i in 1..=count {
                let mut st = step(
                    id,
                    StepKind::Breaths,
                    "Core breath".into(),
                    "Breathe in deep, then out slowly through a small \"oo\". Keep your belly domed.",
                    s.breath_s,
                    Pose::BreathIn,
                );
                st.set = Some((i, count));
                st.breaths = Some(1);
                st.pose_to = Some(Pose::BreathOut);
                out.push(st);
            }
        }
        Dosage::Swings { seconds, front_rounds } => {
            // The routine asks for at least 15 s between swings, whatever the settings say.
            let rest_s = s.swing_rest_s.max(MIN_SWING_REST_S);
            let mut swings: Vec<(Side, Option<u32>)> = Vec::new();
            for side in [Side::Left, Side::Right] {
                for round in 1..=front_rounds {
                    swings.push((side, Some(round)));
                }
            }
            swings.push((Side::Left, None));
            swings.push((Side::Right, None));
            for (n, (side, round)) in swings.into_iter().enumerate() {
                let (title, instruction, pose, pose_to) = match round {
                    Some(_) => (
                        format!("Front swings – {} leg", side.word()),
                        format!("Swing your {} leg front to back, foot off the floor.", side.word()),
                        Pose::SwingFront,
                        Pose::SwingBack,
                    ),
                    None => (
                        format!("Side swings – {} leg", side.word()),
                        format!("Swing your {} leg out to the side and back across.", side.word()),
                        Pose::SwingSide,
                        Pose::SwingAcross,
                    ),
                };
                if n > 0 {
                    out.push(rest(id, "Both feet down. Rest and breathe.", rest_s, pose));
                }
                let optional = round.is_some_and(|r| r > 1);
                let instruction = if optional {
                    "Second round, optional: tap Next to skip it if it feels too hard.".to_string()
                } else {
                    instruction
                };
                let mut st = step(id, StepKind::Timed, title, &instruction, seconds, pose);
                st.side = Some(side);
                st.pose_to = Some(pose_to);
                st.optional = optional;
                st.set = round.filter(|_| front_rounds > 1).map(|r| (r, front_rounds));
                out.push(st);
            }
        }
        Dosage::Stretches { cobra_repeats, cobra_breaths, reach_per_side } => {
            for i in 1..=cobra_repeats {
                if i > 1 {
                    out.push(rest(id, "Lower down and relax.", COBRA_REST_S, Pose::CobraDown));
                }
                let instruction =
                    format!("Push up slowly, hips down, only as far as is comfortable. {cobra_breaths} deep breaths.");
                let mut st = step(
                    id,
                    StepKind::Breaths,
                    "Cobra".into(),
                    &instruction,
                    cobra_breaths * s.breath_s,
                    Pose::CobraDown,
                );
                st.set = Some((i, cobra_repeats));
                st.breaths = Some(cobra_breaths);
                st.pose_to = Some(Pose::CobraUp);
                out.push(st);
            }
            // Getting up off the stomach takes a moment: a short countdown, not a rest.
            out.push(step(
                id,
                StepKind::Transition,
                "Next: Side reach".into(),
                "Stand up, reach up and lock your fingers overhead.",
                s.get_ready_s,
                Pose::ReachUp,
            ));
            for i in 1..=reach_per_side {
                for side in [Side::Left, Side::Right] {
                    let pose = if side == Side::Left { Pose::ReachLeft } else { Pose::ReachRight };
                    let instruction = format!("Lean slowly to the {} for one deep breath.", side.word());
                    let mut st = step(
                        id,
                        StepKind::Breaths,
                        format!("Side reach – {}", side.word()),
                        &instruction,
                        s.breath_s,
                        pose,
                    );
                    st.side = Some(side);
                    st.set = Some((i, reach_per_side));
                    st.breaths = Some(1);
                    out.push(st);
                }
            }
        }
    }
}
