//! Calendar arithmetic, streaks across month and year ends and offset
//! changes, the calendar, series, summary, ids and the export reminder.

use super::*;

/// A session starting at a local date and time in zone `tz`.
fn at(y: i32, m: u32, d: u32, hh: u64, mm: u64, tz: i32) -> SessionRecord {
    let start = local(y, m, d, hh, mm, tz);
    session(&format!("{y}-{m}-{d}-{hh}{mm}@{tz}"), start, tz)
}

#[test]
fn civil_dates_round_trip_and_match_known_days() {
    assert_eq!(days_from_civil(1970, 1, 1), 0);
    assert_eq!(days_from_civil(1969, 12, 31), -1);
    assert_eq!(days_from_civil(2000, 3, 1), 11_017);
    assert_eq!(days_from_civil(2026, 11, 25), 20_782);
    assert_eq!(civil_from_days(20_782), (2026, 11, 25));
    assert_eq!(civil_from_days(days_from_civil(2024, 2, 29)), (2024, 2, 29));
    assert_eq!(days_from_civil(2024, 3, 1) - days_from_civil(2024, 2, 28), 2);
    assert_eq!(days_from_civil(2100, 3, 1) - days_from_civil(2100, 2, 28), 1);
    let mut prev = civil_from_days(-800_000);
    for day in -799_999..800_000 {
        let (y, m, d) = civil_from_days(day);
        assert_eq!(days_from_civil(y, m, d), day);
        // Consecutive days advance the date by one.
        assert!((y, m, d) > prev);
        prev = (y, m, d);
    }
    // Corrupt instants do not panic.
    let _ = civil_from_days(local_day(u64::MAX, 840));
}

#[test]
fn local_day_follows_the_offset() {
    let t = utc(2026, 11, 25, 4, 30);
    assert_eq!(local_day(t, 0), days_from_civil(2026, 11, 25));
    assert_eq!(local_day(t, -300), days_from_civil(2026, 11, 24));
    assert_eq!(local_day(utc(2026, 11, 24, 15, 30), 540), days_from_civil(2026, 11, 25));
    assert_eq!(local_day(0, -60), -1);
}

#[test]
fn month_grid_gives_first_weekday_and_length() {
    assert_eq!(month_grid(2026, 11), (6, 30)); // 1 Nov 2026 is a Sunday
    assert_eq!(month_grid(2026, 12), (1, 31)); // a Tuesday
    assert_eq!(month_grid(2024, 2), (3, 29)); // a Thursday, leap year
    assert_eq!(month_grid(2100, 2).1, 28);
    assert_eq!(month_grid(2000, 2).1, 29);
    assert_eq!(month_grid(2026, 13), (0, 0));
    assert_eq!(month_grid(2026, 0), (0, 0));
    assert_eq!(weekday(days_from_civil(2026, 11, 23)), 0); // a Monday
}

#[test]
fn month_days_use_each_sessions_local_day() {
    let sessions = vec![
        at(2026, 10, 31, 23, 30, -300), // 04:30 UTC on 1 Nov, still 31 Oct locally
        at(2026, 11, 1, 0, 30, 540),    // 15:30 UTC on 31 Oct, 1 Nov locally
        at(2026, 11, 1, 18, 0, 540),
        at(2026, 11, 30, 7, 0, 0),
        at(2026, 12, 1, 7, 0, 0),
    ];
    assert_eq!(month_days(&sessions, 2026, 11, 0), vec![1, 30]);
    assert_eq!(month_days(&sessions, 2026, 10, 0), vec![31]);
    assert_eq!(month_days(&sessions, 2026, 12, 0), vec![1]);
    assert_eq!(month_days(&sessions, 2026, 13, 0), Vec::<u32>::new());
}

#[test]
fn a_corrupt_stored_offset_falls_back_to_the_viewers() {
    let mut s = at(2026, 11, 1, 2, 0, 0);
    s.tz_offset_min = 100_000;
    assert_eq!(month_days(std::slice::from_ref(&s), 2026, 10, -300), vec![31]);
    assert_eq!(month_days(&[s], 2026, 11, 0), vec![1]);
}

