//! Reminders the person sets: which days of the week and at what time.
//!
//! Nothing here needs a server. The same choice feeds two things: the
//! calendar file (`super::ics`), which the person's own calendar turns into
//! alarms, and, where the installed app may show notifications, a nudge when
//! the app is opened (or left open) on a reminder day before the workout is
//! done ([`reminder_due`]).

use super::stats::{local_day, local_ms_of_day, session_day, weekday};
use super::SessionRecord;
use crate::i18n::Words;
use crate::tr;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// A day of the week, Monday first (ISO 8601, and the app's calendar).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Weekday {
    /// Monday.
    Monday,
    /// Tuesday.
    Tuesday,
    /// Wednesday.
    Wednesday,
    /// Thursday.
    Thursday,
    /// Friday.
    Friday,
    /// Saturday.
    Saturday,
    /// Sunday.
    Sunday,
}

impl Weekday {
    /// Every day, Monday first.
    pub const ALL: [Weekday; 7] = [
        Weekday::Monday,
        Weekday::Tuesday,
        Weekday::Wednesday,
        Weekday::Thursday,
        Weekday::Friday,
        Weekday::Saturday,
        Weekday::Sunday,
    ];

    /// Monday to Friday.
    pub const WORKDAYS: [Weekday; 5] =
        [Weekday::Monday, Weekday::Tuesday, Weekday::Wednesday, Weekday::Thursday, Weekday::Friday];

    /// 0 = Monday ... 6 = Sunday, as [`super::weekday`] counts.
    pub fn index(self) -> u32 {
        self as u32
    }

    /// The day of a local day number (days since 1970-01-01).
    pub fn of_day(day: i64) -> Weekday {
        Weekday::ALL[weekday(day) as usize]
    }

    /// The full name, e.g. "Monday".
    pub fn name(self, words: &Words) -> String {
        tr!(words, "records-weekday", weekday = self.index() + 1)
    }

    /// The short name, e.g. "Mon".
    pub fn short(self, words: &Words) -> String {
        tr!(words, "records-weekday-short", weekday = self.index() + 1)
    }

    /// The two-letter code RFC 5545 uses in `BYDAY`, e.g. "MO".
    pub fn ical(self) -> &'static str {
        ["MO", "TU", "WE", "TH", "FR", "SA", "SU"][self as usize]
    }
}

/// A time of day on the wall clock, in whole minutes after midnight
/// (0-1439). Stored as `"HH:MM"` so an exported file reads plainly; any
/// other text is refused when read, so a damaged value costs only itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct ClockTime(u16);

impl ClockTime {
    /// The time `hour:minute`; `None` past 23:59.
    pub fn new(hour: u32, minute: u32) -> Option<ClockTime> {
        (hour < 24 && minute < 60).then(|| ClockTime((hour * 60 + minute) as u16))
    }

    /// Hour, 0-23.
    pub fn hour(self) -> u32 {
        u32::from(self.0) / 60
    }

    /// Minute, 0-59.
    pub fn minute(self) -> u32 {
        u32::from(self.0) % 60
    }

    /// Minutes after midnight.
    pub fn minutes(self) -> u32 {
        u32::from(self.0)
    }

    /// Reads `"H:MM"` or `"HH:MM"` (what an `<input type="time">` gives,
    /// seconds allowed and ignored).
    pub fn parse(text: &str) -> Option<ClockTime> {
        let digits = |s: &str, len: std::ops::RangeInclusive<usize>| {
            (len.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse::<u32>().ok()).flatten()
        };
        let mut parts = text.trim().splitn(3, ':');
        let hour = digits(parts.next()?, 1..=2)?;
        let minute = digits(parts.next()?, 2..=2)?;
        if let Some(seconds) = parts.next() {
            if !seconds.parse::<f64>().is_ok_and(|s| (0.0..60.0).contains(&s)) {
                return None;
            }
        }
        ClockTime::new(hour, minute)
    }
}

