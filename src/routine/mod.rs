//! The routine as data: five exercises for middle back pain, their steps,
//! starting dosage, progression levels, caps, variations and safety notes.
//!
//! Facts follow the source routine; every sentence is written for Upright
//! and is a message (`locales/*/routine.ftl`, the safety lines in
//! `safety.ftl`), put into the person's language by the accessors here.
//! Nothing here knows about time, storage or the browser.

mod data;
mod dosage;

pub use data::routine;
pub use dosage::{check_dosage, Dosage, DosageError, BRIDGE_REST_S, CRUNCH_REST_S};

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


#[cfg(test)]
mod tests;