#[test]
fn streaks_run_across_a_month_end() {
    let sessions = vec![at(2026, 10, 30, 7, 0, 60), at(2026, 10, 31, 7, 0, 60), at(2026, 11, 1, 7, 0, 60), at(2026, 11, 2, 7, 0, 60)];
    let s = stats(&sessions, local(2026, 11, 2, 20, 0, 60), 60);
    assert_eq!((s.current_streak_days, s.longest_streak_days), (4, 4));
}

#[test]
fn streaks_run_across_a_year_end() {
    let sessions = vec![at(2026, 12, 30, 21, 0, -300), at(2026, 12, 31, 23, 59, -300), at(2027, 1, 1, 0, 1, -300)];
    let s = stats(&sessions, local(2027, 1, 1, 12, 0, -300), -300);
    assert_eq!((s.current_streak_days, s.longest_streak_days), (3, 3));
}

#[test]
fn a_daylight_saving_change_neither_breaks_nor_merges_days() {
    // 23:30 each night in Berlin: +60 before the change, +120 after. The
    // second night is only 23 hours later in UTC.
    let sessions = vec![at(2026, 3, 28, 23, 30, 60), at(2026, 3, 29, 23, 30, 120)];
    assert_eq!(sessions[1].started_at_ms - sessions[0].started_at_ms, 23 * 60 * MIN);
    // Seen from the new offset the next morning. Reading both sessions in
    // the viewer's offset would put both on the 29th: a streak of 1.
    let s = stats(&sessions, local(2026, 3, 30, 10, 0, 120), 120);
    assert_eq!((s.current_streak_days, s.longest_streak_days), (2, 2));
    // And the other way (autumn): 25 hours apart, still consecutive days.
    let sessions = vec![at(2026, 10, 24, 0, 30, 120), at(2026, 10, 25, 0, 30, 60)];
    assert_eq!(sessions[1].started_at_ms - sessions[0].started_at_ms, 25 * 60 * MIN);
    let s = stats(&sessions, local(2026, 10, 25, 9, 0, 60), 60);
    assert_eq!(s.current_streak_days, 2);
}

#[test]
fn half_past_eleven_local_counts_for_that_evening_not_the_utc_tomorrow() {
    // New York, 23:30 on 24 Nov = 04:30 UTC on 25 Nov.
    let s = at(2026, 11, 24, 23, 30, -300);
    assert_eq!(civil_from_days(local_day(s.started_at_ms, 0)), (2026, 11, 25));
    let now = local(2026, 11, 25, 9, 0, -300);
    let st = stats(std::slice::from_ref(&s), now, -300);
    // Yesterday's session keeps the streak alive; today has none yet.
    assert_eq!(st.current_streak_days, 1);
    assert_eq!(month_days(std::slice::from_ref(&s), 2026, 11, -300), vec![24]);
    // The reverse: Tokyo, 00:30 on 25 Nov = 15:30 UTC on 24 Nov.
    let t = at(2026, 11, 25, 0, 30, 540);
    assert_eq!(civil_from_days(local_day(t.started_at_ms, 0)), (2026, 11, 24));
    assert_eq!(month_days(std::slice::from_ref(&t), 2026, 11, 540), vec![25]);
    let st = stats(&[s, t], local(2026, 11, 25, 20, 0, 540), 540);
    assert_eq!(st.current_streak_days, 2);
}

#[test]
fn a_gap_breaks_the_streak() {
    let sessions = vec![
        at(2026, 5, 1, 7, 0, 0),
        at(2026, 5, 2, 7, 0, 0),
        at(2026, 5, 3, 7, 0, 0),
        at(2026, 5, 5, 7, 0, 0),
        at(2026, 5, 6, 7, 0, 0),
    ];
    let s = stats(&sessions, utc(2026, 5, 6, 20, 0), 0);
    assert_eq!((s.current_streak_days, s.longest_streak_days), (2, 3));
}

