//! Progression suggestions from the history: step up, stay, or step back.
//!
//! # Rules
//!
//! The source asks to "dial up slowly". Sessions count by the person's
//! local day: several workouts on one day count once.
//!
//! Step up (exercise `e` at level `L`, enabled, not the stretches, not at the
//! top of its ladder):
//! - on each of the last [`SESSIONS_TO_STEP_UP`] local days with `e`, a
//!   session planned `e` at the dosage of level `L` (days at another level do
//!   not count) and did everything planned ([`ExerciseResult::complete`]);
//!   in every session with `e` on those days pain did not rise
//!   (`pain_after <= pain_before` when both were given), no rating reached
//!   [`HIGH_PAIN`] (that is the pain warning's territory) and no exercise was
//!   stopped with "this hurts";
//! - the latest session overall neither raised pain by [`PAIN_RISE_HOLD`] or
//!   more nor had `e` stopped with "this hurts";
//! - the pain warning's pattern does not hold now ([`pain_warning_due`],
//!   whether or not the warning was shown or answered), and no rest day of
//!   the last [`REST_DAYS_WINDOW`] days was logged at [`HIGH_PAIN`] or more:
//!   pain on the days between workouts counts as much as on workout days;
//! - at most one step a week: when the history shows `e` at another level
//!   before, the first day at `L` is at least [`STEP_UP_MIN_DAYS`] ago;
//! - and each of those days has a pain rating (before or after): without
//!   one nobody can tell the work leaves the back no worse, so instead of the
//!   step up one [`Suggestion::RatePain`] asks for ratings.
//!
//! Crunches climb 2×15 → 2×20 → 3×20 → 4×20, and the last step is a choice
//! between 4×25 and 5×20 (both 100, the cap): one [`Suggestion::StepUp`]
//! carries both levels. Bridges climb 2 → 3 → 4 holds, then the ball, then
//! longer holds and more of them up to 6 × 30 s; leg swings go on to longer
//! rounds ("until you're tired"); the person picks the number of core
//! breaths freely, so they are never suggested; stretches never change.
//!
//! Sessions and logged ratings dated after now (a changed clock, a damaged
//! store: see `future`) are set aside: never the latest session.
//!
//! Hold back, about the latest session overall (by start):
//! - `e` was stopped with "this hurts": [`Suggestion::StepBack`] one level
//!   (from either crunch top level back to 4×20), or [`Suggestion::Stay`] when
//!   already at the first level;
//! - pain rose by [`PAIN_RISE_HOLD`] or more and `e` would otherwise have
//!   earned a step up: [`Suggestion::Stay`]. (An exercise that had not
//!   earned a step gets no message: there is nothing to hold back.)
//!
//! "Not yet": a declined entry `(exercise id, ms)` in `Meta::suggestions_declined`
//! hides a step up on that exercise for [`DECLINE_QUIET_DAYS`] days. A Stay,
//! StepBack or RatePain the person dismissed stays hidden until a later
//! session gives a new reason (its session ended after the dismissal), so new
//! pain is never silenced by an old "not yet".

use super::ladder::{next_levels, previous_level};
use super::pain::{pain_warning_due, HIGH_PAIN};
use crate::progress::stats::{local_day, session_day, session_offset, MS_PER_DAY};
use crate::i18n::Words;
use crate::progress::{exercise_name, is_future, ExerciseResult, PainEntry, SessionRecord, Settings};
use crate::routine::{Dosage, ExerciseId, SWING_EXTEND_S};
use crate::tr;

/// Local days in a row with the exercise, at the current level, that must go
/// well before a step up (several sessions on a day count once).
pub const SESSIONS_TO_STEP_UP: usize = 2;

/// Least days between two step ups of one exercise: at most one a week.
pub const STEP_UP_MIN_DAYS: i64 = 7;

/// A rise of pain (after minus before) in the latest session this large or
/// larger blocks every step up and asks the person to stay.
pub const PAIN_RISE_HOLD: u8 = 2;

/// Local days (today included) in which a rest day logged at [`HIGH_PAIN`]
/// or more holds back every step up.
pub const REST_DAYS_WINDOW: i64 = 7;

/// Days a declined ("Not yet") step up stays hidden.
pub const DECLINE_QUIET_DAYS: u64 = 3;

/// What Upright offers about one exercise's level.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Suggestion {
    /// Ready for the next step. `to_level` is the next level; `alternative`
    /// is a second choice at the same point of the ladder (only the crunches'
    /// last step: 4×25 or 5×20).
    StepUp {
        /// Which exercise.
        exercise: ExerciseId,
        /// The level offered.
        to_level: usize,
        /// Another level the person may pick instead.
        alternative: Option<usize>,
        /// The question shown, e.g. "Ready for 20 crunches a set?".
        message: String,
    },
    /// Keep the current level for now.
    Stay {
        /// Which exercise.
        exercise: ExerciseId,
        /// Why, in plain words.
        message: String,
    },
    /// Go one level easier.
    StepBack {
        /// Which exercise.
        exercise: ExerciseId,
        /// The easier level offered.
        to_level: usize,
        /// Why, in plain words.
        message: String,
    },
    /// A step up was earned, but the good days have no pain ratings: asks
    /// for them instead. At most one in a list, whatever the exercises.
    RatePain {
        /// The first exercise that would have stepped up.
        exercise: ExerciseId,
        /// The request, in plain words.
        message: String,
    },
}

