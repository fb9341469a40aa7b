//! The routine as data: five exercises for middle back pain, their steps,
//! starting dosage, progression levels, caps, variations and safety notes.
//!
//! Facts follow the source routine; every sentence is written for Upright
//! and is a message (`locales/*/routine.ftl`, the safety lines in
//! `safety.ftl`), put into the person's language by the accessors here.
//! Nothing here knows about time, storage or the browser.

mod data;

pub use data::routine;

use crate::i18n::Words;
use crate::tr;
use serde::{Deserialize, Serialize};

/// The safety lines, in `words`' language, in the order they are shown.
pub fn safety_notes(words: &Words) -> Vec<String> {
    data::SAFETY_NOTE_IDS.iter().map(|id| words.text(id, None)).collect()
}

/// Version of the routine data. Stored in every session record so history can
/// tell which routine a session followed. Version 2: two swing rounds per leg
/// each way in the base routine, the bridge ladder past the ball, a free
/// number of core breaths.
pub const ROUTINE_VERSION: u32 = 2;

/// Hard cap on crunches in one local day, over every workout of that day:
/// the source says more is not helpful and likely harmful for a sore back.
pub const MAX_CRUNCHES_PER_DAY: u32 = 100;

/// Hard cap on crunches in one session. A session lies within a day, so it
/// is the day's cap; kept as its own name because stored-data checks speak
/// of one session.
pub const MAX_CRUNCH_REPS_PER_SESSION: u32 = MAX_CRUNCHES_PER_DAY;

/// Shortest rest between leg swings the routine allows, in seconds.
pub const MIN_SWING_REST_S: u32 = 15;

/// Seconds one "+30 s" adds to a swing round, once the plan allows longer
/// rounds ("until you're tired").
pub const SWING_EXTEND_S: u32 = 30;

/// Longest a swing round may grow with "+30 s". The source puts no number on
/// "until you're tired"; three minutes on one leg is past tired for most, and
/// a bound keeps a stuck button from running forever.
pub const MAX_SWING_ROUND_S: u32 = 180;

/// Most bridge holds in one workout. The source only rules out absurd
/// volume ("100 30-second bridges"); 6 is far from that.
pub const MAX_BRIDGE_HOLDS: u32 = 6;

/// Longest bridge hold, in seconds (see [`MAX_BRIDGE_HOLDS`]).
pub const MAX_BRIDGE_HOLD_S: u32 = 30;

/// Most core breaths the person may choose. The source lets them do as many
/// as they like; a bound keeps a typo from planning an hour of breathing.
pub const MAX_CORE_BREATHS: u32 = 30;

/// Shortest and longest rest between crunch sets the settings allow, in
/// seconds: the source asks for "about 45 seconds".
pub const CRUNCH_REST_MIN_S: u32 = 30;
/// See [`CRUNCH_REST_MIN_S`].
pub const CRUNCH_REST_MAX_S: u32 = 60;

/// Stable identifiers of the five exercises (also used as `data-exercise`).
/// Stored by the same kebab-case names as [`ExerciseId::as_str`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ExerciseId {
    /// Exercise 1: hips lifted into a straight bridge and held.
    BackBridge,
    /// Exercise 2: small, fast crunches in sets.
    Crunches,
    /// Exercise 3: slow full breaths pushed out through an "oo".
    CoreBreath,
    /// Exercise 4: standing leg swings, front-to-back then sideways.
    LegSwings,
    /// Exercise 5: cobra and overhead side reach, after every workout.
    MidBackStretches,
}

impl ExerciseId {
    /// Every exercise, in routine order.
    pub const ALL: [ExerciseId; 5] = [
        ExerciseId::BackBridge,
        ExerciseId::Crunches,
        ExerciseId::CoreBreath,
        ExerciseId::LegSwings,
        ExerciseId::MidBackStretches,
    ];

