//! The reminder as an iCalendar file (RFC 5545) that any phone or desktop
//! calendar imports: one recurring event with an alarm, in the person's
//! time zone. No server: the person's calendar does the reminding.
//!
//! - The event recurs with an `RRULE` (daily, or weekly on the chosen days)
//!   and carries a `VALARM` at its start.
//! - Its `UID` stays the same for the same person, and its `SEQUENCE` grows
//!   with each file, so importing a new file updates the event instead of
//!   adding a second one.
//! - `DTSTART` names the person's IANA zone (`TZID`), so 07:30 stays 07:30
//!   across daylight saving changes, and the file carries that zone's
//!   `VTIMEZONE`, which RFC 5545 requires for every `TZID` it uses. The zone's
//!   rules are read from an offset function (in the browser, the `Date`
//!   object's own time-zone database), not from a table of our own.
//! - Lines end in CRLF and are folded at 75 octets.

use crate::i18n::Words;
use crate::tr;
use crate::progress::{civil_from_days, days_from_civil, local_day, month_grid, Reminder, Weekday, MS_PER_DAY};

/// The person's time zone, as the browser knows it.
pub struct Zone<'a> {
    /// IANA name (e.g. `Europe/Berlin`) from `Intl.DateTimeFormat`; `None`
    /// when the browser gives none, and then the file uses floating local
    /// time ("07:30 wherever I am"), the closest a calendar has.
    pub name: Option<&'a str>,
    /// Offset east of UTC in minutes at an instant (ms since the epoch).
    pub offset_at: &'a dyn Fn(i64) -> i32,
}

/// How long the calendar event lasts when the plan's own length is not
/// known (0 passed as its minutes): the routine takes about a quarter of an
/// hour at its start.
pub const EVENT_MINUTES: u32 = 15;

/// The event's title.
pub fn event_summary(words: &Words) -> String {
    tr!(words, "records-ics-summary")
}

/// The alarm's and the event's text for a workout of about `minutes`
/// (the plan's own estimate, as home shows it).
pub fn reminder_text(minutes: u32, words: &Words) -> String {
    tr!(words, "records-ics-text", minutes = minutes)
}

/// The notification's text for a workout of about `minutes` (0: not known,
/// [`EVENT_MINUTES`]).
pub fn notification_text(minutes: u32, words: &Words) -> String {
    let minutes = if minutes == 0 { EVENT_MINUTES } else { minutes };
    tr!(words, "records-notification", minutes = minutes)
}

/// The stable `UID` of the reminder event for the person whose first
/// screening was accepted at `screening_accepted_ms` (a fixed point of their
/// history that an export and import keep), so every file they download
/// names the same event.
pub fn reminder_uid(screening_accepted_ms: Option<u64>) -> String {
    format!("upright-reminder-{}@upright.invalid", screening_accepted_ms.unwrap_or(0))
}

/// The file name for the download.
pub const ICS_FILE_NAME: &str = "upright-reminder.ics";

/// The calendar text for `reminder`, made at `now_ms` in `zone`: the event
/// starts on the first chosen day from today (local), at the chosen time.
/// `app_url` (the app's address) goes into the event so the calendar can
/// open it. `Err` in words for the person when no day is chosen.
pub fn reminder_ics(
    reminder: &Reminder,
    minutes: u32,
    zone: &Zone,
    uid: &str,
    app_url: Option<&str>,
    now_ms: u64,
    words: &Words,
) -> Result<String, String> {
    let minutes = if minutes == 0 { EVENT_MINUTES } else { minutes };
    let text = escape_text(&reminder_text(minutes, words));
    if reminder.days.is_empty() {
        return Err(tr!(words, "records-ics-no-day"));
    }
    let now = i64::try_from(now_ms).unwrap_or(i64::MAX / 2);
    let today = local_day(now_ms, (zone.offset_at)(now));
    // RFC 5545: DTSTART should be the first occurrence of its rule.
    let first = (today..today + 7).find(|d| reminder.days.contains(&Weekday::of_day(*d))).unwrap_or(today);
    let start = format!("{}T{:02}{:02}00", ical_date(first), reminder.time.hour(), reminder.time.minute());
    let name = zone.name.filter(|n| is_zone_name(n));

    let mut lines: Vec<String> = vec![
        "BEGIN:VCALENDAR".into(),
        "VERSION:2.0".into(),
        "PRODID:-//Upright//Reminders 1//EN".into(),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
    ];
    if let Some(name) = name {
        let (year, _, _) = civil_from_days(first);
        lines.extend(vtimezone(name, zone.offset_at, year));
    }
    lines.extend([
        "BEGIN:VEVENT".into(),
        format!("UID:{uid}"),
        format!("DTSTAMP:{}", utc_stamp(now)),
        // A newer file must win over an older one with the same UID.
        format!("SEQUENCE:{}", now_ms / 60_000),
        match name {
            Some(name) => format!("DTSTART;TZID={name}:{start}"),
            None => format!("DTSTART:{start}"),
        },
        format!("DURATION:PT{minutes}M"),
        format!("RRULE:{}", rrule(reminder)),
        format!("SUMMARY:{}", escape_text(&event_summary(words))),
        format!("DESCRIPTION:{text}"),
    ]);
    if let Some(url) = app_url.filter(|u| !u.is_empty() && u.chars().all(|c| !c.is_control())) {
        lines.push(format!("URL:{url}"));
    }
    lines.extend([
        // A reminder, not a meeting: the time stays free.
        "TRANSP:TRANSPARENT".into(),
        "BEGIN:VALARM".into(),
        "ACTION:DISPLAY".into(),
        format!("DESCRIPTION:{text}"),
        "TRIGGER:PT0S".into(),
        "END:VALARM".into(),
        "END:VEVENT".into(),
        "END:VCALENDAR".into(),
    ]);
    Ok(lines.iter().map(|l| fold(l)).collect())
}

