//! The "please see a doctor" warning when pain stays high or climbs.

use crate::progress::stats::{local_day, session_day};
use crate::progress::SessionRecord;
use std::collections::BTreeMap;

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