    /// The id as used in `data-exercise` attributes and stored documents.
    pub fn as_str(self) -> &'static str {
        match self {
            ExerciseId::BackBridge => "back-bridge",
            ExerciseId::Crunches => "crunches",
            ExerciseId::CoreBreath => "core-breath",
            ExerciseId::LegSwings => "leg-swings",
            ExerciseId::MidBackStretches => "mid-back-stretches",
        }
    }

    /// Parses an id written by [`ExerciseId::as_str`].
    pub fn parse(s: &str) -> Option<ExerciseId> {
        ExerciseId::ALL.into_iter().find(|id| id.as_str() == s)
    }

    /// The exercise data for this id.
    pub fn exercise(self) -> &'static Exercise {
        routine()
            .iter()
            .find(|e| e.id == self)
            .expect("every id has an exercise in the routine table")
    }
}

/// A drawn position of the body. Each has an illustration with the same id
/// (`assets/poses.svg#<id>`), which is also its stored name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Pose {
    /// Lying on the back, knees bent, feet flat, elbows on the floor.
    BridgeDown,
    /// Hips lifted: shoulders to knees in one line.
    BridgeUp,
    /// Bridge with the backs of the knees over an exercise ball.
    BallBridge,
    /// Lying on the back, hands lightly behind the head (the default).
    CrunchDown,
    /// Shoulders lifted just off the floor, hands behind the head.
    CrunchUp,
    /// Lying on the back, hands across the chest (the variation for someone
    /// who pushes the neck forward with the hands).
    CrunchChestDown,
    /// Shoulders lifted just off the floor, hands across the chest.
    CrunchChestUp,
    /// Lying on the back, full breath in, belly domed.
    BreathIn,
    /// Breathing out through a small "oo", belly still domed.
    BreathOut,
    /// Standing on one leg, the other swung forward.
    SwingFront,
    /// The same leg swung back.
    SwingBack,
    /// Standing on one leg, the other swung out to the side.
    SwingSide,
    /// Swung back across the body.
    SwingAcross,
    /// Lying on the stomach, hands under the shoulders.
    CobraDown,
    /// Chest lifted, hips on the floor.
    CobraUp,
    /// Standing, fingers locked overhead, upright.
    ReachUp,
    /// Leaning to the left.
    ReachLeft,
    /// Leaning to the right.
    ReachRight,
}

impl Pose {
    /// Every pose, in declaration order.
    pub const ALL: [Pose; 18] = [
        Pose::BridgeDown,
        Pose::BridgeUp,
        Pose::BallBridge,
        Pose::CrunchDown,
        Pose::CrunchUp,
        Pose::CrunchChestDown,
        Pose::CrunchChestUp,
        Pose::BreathIn,
        Pose::BreathOut,
        Pose::SwingFront,
        Pose::SwingBack,
        Pose::SwingSide,
        Pose::SwingAcross,
        Pose::CobraDown,
        Pose::CobraUp,
        Pose::ReachUp,
        Pose::ReachLeft,
        Pose::ReachRight,
    ];

    /// The id of the pose's illustration in the sprite.
    pub fn as_str(self) -> &'static str {
        match self {
            Pose::BridgeDown => "bridge-down",
            Pose::BridgeUp => "bridge-up",
            Pose::BallBridge => "ball-bridge",
            Pose::CrunchDown => "crunch-down",
            Pose::CrunchUp => "crunch-up",
            Pose::CrunchChestDown => "crunch-chest-down",
            Pose::CrunchChestUp => "crunch-chest-up",
            Pose::BreathIn => "breath-in",
            Pose::BreathOut => "breath-out",
            Pose::SwingFront => "swing-front",
            Pose::SwingBack => "swing-back",
            Pose::SwingSide => "swing-side",
            Pose::SwingAcross => "swing-across",
            Pose::CobraDown => "cobra-down",
            Pose::CobraUp => "cobra-up",
            Pose::ReachUp => "reach-up",
            Pose::ReachLeft => "reach-left",
            Pose::ReachRight => "reach-right",
        }
    }
}

/// A picture of an exercise: one pose, or two the card moves between.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Illustration {
    /// The resting position.
    pub from: Pose,
    /// The working position, when the movement has two.
    pub to: Option<Pose>,
    /// The message describing the picture (see [`Illustration::alt`]).
    pub alt_id: &'static str,
}

impl Illustration {
    /// Text alternative describing the picture.
    pub fn alt(&self, words: &Words) -> String {
        words.text(self.alt_id, None)
    }
}

