//! The reminder's calendar file, read back by a real iCalendar parser
//! (`icalendar`, whose RRULE expansion runs on the IANA database through
//! `rrule` and `chrono-tz`), plus the structural rules of RFC 5545 that a
//! lenient parser lets pass: CRLF, 75-octet lines, required properties, a
//! VTIMEZONE for the TZID used, and that VTIMEZONE agreeing with the real
//! zone hour by hour.

use super::*;
use chrono::{DateTime, Datelike, NaiveDateTime, Offset, TimeZone, Timelike, Utc};
use chrono_tz::Tz;
use icalendar::parser::{read_calendar, unfold, Component as Parsed};
use icalendar::{rrule, Calendar, EventLike};

/// The offset of `tz` at an instant, in minutes east of UTC.
fn offset_in(tz: Tz) -> impl Fn(i64) -> i32 {
    move |ms| {
        let at = DateTime::from_timestamp_millis(ms).unwrap().naive_utc();
        tz.offset_from_utc_datetime(&at).fix().local_minus_utc() / 60
    }
}

fn reminder(days: &[Weekday], hour: u32, minute: u32) -> Reminder {
    Reminder { days: days.iter().copied().collect(), time: ClockTime::new(hour, minute).unwrap(), notify: false }
}

/// The file for `r` made at `now_ms` by a person in `tz`.
fn file(r: &Reminder, tz: Tz, now_ms: u64) -> String {
    let offset = offset_in(tz);
    let zone = Zone { name: Some(tz.name()), offset_at: &offset };
    reminder_ics(r, 11, &zone, &reminder_uid(Some(1_782_889_200_000)), Some("https://example.org/upright/"), now_ms, crate::progress::tests::en()).unwrap()
}

/// RFC 5545's line rules: CRLF everywhere, no physical line over 75
/// octets, continuation lines start with one space, nothing but printable
/// text (and HTAB) inside.
#[track_caller]
fn assert_lines(text: &str) {
    assert!(text.ends_with("\r\n"));
    for line in text.split_terminator("\r\n") {
        assert!(line.len() <= 75, "line over 75 octets: {line:?}");
        assert!(!line.contains('\n') && !line.contains('\r'), "bare line break in {line:?}");
        assert!(!line.chars().any(|c| c.is_control() && c != '\t'), "control character in {line:?}");
    }
}

fn prop<'a>(c: &'a Parsed<'a>, name: &str) -> Vec<&'a icalendar::parser::Property<'a>> {
    c.properties.iter().filter(|p| p.name.as_str() == name).collect()
}

fn value<'a>(c: &'a Parsed<'a>, name: &str) -> &'a str {
    let found = prop(c, name);
    assert_eq!(found.len(), 1, "{name} once in {}", c.name.as_str());
    found[0].val.as_str()
}

fn children<'a>(c: &'a Parsed<'a>, name: &str) -> Vec<&'a Parsed<'a>> {
    c.components.iter().filter(|c| c.name.as_str() == name).collect()
}

/// The required properties of RFC 5545 for what this file holds, and the
/// TZID of DTSTART defined by a VTIMEZONE. Returns the event's TZID.
#[track_caller]
fn assert_structure(text: &str) -> Option<String> {
    let unfolded = unfold(text);
    let cal = read_calendar(&unfolded).expect("parses as iCalendar");
    assert_eq!(value_of(&cal.properties, "VERSION"), "2.0");
    assert!(value_of(&cal.properties, "PRODID").starts_with("-//Upright//"));
    let events: Vec<&Parsed> = cal.components.iter().filter(|c| c.name.as_str() == "VEVENT").collect();
    assert_eq!(events.len(), 1);
    let event = events[0];
    for required in ["UID", "DTSTAMP", "DTSTART", "RRULE", "SUMMARY", "DURATION"] {
        value(event, required);
    }
    assert!(value(event, "DTSTAMP").ends_with('Z'));
    let alarms = children(event, "VALARM");
    assert_eq!(alarms.len(), 1);
    assert_eq!(value(alarms[0], "ACTION"), "DISPLAY");
    assert_eq!(value(alarms[0], "TRIGGER"), "PT0S");
    assert!(!value(alarms[0], "DESCRIPTION").is_empty());
    let start = prop(event, "DTSTART")[0];
    let tzid = start.params.iter().find(|p| p.key.as_str() == "TZID").and_then(|p| p.val.as_ref()).map(|v| v.as_str().to_string());
    let zones: Vec<&Parsed> = cal.components.iter().filter(|c| c.name.as_str() == "VTIMEZONE").collect();
    match &tzid {
        Some(id) => {
            assert_eq!(zones.len(), 1);
            assert_eq!(value(zones[0], "TZID"), id);
            let observances: Vec<&Parsed> = zones[0].components.iter().collect();
            assert!(!observances.is_empty());
            for o in observances {
                assert!(matches!(o.name.as_str(), "STANDARD" | "DAYLIGHT"));
                for required in ["DTSTART", "TZOFFSETFROM", "TZOFFSETTO"] {
                    value(o, required);
                }
            }
        }
        None => assert!(zones.is_empty()),
    }
    tzid
}

