//! The doctor's report against a fixture history whose figures were worked
//! out by hand: `tests/fixtures/report_history.json`, 34 workouts in
//! Berlin (summer time until 25 Oct 2026), Monday, Wednesday and Friday at
//! 07:30 from 7 Sep to 20 Nov 2026 (none on 11 Nov) plus two in July;
//! crunches 2×15 → 2×20 (5 Oct) → 3×20 (2 Nov); bridges 2 → 3 holds
//! (12 Oct); 6 core breaths from 2 Nov; "this hurts" on crunches on 28 Oct
//! and on leg swings on 13 Nov; six ratings from home; the pain warning
//! shown on 29 Oct at 09:00.

use super::*;
use crate::routine::ExerciseId;

/// The fixture, frozen (the host test and the end-to-end test both read it).
const HISTORY: &str = include_str!("../../../tests/fixtures/report_history.json");

/// "Now": Friday 20 Nov 2026, 13:00 in Berlin.
const NOW_MS: u64 = 1_795_176_000_000;
const BERLIN_WINTER: i32 = 60;

fn doc() -> Document {
    let d = decode(HISTORY);
    assert!(d.problems.is_empty(), "{:?}", d.problems);
    d.doc
}

fn day(y: i32, m: u32, d: u32) -> i64 {
    days_from_civil(y, m, d)
}

/// A level run as (days, dosage, ladder place, workouts, done in full).
type RunRow = (String, String, Option<(usize, usize)>, u32, u32);
/// A pain row as (date, before, after, rated on its own).
type PainLine = (String, Option<Tenths>, Option<Tenths>, Option<Tenths>);
/// A stop as (day, time, exercise, what was done, pain before, pain after).
type StopRow = (String, String, ExerciseId, String, Option<u8>, Option<u8>);

fn weeks(r: &Report) -> Vec<(String, u32)> {
    r.blocks.iter().map(|b| (range_text(b.from_day, b.to_day, crate::progress::tests::en()), b.sessions)).collect()
}

#[test]
fn the_clock_of_these_tests_is_the_one_described() {
    assert_eq!(NOW_MS, local(2026, 11, 20, 13, 0, BERLIN_WINTER));
    assert_eq!(doc().sessions.len(), 34);
}

#[test]
fn four_weeks_counts_sessions_per_week_in_blocks_ending_today() {
    let r = report(&doc(), Period::FourWeeks, NOW_MS, BERLIN_WINTER, false, crate::progress::tests::en());
    assert_eq!((r.from_day, r.to_day), (day(2026, 10, 24), day(2026, 11, 20)));
    assert_eq!(range_text(r.from_day, r.to_day, crate::progress::tests::en()), "24 Oct 2026 to 20 Nov 2026");
    assert_eq!((r.sessions, r.completed, r.workout_days, r.minutes), (11, 9, 11, 132));
    assert_eq!(r.block_unit, Unit::Week);
    assert_eq!(
        weeks(&r),
        [
            ("24 Oct 2026 to 30 Oct 2026".to_string(), 3),
            ("31 Oct 2026 to 6 Nov 2026".to_string(), 3),
            ("7 Nov 2026 to 13 Nov 2026".to_string(), 2),
            ("14 Nov 2026 to 20 Nov 2026".to_string(), 3),
        ]
    );
}

#[test]
fn levels_are_runs_of_one_dosage_with_their_place_on_the_ladder() {
    let r = report(&doc(), Period::FourWeeks, NOW_MS, BERLIN_WINTER, false, crate::progress::tests::en());
    let runs = |id: ExerciseId| -> Vec<RunRow> {
        r.levels
            .iter()
            .find(|l| l.exercise == id)
            .unwrap()
            .runs
            .iter()
            .map(|run| (range_text(run.from_day, run.to_day, crate::progress::tests::en()), run.dosage.clone(), run.level, run.sessions, run.done_in_full))
            .collect()
    };
    let s = |t: &str| t.to_string();
    assert_eq!(runs(ExerciseId::BackBridge), [(s("26 Oct 2026 to 20 Nov 2026"), s("3 × 10 s hold"), Some((2, 10)), 11, 11)]);
    assert_eq!(
        runs(ExerciseId::Crunches),
        [
            // 28 Oct: stopped in the second set.
            (s("26 Oct 2026 to 30 Oct 2026"), s("2 × 20 reps"), Some((2, 6)), 3, 2),
            (s("2 Nov 2026 to 20 Nov 2026"), s("3 × 20 reps"), Some((3, 6)), 8, 8),
        ]
    );
    assert_eq!(
        runs(ExerciseId::CoreBreath),
        [
            (s("26 Oct 2026 to 30 Oct 2026"), s("5 slow breaths"), Some((1, 1)), 3, 3),
            // Chosen freely: not a rung of the ladder.
            (s("2 Nov 2026 to 20 Nov 2026"), s("6 slow breaths"), None, 8, 8),
        ]
    );
    // Skipped on 28 Oct, stopped on 13 Nov.
    assert_eq!(runs(ExerciseId::LegSwings)[0].4, 9);
    assert_eq!(r.levels.iter().map(|l| l.exercise).collect::<Vec<_>>(), ExerciseId::ALL);

    let three = report(&doc(), Period::ThreeMonths, NOW_MS, BERLIN_WINTER, false, crate::progress::tests::en());
    let crunches: Vec<String> = three.levels[1].runs.iter().map(|run| run.dosage.clone()).collect();
    assert_eq!(crunches, ["2 × 15 reps", "2 × 20 reps", "3 × 20 reps"]);
    assert_eq!(range_text(three.levels[1].runs[0].from_day, three.levels[1].runs[0].to_day, crate::progress::tests::en()), "7 Sep 2026 to 2 Oct 2026");
}

