//! Dates, times and tenths in the person's language, for the report and
//! History: the month in words, so day and month are never mixed up.

use super::report::Tenths;
use super::stats::{civil_from_days, days_from_civil, month_grid};
use crate::i18n::Words;
use crate::tr;

/// A local day as "20 Nov 2026" in English ("20. Nov. 2026" in German,
/// "20 nov 2026" in Spanish): the month in words, so day and month are never
/// mixed up.
pub fn date_text(day: i64, words: &Words) -> String {
    let (y, m, d) = civil_from_days(day);
    tr!(words, "records-date", day = d, month = tr!(words, "records-month-name", month = m), year = y)
}

/// A local day with its weekday, "Fri 20 Nov 2026".
pub fn day_text(day: i64, words: &Words) -> String {
    let weekday = tr!(words, "records-weekday-short", weekday = super::Weekday::of_day(day).index() + 1);
    tr!(words, "records-day", weekday = weekday, date = date_text(day, words))
}

/// A month as "Nov 2026".
pub fn month_text(day: i64, words: &Words) -> String {
    let (y, m, _) = civil_from_days(day);
    tr!(words, "records-month", month = tr!(words, "records-month-name", month = m), year = y)
}

/// A range of days in words: one day, "24 Oct 2026 to 30 Oct 2026", or a
/// whole calendar month as "Nov 2026".
pub fn range_text(from: i64, to: i64, words: &Words) -> String {
    let (y, m, d) = civil_from_days(from);
    let (_, len) = month_grid(y, m);
    if from == to {
        date_text(from, words)
    } else if d == 1 && to == days_from_civil(y, m, len) {
        month_text(from, words)
    } else {
        tr!(words, "records-range", from = date_text(from, words), to = date_text(to, words))
    }
}

/// Tenths as a number with one decimal: "4.5" (a comma where the language
/// writes one, "4,5").
pub fn tenths_text(t: Tenths, words: &Words) -> String {
    tr!(words, "records-decimal", whole = t / 10, tenth = t % 10)
}

/// Minutes after midnight as "07:30", on the 24-hour clock.
pub fn minute_text(minute: u32, words: &Words) -> String {
    tr!(words, "records-time", hour = format!("{:02}", minute / 60 % 24), minute = format!("{:02}", minute % 60))
}
