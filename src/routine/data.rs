//! The five exercises as facts: dosages, poses, ladders, and how many
//! steps, cues and cautions each card has. Their words are messages in
//! `locales/*/routine.ftl`, looked up by the ids `mod.rs` derives.

use super::{Dosage, Exercise, ExerciseId, Illustration, Level, Pose, Variation};

/// The safety lines' messages (safety.ftl), in the order they are shown:
/// on the home screen, the first-run screen and the cards.
pub(super) const SAFETY_NOTE_IDS: [&str; 3] = ["safety-not-a-doctor", "safety-lasting-pain", "safety-listen"];

// Past the ball the holds grow in small steps (more holds, then longer ones),
// as the source says they keep growing; the top stays far from its absurd
// "100 30-second bridges" (see MAX_BRIDGE_HOLDS, MAX_BRIDGE_HOLD_S).
const BRIDGE_LEVELS: &[Level] = &[
    Level { dosage: Dosage::Holds { hold_s: 10, repeats: 2, ball: false }, label_id: "routine-level-holds" },
    Level { dosage: Dosage::Holds { hold_s: 10, repeats: 3, ball: false }, label_id: "routine-level-holds" },
    Level { dosage: Dosage::Holds { hold_s: 10, repeats: 4, ball: false }, label_id: "routine-level-holds" },
    Level { dosage: Dosage::Holds { hold_s: 10, repeats: 4, ball: true }, label_id: "routine-level-holds-ball" },
    Level { dosage: Dosage::Holds { hold_s: 15, repeats: 4, ball: true }, label_id: "routine-level-holds-ball" },
    Level { dosage: Dosage::Holds { hold_s: 20, repeats: 4, ball: true }, label_id: "routine-level-holds-ball" },
    Level { dosage: Dosage::Holds { hold_s: 20, repeats: 5, ball: true }, label_id: "routine-level-holds-ball" },
    Level { dosage: Dosage::Holds { hold_s: 20, repeats: 6, ball: true }, label_id: "routine-level-holds-ball" },
    Level { dosage: Dosage::Holds { hold_s: 25, repeats: 6, ball: true }, label_id: "routine-level-holds-ball" },
    Level { dosage: Dosage::Holds { hold_s: 30, repeats: 6, ball: true }, label_id: "routine-level-holds-top" },
];

const CRUNCH_LEVELS: &[Level] = &[
    Level { dosage: Dosage::Reps { reps: 15, sets: 2 }, label_id: "routine-level-sets" },
    Level { dosage: Dosage::Reps { reps: 20, sets: 2 }, label_id: "routine-level-sets" },
    Level { dosage: Dosage::Reps { reps: 20, sets: 3 }, label_id: "routine-level-sets" },
    Level { dosage: Dosage::Reps { reps: 20, sets: 4 }, label_id: "routine-level-sets" },
    // The last step is a choice between two ways of reaching 100; both sit at the top.
    Level { dosage: Dosage::Reps { reps: 25, sets: 4 }, label_id: "routine-level-sets-limit" },
    Level { dosage: Dosage::Reps { reps: 20, sets: 5 }, label_id: "routine-level-sets-limit" },
];

// One rung only: the person picks the number of breaths freely
// (`Settings::core_breaths`); this is where a new person starts.
const BREATH_LEVELS: &[Level] = &[Level { dosage: Dosage::Breaths { count: 5 }, label_id: "routine-level-breaths-start" }];

const SWING_LEVELS: &[Level] = &[
    Level {
        dosage: Dosage::Swings { seconds: 30, front_rounds: 2, side_rounds: 2, extend: false },
        label_id: "routine-level-swings",
    },
    Level {
        dosage: Dosage::Swings { seconds: 30, front_rounds: 2, side_rounds: 2, extend: true },
        label_id: "routine-level-swings-longer",
    },
];

const STRETCH_LEVELS: &[Level] = &[Level {
    dosage: Dosage::Stretches { cobra_repeats: 3, cobra_breaths: 2, reach_per_side: 3 },
    label_id: "routine-level-stretches",
}];

static ROUTINE: [Exercise; 5] = [
    Exercise {
        id: ExerciseId::BackBridge,
        step_count: 4,
        cue_count: 2,
        caution_count: 3,
        levels: BRIDGE_LEVELS,
        variations: &[Variation {
            id: "routine-back-bridge-ball",
            illustration: Illustration {
                from: Pose::BallBridge,
                to: None,
                alt_id: "routine-back-bridge-ball-alt",
            },
        }],
        illustration: Illustration {
            from: Pose::BridgeDown,
            to: Some(Pose::BridgeUp),
            alt_id: "routine-back-bridge-alt",
        },
    },
    Exercise {
        id: ExerciseId::Crunches,
        step_count: 4,
        cue_count: 2,
        caution_count: 2,
        levels: CRUNCH_LEVELS,
        variations: &[Variation {
            id: "routine-crunches-chest",
            illustration: Illustration {
                from: Pose::CrunchChestDown,
                to: Some(Pose::CrunchChestUp),
                alt_id: "routine-crunches-chest-alt",
            },
        }],
        illustration: Illustration {
            from: Pose::CrunchDown,
            to: Some(Pose::CrunchUp),
            alt_id: "routine-crunches-alt",
        },
    },
    Exercise {
        id: ExerciseId::CoreBreath,
        step_count: 4,
        cue_count: 2,
        caution_count: 1,
        levels: BREATH_LEVELS,
        variations: &[],
        illustration: Illustration {
            from: Pose::BreathIn,
            to: Some(Pose::BreathOut),
            alt_id: "routine-core-breath-alt",
        },
    },
    Exercise {
        id: ExerciseId::LegSwings,
        step_count: 6,
        cue_count: 2,
        caution_count: 2,
        levels: SWING_LEVELS,
        variations: &[
            Variation {
                id: "routine-leg-swings-front",
                illustration: Illustration {
                    from: Pose::SwingFront,
                    to: Some(Pose::SwingBack),
                    alt_id: "routine-leg-swings-front-alt",
                },
            },
            Variation {
                id: "routine-leg-swings-side",
                illustration: Illustration {
                    from: Pose::SwingSide,
                    to: Some(Pose::SwingAcross),
                    alt_id: "routine-leg-swings-side-alt",
                },
            },
        ],
        illustration: Illustration {
            from: Pose::SwingFront,
            to: Some(Pose::SwingBack),
            alt_id: "routine-leg-swings-front-alt",
        },
    },
    Exercise {
        id: ExerciseId::MidBackStretches,
        step_count: 5,
        cue_count: 2,
        caution_count: 2,
        levels: STRETCH_LEVELS,
        variations: &[
            Variation {
                id: "routine-mid-back-stretches-cobra",
                illustration: Illustration {
                    from: Pose::CobraDown,
                    to: Some(Pose::CobraUp),
                    alt_id: "routine-mid-back-stretches-cobra-alt",
                },
            },
            Variation {
                id: "routine-mid-back-stretches-reach",
                illustration: Illustration {
                    from: Pose::ReachLeft,
                    to: Some(Pose::ReachRight),
                    alt_id: "routine-mid-back-stretches-reach-alt",
                },
            },
        ],
        illustration: Illustration {
            from: Pose::CobraDown,
            to: Some(Pose::CobraUp),
            alt_id: "routine-mid-back-stretches-cobra-alt",
        },
    },
];

/// The whole routine, in the order it is done.
pub fn routine() -> &'static [Exercise; 5] {
    &ROUTINE
}
