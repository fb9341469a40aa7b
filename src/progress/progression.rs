//! Safe progression: when to offer the next step on an exercise's ladder,
//! when to hold back or step down, checking a chosen level against the
//! routine's caps, and the "please see a doctor" warning when pain stays
//! high or climbs.
//!
//! Everything here is a suggestion for the person to accept or decline;
//! nothing changes a level on its own. Pure: sessions, settings and the
//! clock (`now_ms`) are passed in.
//!
//! # Rules
//!
//! Step up (exercise `e` at level `L`, enabled, not the stretches, not at the
//! top of its ladder):
//! - the last [`SESSIONS_TO_STEP_UP`] sessions that contain `e` all planned
//!   `e` at the dosage of level `L` (sessions at another level do not count),
//!   did everything planned ([`ExerciseResult::complete`]), pain did not
//!   rise in them (`pain_after <= pain_before` when both were given), no
//!   rating in them reached [`HIGH_PAIN`] (that is the pain warning's
//!   territory) and no exercise in them was stopped with "this hurts";
//! - and the latest session overall neither raised pain by
//!   [`PAIN_RISE_HOLD`] or more nor had `e` stopped with "this hurts".
//!
//! Crunches climb 2×15 → 2×20 → 3×20 → 4×20, and the last step is a choice
//! between 4×25 and 5×20 (both 100, the cap): one [`Suggestion::StepUp`]
//! carries both levels. Bridges climb 2 → 3 → 4 holds, then the ball; core
//! breaths grow along their ladder; leg swings add the optional second
//! front-to-back round; stretches never change.
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
//! hides a step up on that exercise for [`DECLINE_QUIET_DAYS`] days. A Stay or
//! StepBack the person dismissed stays hidden until a later session gives a
//! new reason (its session ended after the dismissal), so new pain is never
//! silenced by an old "not yet".

use super::stats::{local_day, session_day, MS_PER_DAY};
use super::{ExerciseResult, SessionRecord, Settings};
use crate::routine::{check_dosage, Dosage, ExerciseId, MIN_SWING_REST_S};
use std::collections::BTreeMap;

/// Sessions in a row, at the current level, that must go well before a step up.
pub const SESSIONS_TO_STEP_UP: usize = 2;

/// A rise of pain (after minus before) in the latest session this large or
/// larger blocks every step up and asks the person to stay.
pub const PAIN_RISE_HOLD: u8 = 2;

/// Days a declined ("Not yet") step up stays hidden.
pub const DECLINE_QUIET_DAYS: u64 = 3;

/// Pain at or above this counts as a high day for the warning.
pub const HIGH_PAIN: u8 = 5;

/// High days in a row that trigger the warning (more than three days).
pub const HIGH_PAIN_DAYS: usize = 4;

/// Rise of the weekly average (this week over the one before) that triggers
/// the warning.
pub const WEEKLY_RISE: i64 = 2;

/// Rated days needed in each of the two weeks compared.
pub const WEEKLY_MIN_DAYS: usize = 3;

/// The high-pain streak must reach this close to today (days) to count: an
/// old streak followed by silence is history, not a warning.
pub const STREAK_RECENT_DAYS: i64 = 2;

/// Signs that mean seeing a doctor before exercising, in our words. Shown on
/// the first-run screening and in the pain warning.
pub const WARNING_SIGNS: &[&str] = &[
    "pain that started after a fall, an accident or another injury",
    "a fever, or feeling generally unwell, along with the back pain",
    "numbness, tingling or weakness in your legs",
    "trouble controlling your bladder or bowels",
    "weight loss you cannot explain",
    "severe pain at night or pain that does not ease when you rest",
];

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
}

impl Suggestion {
    /// The exercise it is about.
    pub fn exercise(&self) -> ExerciseId {
        match self {
            Suggestion::StepUp { exercise, .. }
            | Suggestion::Stay { exercise, .. }
            | Suggestion::StepBack { exercise, .. } => *exercise,
        }
    }

    /// The sentence shown to the person.
    pub fn message(&self) -> &str {
        match self {
            Suggestion::StepUp { message, .. }
            | Suggestion::Stay { message, .. }
            | Suggestion::StepBack { message, .. } => message,
        }
    }

    /// Levels the person may accept (empty for [`Suggestion::Stay`]).
    pub fn choices(&self) -> Vec<usize> {
        match self {
            Suggestion::StepUp {
                to_level,
                alternative,
                ..
            } => std::iter::once(*to_level).chain(*alternative).collect(),
            Suggestion::StepBack { to_level, .. } => vec![*to_level],
            Suggestion::Stay { .. } => Vec::new(),
        }
    }

