//! How much of an exercise to do ([`Dosage`]), and the routine's caps and
//! minimums that every dosage is checked against ([`check_dosage`]).

use super::{ExerciseId, MAX_BRIDGE_HOLDS, MAX_BRIDGE_HOLD_S, MAX_CORE_BREATHS, MAX_CRUNCHES_PER_DAY};
use crate::i18n::Words;
use crate::tr;
use serde::{Deserialize, Serialize};

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