/// How much of an exercise to do. One variant per kind of work.
///
/// Stored as an object tagged with its `kind`, e.g.
/// `{"kind":"reps","reps":15,"sets":2}`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Dosage {
    /// Timed holds repeated, with a short rest between them.
    Holds {
        /// Seconds to hold each repeat.
        hold_s: u32,
        /// How many holds.
        repeats: u32,
        /// Whether the knees rest over an exercise ball (harder).
        ball: bool,
    },
    /// Sets of user-paced repetitions with rest between sets.
    Reps {
        /// Repetitions in each set.
        reps: u32,
        /// Number of sets.
        sets: u32,
    },
    /// Slow breaths, each pushed out against a small "oo".
    Breaths {
        /// Number of breaths.
        count: u32,
    },
    /// Timed swings per leg, front-to-back then sideways.
    Swings {
        /// Seconds per leg for each round.
        seconds: u32,
        /// Front-to-back rounds per leg; a round after the first may be
        /// stopped early when it feels too hard.
        front_rounds: u32,
        /// Sideways rounds per leg. Routine 1 had one; absent in its records,
        /// so it reads as 1 and is written only when it differs.
        #[serde(default = "one_round", skip_serializing_if = "is_one_round")]
        side_rounds: u32,
        /// Whether a round may be made longer ("+30 s") once the basics are
        /// easy. Absent (false) in older records.
        #[serde(default, skip_serializing_if = "is_false")]
        extend: bool,
    },
    /// The two stretches, which never progress.
    Stretches {
        /// Cobra repeats.
        cobra_repeats: u32,
        /// Breaths held in each cobra.
        cobra_breaths: u32,
        /// Side reaches on each side.
        reach_per_side: u32,
    },
}

fn one_round() -> u32 {
    1
}

fn is_one_round(n: &u32) -> bool {
    *n == 1
}

fn is_false(b: &bool) -> bool {
    !*b
}

impl Dosage {
    /// Total repetitions of a rep-based dosage (0 for other kinds).
    pub fn total_reps(&self) -> u32 {
        match *self {
            Dosage::Reps { reps, sets } => reps.saturating_mul(sets),
            _ => 0,
        }
    }

    /// A short human summary of the work, e.g. "2 × 15 reps". Rests are
    /// left out: they come from the settings, which a dosage does not know
    /// (see `Settings::dosage_text` for the line with the rest in use).
    pub fn summary(&self, words: &Words) -> String {
        let yes = |b: bool| if b { "yes" } else { "no" };
        match *self {
            Dosage::Holds { hold_s, repeats, ball } => {
                let id = if ball { "routine-dosage-holds-ball" } else { "routine-dosage-holds" };
                tr!(words, id, repeats = repeats, seconds = hold_s)
            }
            Dosage::Reps { reps, sets } => tr!(words, "routine-dosage-reps", sets = sets, reps = reps),
            Dosage::Breaths { count } => tr!(words, "routine-dosage-breaths", count = count),
            Dosage::Swings { seconds, front_rounds, side_rounds, extend } => tr!(
                words,
                "routine-dosage-swings",
                seconds = seconds,
                front = front_rounds,
                side = side_rounds,
                same = yes(side_rounds == front_rounds),
                longer = yes(extend)
            ),
            Dosage::Stretches { cobra_repeats, cobra_breaths, reach_per_side } => tr!(
                words,
                "routine-dosage-stretches",
                repeats = cobra_repeats,
                breaths = cobra_breaths,
                reaches = reach_per_side
            ),
        }
    }
}

/// Rest between crunch sets, in seconds: the source's "about 45 seconds".
pub const CRUNCH_REST_S: u32 = 45;
/// Rest between bridge holds, in seconds. The source gives none; a short
/// breather keeps the holds honest without cooling down.
pub const BRIDGE_REST_S: u32 = 10;

/// One step on an exercise's ladder.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Level {
    /// The dosage at this level.
    pub dosage: Dosage,
    /// The message of its label (see [`Level::label`]); its numbers come
    /// from the dosage.
    pub label_id: &'static str,
}

