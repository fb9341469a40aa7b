//! How the back feels on a day, logged on its own, without a workout.
//!
//! The source sends anyone whose pain "lasts longer than a few days" to a
//! doctor. Ratings given only around workouts miss the rest days, so the
//! person can log a rating on any day; the pain warning, the pain chart and
//! the history read these beside the sessions' own ratings.

use super::stats::{local_day, MAX_TZ_OFFSET_MIN};
use super::Document;
use serde::{Deserialize, Serialize};

/// One pain rating logged on its own (format 3 and later).
///
/// Stored as `{"at_ms":...,"tz_offset_min":...,"pain":...}` in the
/// document's `pain_log`, oldest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct PainEntry {
    /// When it was logged, ms since the Unix epoch.
    pub at_ms: u64,
    /// The local time zone's offset east of UTC in minutes when it was
    /// logged, so it stays on the person's own calendar day.
    pub tz_offset_min: i32,
    /// How the back felt, 0 (no pain) to 10 (worst).
    pub pain: u8,
}

impl PainEntry {
    /// The local day it was logged on (days since 1970-01-01 in its own zone).
    pub fn day(&self) -> i64 {
        local_day(self.at_ms, self.tz_offset_min)
    }

    /// What is wrong with it, if anything, in words for the person: a rating
    /// past 10 or a time-zone offset no place has.
    pub fn problem(&self) -> Option<String> {
        if self.pain > 10 {
            return Some(format!("the rating should be from 0 to 10 but is {}", self.pain));
        }
        if self.tz_offset_min.abs() > MAX_TZ_OFFSET_MIN {
            return Some(format!(
                "the time-zone offset should be from -{MAX_TZ_OFFSET_MIN} to {MAX_TZ_OFFSET_MIN} minutes but is {}",
                self.tz_offset_min
            ));
        }
        None
    }
}

/// Logs how the back feels now (0-10) at `now_ms` in the zone
/// `tz_offset_min`: the one tap on home for a day without a workout. Several
/// ratings on a day are all kept; the day counts with its highest. `Err`
/// (nothing changed) for a rating past 10 or an impossible offset.
pub fn log_pain(doc: &mut Document, pain: u8, now_ms: u64, tz_offset_min: i32) -> Result<(), String> {
    let entry = PainEntry { at_ms: now_ms, tz_offset_min, pain };
    if let Some(why) = entry.problem() {
        return Err(format!("That rating cannot be logged: {why}."));
    }
    doc.pain_log.push(entry);
    tidy(&mut doc.pain_log);
    Ok(())
}

/// The ratings logged on the local day `day` (see [`PainEntry::day`]),
/// oldest first, for the history of that day.
pub fn pain_logged_on(log: &[PainEntry], day: i64) -> Vec<PainEntry> {
    log.iter().filter(|e| e.day() == day).copied().collect()
}

/// Oldest first, exact copies once: the one order every reader and writer
/// keeps, so two devices' logs merge to the same list.
pub(crate) fn tidy(log: &mut Vec<PainEntry>) {
    log.sort_unstable();
    log.dedup();
}
