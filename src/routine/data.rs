//! The five exercises, written out. Facts from the source routine, words ours.

use super::{Dosage, Exercise, ExerciseId, Illustration, Level, Pose, Variation};

/// Safety lines shown on the home screen, the first-run screen and the cards.
pub const SAFETY_NOTES: &[&str] = &[
    "Upright offers general exercise guidance. It does not replace a doctor or physiotherapist.",
    "If back pain lasts more than a few days, or comes with other symptoms, see a doctor.",
    "Listen to your body: stop any movement that hurts and never push past the routine's limits.",
];

// Past the ball the holds grow in small steps (more holds, then longer ones),
// as the source says they keep growing; the top stays far from its absurd
// "100 30-second bridges" (see MAX_BRIDGE_HOLDS, MAX_BRIDGE_HOLD_S).
const BRIDGE_LEVELS: &[Level] = &[
    Level { dosage: Dosage::Holds { hold_s: 10, repeats: 2, ball: false }, label: "2 holds of 10 s" },
    Level { dosage: Dosage::Holds { hold_s: 10, repeats: 3, ball: false }, label: "3 holds of 10 s" },
    Level { dosage: Dosage::Holds { hold_s: 10, repeats: 4, ball: false }, label: "4 holds of 10 s" },
    Level { dosage: Dosage::Holds { hold_s: 10, repeats: 4, ball: true }, label: "4 holds of 10 s with the ball" },
    Level { dosage: Dosage::Holds { hold_s: 15, repeats: 4, ball: true }, label: "4 holds of 15 s with the ball" },
    Level { dosage: Dosage::Holds { hold_s: 20, repeats: 4, ball: true }, label: "4 holds of 20 s with the ball" },
    Level { dosage: Dosage::Holds { hold_s: 20, repeats: 5, ball: true }, label: "5 holds of 20 s with the ball" },
    Level { dosage: Dosage::Holds { hold_s: 20, repeats: 6, ball: true }, label: "6 holds of 20 s with the ball" },
    Level { dosage: Dosage::Holds { hold_s: 25, repeats: 6, ball: true }, label: "6 holds of 25 s with the ball" },
    Level { dosage: Dosage::Holds { hold_s: 30, repeats: 6, ball: true }, label: "6 holds of 30 s with the ball (the most)" },
];

const CRUNCH_LEVELS: &[Level] = &[
    Level { dosage: Dosage::Reps { reps: 15, sets: 2 }, label: "2 sets of 15" },
    Level { dosage: Dosage::Reps { reps: 20, sets: 2 }, label: "2 sets of 20" },
    Level { dosage: Dosage::Reps { reps: 20, sets: 3 }, label: "3 sets of 20" },
    Level { dosage: Dosage::Reps { reps: 20, sets: 4 }, label: "4 sets of 20" },
    // The last step is a choice between two ways of reaching 100; both sit at the top.
    Level { dosage: Dosage::Reps { reps: 25, sets: 4 }, label: "4 sets of 25 (100, the limit)" },
    Level { dosage: Dosage::Reps { reps: 20, sets: 5 }, label: "5 sets of 20 (100, the limit)" },
];

// One rung only: the person picks the number of breaths freely
// (`Settings::core_breaths`); this is where a new person starts.
const BREATH_LEVELS: &[Level] = &[Level { dosage: Dosage::Breaths { count: 5 }, label: "5 breaths to start" }];

const SWING_LEVELS: &[Level] = &[
    Level {
        dosage: Dosage::Swings { seconds: 30, front_rounds: 2, side_rounds: 2, extend: false },
        label: "2 rounds of 30 s each way per leg",
    },
    Level {
        dosage: Dosage::Swings { seconds: 30, front_rounds: 2, side_rounds: 2, extend: true },
        label: "2 rounds each way, longer when easy",
    },
];

const STRETCH_LEVELS: &[Level] = &[Level {
    dosage: Dosage::Stretches { cobra_repeats: 3, cobra_breaths: 2, reach_per_side: 3 },
    label: "the full stretch set",
}];