/// The recurrence: daily for all seven days, else weekly on the chosen ones.
fn rrule(reminder: &Reminder) -> String {
    if reminder.days.len() == 7 {
        "FREQ=DAILY".into()
    } else {
        let days: Vec<&str> = reminder.days.iter().map(|d| d.ical()).collect();
        format!("FREQ=WEEKLY;WKST=MO;BYDAY={}", days.join(","))
    }
}

/// An IANA zone name as it may appear in a `TZID` parameter without quotes:
/// letters, digits and `/ _ + -` only, so nothing from the browser can break
/// the line's syntax.
fn is_zone_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 64
        && name.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'/' | b'_' | b'+' | b'-'))
}

/// `YYYYMMDD` of a day number.
fn ical_date(day: i64) -> String {
    let (y, m, d) = civil_from_days(day);
    format!("{y:04}{m:02}{d:02}")
}

/// `YYYYMMDDTHHMMSS` of a wall-clock instant given as ms "as if UTC".
fn ical_local(wall_ms: i64) -> String {
    let day = wall_ms.div_euclid(MS_PER_DAY);
    let s = wall_ms.rem_euclid(MS_PER_DAY) / 1000;
    format!("{}T{:02}{:02}{:02}", ical_date(day), s / 3600, s / 60 % 60, s % 60)
}

/// `YYYYMMDDTHHMMSSZ` of an instant.
fn utc_stamp(ms: i64) -> String {
    format!("{}Z", ical_local(ms))
}

/// A UTC offset as RFC 5545 writes it: `+0100`, `-0330`, `+0000`.
fn utc_offset(minutes: i32) -> String {
    let sign = if minutes < 0 { '-' } else { '+' };
    let m = minutes.unsigned_abs();
    format!("{sign}{:02}{:02}", m / 60, m % 60)
}

/// TEXT value escaping (RFC 5545 3.3.11).
fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// One content line, folded so no physical line is longer than 75 octets
/// (RFC 5545 3.1), never inside a UTF-8 character, each ending in CRLF.
pub(crate) fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3 + 2);
    let mut used = 0;
    for c in line.chars() {
        if used + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += c.len_utf8();
    }
    out.push_str("\r\n");
    out
}

/// A change of the zone's offset: the first instant of the new offset.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Transition {
    at_ms: i64,
    from: i32,
    to: i32,
}

impl Transition {
    /// DAYLIGHT when the clocks go forward, STANDARD when they go back.
    fn kind(&self) -> &'static str {
        if self.to > self.from {
            "DAYLIGHT"
        } else {
            "STANDARD"
        }
    }

    /// The wall-clock time of the change, in the offset before it (how
    /// RFC 5545 writes an observance's DTSTART).
    fn local_ms(&self) -> i64 {
        self.at_ms + i64::from(self.from) * 60_000
    }
}