#[test]
fn pain_is_a_daily_table_over_four_weeks_with_rest_day_ratings_beside() {
    let r = report(&doc(), Period::FourWeeks, NOW_MS, BERLIN_WINTER, false, crate::progress::tests::en());
    assert_eq!(r.pain_unit, Unit::Day);
    let rows: Vec<PainLine> =
        r.pain.iter().map(|p| (date_text(p.from_day, crate::progress::tests::en()), p.before, p.after, p.on_its_own)).collect();
    let row = |d: &str, b: Option<Tenths>, a: Option<Tenths>, o: Option<Tenths>| (d.to_string(), b, a, o);
    assert_eq!(
        rows,
        [
            row("26 Oct 2026", Some(60), Some(50), None),
            row("27 Oct 2026", None, None, Some(60)),
            row("28 Oct 2026", Some(60), Some(70), None),
            row("29 Oct 2026", None, None, Some(60)),
            row("30 Oct 2026", Some(50), Some(40), None),
            row("2 Nov 2026", Some(40), Some(30), None),
            row("3 Nov 2026", None, None, Some(40)),
            row("4 Nov 2026", Some(40), Some(30), None),
            row("6 Nov 2026", Some(40), Some(30), None),
            row("9 Nov 2026", Some(40), Some(30), None),
            row("10 Nov 2026", None, None, Some(30)),
            row("13 Nov 2026", Some(40), Some(30), None),
            row("16 Nov 2026", Some(30), Some(20), None),
            row("17 Nov 2026", None, None, Some(20)),
            // A workout day also rated from home in the evening.
            row("18 Nov 2026", Some(30), Some(20), Some(30)),
            // Not rated after.
            row("20 Nov 2026", Some(30), None, None),
        ]
    );
    // Ten workouts with both ratings: 43/10 before, 35/10 after.
    assert_eq!(r.pain_around_workouts, Some((43, 35, 10)));
    // First rated week (6, 6, 5) against the last (3, 3, 3).
    assert_eq!(r.pain_change, Some((57, 30)));
    // Days rated without a workout: 18 Nov had one.
    let rest: Vec<(String, u8)> = r.rest_days.iter().map(|d| (date_text(d.day, crate::progress::tests::en()), d.pain)).collect();
    assert_eq!(
        rest,
        [("27 Oct 2026".into(), 6), ("29 Oct 2026".into(), 6), ("3 Nov 2026".into(), 4), ("10 Nov 2026".into(), 3), ("17 Nov 2026".into(), 2)]
    );
}

#[test]
fn longer_periods_group_pain_by_week_and_everything_starts_at_the_first_record() {
    let three = report(&doc(), Period::ThreeMonths, NOW_MS, BERLIN_WINTER, false, crate::progress::tests::en());
    assert_eq!((three.from_day, three.to_day), (day(2026, 8, 22), day(2026, 11, 20)));
    assert_eq!(three.sessions, 32);
    assert_eq!(three.blocks.len(), 13);
    assert_eq!(three.blocks.iter().map(|b| b.sessions).sum::<u32>(), 32);
    assert_eq!(three.pain_unit, Unit::Week);
    // Week of 24-30 Oct: before 6, 6, 5; after 5, 7, 4; from home 6, 6.
    let week = three.pain.iter().find(|p| p.from_day == day(2026, 10, 24)).unwrap();
    assert_eq!((week.to_day, week.before, week.after, week.on_its_own), (day(2026, 10, 30), Some(57), Some(53), Some(60)));

    let all = report(&doc(), Period::All, NOW_MS, BERLIN_WINTER, false, crate::progress::tests::en());
    assert_eq!(all.from_day, day(2026, 7, 6));
    assert_eq!(all.sessions, 34);
    // 138 days: the first block is what is left before 19 weeks ending today.
    assert_eq!(all.blocks.len(), 20);
    assert_eq!((all.blocks[0].from_day, all.blocks[0].to_day, all.blocks[0].sessions), (day(2026, 7, 6), day(2026, 7, 10), 2));
}