static ROUTINE: [Exercise; 5] = [
    Exercise {
        id: ExerciseId::BackBridge,
        name: "Back bridge",
        purpose: "Lifting into a steady bridge trains the deep belly and seat muscles that hold your spine in line.",
        steps: &[
            "Lie on your back with your knees bent and your feet flat on the floor.",
            "Rest your elbows on the floor beside you for support.",
            "Tighten your belly and push your hips up until shoulders, hips and knees form one straight line.",
            "Hold the bridge steady for 10 seconds, then lower slowly.",
        ],
        form_cues: &["Keep a straight line from shoulders to knees.", "Breathe while you hold."],
        cautions: &[
            "Build up slowly, even when it feels easy.",
            "Never aim for extreme numbers: Upright stops at 6 holds of 30 seconds on the ball.",
            "Listen to your body and lower down if anything hurts.",
        ],
        levels: BRIDGE_LEVELS,
        progression: "Add one hold at a time, from 2 up to 4. Then rest the backs of your knees on an exercise ball. After that the holds grow a little at a time, a few seconds longer or one more, up to 6 holds of 30 seconds.",
        variations: &[Variation {
            name: "Ball bridge (harder)",
            how: "Rest the backs of your knees on an exercise ball and lift from there. Use it only once 4 floor bridges feel easy.",
            illustration: Illustration {
                from: Pose::BallBridge,
                to: None,
                alt: "A person lying on the back with the knees over an exercise ball, hips lifted.",
            },
        }],
        illustration: Illustration {
            from: Pose::BridgeDown,
            to: Some(Pose::BridgeUp),
            alt: "A person lying on the back with knees bent lifts the hips until shoulders, hips and knees are in line.",
        },
    },
    Exercise {
        id: ExerciseId::Crunches,
        name: "Crunches",
        purpose: "Strong upper belly muscles help hold the middle of your spine in better alignment.",
        steps: &[
            "Lie on your back, knees bent, feet flat.",
            "Rest your hands lightly behind your head so they support your neck.",
            "Curl your shoulders just off the floor and back down, quickly and smoothly.",
            "Do the set, rest about 45 seconds, then do the next set.",
        ],
        form_cues: &[
            "Lift only a little: going higher slows you down and arches your back.",
            "Let your hands carry your head, never push it: if you catch yourself pushing your neck forward, put your hands across the chest instead.",
        ],
        cautions: &[
            "Never more than 100 crunches in a day, all workouts together: more brings harm, not progress.",
            "Stop if your neck or back hurts.",
        ],
        levels: CRUNCH_LEVELS,
        progression: "Go from 15 to 20 reps, then add sets up to 4. For the last step pick 25 reps or 5 sets: either makes 100, the limit.",
        variations: &[Variation {
            name: "Hands across the chest",
            how: "If you find yourself pushing your neck forward with your hands, rest them across your chest instead.",
            illustration: Illustration {
                from: Pose::CrunchChestDown,
                to: Some(Pose::CrunchChestUp),
                alt: "A person on the back with hands across the chest curls the shoulders slightly off the floor.",
            },
        }],
        illustration: Illustration {
            from: Pose::CrunchDown,
            to: Some(Pose::CrunchUp),
            alt: "A person on the back with hands behind the head curls the shoulders slightly off the floor.",
        },
    },
    Exercise {
        id: ExerciseId::CoreBreath,
        name: "Core breath",
        purpose: "A full breath pushed out against resistance works the whole core, back and sides included.",
        steps: &[
            "Stay on your back and take a moment to settle.",
            "Breathe in deeply so your belly, ribs and back all expand.",
            "Breathe out slowly through a small \"oo\" shape with your lips.",
            "Keep your belly domed until the very end of the breath; do not suck it in.",
        ],
        form_cues: &["Belly stays domed to the end of the breath.", "Make the \"oo\" small so the air meets resistance."],
        cautions: &["This one is gentle: grow it at whatever pace feels comfortable."],
        levels: BREATH_LEVELS,
        progression: "Start with 5 and add breaths whenever you like, up to 30, at a pace that feels comfortable: you won't hurt yourself with this one.",
        variations: &[],
        illustration: Illustration {
            from: Pose::BreathIn,
            to: Some(Pose::BreathOut),
            alt: "A person lying on the back breathes in with a domed belly, then breathes out through rounded lips.",
        },
    },
    Exercise {
        id: ExerciseId::LegSwings,
        name: "Leg swings",
        purpose: "Swinging the leg wakes up the seat muscles, the foundation your core stands on.",
        steps: &[
            "Stand tall, with a hand on a wall or chair if you need it.",
            "Lift one foot just clear of the floor.",
            "Swing that leg front to back for 30 seconds, then put it down and rest.",
            "Do one more round on the same leg; if it feels too hard, stop that round early.",
            "Switch legs and do the same, resting at least 15 seconds between swings.",
            "Then swing side to side the same way: two rounds on each leg, first leg first.",
        ],
        form_cues: &["Keep the swinging foot off the floor.", "Stand tall; let the hip do the work."],
        cautions: &[
            "Hold on to something if your balance wobbles.",
            "The second round on each leg is yours to cut short: stop it if it feels too hard.",
        ],
        levels: SWING_LEVELS,
        progression: "Once every round feels easy, you may swing longer, 30 seconds more at a time, until you are tired: you won't hurt yourself with this one.",
        variations: &[
            Variation {
                name: "Front-to-back swing",
                how: "Swing the leg forward and back, like a pendulum.",
                illustration: Illustration {
                    from: Pose::SwingFront,
                    to: Some(Pose::SwingBack),
                    alt: "A person standing on one leg, a hand on a chair, swings the other leg forward and back.",
                },
            },
            Variation {
                name: "Side-to-side (lateral) swing",
                how: "Swing the leg out to the side and back across the body.",
                illustration: Illustration {
                    from: Pose::SwingSide,
                    to: Some(Pose::SwingAcross),
                    alt: "A person standing on one leg, a hand on a chair, swings the other leg out to the side and back across.",
                },
            },
        ],
        illustration: Illustration {
            from: Pose::SwingFront,
            to: Some(Pose::SwingBack),
            alt: "A person standing on one leg, a hand on a chair, swings the other leg forward and back.",
        },
    },
    Exercise {
        id: ExerciseId::MidBackStretches,
        name: "Mid-back stretches",
        purpose: "Gentle stretches after the work ease tight muscles around the middle of your back.",
        steps: &[
            "Cobra: lie on your stomach with your hands flat beside your chest.",
            "Push up slowly, hips staying on the floor, and arch only as far as is comfortable.",
            "Hold for 2 deep breaths in through the nose and out through the mouth, then lower. Do it 3 times.",
            "Side reach: stand, reach up and lock your fingers overhead.",
            "Lean slowly to one side for one deep breath, then slowly to the other. Do 3 on each side.",
        ],
        form_cues: &["Hips stay on the floor in the cobra.", "Move slowly into every stretch."],
        cautions: &[
            "Never stretch further than is comfortable.",
            "Stretch after every workout: Upright always ends with these, even when a workout stops because something hurt.",
        ],
        levels: STRETCH_LEVELS,
        progression: "Stretches do not progress: do the same set after every workout.",
        variations: &[
            Variation {
                name: "Cobra",
                how: "A gentle backbend: hips down, chest up, only as far as is comfortable.",
                illustration: Illustration {
                    from: Pose::CobraDown,
                    to: Some(Pose::CobraUp),
                    alt: "A person lying face down pushes the chest up with the hands while the hips stay on the floor.",
                },
            },
            Variation {
                name: "Overhead side reach",
                how: "Fingers locked overhead, lean slowly to one side for a breath, then the other.",
                illustration: Illustration {
                    from: Pose::ReachLeft,
                    to: Some(Pose::ReachRight),
                    alt: "A person standing with fingers locked overhead leans slowly to one side, then the other.",
                },
            },
        ],
        illustration: Illustration {
            from: Pose::CobraDown,
            to: Some(Pose::CobraUp),
            alt: "A person lying face down pushes the chest up with the hands while the hips stay on the floor.",
        },
    },
];

/// The whole routine, in the order it is done.
pub fn routine() -> &'static [Exercise; 5] {
    &ROUTINE
}