#[test]
fn the_current_streak_waits_for_today_but_not_longer() {
    let sessions = vec![at(2026, 5, 3, 7, 0, 0), at(2026, 5, 4, 7, 0, 0), at(2026, 5, 5, 7, 0, 0)];
    assert_eq!(stats(&sessions, utc(2026, 5, 5, 6, 0), 0).current_streak_days, 3);
    // The morning after, before working out: still 3.
    assert_eq!(stats(&sessions, utc(2026, 5, 6, 6, 0), 0).current_streak_days, 3);
    // A whole day missed: gone, but the record stays.
    let s = stats(&sessions, utc(2026, 5, 7, 6, 0), 0);
    assert_eq!((s.current_streak_days, s.longest_streak_days), (0, 3));
    assert_eq!(stats(&[], utc(2026, 5, 7, 6, 0), 0), Stats {
        total_sessions: 0,
        current_streak_days: 0,
        longest_streak_days: 0,
        this_week: 0,
        totals: ExerciseId::ALL.iter().map(|id| (*id, WorkDone::default())).collect(),
        total_active_min: 0,
    });
}

#[test]
fn a_session_dated_after_today_does_not_end_the_current_streak() {
    // Recorded in Tokyo on the 6th, viewed from New York still on the 5th.
    let sessions = vec![at(2026, 5, 4, 9, 0, -300), at(2026, 5, 5, 9, 0, -300), at(2026, 5, 6, 8, 0, 540)];
    let s = stats(&sessions, local(2026, 5, 5, 20, 0, -300), -300);
    assert_eq!(s.current_streak_days, 2);
    assert_eq!(s.longest_streak_days, 3);
}

#[test]
fn two_sessions_on_one_day_count_once_for_streaks_and_twice_for_totals() {
    let sessions = vec![at(2026, 5, 5, 7, 0, 0), at(2026, 5, 5, 19, 0, 0), at(2026, 4, 28, 7, 0, 0), at(2026, 4, 29, 7, 0, 0)];
    let s = stats(&sessions, utc(2026, 5, 5, 21, 0), 0);
    assert_eq!(s.total_sessions, 4);
    assert_eq!(s.current_streak_days, 1);
    assert_eq!(s.longest_streak_days, 2);
    // The last 7 days are 29 Apr .. 5 May: 28 Apr is out.
    assert_eq!(s.this_week, 3);
    assert_eq!(s.total_active_min, 4 * 8);
    let crunches = s.totals.iter().find(|(id, _)| *id == ExerciseId::Crunches).unwrap().1;
    assert_eq!((crunches.reps, crunches.sets), (120, 8));
    assert_eq!(s.totals.iter().map(|(id, _)| *id).collect::<Vec<_>>(), ExerciseId::ALL);
}

#[test]
fn pain_series_has_one_point_per_day_first_before_and_last_after() {
    let mut a = at(2026, 5, 5, 7, 0, 0);
    a.pain_before = Some(6);
    a.pain_after = Some(5);
    let mut b = at(2026, 5, 5, 19, 0, 0);
    b.pain_before = Some(4);
    b.pain_after = Some(2);
    let mut c = at(2026, 5, 3, 7, 0, 0);
    c.pain_before = None;
    c.pain_after = None;
    let mut d = at(2026, 5, 4, 7, 0, 0);
    d.pain_before = None;
    d.pain_after = Some(1);
    let day = |d| days_from_civil(2026, 5, d);
    assert_eq!(
        pain_series(&[b, c, a, d]),
        vec![
            PainPoint { day: day(4), before: None, after: Some(1), logged: None },
            PainPoint { day: day(5), before: Some(6), after: Some(2), logged: None },
        ]
    );
}

