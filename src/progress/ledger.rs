//! One ledger per local day of the crunches the player asked for, rebuilt
//! from history. The day's cap of [`MAX_CRUNCHES_PER_DAY`] is kept against
//! it, never against numbers a stored workout carries: a resumed, edited or
//! imported workout is checked against what history says the day holds.

use super::stats::local_day;
use super::SessionRecord;
use crate::routine::MAX_CRUNCHES_PER_DAY;
use std::collections::BTreeMap;

/// Crunches asked for per local day, in one time zone.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DayLedger {
    /// The zone's offset east of UTC, minutes: which day an instant falls on.
    pub tz_offset_min: i32,
    asked: BTreeMap<i64, u32>,
}

impl DayLedger {
    /// An empty ledger for a zone.
    pub fn new(tz_offset_min: i32) -> DayLedger {
        DayLedger { tz_offset_min, asked: BTreeMap::new() }
    }

    /// The ledger of every session in history except `except_id` (the
    /// running workout's own record, saved by another tab or an earlier
    /// attempt, which the running workout counts itself).
    pub fn from_history(sessions: &[SessionRecord], except_id: Option<&str>, tz_offset_min: i32) -> DayLedger {
        let mut ledger = DayLedger::new(tz_offset_min);
        for s in sessions.iter().filter(|s| Some(s.id.as_str()) != except_id) {
            for (day, n) in s.crunches_by_day(tz_offset_min) {
                ledger.charge(day, n);
            }
        }
        ledger
    }

    /// The local day an instant falls on.
    pub fn day_of(&self, ms: u64) -> i64 {
        local_day(ms, self.tz_offset_min)
    }

    /// Crunches asked for on a day.
    pub fn asked_on(&self, day: i64) -> u32 {
        self.asked.get(&day).copied().unwrap_or(0)
    }

    /// Crunches the day may still ask for.
    pub fn room_on(&self, day: i64) -> u32 {
        MAX_CRUNCHES_PER_DAY.saturating_sub(self.asked_on(day))
    }

    /// Books `n` crunches to a day.
    pub fn charge(&mut self, day: i64, n: u32) {
        if n > 0 {
            let entry = self.asked.entry(day).or_insert(0);
            *entry = entry.saturating_add(n);
        }
    }

    /// Every day with crunches, ascending: (day, count).
    pub fn days(&self) -> Vec<(i64, u32)> {
        self.asked.iter().map(|(d, n)| (*d, *n)).collect()
    }

    /// The sum of two ledgers (same zone as `self`).
    pub fn plus(&self, other: &DayLedger) -> DayLedger {
        let mut sum = self.clone();
        for (day, n) in other.days() {
            sum.charge(day, n);
        }
        sum
    }
}
