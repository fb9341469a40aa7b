//! Checking a running workout read back from storage before it runs again.
//!
//! `upright.active` is text anyone with the device can edit, and a bug in an
//! older build could have written a plan today's rules refuse. The plan is
//! re-read against the routine: each exercise's dosage is worked out from
//! the steps themselves (what the player would actually ask for), checked
//! with [`check_dosage`] and compared with the plan's own list, and every
//! step is checked for a kind, a length and counts the routine allows. A
//! workout that fails is set aside by the browser code (quarantine key,
//! download, notice), never run.
//!
//! Wording of steps is not compared with today's: an update between the
//! start and the reload may have reworded them, and text is only shown.

use super::plan::{Plan, Side, Step, StepKind};
use super::ActiveWorkout;
use crate::routine::{check_dosage, Dosage, ExerciseId, Pose, MAX_CRUNCHES_PER_DAY, MIN_SWING_REST_S};

/// Most steps a plan may have. The largest plan the routine allows has
/// fewer than 100.
const MAX_STEPS: usize = 200;

/// Most events a running workout may hold: far more taps than any workout
/// needs, few enough that replaying them stays instant.
const MAX_EVENTS: usize = 5_000;

/// Longest title or instruction, in bytes.
const MAX_TEXT: usize = 300;

/// How far this device's clock may have stepped back since the workout was
/// saved (clock corrections) before its start counts as in the future.
const CLOCK_SKEW_MS: u64 = 10 * 60_000;

/// Re-checks a running workout read back from storage against the routine's
/// caps and rules, at `now_ms`: pain 0-10, a start not in the future, a
/// plan of known step kinds in routine order, each exercise's work (reps per
/// set, sets, total crunches within the plan's allowance and the day's cap,
/// holds, breaths, swing rounds and lengths, the stretches) passing
/// [`check_dosage`] and matching the plan's dosages, rests and countdowns of
/// sane lengths. `Err` says what is wrong, in words for the person; the
/// workout must then be set aside, not resumed.
pub fn check_resumed(active: &ActiveWorkout, now_ms: u64) -> Result<(), String> {
    if active.id.trim().is_empty() {
        return Err("it has no id".into());
    }
    if active.pain_before.is_some_and(|p| p > 10) {
        return Err("its pain rating is not between 0 and 10".into());
    }
    let session = &active.session;
    if session.started_at_ms > now_ms.saturating_add(CLOCK_SKEW_MS) {
        return Err("it starts in the future".into());
    }
    if session.events.len() > MAX_EVENTS {
        return Err(format!("it holds {} taps, more than any workout needs", session.events.len()));
    }
    check_plan(&session.plan)
}

/// The plan part of [`check_resumed`].
fn check_plan(plan: &Plan) -> Result<(), String> {
    let steps = &plan.steps;
    if steps.is_empty() {
        return Err("its plan has no steps".into());
    }
    if steps.len() > MAX_STEPS {
        return Err(format!("its plan has {} steps, more than the routine ever needs", steps.len()));
    }
    if let Some(limit) = plan.crunch_allowance {
        if limit > MAX_CRUNCHES_PER_DAY {
            return Err(format!(
                "it allows {limit} crunches; the most a day may hold is {MAX_CRUNCHES_PER_DAY}"
            ));
        }
    }
    for (i, s) in steps.iter().enumerate() {
        check_step(i, s)?;
    }
    // Exercises come in routine order, each in one run of steps.
    if steps.windows(2).any(|w| w[1].exercise < w[0].exercise) {
        return Err("its exercises are out of the routine's order".into());
    }
    let mut ids: Vec<ExerciseId> = steps.iter().map(|s| s.exercise).collect();
    ids.dedup();
    for &id in &ids {
        let mine: Vec<&Step> = steps.iter().filter(|s| s.exercise == id).collect();
        let mut dosage = dosage_of(id, &mine)?;
        let listed = plan.dosage(id);
        // Whether rounds may grow is not visible in the steps: take the list's word.
        if let (Dosage::Swings { extend, .. }, Some(Dosage::Swings { extend: listed, .. })) = (&mut dosage, listed) {
            *extend = listed;
        }
        let en = crate::i18n::Words::english(); // i18n: words from caller
        check_dosage(id, &dosage).map_err(|why| format!("{}: {}", id.exercise().name(&en), why.text(&en)))?;
        if !plan.dosages.is_empty() && listed != Some(dosage) {
            return Err(format!("its steps for {} do not match its own plan", id.exercise().name(&en)));
        }
        if id == ExerciseId::Crunches && dosage.total_reps() > plan.crunch_limit() {
            return Err(format!(
                "it asks for {} crunches where only {} were left for the day",
                dosage.total_reps(),
                plan.crunch_limit()
            ));
        }
    }
    if plan.dosages.iter().any(|(id, _)| !ids.contains(id)) {
        return Err("its plan lists an exercise it has no steps for".into());
    }
    Ok(())
}

/// Seconds in a step's length, for messages and comparisons.
fn seconds(ms: u64) -> u64 {
    ms / 1000
}

