//! The "please see a doctor" warning when pain keeps coming back, is
//! severe, climbs, or does not ease with regular exercise.
//!
//! The source: "If you notice pain that lasts longer than a few days, see
//! your doctor." Pain is read per local day, from every rating the person
//! gave: before and after workouts, and the ratings logged on their own on
//! days without one (`PainEntry`), so rest days count too. The patterns look
//! at days within a window, not at consecutive workouts, so pain every other
//! day or once a week is seen as well as pain every day.

use crate::progress::stats::{local_day, session_day};
use crate::progress::{PainEntry, SessionRecord};
use std::collections::{BTreeMap, BTreeSet};

/// A day rated at or above this is a painful day.
pub const HIGH_PAIN: u8 = 5;

/// Painful days within [`PAINFUL_WINDOW_DAYS`] that bring the warning: pain
/// on more than a few days of a week, in a row or not.
pub const PAINFUL_DAYS: usize = 4;

/// The window for [`PAINFUL_DAYS`], in local days (today included).
pub const PAINFUL_WINDOW_DAYS: i64 = 7;

/// A day rated at or above this is a day of severe pain.
pub const SEVERE_PAIN: u8 = 7;

/// Severe days within [`SEVERE_WINDOW_DAYS`] that bring the warning, however
/// spread out (once a week for four weeks is enough).
pub const SEVERE_DAYS: usize = 4;

/// The window for [`SEVERE_DAYS`], in local days (today included).
pub const SEVERE_WINDOW_DAYS: i64 = 28;

/// Weeks of regular workouts after which pain that has not eased brings the
/// warning (see [`STEADY_PAIN`]).
pub const STEADY_WEEKS: i64 = 4;

/// The average pain of the last week, at or above which pain that has not
/// eased over [`STEADY_WEEKS`] counts: below it, the back is doing fine.
pub const STEADY_PAIN: u8 = 3;

/// Workout days in each week of [`STEADY_WEEKS`] that make the exercise
/// regular.
pub const REGULAR_WORKOUT_DAYS: usize = 2;

/// Rise of the weekly average (this week over the one before) that triggers
/// the warning.
pub const WEEKLY_RISE: i64 = 2;

/// Rated days needed in each week compared (rise, or no improvement).
pub const WEEKLY_MIN_DAYS: usize = 3;

/// The latest rated day must be this close to today (days) for a warning:
/// old ratings followed by silence are history, not news.
pub const RECENT_DAYS: i64 = 2;

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

/// The day rating: the highest of every rating given on each local day up
/// to `today`: sessions' before and after (each session on the day it
/// started, in its own recorded zone) and ratings logged on their own.
fn day_ratings(sessions: &[SessionRecord], log: &[PainEntry], today: i64, tz_offset_min: i32) -> BTreeMap<i64, u8> {
    let mut days: BTreeMap<i64, u8> = BTreeMap::new();
    let mut rate = |day: i64, p: u8| {
        if day <= today {
            let e = days.entry(day).or_insert(p);
            *e = (*e).max(p);
        }
    };
    for s in sessions {
        if let Some(p) = s.pain_before.max(s.pain_after) {
            rate(session_day(s, tz_offset_min), p);
        }
    }
    for e in log {
        rate(e.day(), e.pain);
    }
    days
}

/// (sum, count) of the ratings of the days `from..=to`.
fn sum_of(days: &BTreeMap<i64, u8>, from: i64, to: i64) -> (i64, i64) {
    days.range(from..=to).fold((0, 0), |(sum, n), (_, p)| (sum + i64::from(*p), n + 1))
}

/// Why the warning applies now, if it does. `days` and `workouts` hold only
/// the evidence of the current episode.
fn pain_pattern(days: &BTreeMap<i64, u8>, workouts: &BTreeSet<i64>, today: i64) -> Option<String> {
    let (&latest, &latest_pain) = days.iter().next_back()?;
    if today - latest > RECENT_DAYS {
        return None;
    }
    let count = |window: i64, at_least: u8| days.range(today - window + 1..=today).filter(|(_, p)| **p >= at_least).count();
    // Pain that has eased today is not the moment to send someone to a
    // doctor for the days before; the next painful day will.
    if latest_pain >= HIGH_PAIN {
        let painful = count(PAINFUL_WINDOW_DAYS, HIGH_PAIN);
        if painful >= PAINFUL_DAYS {
            return Some(format!(
                "Your back has been at {HIGH_PAIN} or more on {painful} of the last {PAINFUL_WINDOW_DAYS} days."
            ));
        }
        let severe = count(SEVERE_WINDOW_DAYS, SEVERE_PAIN);
        if severe >= SEVERE_DAYS {
            return Some(format!(
                "Your back has hurt at {SEVERE_PAIN} or more on {severe} days in the last four weeks."
            ));
        }
    }
    let min = WEEKLY_MIN_DAYS as i64;
    // This week against the week before, in whole numbers so a rise of
    // exactly WEEKLY_RISE is not lost to rounding:
    // this_sum / this_n - before_sum / before_n >= WEEKLY_RISE.
    let (this_sum, this_n) = sum_of(days, today - 6, today);
    let (before_sum, before_n) = sum_of(days, today - 13, today - 7);
    if this_n >= min && before_n >= min && this_sum * before_n - before_sum * this_n >= WEEKLY_RISE * this_n * before_n {
        return Some("Your pain ratings have gone up clearly over the past week.".into());
    }
    // Weeks of regular workouts, and the last week no better than the first.
    let first = today - 7 * STEADY_WEEKS + 1;
    let regular = (0..STEADY_WEEKS).all(|w| {
        let from = first + 7 * w;
        workouts.range(from..from + 7).count() >= REGULAR_WORKOUT_DAYS
    });
    let (first_sum, first_n) = sum_of(days, first, first + 6);
    if regular && this_n >= min && first_n >= min {
        let not_better = this_sum * first_n >= first_sum * this_n;
        let real = this_sum >= i64::from(STEADY_PAIN) * this_n;
        if not_better && real {
            let around = (this_sum + this_n / 2) / this_n;
            return Some(format!(
                "Your back has stayed around {around} out of 10 over {STEADY_WEEKS} weeks of regular workouts without getting better."
            ));
        }
    }
    None
}