/// Every change of `offset_at` within `[from_ms, to_ms)`, found by daily
/// samples and narrowed to the second.
fn transitions(offset_at: &dyn Fn(i64) -> i32, from_ms: i64, to_ms: i64) -> Vec<Transition> {
    let mut out = Vec::new();
    let mut t = from_ms;
    let mut offset = offset_at(t);
    while t < to_ms {
        let next = t + MS_PER_DAY;
        let next_offset = offset_at(next);
        if next_offset != offset {
            // offset_at(lo) == offset, offset_at(hi) differs.
            let (mut lo, mut hi) = (t, next);
            while hi - lo > 1000 {
                let mid = lo + (hi - lo) / 2;
                if offset_at(mid) == offset {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            let at_ms = hi - hi.rem_euclid(1000);
            out.push(Transition { at_ms, from: offset, to: offset_at(at_ms) });
        }
        t = next;
        offset = next_offset;
    }
    out
}

/// The zone's `VTIMEZONE`, covering the year before `year` to the one
/// after (so an event starting in `year` finds an observance in force).
///
/// A zone that changes its clocks the same way every year (month,
/// weekday, time and offsets) gets one DAYLIGHT and one STANDARD
/// observance with a yearly `RRULE`, e.g. `BYMONTH=3;BYDAY=-1SU` for the
/// last Sunday of March. A zone without changes gets one STANDARD
/// observance. Anything else (rules that changed within these years, or
/// more than two changes a year) lists each change it has as an observance
/// of its own; after the last, its offset stays in force.
fn vtimezone(name: &str, offset_at: &dyn Fn(i64) -> i32, year: i32) -> Vec<String> {
    let year_start = |y: i32| days_from_civil(y, 1, 1) * MS_PER_DAY;
    let found = transitions(offset_at, year_start(year - 1), year_start(year + 2));
    let mut lines = vec!["BEGIN:VTIMEZONE".to_string(), format!("TZID:{name}"), format!("X-LIC-LOCATION:{name}")];
    let observance = |kind: &str, t: &Transition, rule: Option<String>| {
        let mut o = vec![
            format!("BEGIN:{kind}"),
            format!("DTSTART:{}", ical_local(t.local_ms())),
            format!("TZOFFSETFROM:{}", utc_offset(t.from)),
            format!("TZOFFSETTO:{}", utc_offset(t.to)),
        ];
        o.extend(rule.map(|r| format!("RRULE:{r}")));
        o.push(format!("END:{kind}"));
        o
    };
    if found.is_empty() {
        let offset = offset_at(year_start(year));
        // From 1970-01-01 in local time: in force before any event of ours.
        let fixed = Transition { at_ms: -i64::from(offset) * 60_000, from: offset, to: offset };
        lines.extend(observance("STANDARD", &fixed, None));
    } else if let Some(rules) = yearly_rules(&found, year - 1) {
        for (t, rule) in rules {
            lines.extend(observance(t.kind(), &t, Some(rule)));
        }
    } else {
        for t in &found {
            lines.extend(observance(t.kind(), t, None));
        }
    }
    lines.push("END:VTIMEZONE".into());
    lines
}

/// When the changes are one forward and one back in each of the three
/// years from `first_year`, each the same every year (offsets, month,
/// weekday rule and wall-clock time): the first of each with its rule.
fn yearly_rules(found: &[Transition], first_year: i32) -> Option<Vec<(Transition, String)>> {
    if found.len() != 6 {
        return None;
    }
    let mut out = Vec::new();
    for kind in ["DAYLIGHT", "STANDARD"] {
        let same: Vec<&Transition> = found.iter().filter(|t| t.kind() == kind).collect();
        let [a, b, c] = same.as_slice() else { return None };
        let rules = [rule_of(a), rule_of(b), rule_of(c)];
        let consistent = rules.iter().map(|r| r.0).eq(first_year..first_year + 3)
            && rules.iter().all(|r| (&r.1, r.2) == (&rules[0].1, rules[0].2))
            && [b, c].iter().all(|t| (t.from, t.to) == (a.from, a.to));
        if !consistent {
            return None;
        }
        let [(_, rule, _), ..] = rules;
        out.push((**a, rule));
    }
    Some(out)
}

/// The year of a change, its yearly rule as an RRULE value (e.g.
/// `FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU`) and its wall-clock time of day in ms.
/// The last such weekday of its month is written `-1`, any other the n-th
/// (1-4).
fn rule_of(t: &Transition) -> (i32, String, i64) {
    let local = t.local_ms();
    let day = local.div_euclid(MS_PER_DAY);
    let (y, m, d) = civil_from_days(day);
    let (_, len) = month_grid(y, m);
    let nth = if d + 7 > len { "-1".to_string() } else { ((d - 1) / 7 + 1).to_string() };
    (y, format!("FREQ=YEARLY;BYMONTH={m};BYDAY={nth}{}", Weekday::of_day(day).ical()), local.rem_euclid(MS_PER_DAY))
}