impl Level {
    /// Short label in a list of rungs, e.g. "3 holds of 10 s".
    pub fn label(&self, words: &Words) -> String {
        match self.dosage {
            Dosage::Holds { hold_s, repeats, .. } => tr!(words, self.label_id, repeats = repeats, seconds = hold_s),
            Dosage::Reps { reps, sets } => {
                tr!(words, self.label_id, sets = sets, reps = reps, total = reps.saturating_mul(sets))
            }
            Dosage::Breaths { count } => tr!(words, self.label_id, count = count),
            Dosage::Swings { seconds, front_rounds, .. } => {
                tr!(words, self.label_id, rounds = front_rounds, seconds = seconds)
            }
            Dosage::Stretches { .. } => words.text(self.label_id, None),
        }
    }
}

/// An easier or harder way to do an exercise.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Variation {
    /// The start of its messages' ids (`<id>-name`, `<id>-how`).
    pub id: &'static str,
    /// Its illustration.
    pub illustration: Illustration,
}

impl Variation {
    /// Name of the variation.
    pub fn name(&self, words: &Words) -> String {
        words.text(&format!("{}-name", self.id), None)
    }

    /// When and how to use it.
    pub fn how(&self, words: &Words) -> String {
        words.text(&format!("{}-how", self.id), None)
    }
}

/// One exercise of the routine. Its words are the messages
/// `routine-<id>-name`, `-purpose`, `-step-1`…, `-cue-1`…, `-caution-1`…,
/// `-progression` (see the accessors).
#[derive(Debug, PartialEq, Eq)]
pub struct Exercise {
    /// Stable id.
    pub id: ExerciseId,
    /// How many steps its card lists.
    pub step_count: usize,
    /// How many form cues.
    pub cue_count: usize,
    /// How many cautions.
    pub caution_count: usize,
    /// Progression ladder; index 0 is the starting dosage.
    pub levels: &'static [Level],
    /// Easier or harder variations.
    pub variations: &'static [Variation],
    /// The main illustration.
    pub illustration: Illustration,
}

impl Exercise {
    /// The message `routine-<id>-<part>`.
    fn text(&self, words: &Words, part: &str) -> String {
        words.text(&format!("routine-{}-{part}", self.id.as_str()), None)
    }

    /// The numbered messages `routine-<id>-<part>-1` to `-<count>`.
    fn texts(&self, words: &Words, part: &str, count: usize) -> Vec<String> {
        (1..=count).map(|n| self.text(words, &format!("{part}-{n}"))).collect()
    }

    /// Display name.
    pub fn name(&self, words: &Words) -> String {
        self.text(words, "name")
    }

    /// What it helps and why, in one sentence.
    pub fn purpose(&self, words: &Words) -> String {
        self.text(words, "purpose")
    }

    /// How to do it, one instruction per step.
    pub fn steps(&self, words: &Words) -> Vec<String> {
        self.texts(words, "step", self.step_count)
    }

    /// Short form cues shown on the card and spoken in the player.
    pub fn form_cues(&self, words: &Words) -> Vec<String> {
        self.texts(words, "cue", self.cue_count)
    }

    /// Warnings the user must see.
    pub fn cautions(&self, words: &Words) -> Vec<String> {
        self.texts(words, "caution", self.caution_count)
    }

    /// How the exercise progresses, in words.
    pub fn progression(&self, words: &Words) -> String {
        self.text(words, "progression")
    }

    /// The starting dosage.
    pub fn start_dosage(&self) -> Dosage {
        self.levels[0].dosage
    }

    /// The dosage at `level`, clamped to the top of the ladder.
    pub fn dosage_at(&self, level: usize) -> Dosage {
        self.levels[level.min(self.levels.len() - 1)].dosage
    }

    /// Highest valid level index.
    pub fn max_level(&self) -> usize {
        self.levels.len() - 1
    }

    /// The text alternative for a picture showing `pose`: the variation's
    /// own picture when one shows it (the side reach is not the cobra), the
    /// exercise's otherwise. Standing with the arms up belongs to the reach.
    pub fn alt_for(&self, pose: Pose, words: &Words) -> String {
        let shows = |ill: &Illustration| ill.from == pose || ill.to == Some(pose);
        let reach = |ill: &Illustration| pose == Pose::ReachUp && matches!(ill.from, Pose::ReachLeft | Pose::ReachRight);
        self.variations
            .iter()
            .map(|v| &v.illustration)
            .find(|ill| shows(ill) || reach(ill))
            .unwrap_or(&self.illustration)
            .alt(words)
    }
}

