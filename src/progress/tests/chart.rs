//! The history charts' layout: days by date, labels, rest-day ratings.

use super::*;

fn day_of(y: i32, m: u32, d: u32) -> i64 {
    days_from_civil(y, m, d)
}

#[test]
fn points_sit_by_date_so_a_week_off_is_a_gap() {
    let sessions = vec![
        session("a", utc(2026, 1, 1, 7, 0), 0),
        session("b", utc(2026, 1, 2, 7, 0), 0),
        session("c", utc(2026, 1, 10, 7, 0), 0),
    ];
    let today = day_of(2026, 1, 14);
    let span = chart_span(&sessions, &[], today, crate::progress::tests::en());
    assert_eq!((span.from, span.to), (day_of(2026, 1, 1), today));
    let x: Vec<f64> = span.pain.iter().map(|p| span.fraction(p.day)).collect();
    assert_eq!(x.len(), 3);
    // One day apart, then eight: the gaps keep the calendar's proportions.
    let (first_gap, second_gap) = (x[1] - x[0], x[2] - x[1]);
    assert!((second_gap / first_gap - 8.0).abs() < 1e-9, "{x:?}");
    assert!((span.fraction(today) - 1.0).abs() < 1e-9);
}

#[test]
fn the_span_is_between_one_and_six_weeks_and_ends_today() {
    let today = day_of(2026, 3, 1);
    let one = vec![session("a", utc(2026, 3, 1, 7, 0), 0)];
    let span = chart_span(&one, &[], today, crate::progress::tests::en());
    assert_eq!(span.to - span.from + 1, CHART_MIN_DAYS);
    let old = vec![session("old", utc(2025, 6, 1, 7, 0), 0), session("new", utc(2026, 2, 27, 7, 0), 0)];
    let span = chart_span(&old, &[], today, crate::progress::tests::en());
    assert_eq!(span.to - span.from + 1, CHART_DAYS);
    assert_eq!(span.pain.len(), 1, "days before the span are left out");
}

#[test]
fn labels_name_dates_from_the_first_day_to_today() {
    let sessions = daily(30);
    let today = day_of(2026, 1, 30);
    let span = chart_span(&sessions, &[], today, crate::progress::tests::en());
    let texts: Vec<&str> = span.labels.iter().map(|(_, t)| t.as_str()).collect();
    assert_eq!(texts, ["2 Jan", "16 Jan", "30 Jan"]);
    assert!(span.labels.iter().all(|(d, _)| (span.from..=span.to).contains(d)));
}

#[test]
fn ratings_logged_on_rest_days_are_in_the_chart_and_the_calendar() {
    let sessions = vec![session("a", utc(2026, 1, 5, 7, 0), 0)];
    let rest = |d: u32, pain: u8| PainEntry { at_ms: utc(2026, 1, d, 20, 0), tz_offset_min: 0, pain };
    let log = vec![rest(7, 6), rest(7, 8), rest(9, 4)];
    let span = chart_span(&sessions, &log, day_of(2026, 1, 10), crate::progress::tests::en());
    let logged: Vec<(i64, Option<u8>)> = span.pain.iter().map(|p| (p.day, p.logged)).collect();
    assert_eq!(logged, [(day_of(2026, 1, 5), None), (day_of(2026, 1, 7), Some(8)), (day_of(2026, 1, 9), Some(4))]);
    assert_eq!(month_logged(&log, 2026, 1), [(7, 8), (9, 4)]);
    assert!(month_logged(&log, 2026, 2).is_empty());
}
