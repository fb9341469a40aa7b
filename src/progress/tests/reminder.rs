//! The reminder setting: how it is stored (and that documents without one
//! are written as before), how a damaged one is read, and when the
//! notification is due.

use super::*;

fn weekdays_0730() -> Reminder {
    Reminder { days: Weekday::WORKDAYS.into_iter().collect(), time: ClockTime::new(7, 30).unwrap(), notify: true }
}

#[test]
fn the_default_reminder_is_not_written_and_a_chosen_one_reads_back() {
    let mut doc = doc_of(daily(2));
    assert!(!encode(&doc).contains("reminder"));
    assert!(!export_json(&doc).contains("reminder"));
    doc.settings.reminder = weekdays_0730();
    let text = encode(&doc);
    assert!(text.contains(r#""reminder":{"days":["monday","tuesday","wednesday","thursday","friday"],"time":"07:30","notify":true}"#), "{text}");
    assert_eq!(decode(&text).doc, doc);
    assert_eq!(validate_import(&export_json(&doc), NOW), Ok(doc));
}

#[test]
fn a_damaged_reminder_costs_only_itself() {
    let mut doc = doc_of(daily(1));
    doc.settings.large_text = true;
    doc.settings.reminder = weekdays_0730();
    let text = encode(&doc).replace("\"07:30\"", "\"25:00\"");
    let d = decode(&text);
    assert_eq!(d.doc.settings.reminder, Reminder::default());
    assert!(d.doc.settings.large_text);
    assert_eq!(d.doc.sessions, doc.sessions);
    assert_problem(&d.problems, &["reminder"]);
    let refused = validate_import(&export_json(&doc).replace("\"07:30\"", "\"7.30\""), NOW).unwrap_err();
    assert!(refused.message.contains("settings.reminder"), "{}", refused.message);
}

#[test]
fn clock_times_read_what_a_time_input_gives() {
    let t = |s: &str| ClockTime::parse(s).map(|t| t.to_string());
    assert_eq!(t("07:30"), Some("07:30".into()));
    assert_eq!(t("7:05"), Some("07:05".into()));
    assert_eq!(t("23:59:30"), Some("23:59".into()));
    assert_eq!(t("00:00:00.000"), Some("00:00".into()));
    for bad in ["24:00", "7:5", "07:60", "", "07", "+7:30", "07:30:61", "a:bc"] {
        assert_eq!(t(bad), None, "{bad}");
    }
}

#[test]
fn days_read_in_words() {
    let r = |days: &[Weekday]| Reminder { days: days.iter().copied().collect(), ..Reminder::default() }.days_text(crate::progress::tests::en());
    assert_eq!(Reminder::default().days_text(crate::progress::tests::en()), "every day");
    assert_eq!(r(&Weekday::WORKDAYS), "weekdays (Monday to Friday)");
    assert_eq!(r(&[Weekday::Friday, Weekday::Monday, Weekday::Wednesday]), "Monday, Wednesday and Friday");
    assert_eq!(r(&[Weekday::Sunday]), "Sunday");
    assert_eq!(r(&[]), "no day");
}

#[test]
fn the_notification_is_due_on_a_chosen_day_once_the_time_comes_until_the_workout_is_done() {
    let tz = 60;
    // Friday 20 Nov 2026 in Berlin.
    let at = |hh: u64, mm: u64| local(2026, 11, 20, hh, mm, tz);
    let r = weekdays_0730();
    assert_eq!(reminder_due(&r, &[], at(6, 30), tz, None), ReminderDue::Later(60 * MIN));
    assert_eq!(reminder_due(&r, &[], at(7, 30), tz, None), ReminderDue::Now);
    assert_eq!(reminder_due(&r, &[], at(21, 0), tz, None), ReminderDue::Now);
    // Shown today already; shown yesterday does not count.
    assert_eq!(reminder_due(&r, &[], at(21, 0), tz, Some(at(7, 31))), ReminderDue::No);
    assert_eq!(reminder_due(&r, &[], at(21, 0), tz, Some(at(7, 31) - DAY)), ReminderDue::Now);
    // Done today (in its own zone), or only yesterday.
    let today = session("t", at(6, 0), tz);
    let yesterday = session("y", at(18, 0) - DAY, tz);
    assert_eq!(reminder_due(&r, &[yesterday.clone(), today], at(8, 0), tz, None), ReminderDue::No);
    assert_eq!(reminder_due(&r, &[yesterday], at(8, 0), tz, None), ReminderDue::Now);
    // Saturday is not chosen; notifications off means never.
    assert_eq!(reminder_due(&r, &[], at(8, 0) + DAY, tz, None), ReminderDue::No);
    assert_eq!(reminder_due(&Reminder { notify: false, ..r }, &[], at(8, 0), tz, None), ReminderDue::No);
}