#[test]
fn every_this_hurts_stop_with_its_day_time_and_what_was_done() {
    let r = report(&doc(), Period::FourWeeks, NOW_MS, BERLIN_WINTER, false, crate::progress::tests::en());
    let stops: Vec<StopRow> = r
        .stops
        .iter()
        .map(|s| (day_text(s.day, crate::progress::tests::en()), minute_text(s.minute, crate::progress::tests::en()), s.exercise, s.done.clone(), s.pain_before, s.pain_after))
        .collect();
    assert_eq!(
        stops,
        [
            ("Wed 28 Oct 2026".into(), "07:30".into(), ExerciseId::Crunches, "20 reps in 1 of 2 sets of 20".into(), Some(6), Some(7)),
            ("Fri 13 Nov 2026".into(), "07:30".into(), ExerciseId::LegSwings, "1 of 8 rounds, 42 s in all".into(), Some(4), Some(3)),
        ]
    );
}

#[test]
fn warnings_shown_say_why_and_notes_come_only_when_asked() {
    let r = report(&doc(), Period::FourWeeks, NOW_MS, BERLIN_WINTER, false, crate::progress::tests::en());
    assert_eq!(r.warnings.len(), 1);
    assert_eq!(date_text(r.warnings[0].day, crate::progress::tests::en()), "29 Oct 2026");
    // 23 Oct (5), 26 (6), 27 (6), 28 (7), 29 Oct (6): a week of pain, not
    // more than one, after four weeks of workouts no better.
    assert_eq!(
        r.warnings[0].why.as_deref(),
        Some("Your back has stayed around 6 out of 10 over 4 weeks of regular workouts without getting better.")
    );
    assert!(r.notes.is_empty());

    let with = report(&doc(), Period::FourWeeks, NOW_MS, BERLIN_WINTER, true, crate::progress::tests::en());
    let notes: Vec<(String, &str)> = with.notes.iter().map(|n| (date_text(n.day, crate::progress::tests::en()), n.text.as_str())).collect();
    assert_eq!(
        notes,
        [
            ("28 Oct 2026".into(), "Sharp pain in the second crunch set, stopped there."),
            ("6 Nov 2026".into(), "Stiff after the long drive; better after the stretches."),
        ]
    );
    assert_eq!(Report { notes: Vec::new(), ..with }, r);
}

#[test]
fn warnings_kept_in_the_list_join_the_last_one_once_each() {
    let mut d = doc();
    let last = d.meta.pain_warning_shown_ms.unwrap();
    let earlier = local(2026, 10, 1, 9, 0, 120);
    d.meta.pain_warnings_shown_ms = vec![earlier, last];
    let r = report(&d, Period::ThreeMonths, NOW_MS, BERLIN_WINTER, false, crate::progress::tests::en());
    assert_eq!(r.warnings.iter().map(|w| date_text(w.day, crate::progress::tests::en())).collect::<Vec<_>>(), ["1 Oct 2026", "29 Oct 2026"]);
    // Nothing in the ratings then called for it any more.
    assert_eq!(r.warnings[0].why, None);
    // The list is written only once it has something, and read back.
    assert_eq!(decode(&encode(&d)).doc.meta.pain_warnings_shown_ms, vec![earlier, last]);
    assert!(!encode(&doc()).contains("pain_warnings_shown_ms"));
}

#[test]
fn an_empty_history_gives_an_empty_report_of_today() {
    let r = report(&Document::default(), Period::All, NOW_MS, BERLIN_WINTER, true, crate::progress::tests::en());
    assert_eq!((r.from_day, r.to_day, r.sessions), (day(2026, 11, 20), day(2026, 11, 20), 0));
    assert_eq!(r.blocks.len(), 1);
    assert!(r.pain.is_empty() && r.stops.is_empty() && r.warnings.is_empty() && r.rest_days.is_empty());
    assert_eq!(r.pain_around_workouts, None);
    assert!(r.levels.iter().all(|l| l.runs.is_empty()));
}

#[test]
fn past_half_a_year_blocks_and_pain_go_by_calendar_month() {
    let d = doc_of(daily(400));
    let now = utc(2027, 2, 4, 12, 0);
    let r = report(&d, Period::All, now, 0, false, crate::progress::tests::en());
    assert_eq!((r.block_unit, r.pain_unit), (Unit::Month, Unit::Month));
    let months: Vec<String> = r.blocks.iter().map(|b| range_text(b.from_day, b.to_day, crate::progress::tests::en())).collect();
    assert_eq!(months.len(), 14);
    assert_eq!(months[0], "Jan 2026");
    assert_eq!(months[12], "Jan 2027");
    // 2026-01-01 + 399 days is 4 Feb 2027, today.
    assert_eq!(months[13], "1 Feb 2027 to 4 Feb 2027");
    assert_eq!(r.blocks[1].sessions, 28);
    assert_eq!(r.blocks.iter().map(|b| b.sessions).sum::<u32>(), 400);
    assert_eq!(r.pain.len(), 14);
    assert_eq!((r.pain[0].before, r.pain[0].after), (Some(50), Some(30)));
}

#[test]
fn period_keys_read_back() {
    for p in Period::ALL {
        assert_eq!(Period::parse(p.key()), Some(p));
    }
    assert_eq!(Period::parse("week"), None);
    assert_eq!(tenths_text(43, crate::progress::tests::en()), "4.3");
    assert_eq!(tenths_text(100, crate::progress::tests::en()), "10.0");
}