/// One step on its own: a kind its exercise has, a length in bounds, counts
/// where the kind needs them, text of a sane size.
fn check_step(i: usize, s: &Step) -> Result<(), String> {
    use StepKind::*;
    let n = i + 1;
    if s.title.len() > MAX_TEXT || s.instruction.len() > MAX_TEXT {
        return Err(format!("step {n} has an overlong text"));
    }
    let fits = match s.exercise {
        ExerciseId::BackBridge => matches!(s.kind, GetReady | Transition | Hold | Rest),
        ExerciseId::Crunches => matches!(s.kind, GetReady | Transition | Reps | Rest),
        ExerciseId::CoreBreath => matches!(s.kind, GetReady | Transition | Breaths),
        ExerciseId::LegSwings => matches!(s.kind, GetReady | Transition | Timed | Rest),
        ExerciseId::MidBackStretches => matches!(s.kind, GetReady | Transition | Breaths | Rest),
    };
    if !fits {
        return Err(format!("step {n} is a kind of step {} does not have", s.exercise.exercise().name(&crate::i18n::Words::english()))); // i18n: words from caller
    }
    if (s.kind == GetReady) != (i == 0) {
        return Err("only its first step may be the get-ready countdown".into());
    }
    // A crunch set has a length only with a cadence, of one crunch every so
    // often, within the range the settings offer.
    let paced = |d: u64| {
        let reps = u64::from(s.reps.unwrap_or(0).max(1));
        d.is_multiple_of(reps) && crate::progress::CRUNCH_PACE_RANGE_MS.contains(&u32::try_from(d / reps).unwrap_or(0))
    };
    let length_fits = match (s.kind, s.duration_ms) {
        (Reps, None) => true,
        (Reps, Some(d)) => paced(d),
        (_, d) => d.is_some(),
    };
    if !length_fits {
        return Err(format!("step {n} has no length, or a crunch set's length is no cadence"));
    }
    let secs = s.duration_ms.map_or(0, seconds);
    let within = |lo: u64, hi: u64| (lo..=hi).contains(&secs);
    let ok = match s.kind {
        // The one table settings also read: a countdown they allow resumes.
        GetReady | Transition => u32::try_from(secs).is_ok_and(|t| crate::progress::LIMITS.countdown_s().contains(&t)),
        Rest if s.exercise == ExerciseId::LegSwings => within(u64::from(MIN_SWING_REST_S), 180),
        // Rests are not a safety cap; older builds allowed up to 180 s.
        Rest => within(5, 180),
        // Lengths of holds and rounds are checked with the dosage.
        Hold | Timed => true,
        Reps => s.reps.is_some_and(|r| (1..=MAX_CRUNCHES_PER_DAY).contains(&r)),
        // Up to 16 s a breath, and 8 s for a cobra's push-up or a reach's lean and return.
        Breaths => s.breaths.is_some_and(|b| (1..=10).contains(&b) && within(3 * u64::from(b), 16 * u64::from(b) + 8)),
    };
    if !ok {
        return Err(format!("step {n} ({}) has a length or count the routine does not allow", s.title));
    }
    Ok(())
}

/// All equal, or None (also when empty).
fn same<T: PartialEq + Copy>(mut values: impl Iterator<Item = T>) -> Option<T> {
    let first = values.next()?;
    values.all(|v| v == first).then_some(first)
}

/// The dosage an exercise's steps really ask for.
fn dosage_of(id: ExerciseId, steps: &[&Step]) -> Result<Dosage, String> {
    let name = id.exercise().name(&crate::i18n::Words::english()); // i18n: words from caller
    let uneven = || format!("{name} has no work to do, or sets of different sizes");
    let of = |kind: StepKind| steps.iter().copied().filter(move |s| s.kind == kind);
    let count = |kind: StepKind| u32::try_from(of(kind).count()).unwrap_or(u32::MAX);
    let secs = |s: &Step| u32::try_from(s.duration_ms.map_or(0, seconds)).unwrap_or(u32::MAX);
    Ok(match id {
        ExerciseId::BackBridge => Dosage::Holds {
            hold_s: same(of(StepKind::Hold).map(secs)).ok_or_else(uneven)?,
            repeats: count(StepKind::Hold),
            ball: same(of(StepKind::Hold).map(|s| s.pose == Pose::BallBridge)).ok_or_else(uneven)?,
        },
        ExerciseId::Crunches => Dosage::Reps {
            reps: same(of(StepKind::Reps).map(|s| s.reps.unwrap_or(0))).ok_or_else(uneven)?,
            sets: count(StepKind::Reps),
        },
        ExerciseId::CoreBreath => Dosage::Breaths { count: count(StepKind::Breaths) },
        ExerciseId::LegSwings => {
            let rounds = |pose: Pose| -> Result<u32, String> {
                let legs = |side: Side| of(StepKind::Timed).filter(|s| s.pose == pose && s.side == Some(side)).count();
                let (left, right) = (legs(Side::Left), legs(Side::Right));
                if left != right {
                    return Err(format!("{name} do not give both legs the same rounds"));
                }
                Ok(u32::try_from(left).unwrap_or(u32::MAX))
            };
            let (front, side) = (rounds(Pose::SwingFront)?, rounds(Pose::SwingSide)?);
            if 2 * (front + side) != count(StepKind::Timed) {
                return Err(format!("{name} have a round of an unknown kind"));
            }
            Dosage::Swings {
                seconds: same(of(StepKind::Timed).map(secs)).ok_or_else(uneven)?,
                front_rounds: front,
                side_rounds: side,
                extend: false,
            }
        }
        ExerciseId::MidBackStretches => {
            let cobras = || of(StepKind::Breaths).filter(|s| s.side.is_none());
            let reaches = of(StepKind::Breaths).filter(|s| s.side.is_some()).count();
            if reaches % 2 != 0 {
                return Err(format!("{name} do not reach to both sides alike"));
            }
            Dosage::Stretches {
                cobra_repeats: u32::try_from(cobras().count()).unwrap_or(u32::MAX),
                cobra_breaths: same(cobras().map(|s| s.breaths.unwrap_or(0))).ok_or_else(uneven)?,
                reach_per_side: u32::try_from(reaches / 2).unwrap_or(u32::MAX),
            }
        }
    })
}