/// Why a dosage is refused: the routine's caps and minimums. Put into
/// words for the person with [`DosageError::text`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DosageError {
    /// A bridge without a hold, or a hold of no time.
    BridgeEmpty,
    /// More bridges, or longer ones, than the cap.
    BridgeOver,
    /// Crunches without a set or a rep.
    CrunchesEmpty,
    /// More crunches than a day allows.
    CrunchesOver {
        /// Sets asked for.
        sets: u32,
        /// Reps in each set.
        reps: u32,
    },
    /// Fewer than one or more than [`MAX_CORE_BREATHS`] breaths.
    Breaths,
    /// Swing rounds shorter than 10 s or longer than 60 s.
    SwingSeconds,
    /// Other than one or two swing rounds each way.
    SwingRounds,
    /// Stretches other than the fixed set.
    Stretches,
    /// A dosage of another exercise's kind.
    Kind(ExerciseId),
}

impl DosageError {
    /// The reason, in words for the person.
    pub fn text(&self, words: &Words) -> String {
        match *self {
            DosageError::BridgeEmpty => words.text("routine-refused-bridge-empty", None),
            DosageError::BridgeOver => {
                tr!(words, "routine-refused-bridge-over", holds = MAX_BRIDGE_HOLDS, seconds = MAX_BRIDGE_HOLD_S)
            }
            DosageError::CrunchesEmpty => words.text("routine-refused-crunches-empty", None),
            DosageError::CrunchesOver { sets, reps } => tr!(
                words,
                "routine-refused-crunches-over",
                sets = sets,
                reps = reps,
                total = reps.saturating_mul(sets),
                cap = MAX_CRUNCHES_PER_DAY
            ),
            DosageError::Breaths => tr!(words, "routine-refused-breaths", most = MAX_CORE_BREATHS),
            DosageError::SwingSeconds => words.text("routine-refused-swing-seconds", None),
            DosageError::SwingRounds => words.text("routine-refused-swing-rounds", None),
            DosageError::Stretches => words.text("routine-refused-stretches", None),
            DosageError::Kind(id) => tr!(words, "routine-refused-kind", name = id.exercise().name(words)),
        }
    }
}

/// Checks a dosage against the routine's caps and minimums; `Err` says why
/// it is refused.
pub fn check_dosage(id: ExerciseId, dosage: &Dosage) -> Result<(), DosageError> {
    match (id, *dosage) {
        (ExerciseId::BackBridge, Dosage::Holds { hold_s, repeats, .. }) => {
            if repeats == 0 || hold_s == 0 {
                return Err(DosageError::BridgeEmpty);
            }
            if repeats > MAX_BRIDGE_HOLDS || hold_s > MAX_BRIDGE_HOLD_S {
                return Err(DosageError::BridgeOver);
            }
            Ok(())
        }
        (ExerciseId::Crunches, Dosage::Reps { reps, sets }) => {
            if reps == 0 || sets == 0 {
                return Err(DosageError::CrunchesEmpty);
            }
            if reps.saturating_mul(sets) > MAX_CRUNCHES_PER_DAY {
                return Err(DosageError::CrunchesOver { sets, reps });
            }
            Ok(())
        }
        (ExerciseId::CoreBreath, Dosage::Breaths { count }) => {
            if count == 0 || count > MAX_CORE_BREATHS {
                return Err(DosageError::Breaths);
            }
            Ok(())
        }
        (ExerciseId::LegSwings, Dosage::Swings { seconds, front_rounds, side_rounds, .. }) => {
            if !(10..=60).contains(&seconds) {
                return Err(DosageError::SwingSeconds);
            }
            if !(1..=2).contains(&front_rounds) || !(1..=2).contains(&side_rounds) {
                return Err(DosageError::SwingRounds);
            }
            Ok(())
        }
        (ExerciseId::MidBackStretches, Dosage::Stretches { .. }) => {
            if *dosage != ExerciseId::MidBackStretches.exercise().start_dosage() {
                return Err(DosageError::Stretches);
            }
            Ok(())
        }
        _ => Err(DosageError::Kind(id)),
    }
}

#[cfg(test)]
mod tests;