    /// A short machine name: "step-up", "stay" or "step-back".
    pub fn kind(&self) -> &'static str {
        match self {
            Suggestion::StepUp { .. } => "step-up",
            Suggestion::Stay { .. } => "stay",
            Suggestion::StepBack { .. } => "step-back",
        }
    }
}

/// Levels one step above `level` on `id`'s ladder: one level, two for the
/// crunches' final choice, none at the top or for the stretches.
pub fn next_levels(id: ExerciseId, level: usize) -> Vec<usize> {
    let ex = id.exercise();
    let max = ex.max_level();
    if id == ExerciseId::MidBackStretches || level >= max {
        return Vec::new();
    }
    if id == ExerciseId::Crunches {
        // The last two rungs are side by side: both are the top.
        let fork = max - 1;
        return match level {
            l if l + 1 < fork => vec![l + 1],
            l if l + 1 == fork => vec![fork, max],
            _ => Vec::new(),
        };
    }
    vec![level + 1]
}

/// The level one step below `level` (the crunches' two top levels both step
/// back to 4×20). None at the first level and for the stretches.
pub fn previous_level(id: ExerciseId, level: usize) -> Option<usize> {
    if id == ExerciseId::MidBackStretches || level == 0 {
        return None;
    }
    let max = id.exercise().max_level();
    if id == ExerciseId::Crunches && level == max {
        return Some(max - 2);
    }
    Some(level - 1)
}

/// True when the level is a top of its ladder (no step up from it).
pub fn at_top(id: ExerciseId, level: usize) -> bool {
    next_levels(id, level).is_empty()
}

/// Checks settings a person (or an imported file) chose, without repairing
/// anything: every level on its ladder and within the routine's caps (no
/// more than 100 crunches), rests not below the minimums, volume 0-1, and at
/// least one exercise in the plan. `Err` says why, for the person.
pub fn validate_settings(s: &Settings) -> Result<(), String> {
    for id in ExerciseId::ALL {
        let ex = id.exercise();
        let level = s.levels[Settings::slot(id)];
        if level > ex.max_level() {
            return Err(format!(
                "{} has levels 1 to {}; level {} does not exist.",
                ex.name,
                ex.max_level() + 1,
                level + 1
            ));
        }
        check_dosage(id, &ex.levels[level].dosage)?;
    }
    if !ExerciseId::ALL.iter().any(|id| s.is_enabled(*id)) {
        return Err("Choose at least one exercise for the workout.".into());
    }
    if s.swing_rest_s < MIN_SWING_REST_S {
        return Err(format!(
            "Rest at least {MIN_SWING_REST_S} s between leg swings."
        ));
    }
    if !s.volume.is_finite() || !(0.0..=1.0).contains(&s.volume) {
        return Err("Volume goes from 0 to 100%.".into());
    }
    Ok(())
}

/// Settings with `exercise` moved to `to_level`, after checking that the move
/// is one the rules offer (one step up, the crunches' final choice, one step
/// back, or switching between the two crunch tops) and that the result passes
/// the routine's caps ([`check_dosage`], [`validate_settings`]).
pub fn accept(
    settings: &Settings,
    exercise: ExerciseId,
    to_level: usize,
) -> Result<Settings, String> {
    let ex = exercise.exercise();
    if exercise == ExerciseId::MidBackStretches {
        return Err("The stretches stay the same every time: they do not progress.".into());
    }
    if to_level > ex.max_level() {
        return Err(format!("{} has no level {}.", ex.name, to_level + 1));
    }
    let from = settings.levels[Settings::slot(exercise)].min(ex.max_level());
    let max = ex.max_level();
    let crunch_swap = exercise == ExerciseId::Crunches && from >= max - 1 && to_level >= max - 1;
    let allowed = to_level == from
        || next_levels(exercise, from).contains(&to_level)
        || previous_level(exercise, from) == Some(to_level)
        || crunch_swap;
    if !allowed {
        return Err(format!(
            "{} moves one step at a time; choose the next level up or down.",
            ex.name
        ));
    }
    check_dosage(exercise, &ex.levels[to_level].dosage)?;
    let mut next = settings.clone();
    next.levels[Settings::slot(exercise)] = to_level;
    validate_settings(&next)?;
    Ok(next)
}

