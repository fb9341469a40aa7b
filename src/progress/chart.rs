//! The history charts' layout: which days they span, where each day's
//! ratings and crunches sit, and the dates written under them. Days are
//! placed by date, so a week off shows as a gap, not as the next point.

use super::stats::civil_from_days;
use crate::i18n::Words;
use crate::tr;
use super::stats::{crunch_series, pain_series_with_log, PainPoint};
use super::{PainEntry, SessionRecord};

/// The most days the charts span, ending today: six weeks stay readable at
/// phone width.
pub const CHART_DAYS: i64 = 42;

/// The fewest days the charts span, so a first week does not fill the width
/// with two points.
pub const CHART_MIN_DAYS: i64 = 7;

/// What the history charts draw, by local day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChartSpan {
    /// First local day of the span.
    pub from: i64,
    /// Last local day of the span (today).
    pub to: i64,
    /// Pain ratings per day in the span, oldest first: before and after the
    /// day's workouts, and the ones logged on days without one.
    pub pain: Vec<PainPoint>,
    /// Crunches per day in the span, oldest first (days with crunches planned).
    pub crunches: Vec<(i64, u32)>,
    /// Days to write under the charts, with their text ("20 Nov"): the first,
    /// the last, and evenly between.
    pub labels: Vec<(i64, String)>,
}

impl ChartSpan {
    /// Where `day` sits across the span, from 0.0 (first day) to 1.0 (today).
    pub fn fraction(&self, day: i64) -> f64 {
        let len = (self.to - self.from).max(1) as f64;
        (day - self.from) as f64 / len
    }
}

/// A day as "20 Nov": the year is in the span's heading when it matters.
fn short_date(day: i64, words: &Words) -> String {
    let (_, m, d) = civil_from_days(day);
    tr!(words, "records-date-short", day = d, month = tr!(words, "records-month-short", month = m))
}

/// The charts' span ending `today`: from the first day with a record, at
/// most [`CHART_DAYS`] and at least [`CHART_MIN_DAYS`] back.
pub fn chart_span(sessions: &[SessionRecord], log: &[PainEntry], today: i64, words: &Words) -> ChartSpan {
    let pain = pain_series_with_log(sessions, log);
    let crunches = crunch_series(sessions);
    let first = pain.iter().map(|p| p.day).chain(crunches.iter().map(|c| c.0)).filter(|d| *d <= today).min();
    let from = first.unwrap_or(today).clamp(today - (CHART_DAYS - 1), today - (CHART_MIN_DAYS - 1));
    let inside = |d: i64| (from..=today).contains(&d);
    // Three or four labels fit at 320 px: every week, or every two.
    let step = if today - from > 21 { 14 } else { 7 };
    let mut labels: Vec<(i64, String)> = Vec::new();
    let mut day = today;
    while day >= from {
        labels.push((day, short_date(day, words)));
        day -= step;
    }
    labels.reverse();
    ChartSpan {
        from,
        to: today,
        pain: pain.into_iter().filter(|p| inside(p.day)).collect(),
        crunches: crunches.into_iter().filter(|c| inside(c.0)).collect(),
        labels,
    }
}

/// Days of a calendar month with a rating logged without a workout, with the
/// day's highest such rating, for the calendar.
pub fn month_logged(log: &[PainEntry], year: i32, month: u32) -> Vec<(u32, u8)> {
    let first = super::days_from_civil(year, month, 1);
    let (_, len) = super::month_grid(year, month);
    let mut out: Vec<(u32, u8)> = Vec::new();
    for e in log {
        let d = e.day() - first;
        if (0..i64::from(len)).contains(&d) {
            let n = d as u32 + 1;
            match out.iter_mut().find(|(day, _)| *day == n) {
                Some((_, p)) => *p = (*p).max(e.pain),
                None => out.push((n, e.pain)),
            }
        }
    }
    out.sort_unstable();
    out
}