impl Suggestion {
    /// The exercise it is about.
    pub fn exercise(&self) -> ExerciseId {
        match self {
            Suggestion::StepUp { exercise, .. }
            | Suggestion::Stay { exercise, .. }
            | Suggestion::StepBack { exercise, .. }
            | Suggestion::RatePain { exercise, .. } => *exercise,
        }
    }

    /// The sentence shown to the person.
    pub fn message(&self) -> &str {
        match self {
            Suggestion::StepUp { message, .. }
            | Suggestion::Stay { message, .. }
            | Suggestion::StepBack { message, .. }
            | Suggestion::RatePain { message, .. } => message,
        }
    }

    /// Levels the person may accept (empty for [`Suggestion::Stay`] and
    /// [`Suggestion::RatePain`]).
    pub fn choices(&self) -> Vec<usize> {
        match self {
            Suggestion::StepUp {
                to_level,
                alternative,
                ..
            } => std::iter::once(*to_level).chain(*alternative).collect(),
            Suggestion::StepBack { to_level, .. } => vec![*to_level],
            Suggestion::Stay { .. } | Suggestion::RatePain { .. } => Vec::new(),
        }
    }

    /// A short machine name: "step-up", "stay", "step-back" or "rate-pain".
    pub fn kind(&self) -> &'static str {
        match self {
            Suggestion::StepUp { .. } => "step-up",
            Suggestion::Stay { .. } => "stay",
            Suggestion::StepBack { .. } => "step-back",
            Suggestion::RatePain { .. } => "rate-pain",
        }
    }
}

/// Pain rose by this much in a session (0 when it did not, or a rating is missing).
fn pain_rise(s: &SessionRecord) -> u8 {
    match (s.pain_before, s.pain_after) {
        (Some(b), Some(a)) => a.saturating_sub(b),
        _ => 0,
    }
}

/// The question for a step up from `from` to `to` (first choice), in our words.
fn step_up_message(
    id: ExerciseId,
    from: Dosage,
    to: Dosage,
    alternative: Option<Dosage>,
    words: &Words,
) -> String {
    match (id, from, to) {
        (ExerciseId::Crunches, _, _) if alternative.is_some() => {
            tr!(words, "records-up-crunch-top")
        }
        (ExerciseId::Crunches, Dosage::Reps { reps: r0, .. }, Dosage::Reps { reps, .. }) if reps != r0 => {
            tr!(words, "records-up-crunch-reps", reps = reps)
        }
        (ExerciseId::Crunches, _, Dosage::Reps { reps, sets }) => {
            tr!(words, "records-up-crunch-sets", sets = sets, reps = reps)
        }
        (ExerciseId::BackBridge, Dosage::Holds { ball: false, .. }, Dosage::Holds { ball: true, .. }) => {
            tr!(words, "records-up-ball")
        }
        (ExerciseId::BackBridge, _, Dosage::Holds { repeats, hold_s, ball: true }) => {
            tr!(words, "records-up-ball-bridges", repeats = repeats, seconds = hold_s)
        }
        (ExerciseId::BackBridge, _, Dosage::Holds { repeats, hold_s, .. }) => {
            tr!(words, "records-up-bridges", repeats = repeats, seconds = hold_s)
        }
        (ExerciseId::LegSwings, _, _) => {
            tr!(words, "records-up-swings", seconds = SWING_EXTEND_S)
        }
        (_, _, to) => tr!(words, "records-up-other", dosage = to.summary(words)),
    }
}