#[test]
fn crunch_series_sums_per_day_and_skips_days_without_crunches() {
    let a = at(2026, 5, 5, 7, 0, 0);
    let mut b = at(2026, 5, 5, 19, 0, 0);
    b.exercises[1].done.reps = 12;
    let mut c = at(2026, 5, 6, 7, 0, 0);
    c.exercises.remove(1);
    let d = at(2026, 5, 4, 7, 0, 0);
    assert_eq!(
        crunch_series(&[c, b, a, d]),
        vec![(days_from_civil(2026, 5, 4), 30), (days_from_civil(2026, 5, 5), 42)]
    );
}

fn with_pain(days_from_first: &[(u64, u8)]) -> Vec<SessionRecord> {
    days_from_first
        .iter()
        .map(|(d, p)| {
            let mut s = session(&format!("p{d}"), utc(2026, 1, 5, 7, 0) + d * DAY, 0);
            s.pain_before = Some(*p);
            s
        })
        .collect()
}

#[test]
fn summary_speaks_counts_streaks_and_the_pain_trend() {
    assert_eq!(summary_text(&stats(&[], 0, 0), &[], crate::progress::tests::en()), "No workouts recorded yet.");
    // Four weeks: 6s in the first week, 3s in the last.
    let sessions = with_pain(&[(0, 6), (2, 6), (4, 7), (10, 5), (17, 4), (22, 3), (25, 3), (27, 3)]);
    let now = utc(2026, 1, 5, 20, 0) + 27 * DAY;
    let s = stats(&sessions, now, 0);
    assert_eq!(
        summary_text(&s, &sessions, crate::progress::tests::en()),
        "8 workouts recorded, 3 in the last 7 days; current streak 1 day, longest 1 day. \
         Pain before workouts went from 6 to 3 over 4 weeks."
    );
    // Level pain, short history.
    let sessions = with_pain(&[(0, 4), (1, 4), (3, 5), (6, 4), (7, 4)]);
    let s = stats(&sessions, utc(2026, 1, 5, 20, 0) + 7 * DAY, 0);
    assert_eq!(
        summary_text(&s, &sessions, crate::progress::tests::en()),
        "5 workouts recorded, 4 in the last 7 days; current streak 2 days, longest 2 days. \
         Pain before workouts stayed around 4 over the last 7 days."
    );
    // Under a week of answers: no trend claimed.
    let sessions = with_pain(&[(0, 8), (2, 2)]);
    let s = stats(&sessions, utc(2026, 1, 5, 20, 0) + 2 * DAY, 0);
    assert!(!summary_text(&s, &sessions, crate::progress::tests::en()).contains("Pain"));
}

#[test]
fn the_pain_trend_looks_at_recent_weeks_not_the_whole_history() {
    // A bad first month long ago, then eight steady weeks at 2.
    let mut points: Vec<(u64, u8)> = (0..28).map(|d| (d, 9)).collect();
    points.extend((200..257).step_by(3).map(|d| (d, 2)));
    let sessions = with_pain(&points);
    let s = stats(&sessions, utc(2026, 1, 5, 20, 0) + 256 * DAY, 0);
    let text = summary_text(&s, &sessions, crate::progress::tests::en());
    assert!(text.ends_with("Pain before workouts stayed around 2 over the last 8 weeks."), "{text}");
}

#[test]
fn session_ids_carry_the_instant_and_the_entropy() {
    assert_eq!(new_session_id(1_764_061_200_000, 0xc0ffee), "1764061200000-00c0ffee");
    assert_ne!(new_session_id(5, 1), new_session_id(5, 2));
    assert!(!new_session_id(0, 0).is_empty());
}

#[test]
fn export_reminder_only_when_storage_may_be_evicted_and_the_export_is_old() {
    let now = 100 * DAY;
    let refused = Meta { persist: Some(false), ..Meta::default() };
    assert!(should_remind_export(&refused, 3, now), "never exported");
    assert!(!should_remind_export(&refused, 0, now), "nothing to lose");
    let recent = Meta { last_export_ms: Some(now - 10 * DAY), ..refused.clone() };
    assert!(!should_remind_export(&recent, 3, now));
    let exactly = Meta { last_export_ms: Some(now - 30 * DAY), ..refused.clone() };
    assert!(!should_remind_export(&exactly, 3, now));
    let old = Meta { last_export_ms: Some(now - 31 * DAY), ..refused.clone() };
    assert!(should_remind_export(&old, 3, now));
    // A clock set back must not nag.
    let future = Meta { last_export_ms: Some(now + DAY), ..refused };
    assert!(!should_remind_export(&future, 3, now));
    for persist in [None, Some(true)] {
        assert!(!should_remind_export(&Meta { persist, ..Meta::default() }, 3, now));
    }
}