fn value_of<'a>(props: &'a [icalendar::parser::Property<'a>], name: &str) -> &'a str {
    props.iter().find(|p| p.name.as_str() == name).map(|p| p.val.as_str()).unwrap_or_else(|| panic!("{name} missing"))
}

/// The first `n` occurrences of the file's event, as the `rrule` crate
/// expands them in the event's own zone.
fn occurrences(text: &str, n: u16) -> Vec<DateTime<rrule::Tz>> {
    let cal: Calendar = text.parse().expect("parses");
    let event = cal.events().next().expect("an event");
    let set = event.get_recurrence().expect("a valid recurrence");
    set.all(n).dates
}

const DAY_MS: u64 = 86_400_000;

/// 2026-10-20 (a Tuesday) 12:00 UTC.
const TUE_20_OCT: u64 = 1_792_497_600_000;

#[test]
fn weekdays_at_0730_in_berlin_keep_0730_across_the_end_of_summer_time() {
    let text = file(&reminder(&Weekday::WORKDAYS, 7, 30), Tz::Europe__Berlin, TUE_20_OCT);
    assert_lines(&text);
    assert_eq!(assert_structure(&text).as_deref(), Some("Europe/Berlin"));
    assert!(text.contains("\r\nDTSTART;TZID=Europe/Berlin:20261020T073000\r\n"), "{text}");
    assert!(text.contains("\r\nRRULE:FREQ=WEEKLY;WKST=MO;BYDAY=MO,TU,WE,TH,FR\r\n"));
    let got = occurrences(&text, 10);
    assert_eq!(got.len(), 10);
    for t in &got {
        let local = t.with_timezone(&Tz::Europe__Berlin);
        assert_eq!((local.hour(), local.minute()), (7, 30), "{local}");
        assert!(local.weekday().number_from_monday() <= 5, "{local}");
    }
    let utc: Vec<String> = got.iter().map(|t| t.with_timezone(&Utc).format("%m-%d %H:%M").to_string()).collect();
    // Summer time ends on Sunday 25 Oct: 05:30 UTC before, 06:30 after.
    assert_eq!(&utc[..6], ["10-20 05:30", "10-21 05:30", "10-22 05:30", "10-23 05:30", "10-26 06:30", "10-27 06:30"]);
}

#[test]
fn every_day_in_new_york_is_daily_across_the_november_change() {
    let text = file(&reminder(&Weekday::ALL, 18, 0), Tz::America__New_York, TUE_20_OCT + 10 * DAY_MS);
    assert_lines(&text);
    assert_eq!(assert_structure(&text).as_deref(), Some("America/New_York"));
    assert!(text.contains("\r\nRRULE:FREQ=DAILY\r\n"));
    assert!(text.contains("DTSTART;TZID=America/New_York:20261030T180000"));
    let got = occurrences(&text, 6);
    let utc: Vec<u32> = got.iter().map(|t| t.with_timezone(&Utc).hour()).collect();
    // Fri 30 and Sat 31 Oct: 18:00 EDT is 22:00 UTC; from Sunday 1 Nov, 18:00 EST is 23:00 UTC.
    assert_eq!(utc, [22, 22, 23, 23, 23, 23]);
    assert!(got.iter().all(|t| t.with_timezone(&Tz::America__New_York).hour() == 18));
}

#[test]
fn chosen_days_in_sydney_start_on_the_first_chosen_day_across_the_spring_change() {
    // Saturday 3 Oct 2026 in Sydney; clocks go forward on Sunday 4 Oct.
    let now = 1_791_000_000_000;
    let days = [Weekday::Monday, Weekday::Thursday, Weekday::Saturday];
    let text = file(&reminder(&days, 6, 45), Tz::Australia__Sydney, now);
    assert_lines(&text);
    assert_structure(&text);
    assert!(text.contains("RRULE:FREQ=WEEKLY;WKST=MO;BYDAY=MO,TH,SA\r\n"));
    let got = occurrences(&text, 5);
    let local: Vec<String> =
        got.iter().map(|t| t.with_timezone(&Tz::Australia__Sydney).format("%a %d %H:%M %z").to_string()).collect();
    assert_eq!(local, ["Sat 03 06:45 +1000", "Mon 05 06:45 +1100", "Thu 08 06:45 +1100", "Sat 10 06:45 +1100", "Mon 12 06:45 +1100"]);
}

/// The offset the file's VTIMEZONE gives at `at`: that of the latest onset
/// at or before it, each onset expanded from its DTSTART and RRULE; before
/// the first onset, the offset it changes from (as libical reads it).
fn vtimezone_offsets(text: &str, from: i64, to: i64) -> impl Fn(i64) -> Option<i32> {
    let unfolded = unfold(text);
    let cal = read_calendar(&unfolded).unwrap();
    let zone = cal.components.iter().find(|c| c.name.as_str() == "VTIMEZONE").unwrap();
    let minutes = |v: &str| {
        let sign = if v.starts_with('-') { -1 } else { 1 };
        sign * (v[1..3].parse::<i32>().unwrap() * 60 + v[3..5].parse::<i32>().unwrap())
    };
    let mut onsets: Vec<(i64, i32, i32)> = Vec::new();
    for o in &zone.components {
        let start = value(o, "DTSTART");
        assert!(!start.ends_with('Z'), "an observance starts in local time");
        let (off_from, off_to) = (minutes(value(o, "TZOFFSETFROM")), minutes(value(o, "TZOFFSETTO")));
        let local_starts: Vec<NaiveDateTime> = match prop(o, "RRULE").first() {
            None => vec![NaiveDateTime::parse_from_str(start, "%Y%m%dT%H%M%S").unwrap()],
            Some(rule) => {
                // Expanded as wall-clock times (as if UTC), as RFC 5545 means them.
                let set: rrule::RRuleSet = format!("DTSTART:{start}Z\nRRULE:{}", rule.val.as_str()).parse().unwrap();
                set.all(20).dates.iter().map(|d| d.naive_utc()).collect()
            }
        };
        for local in local_starts {
            let at = local.and_utc().timestamp_millis() - i64::from(off_from) * 60_000;
            if at <= to {
                onsets.push((at, off_from, off_to));
            }
        }
    }
    onsets.sort_unstable();
    let _ = from;
    move |at| match onsets.iter().take_while(|o| o.0 <= at).last() {
        Some(o) => Some(o.2),
        None => onsets.first().map(|o| o.1),
    }
}

#[test]
fn the_vtimezone_agrees_with_the_real_zone_every_hour_for_three_years() {
    // From 1 Jan 2025 (the year before the event) to the end of 2027.
    let now = 1_792_497_600_000; // 2026-10-20
    let (from, to) = (1_735_689_600_000_i64 + 2 * 86_400_000, 1_830_297_600_000_i64 - 86_400_000);
    for tz in [
        Tz::Europe__Berlin,
        Tz::Europe__London,
        Tz::America__New_York,
        Tz::America__St_Johns,
        Tz::America__Sao_Paulo,
        Tz::Australia__Sydney,
        Tz::Australia__Lord_Howe,
        Tz::Pacific__Chatham,
        Tz::Asia__Kolkata,
        Tz::Asia__Tehran,
        Tz::Africa__Casablanca,
        Tz::America__Santiago,
        Tz::UTC,
    ] {
        let text = file(&reminder(&Weekday::ALL, 7, 30), tz, now);
        assert_lines(&text);
        assert_structure(&text);
        let ours = vtimezone_offsets(&text, from, to);
        let real = offset_in(tz);
        let mut at = from;
        while at < to {
            assert_eq!(ours(at), Some(real(at)), "{} at {}", tz.name(), DateTime::from_timestamp_millis(at).unwrap());
            at += 3_600_000;
        }
    }
}

#[test]
fn zones_that_change_the_same_way_every_year_get_yearly_rules() {
    let text = file(&reminder(&Weekday::ALL, 7, 30), Tz::Europe__Berlin, TUE_20_OCT);
    let zone: String = text.split("BEGIN:VEVENT").next().unwrap().split("BEGIN:VTIMEZONE").nth(1).unwrap().into();
    assert_eq!(
        zone,
        "\r\nTZID:Europe/Berlin\r\nX-LIC-LOCATION:Europe/Berlin\r\n\
         BEGIN:DAYLIGHT\r\nDTSTART:20250330T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\n\
         BEGIN:STANDARD\r\nDTSTART:20251026T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\n\
         END:VTIMEZONE\r\n"
    );
    let ny = file(&reminder(&Weekday::ALL, 7, 30), Tz::America__New_York, TUE_20_OCT);
    assert!(ny.contains("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\r\n"));
    assert!(ny.contains("RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU\r\n"));
    let kolkata = file(&reminder(&Weekday::ALL, 7, 30), Tz::Asia__Kolkata, TUE_20_OCT);
    assert!(kolkata.contains("BEGIN:STANDARD\r\nDTSTART:19700101T000000\r\nTZOFFSETFROM:+0530\r\nTZOFFSETTO:+0530\r\nEND:STANDARD"));
}

#[test]
fn a_new_file_replaces_the_old_event_same_uid_higher_sequence() {
    let r = reminder(&Weekday::WORKDAYS, 7, 30);
    let first = file(&r, Tz::Europe__Berlin, TUE_20_OCT);
    let later = file(&reminder(&[Weekday::Saturday], 9, 0), Tz::Europe__Berlin, TUE_20_OCT + 3 * DAY_MS);
    let field = |text: &str, name: &str| -> String {
        text.split("\r\n").find_map(|l| l.strip_prefix(&format!("{name}:")).map(str::to_string)).unwrap()
    };
    assert_eq!(field(&first, "UID"), "upright-reminder-1782889200000@upright.invalid");
    assert_eq!(field(&first, "UID"), field(&later, "UID"));
    assert!(field(&later, "SEQUENCE").parse::<u64>().unwrap() > field(&first, "SEQUENCE").parse::<u64>().unwrap());
    assert!(field(&first, "SEQUENCE").parse::<i64>().unwrap() < i64::from(i32::MAX));
    assert_ne!(field(&first, "DTSTAMP"), field(&later, "DTSTAMP"));
    assert!(later.contains("DTSTART;TZID=Europe/Berlin:20261024T090000"));
}

#[test]
fn long_lines_fold_at_75_octets_and_unfold_to_the_same_text() {
    let text = file(&reminder(&Weekday::ALL, 7, 30), Tz::Europe__Berlin, TUE_20_OCT);
    assert!(text.contains("\r\n "), "the description is long enough to fold");
    let unfolded = unfold(&text);
    let cal = read_calendar(&unfolded).unwrap().components.into_iter().find(|c| c.name.as_str() == "VEVENT").unwrap();
    assert_eq!(
        value(&cal, "DESCRIPTION"),
        // Unescaped by the parser: the file wrote `Start\\;`.
        "Time for your back routine: about 11 minutes with Upright. Open Upright and tap Start; stop whatever hurts."
    );
    // Multi-byte characters are never cut.
    let folded = crate::store::ics::fold(&"é".repeat(80));
    assert!(folded.split_terminator("\r\n").all(|l| l.len() <= 75));
    assert_eq!(unfold(&folded).trim_end(), "é".repeat(80));
}

#[test]
fn without_a_zone_name_the_time_floats_and_without_days_there_is_no_file() {
    let offset = |_: i64| 120;
    let zone = Zone { name: None, offset_at: &offset };
    let text = reminder_ics(&reminder(&Weekday::WORKDAYS, 7, 30), 11, &zone, "u", None, TUE_20_OCT, crate::progress::tests::en()).unwrap();
    assert_lines(&text);
    assert_eq!(assert_structure(&text), None);
    assert!(text.contains("\r\nDTSTART:20261020T073000\r\n"));
    // A name that could break the line's syntax is not used.
    let odd = Zone { name: Some("Europe/Berlin;X=1"), offset_at: &offset };
    assert!(!reminder_ics(&reminder(&Weekday::ALL, 7, 30), 11, &odd, "u", None, TUE_20_OCT, crate::progress::tests::en()).unwrap().contains("TZID"));
    let none = Reminder { days: Default::default(), ..Reminder::default() };
    assert_eq!(reminder_ics(&none, 11, &zone, "u", None, TUE_20_OCT, crate::progress::tests::en()), Err("Choose at least one day for the reminder.".into()));
}
#[test]
fn the_event_and_notification_take_the_workouts_length_from_the_plan() {
    let zone = Zone { name: None, offset_at: &|_| 0 };
    let r = reminder(&Weekday::ALL, 7, 30);
    let text = unfold(&reminder_ics(&r, 11, &zone, "u", None, TUE_20_OCT, crate::progress::tests::en()).unwrap());
    assert!(text.contains("DURATION:PT11M"), "{text}");
    assert!(text.contains("about 11 minutes"), "{text}");
    assert!(!text.contains("15 minutes") && !text.contains("on the floor"), "{text}");
    let plan = crate::workout::build_plan(&crate::progress::Settings::default(), &crate::i18n::Words::english()).unwrap();
    let minutes = plan.total_estimate_ms().div_ceil(60_000) as u32;
    assert_eq!(notification_text(minutes, crate::progress::tests::en()), format!("Your back routine is waiting: about {minutes} minutes. Tap to open Upright."));
    // Unknown (0): the routine's usual quarter of an hour, never "about 0 minutes".
    assert!(reminder_ics(&r, 0, &zone, "u", None, TUE_20_OCT, crate::progress::tests::en()).unwrap().contains("PT15M"));
}