impl std::fmt::Display for ClockTime {
    /// `HH:MM`, 24-hour.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:02}:{:02}", self.hour(), self.minute())
    }
}

impl TryFrom<String> for ClockTime {
    type Error = String;
    fn try_from(text: String) -> Result<Self, Self::Error> {
        ClockTime::parse(&text).ok_or_else(|| format!("expected a time of day like \"07:30\", found \"{text}\""))
    }
}

impl From<ClockTime> for String {
    fn from(t: ClockTime) -> String {
        t.to_string()
    }
}

/// The reminder the person chose. Kept in the settings (`reminder`), and
/// written only when it differs from the default, so documents of people
/// who never opened it stay byte for byte as before.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Reminder {
    /// The days to be reminded on; empty means none chosen yet.
    pub days: BTreeSet<Weekday>,
    /// The wall-clock time of the reminder, wherever the person is.
    pub time: ClockTime,
    /// Also nudge with a notification from the installed app. Only ever set
    /// by the person's own tap, which is also when the browser asks for
    /// permission: never at first run.
    pub notify: bool,
}

impl Default for Reminder {
    /// Every day at 07:30, no notification.
    fn default() -> Self {
        Reminder { days: Weekday::ALL.into_iter().collect(), time: ClockTime(7 * 60 + 30), notify: false }
    }
}

impl Reminder {
    /// True when it equals [`Reminder::default`] (then it is not written).
    pub fn is_default(&self) -> bool {
        *self == Reminder::default()
    }

    /// The chosen days in words: "every day", "weekdays (Monday to
    /// Friday)", "Monday, Wednesday and Friday" or "no day".
    pub fn days_text(&self, words: &Words) -> String {
        if self.days.len() == 7 {
            return tr!(words, "records-days-every");
        }
        if self.days.iter().copied().eq(Weekday::WORKDAYS) {
            return tr!(words, "records-days-workdays");
        }
        let names: Vec<String> = self.days.iter().map(|d| d.name(words)).collect();
        match names.split_last() {
            None => tr!(words, "records-days-none"),
            Some((last, [])) => last.clone(),
            Some((last, rest)) => tr!(words, "records-days-and", rest = rest.join(", "), last = last.as_str()),
        }
    }
}

/// What a notification reminder should do now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReminderDue {
    /// Nothing today: notifications off, not a reminder day, the workout
    /// is done, or today's reminder was already shown.
    No,
    /// Show it now.
    Now,
    /// Check again after this many milliseconds (the reminder time is later today).
    Later(u64),
}

/// Whether the notification reminder is due at `now_ms` for a person at
/// `tz_offset_min`: notifications on, today (local) one of the chosen days,
/// no workout started today (each session on its own local day), not
/// already shown today (`last_shown_ms`), and the chosen time reached.
pub fn reminder_due(
    reminder: &Reminder,
    sessions: &[SessionRecord],
    now_ms: u64,
    tz_offset_min: i32,
    last_shown_ms: Option<u64>,
) -> ReminderDue {
    let today = local_day(now_ms, tz_offset_min);
    let quiet = !reminder.notify
        || !reminder.days.contains(&Weekday::of_day(today))
        || last_shown_ms.is_some_and(|t| local_day(t, tz_offset_min) == today)
        // Newest sessions are last: the search stops within the last day or two.
        || sessions.iter().rev().take_while(|s| s.started_at_ms + 2 * super::MS_PER_DAY as u64 > now_ms).any(|s| session_day(s, tz_offset_min) == today);
    if quiet {
        return ReminderDue::No;
    }
    let at = i64::from(reminder.time.minutes()) * 60_000;
    let now = local_ms_of_day(now_ms, tz_offset_min);
    if now >= at {
        ReminderDue::Now
    } else {
        ReminderDue::Later((at - now) as u64)
    }
}