/// [`accept`] with the first choice of a suggestion (or `choice`, one of
/// [`Suggestion::choices`]). A [`Suggestion::Stay`] changes nothing.
pub fn accept_suggestion(
    settings: &Settings,
    s: &Suggestion,
    choice: Option<usize>,
) -> Result<Settings, String> {
    let choices = s.choices();
    let Some(first) = choices.first().copied() else {
        return Ok(settings.clone());
    };
    let level = match choice {
        None => first,
        Some(c) if choices.contains(&c) => c,
        Some(_) => return Err("That choice is not part of this suggestion.".into()),
    };
    accept(settings, s.exercise(), level)
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
) -> String {
    match (id, from, to) {
        (ExerciseId::Crunches, _, _) if alternative.is_some() => {
            "Ready for the last crunch step? Pick 4 sets of 25 or 5 sets of 20: either makes 100, the most a session should ever hold.".into()
        }
        (ExerciseId::Crunches, Dosage::Reps { reps: r0, .. }, Dosage::Reps { reps, .. }) if reps != r0 => {
            format!("Ready for {reps} crunches a set?")
        }
        (ExerciseId::Crunches, _, Dosage::Reps { reps, sets }) => {
            format!("Ready for {sets} sets of {reps} crunches?")
        }
        (ExerciseId::BackBridge, _, Dosage::Holds { ball: true, .. }) => {
            "Four bridges feel easy now. Ready to try them with your knees over an exercise ball?".into()
        }
        (ExerciseId::BackBridge, _, Dosage::Holds { repeats, hold_s, .. }) => {
            format!("Ready for {repeats} bridges of {hold_s} seconds?")
        }
        (ExerciseId::CoreBreath, _, Dosage::Breaths { count }) => format!("Ready for {count} core breaths?"),
        (ExerciseId::LegSwings, _, _) => {
            "Ready to add the optional second front-to-back round on each leg?".into()
        }
        (_, _, to) => format!("Ready for {}?", to.summary()),
    }
}