#[test]
fn stats_survive_absurd_instants() {
    let mut s = session("x", 0, 840);
    s.started_at_ms = u64::MAX - 10;
    s.ended_at_ms = u64::MAX;
    let st = stats(&[s.clone(), session("y", 0, -720)], u64::MAX, 840);
    assert_eq!(st.total_sessions, 2);
    let _ = summary_text(&st, &[s.clone()], crate::progress::tests::en());
    let _ = export_csv(&doc_of(vec![s]), crate::progress::tests::en());
}

#[test]
fn counts_take_the_singular_only_for_one() {
    assert_eq!(plural(0, "day", "days"), "0 days");
    assert_eq!(plural(1, "day", "days"), "1 day");
    assert_eq!(plural(2, "day", "days"), "2 days");
}

#[test]
fn crunches_today_sums_the_days_sessions_on_their_own_days() {
    // Two workouts today (30 each), one yesterday; an evening in Chicago
    // stays on its own day although it is tomorrow in UTC.
    let tz = -360;
    let mut s = vec![
        session("y", local(2026, 4, 1, 22, 0, tz), tz),
        session("a", local(2026, 4, 2, 7, 0, tz), tz),
        session("b", local(2026, 4, 2, 23, 0, tz), tz),
    ];
    let now = local(2026, 4, 2, 23, 30, tz);
    assert_eq!(crunches_today(&s, now, tz), 60);
    assert_eq!(crunches_today(&s, local(2026, 4, 3, 0, 5, tz), tz), 0, "a new day starts at local midnight");
    s[1].exercises.retain(|r| r.exercise != ExerciseId::Crunches);
    assert_eq!(crunches_today(&s, now, tz), 30);
}

#[test]
fn logged_pain_has_its_own_point_or_joins_the_days_workout() {
    let day = |d: u32| days_from_civil(2026, 1, d);
    let sessions = vec![session("w", utc(2026, 1, 2, 7, 0), 0)]; // pain 5 -> 3
    let log = [
        PainEntry { at_ms: utc(2026, 1, 1, 20, 0), tz_offset_min: 0, pain: 6 },
        PainEntry { at_ms: utc(2026, 1, 2, 20, 0), tz_offset_min: 0, pain: 2 },
        PainEntry { at_ms: utc(2026, 1, 2, 21, 0), tz_offset_min: 0, pain: 4 },
    ];
    assert_eq!(
        pain_series_with_log(&sessions, &log),
        [
            PainPoint { day: day(1), before: None, after: None, logged: Some(6) },
            PainPoint { day: day(2), before: Some(5), after: Some(3), logged: Some(4) },
        ]
    );
    assert_eq!(pain_series_with_log(&sessions, &[]), pain_series(&sessions));
}

#[test]
fn a_session_with_nothing_done_is_no_workout() {
    let tz = 60;
    let mut empty = at(2026, 11, 24, 8, 0, tz);
    for r in &mut empty.exercises {
        r.done = WorkDone::default();
    }
    assert!(!empty.is_workout());
    let done = at(2026, 11, 25, 8, 0, tz);
    assert!(done.is_workout());
    let now = local(2026, 11, 25, 20, 0, tz);
    let s = stats(&[empty.clone(), done.clone()], now, tz);
    assert_eq!((s.total_sessions, s.current_streak_days, s.longest_streak_days, s.this_week), (1, 1, 1, 1));
    assert_eq!(month_days(&[empty, done], 2026, 11, tz), vec![25], "the empty day is not marked");
}