/// Progression suggestions from the history (sorted or not), the ratings
/// logged on their own, the current settings and what the person declined,
/// at `now_ms` in the zone `tz_offset_min` (the device's offset now). See
/// the module documentation for the rules. At most one suggestion per
/// exercise, in routine order.
pub fn suggestions(
    sessions: &[SessionRecord],
    pain_log: &[PainEntry],
    settings: &Settings,
    declined: &[(String, u64)],
    now_ms: u64,
    tz_offset_min: i32,
    words: &Words,
) -> Vec<Suggestion> {
    let mut ordered: Vec<&SessionRecord> = sessions.iter().filter(|s| !is_future(s.started_at_ms, now_ms)).collect();
    ordered.sort_by(|a, b| a.cmp_by_start(b));
    let Some(latest) = ordered.last().copied() else {
        return Vec::new();
    };
    let rose = pain_rise(latest);
    let today = local_day(now_ms, session_offset(latest, 0));
    // Pain between workouts holds back every step up, as pain in them does.
    let now_day = local_day(now_ms, tz_offset_min);
    let sore_rest_day = pain_log
        .iter()
        .any(|e| e.at_ms <= now_ms && e.pain >= HIGH_PAIN && (0..REST_DAYS_WINDOW).contains(&(now_day - e.day())));
    let hold_ups = sore_rest_day || pain_warning_due(sessions, pain_log, now_ms, tz_offset_min);
    let mut asked_rating = false;

    let mut out = Vec::new();
    for id in ExerciseId::ALL {
        if id == ExerciseId::MidBackStretches || !settings.is_enabled(id) {
            continue;
        }
        let ex = id.exercise();
        let level = settings.level(id);
        let dosage = settings.dosage(id);
        let name = exercise_name(id, words);

        // The latest session's own verdict comes first.
        let stopped = latest.result(id).is_some_and(|r| r.stopped_for_pain);
        let suggestion = if stopped {
            Some(match previous_level(id, level) {
                Some(back) => Suggestion::StepBack {
                    exercise: id,
                    to_level: back,
                    message: tr!(words, "records-step-back", name = name.as_str(), level = ex.levels[back].label(words)),
                },
                None => Suggestion::Stay {
                    exercise: id,
                    message: tr!(words, "records-stay-start", name = name.as_str()),
                },
            })
        } else {
            let ups = next_levels(id, level);
            let days = days_with(&ordered, id);
            let recent = &days[days.len().saturating_sub(SESSIONS_TO_STEP_UP)..];
            let done_all = recent.len() == SESSIONS_TO_STEP_UP
                && recent.iter().all(|(_, day)| day.iter().any(|(_, r)| r.planned == dosage && r.complete()));
            // Conservative: a session where anything was stopped with "this
            // hurts" is not a good session for any exercise.
            // Nor is one rated at HIGH_PAIN or more: that is the pain warning's
            // territory (see a doctor), not a time to add work.
            let earned = done_all
                && !hold_ups
                && recent.iter().flat_map(|(_, day)| day).all(|(s, _)| {
                    pain_rise(s) == 0
                        && s.pain_before.max(s.pain_after).is_none_or(|p| p < HIGH_PAIN)
                        && !s.exercises.iter().any(|r| r.stopped_for_pain)
                });
            let rated = recent
                .iter()
                .all(|(_, day)| day.iter().any(|(s, _)| s.pain_before.is_some() || s.pain_after.is_some()));
            // The first day of the latest run of days at this dosage; when the
            // history shows another dosage before it, the level changed then.
            let run = days.iter().rev().take_while(|(_, day)| day.iter().any(|(_, r)| r.planned == dosage)).count();
            let a_week_on = run == days.len()
                || days.get(days.len() - run).is_some_and(|(since, _)| today - since >= STEP_UP_MIN_DAYS);
            if ups.is_empty() || !done_all {
                None
            } else if rose >= PAIN_RISE_HOLD {
                Some(Suggestion::Stay {
                    exercise: id,
                    message: tr!(words, "records-stay-pain", name = name.as_str(), level = ex.levels[level].label(words)),
                })
            } else if !earned || !a_week_on {
                None
            } else if !rated {
                if asked_rating {
                    continue;
                }
                asked_rating = true;
                Some(Suggestion::RatePain {
                    exercise: id,
                    message: tr!(words, "records-rate-pain"),
                })
            } else {
                let alternative = ups.get(1).copied();
                Some(Suggestion::StepUp {
                    exercise: id,
                    to_level: ups[0],
                    alternative,
                    message: step_up_message(
                        id,
                        dosage,
                        ex.levels[ups[0]].dosage,
                        alternative.map(|l| ex.levels[l].dosage),
                        words,
                    ),
                })
            }
        };
        let Some(suggestion) = suggestion else {
            continue;
        };
        if is_quiet(&suggestion, declined, latest, now_ms) {
            continue;
        }
        out.push(suggestion);
    }
    out
}

/// The local days with `id` in its plan, oldest first, each with its
/// sessions (in order) and their results for `id`.
type Day<'a> = (i64, Vec<(&'a SessionRecord, &'a ExerciseResult)>);

fn days_with<'a>(ordered: &[&'a SessionRecord], id: ExerciseId) -> Vec<Day<'a>> {
    let mut days: Vec<Day<'a>> = Vec::new();
    for s in ordered {
        let Some(r) = s.result(id) else { continue };
        let day = session_day(s, 0);
        match days.last_mut() {
            Some((d, list)) if *d == day => list.push((s, r)),
            _ => days.push((day, vec![(s, r)])),
        }
    }
    days
}

/// Whether a "Not yet" (or a dismissal) hides this suggestion now.
fn is_quiet(
    s: &Suggestion,
    declined: &[(String, u64)],
    latest: &SessionRecord,
    now_ms: u64,
) -> bool {
    let id = s.exercise().as_str();
    declined
        .iter()
        .filter(|(e, _)| e == id)
        .any(|&(_, at)| match s {
            // Either side of now, so a clock a little ahead on another device still counts.
            Suggestion::StepUp { .. } => {
                now_ms.abs_diff(at) < DECLINE_QUIET_DAYS * MS_PER_DAY as u64
            }
            // Dismissed after the session that caused it: hidden until a new one.
            _ => at >= latest.ended_at_ms,
        })
}