/// Progression suggestions from the history (sorted or not), the current
/// settings and what the person declined, at `now_ms`. See the module
/// documentation for the rules. At most one suggestion per exercise, in
/// routine order.
pub fn suggestions(
    sessions: &[SessionRecord],
    settings: &Settings,
    declined: &[(String, u64)],
    now_ms: u64,
) -> Vec<Suggestion> {
    let mut ordered: Vec<&SessionRecord> = sessions.iter().collect();
    ordered.sort_by(|a, b| a.cmp_by_start(b));
    let Some(latest) = ordered.last().copied() else {
        return Vec::new();
    };
    let rose = pain_rise(latest);

    let mut out = Vec::new();
    for id in ExerciseId::ALL {
        if id == ExerciseId::MidBackStretches || !settings.is_enabled(id) {
            continue;
        }
        let ex = id.exercise();
        let level = settings.level(id);
        let dosage = ex.dosage_at(level);
        let name = ex.name;

        // The latest session's own verdict comes first.
        let stopped = latest.result(id).is_some_and(|r| r.stopped_for_pain);
        let suggestion = if stopped {
            Some(match previous_level(id, level) {
                Some(back) => Suggestion::StepBack {
                    exercise: id,
                    to_level: back,
                    message: format!(
                        "{name} hurt last time. Go one step easier, to {}, until it feels comfortable again?",
                        ex.levels[back].label
                    ),
                },
                None => Suggestion::Stay {
                    exercise: id,
                    message: format!(
                        "{name} hurt last time. Keep it at the start and move gently; if it keeps hurting, leave it out and ask a doctor or physiotherapist."
                    ),
                },
            })
        } else {
            let ups = next_levels(id, level);
            let recent: Vec<(&SessionRecord, &ExerciseResult)> = ordered
                .iter()
                .rev()
                .filter_map(|s| s.result(id).map(|r| (*s, r)))
                .take(SESSIONS_TO_STEP_UP)
                .collect();
            let done_all = recent.len() == SESSIONS_TO_STEP_UP
                && recent
                    .iter()
                    .all(|(_, r)| r.planned == dosage && r.complete());
            // Conservative: a session where anything was stopped with "this
            // hurts" is not a good session for any exercise.
            // Nor is one rated at HIGH_PAIN or more: that is the pain warning's
            // territory (see a doctor), not a time to add work.
            let earned = done_all
                && recent.iter().all(|(s, _)| {
                    pain_rise(s) == 0
                        && s.pain_before
                            .max(s.pain_after)
                            .is_none_or(|p| p < HIGH_PAIN)
                        && !s.exercises.iter().any(|r| r.stopped_for_pain)
                });
            if ups.is_empty() || !done_all {
                None
            } else if rose >= PAIN_RISE_HOLD {
                Some(Suggestion::Stay {
                    exercise: id,
                    message: format!(
                        "Your back hurt more after the last workout. Keep {name} at {} for now; step up only once workouts leave your back no worse.",
                        ex.levels[level].label
                    ),
                })
            } else if earned {
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
                    ),
                })
            } else {
                None
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

/// The day rating: the higher of every pain rating (before or after) given
/// on each local day up to `today`, each session on its own recorded day.
fn day_ratings(sessions: &[SessionRecord], today: i64, tz_offset_min: i32) -> BTreeMap<i64, u8> {
    let mut days: BTreeMap<i64, u8> = BTreeMap::new();
    for s in sessions {
        let day = session_day(s, tz_offset_min);
        if day > today {
            continue;
        }
        if let Some(p) = s.pain_before.max(s.pain_after) {
            let e = days.entry(day).or_insert(p);
            *e = (*e).max(p);
        }
    }
    days
}

/// Why the warning applies now, if it does.
fn pain_pattern(days: &BTreeMap<i64, u8>, today: i64) -> Option<String> {
    // High days in a row, ending on the latest rated day, which is recent.
    if let Some((&last, _)) = days.iter().next_back() {
        if today - last <= STREAK_RECENT_DAYS {
            let mut run = 0usize;
            let mut day = last;
            while days.get(&day).is_some_and(|p| *p >= HIGH_PAIN) {
                run += 1;
                day -= 1;
            }
            if run >= HIGH_PAIN_DAYS {
                return Some(format!(
                    "Your back has been at {HIGH_PAIN} or more for {run} days in a row."
                ));
            }
        }
    }
    // This week against the week before.
    // (sum, count) of the rated days in a week; compared in whole numbers so
    // a rise of exactly WEEKLY_RISE is not lost to rounding.
    let week = |from: i64, to: i64| -> (i64, i64) {
        days.range(from..=to)
            .fold((0, 0), |(sum, n), (_, p)| (sum + i64::from(*p), n + 1))
    };
    let (this_sum, this_n) = week(today - 6, today);
    let (before_sum, before_n) = week(today - 13, today - 7);
    let min = WEEKLY_MIN_DAYS as i64;
    if this_n >= min && before_n >= min {
        // this_sum / this_n - before_sum / before_n >= WEEKLY_RISE
        if this_sum * before_n - before_sum * this_n >= WEEKLY_RISE * this_n * before_n {
            return Some("Your pain ratings have gone up clearly over the past week.".into());
        }
    }
    None
}

/// A calm "please see a doctor" message when pain stays high or climbs, or
/// None.
///
/// Each local day is rated by its highest pain rating (before or after); a
/// session counts on the day it started in its own recorded time zone, and
/// `tz_offset_min` (the device's offset now) decides which day is today.
///
/// - High streak: more than three days in a row ([`HIGH_PAIN_DAYS`] rated
///   days with no gap, each at [`HIGH_PAIN`] or more), ending on the latest
///   rated day, which is at most [`STREAK_RECENT_DAYS`] before today.
/// - Rising: the average of the rated days in the last 7 days (today
///   included) is at least [`WEEKLY_RISE`] above that of the 7 days before,
///   with at least [`WEEKLY_MIN_DAYS`] rated days in each week.
///
/// Once per episode: after the warning was shown (`last_shown_ms`), it stays
/// quiet until a calm day (rated below [`HIGH_PAIN`]) comes on a local day
/// after the day it was shown; that ends the episode. A new warning then
/// needs the pattern again, on a rated day after that calm day.
pub fn pain_warning(
    sessions: &[SessionRecord],
    now_ms: u64,
    tz_offset_min: i32,
    last_shown_ms: Option<u64>,
) -> Option<String> {
    let today = local_day(now_ms, tz_offset_min);
    let days = day_ratings(sessions, today, tz_offset_min);
    if let Some(shown) = last_shown_ms {
        let shown_day = local_day(shown, tz_offset_min);
        // No calm day since the warning: the episode goes on, stay quiet.
        let calm = days
            .range(shown_day + 1..)
            .filter(|(_, p)| **p < HIGH_PAIN)
            .map(|(d, _)| *d)
            .next_back()?;
        let (&latest, _) = days.iter().next_back()?;
        if latest <= calm {
            return None;
        }
    }
    let why = pain_pattern(&days, today)?;
    Some(format!(
        "{why} Pain that lasts more than a few days deserves a doctor's or physiotherapist's look, so please book one. \
         Until then keep the workouts gentle, or pause them. See a doctor straight away, and do not exercise, if you notice: {}.",
        WARNING_SIGNS.join("; ")
    ))
}

#[cfg(test)]
mod tests;