/// A calm "please see a doctor" message, with the signs that need one
/// straight away, when the pain pattern calls for it; None otherwise.
///
/// Each local day is rated by its highest rating: before and after each
/// session (on the day it started, in its own recorded zone) and each rating
/// logged on its own (`log`). `tz_offset_min` (the device's offset now)
/// decides which day is today; ratings after today are ignored. The latest
/// rated day must be at most [`RECENT_DAYS`] before today. Then any of:
///
/// - Painful days: the latest rated day is painful ([`HIGH_PAIN`] or more)
///   and so are at least [`PAINFUL_DAYS`] of the last [`PAINFUL_WINDOW_DAYS`]
///   days, in a row or not.
/// - Severe and recurring: the latest rated day is painful and at least
///   [`SEVERE_DAYS`] days of the last [`SEVERE_WINDOW_DAYS`] were rated
///   [`SEVERE_PAIN`] or more, however spread out.
/// - Rising: the average of the rated days of the last 7 days is at least
///   [`WEEKLY_RISE`] above that of the 7 before, with [`WEEKLY_MIN_DAYS`]
///   rated days in each.
/// - Not improving: workouts on at least [`REGULAR_WORKOUT_DAYS`] days in
///   each of the last [`STEADY_WEEKS`] weeks, and the last week's average
///   (at least [`STEADY_PAIN`]) no lower than the first week's, with
///   [`WEEKLY_MIN_DAYS`] rated days in each.
///
/// Once per episode: after the warning was shown (`last_shown_ms`), it stays
/// quiet until a calm day (rated below [`HIGH_PAIN`]) comes on a local day
/// after the day it was shown; that ends the episode. A new warning then
/// needs the pattern again from days after that calm day alone.
pub fn pain_warning(
    sessions: &[SessionRecord],
    log: &[PainEntry],
    now_ms: u64,
    tz_offset_min: i32,
    last_shown_ms: Option<u64>,
) -> Option<String> {
    let today = local_day(now_ms, tz_offset_min);
    let mut days = day_ratings(sessions, log, today, tz_offset_min);
    let mut workouts: BTreeSet<i64> =
        sessions.iter().map(|s| session_day(s, tz_offset_min)).filter(|d| *d <= today).collect();
    if let Some(shown) = last_shown_ms {
        let shown_day = local_day(shown, tz_offset_min);
        // No calm day since the warning: the episode goes on, stay quiet.
        let calm = days.range(shown_day + 1..).filter(|(_, p)| **p < HIGH_PAIN).map(|(d, _)| *d).next_back()?;
        // Only what came after the episode counts toward a new one.
        days = days.split_off(&(calm + 1));
        workouts = workouts.split_off(&(calm + 1));
    }
    let why = pain_pattern(&days, &workouts, today)?;
    Some(format!(
        "{why} Pain that lasts more than a few days deserves a doctor's or physiotherapist's look, so please book one. \
         Until then keep the workouts gentle, or pause them. See a doctor straight away, and do not exercise, if you notice: {}.",
        WARNING_SIGNS.join("; ")
    ))
}

/// Why the warning's pattern held at `at_ms`, from the ratings given up to
/// then, in one sentence; `None` when it did not. Unlike [`pain_warning`]
/// it ignores the once-per-episode rule: the report uses it to say why a
/// warning it lists was shown. `sessions` and `log` are in stored order
/// (oldest first), so what came later is cut off without a copy.
pub fn pain_warning_reason(sessions: &[SessionRecord], log: &[PainEntry], at_ms: u64, tz_offset_min: i32) -> Option<String> {
    let sessions = &sessions[..sessions.partition_point(|s| s.started_at_ms <= at_ms)];
    let log = &log[..log.partition_point(|e| e.at_ms <= at_ms)];
    let today = local_day(at_ms, tz_offset_min);
    let days = day_ratings(sessions, log, today, tz_offset_min);
    let workouts: BTreeSet<i64> = sessions.iter().map(|s| session_day(s, tz_offset_min)).filter(|d| *d <= today).collect();
    pain_pattern(&days, &workouts, today)
}
