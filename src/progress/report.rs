//! The report for a doctor's or physiotherapist's visit: what the person
//! did and how their back felt over a period, as figures the report screen
//! lays out and prints. Pure: the document, the clock and the viewer's
//! offset are passed in; every day is the person's own local day (see
//! `stats`).

use super::pain_log::PainEntry;
use super::stats::{
    civil_from_days, days_from_civil, local_day, local_ms_of_day, month_grid, session_day, session_offset, PainPoint,
};
use super::{pain_series_with_log, pain_warning_reason, Document, SessionRecord};
use crate::i18n::Words;
use crate::routine::{Dosage, ExerciseId};
use crate::tr;

/// The stretch of time a report covers, ending today.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Period {
    /// The last 28 days: four whole weeks.
    #[default]
    FourWeeks,
    /// The last 91 days: thirteen whole weeks, about three months.
    ThreeMonths,
    /// From the first day anything was recorded.
    All,
}

impl Period {
    /// Every period, shortest first.
    pub const ALL: [Period; 3] = [Period::FourWeeks, Period::ThreeMonths, Period::All];

    /// Its name in the report screen's address (`./report?period=3m`).
    pub fn key(self) -> &'static str {
        match self {
            Period::FourWeeks => "4w",
            Period::ThreeMonths => "3m",
            Period::All => "all",
        }
    }

    /// The period named `key` (see [`Period::key`]).
    pub fn parse(key: &str) -> Option<Period> {
        Period::ALL.into_iter().find(|p| p.key() == key)
    }

    /// Its name for people, e.g. "Last 4 weeks".
    pub fn label(self, words: &Words) -> String {
        let id = match self {
            Period::FourWeeks => "records-period-4w",
            Period::ThreeMonths => "records-period-3m",
            Period::All => "records-period-all",
        };
        tr!(words, id)
    }
}

/// How finely a series is grouped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// One row per day.
    Day,
    /// Seven-day blocks ending today.
    Week,
    /// Calendar months.
    Month,
}

/// An average of ratings from 0 to 10, in tenths (45 is 4.5), so figures
/// compare exactly in tests and print with one decimal.
pub type Tenths = u16;

/// Workouts in one block of the period.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Block {
    /// First local day of the block (inside the period).
    pub from_day: i64,
    /// Last local day of the block (inside the period).
    pub to_day: i64,
    /// Workouts started in the block.
    pub sessions: u32,
    /// Days of the block with at least one workout.
    pub workout_days: u32,
}

/// Pain in one row of the pain table (a day, week or month): averages of
/// the days rated in it.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct PainRow {
    /// First local day of the row.
    pub from_day: i64,
    /// Last local day of the row (the same day for a daily row).
    pub to_day: i64,
    /// Pain before the day's first workout that asked.
    pub before: Option<Tenths>,
    /// Pain after the day's last workout that asked.
    pub after: Option<Tenths>,
    /// The day's highest rating given on its own (from home, without a workout).
    pub on_its_own: Option<Tenths>,
}

/// A stretch of consecutive workouts in which an exercise was planned at
/// the same dosage.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LevelRun {
    /// Day of its first workout.
    pub from_day: i64,
    /// Day of its last workout.
    pub to_day: i64,
    /// The dosage in words, e.g. "2 × 20 reps".
    pub dosage: String,
    /// Its place on the exercise's ladder today, `(n, of)` counted from 1,
    /// when the dosage is one of its levels.
    pub level: Option<(usize, usize)>,
    /// Workouts with the exercise at this dosage.
    pub sessions: u32,
    /// Of those, how many did all of it.
    pub done_in_full: u32,
}

/// One exercise's dosage over the period.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExerciseLevels {
    /// Which exercise.
    pub exercise: ExerciseId,
    /// Its runs, oldest first; empty when no workout of the period had it.
    pub runs: Vec<LevelRun>,
}

/// A day rated from home without a workout that day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RestDay {
    /// The local day.
    pub day: i64,
    /// The day's highest rating, 0-10.
    pub pain: u8,
}

/// An exercise stopped with "this hurts".
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Stop {
    /// Local day of the workout.
    pub day: i64,
    /// Local start time of the workout, minutes after midnight.
    pub minute: u32,
    /// The exercise stopped.
    pub exercise: ExerciseId,
    /// What was done of it before stopping, e.g. "20 of 40 reps".
    pub done: String,
    /// The workout's pain before and after, 0-10, when given.
    pub pain_before: Option<u8>,
    /// See `pain_before`.
    pub pain_after: Option<u8>,
}

/// A "please see a doctor" warning the app showed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WarningShown {
    /// Local day it was shown.
    pub day: i64,
    /// Why, from the ratings on record up to then; `None` when they no
    /// longer show it (e.g. ratings removed since).
    pub why: Option<String>,
}

/// A note the person wrote after a workout.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Note {
    /// Local day of the workout.
    pub day: i64,
    /// The note, as written (always shown as text).
    pub text: String,
}

/// Every figure of the report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    /// The period chosen.
    pub period: Period,
    /// First local day covered.
    pub from_day: i64,
    /// Last local day covered (today).
    pub to_day: i64,
    /// Workouts started in the period.
    pub sessions: u32,
    /// Of those, how many ran to their end.
    pub completed: u32,
    /// Days with at least one workout.
    pub workout_days: u32,
    /// Minutes from start to end, summed (pauses included).
    pub minutes: u64,
    /// [`Unit::Week`] or, past 26 weeks, [`Unit::Month`].
    pub block_unit: Unit,
    /// Workouts per block, oldest first, every block of the period.
    pub blocks: Vec<Block>,
    /// Each exercise's dosage over time, in routine order.
    pub levels: Vec<ExerciseLevels>,
    /// [`Unit::Day`] up to a month, weeks up to 26 weeks, then months.
    pub pain_unit: Unit,
    /// Pain rows with at least one rating, oldest first.
    pub pain: Vec<PainRow>,
    /// Average pain before and after, over the workouts that have both.
    pub pain_around_workouts: Option<(Tenths, Tenths, u32)>,
    /// Average pain before workouts in the first and in the last 7 rated
    /// days of the period, when they are at least 14 days apart.
    pub pain_change: Option<(Tenths, Tenths)>,
    /// Days rated without a workout, oldest first.
    pub rest_days: Vec<RestDay>,
    /// Every "this hurts" stop, oldest first.
    pub stops: Vec<Stop>,
    /// Every pain warning shown, oldest first.
    pub warnings: Vec<WarningShown>,
    /// The person's notes, oldest first; empty unless asked for.
    pub notes: Vec<Note>,
}

/// Days a period longer than this is counted in months rather than weeks.
const WEEKS_UP_TO_DAYS: i64 = 26 * 7;

/// Days a pain table longer than this is counted in weeks rather than days.
const DAYS_UP_TO_DAYS: i64 = 31;

/// The report for `period` ending today (at `now_ms` for a viewer at
/// `tz_offset_min`), with the notes when `with_notes`, its sentences in
/// `words`' language.
pub fn report(doc: &Document, period: Period, now_ms: u64, tz_offset_min: i32, with_notes: bool, words: &Words) -> Report {
    let to_day = local_day(now_ms, tz_offset_min);
    let day_of = |s: &SessionRecord| session_day(s, tz_offset_min);
    let warning_times = warning_times(doc);
    let from_day = match period {
        Period::FourWeeks => to_day - 27,
        Period::ThreeMonths => to_day - 90,
        Period::All => {
            let first = [
                doc.sessions.iter().map(day_of).min(),
                doc.pain_log.iter().map(PainEntry::day).min(),
                warning_times.first().map(|t| local_day(*t, tz_offset_min)),
            ];
            first.into_iter().flatten().min().unwrap_or(to_day).min(to_day)
        }
    };
    let inside = |day: i64| (from_day..=to_day).contains(&day);
    let sessions: Vec<&SessionRecord> = doc.sessions.iter().filter(|s| inside(day_of(s))).collect();
    let log: Vec<PainEntry> = doc.pain_log.iter().filter(|e| inside(e.day())).copied().collect();

    // Every session's day, sorted, and the days with a workout: each block
    // is then two binary searches in each.
    // A session started with nothing done is no workout: it counts nowhere.
    let workouts: Vec<&SessionRecord> = sessions.iter().copied().filter(|s| s.is_workout()).collect();
    let mut session_days: Vec<i64> = workouts.iter().map(|s| day_of(s)).collect();
    session_days.sort_unstable();
    let mut days = session_days.clone();
    days.dedup();
    let count = |list: &[i64], from: i64, to: i64| (list.partition_point(|d| *d <= to) - list.partition_point(|d| *d < from)) as u32;

    let span = to_day - from_day + 1;
    let block_unit = if span > WEEKS_UP_TO_DAYS { Unit::Month } else { Unit::Week };
    let blocks = ranges(block_unit, from_day, to_day)
        .into_iter()
        .map(|(from, to)| Block {
            from_day: from,
            to_day: to,
            sessions: count(&session_days, from, to),
            workout_days: count(&days, from, to),
        })
        .collect();

    let owned: Vec<SessionRecord>;
    // The pain series reads whole records; only the period's are passed.
    let period_sessions: &[SessionRecord] = if sessions.len() == doc.sessions.len() {
        &doc.sessions
    } else {
        owned = sessions.iter().map(|s| (*s).clone()).collect();
        &owned
    };
    let points: Vec<PainPoint> = pain_series_with_log(period_sessions, &log);
    let pain_unit = if span <= DAYS_UP_TO_DAYS {
        Unit::Day
    } else if span <= WEEKS_UP_TO_DAYS {
        Unit::Week
    } else {
        Unit::Month
    };
    let pain = pain_rows(&points, pain_unit, from_day, to_day);

    let both: Vec<(u8, u8)> = sessions.iter().filter_map(|s| Some((s.pain_before?, s.pain_after?))).collect();
    let pain_around_workouts = (!both.is_empty()).then(|| {
        let before = mean_tenths(both.iter().map(|b| b.0)).unwrap_or(0);
        let after = mean_tenths(both.iter().map(|b| b.1)).unwrap_or(0);
        (before, after, both.len() as u32)
    });
    let rated: Vec<(i64, u8)> = points.iter().filter_map(|p| Some((p.day, p.before?))).collect();
    let pain_change = match (rated.first(), rated.last()) {
        (Some(&(first, _)), Some(&(last, _))) if last - first >= 13 => {
            let early = mean_tenths(rated.iter().filter(|(d, _)| *d < first + 7).map(|r| r.1));
            let late = mean_tenths(rated.iter().filter(|(d, _)| *d > last - 7).map(|r| r.1));
            early.zip(late)
        }
        _ => None,
    };

    let mut rest: Vec<RestDay> = Vec::new();
    for e in &log {
        let day = e.day();
        if days.binary_search(&day).is_ok() {
            continue;
        }
        match rest.iter_mut().find(|r| r.day == day) {
            Some(r) => r.pain = r.pain.max(e.pain),
            None => rest.push(RestDay { day, pain: e.pain }),
        }
    }
    rest.sort_unstable_by_key(|r| r.day);

    let stops = sessions
        .iter()
        .flat_map(|s| {
            s.exercises.iter().filter(|r| r.stopped_for_pain).map(|r| Stop {
                day: day_of(s),
                minute: (local_ms_of_day(s.started_at_ms, session_offset(s, tz_offset_min)) / 60_000) as u32,
                exercise: r.exercise,
                done: super::done_words(r, words),
                pain_before: s.pain_before,
                pain_after: s.pain_after,
            })
        })
        .collect();

    let warnings = warning_times
        .iter()
        .filter(|t| inside(local_day(**t, tz_offset_min)))
        .map(|&t| WarningShown {
            day: local_day(t, tz_offset_min),
            why: pain_warning_reason(&doc.sessions, &doc.pain_log, t, tz_offset_min, words),
        })
        .collect();

    let notes = if with_notes {
        sessions
            .iter()
            .filter_map(|s| {
                let text = s.note.as_deref()?.trim();
                (!text.is_empty()).then(|| Note { day: day_of(s), text: text.to_string() })
            })
            .collect()
    } else {
        Vec::new()
    };

    Report {
        period,
        from_day,
        to_day,
        sessions: workouts.len() as u32,
        completed: workouts.iter().filter(|s| s.completed).count() as u32,
        workout_days: days.len() as u32,
        minutes: workouts.iter().map(|s| s.duration_s()).sum::<u64>() / 60,
        block_unit,
        blocks,
        levels: levels(&sessions, tz_offset_min, words),
        pain_unit,
        pain,
        pain_around_workouts,
        pain_change,
        rest_days: rest,
        stops,
        warnings,
        notes,
    }
}

/// Every time the pain warning was shown: the list kept since this report
/// exists, and the single time kept before it, once each, oldest first.
fn warning_times(doc: &Document) -> Vec<u64> {
    let mut times = doc.meta.pain_warnings_shown_ms.clone();
    times.extend(doc.meta.pain_warning_shown_ms);
    times.sort_unstable();
    times.dedup();
    times
}

/// The period cut into blocks, oldest first: seven-day blocks ending on
/// `to` (the first may be shorter), or calendar months (the first and last
/// cut to the period), or single days.
fn ranges(unit: Unit, from: i64, to: i64) -> Vec<(i64, i64)> {
    let mut out = Vec::new();
    match unit {
        Unit::Day => out.extend((from..=to).map(|d| (d, d))),
        Unit::Week => {
            let mut end = to;
            while end >= from {
                out.push(((end - 6).max(from), end));
                end -= 7;
            }
            out.reverse();
        }
        Unit::Month => {
            let mut start = from;
            while start <= to {
                let (y, m, _) = civil_from_days(start);
                let (_, len) = month_grid(y, m);
                let end = (days_from_civil(y, m, len)).min(to);
                out.push((start, end));
                start = end + 1;
            }
        }
    }
    out
}

/// Pain points grouped by `unit`, keeping only rows with a rating.
fn pain_rows(points: &[PainPoint], unit: Unit, from: i64, to: i64) -> Vec<PainRow> {
    let mut out = Vec::new();
    let mut i = 0;
    for (start, end) in ranges(unit, from, to) {
        let begin = i;
        while i < points.len() && points[i].day <= end {
            i += 1;
        }
        let group = &points[begin..i];
        let group: Vec<&PainPoint> = group.iter().filter(|p| p.day >= start).collect();
        if group.is_empty() {
            continue;
        }
        out.push(PainRow {
            from_day: start,
            to_day: end,
            before: mean_tenths(group.iter().filter_map(|p| p.before)),
            after: mean_tenths(group.iter().filter_map(|p| p.after)),
            on_its_own: mean_tenths(group.iter().filter_map(|p| p.logged)),
        });
    }
    out
}

/// Mean of ratings in tenths, rounded half up.
fn mean_tenths(values: impl Iterator<Item = u8>) -> Option<Tenths> {
    let (sum, n) = values.fold((0u64, 0u64), |(s, n), v| (s + u64::from(v), n + 1));
    (n > 0).then(|| ((20 * sum + n) / (2 * n)) as Tenths)
}

/// Each exercise's runs of one dosage, in routine order.
fn levels(sessions: &[&SessionRecord], tz_offset_min: i32, words: &Words) -> Vec<ExerciseLevels> {
    ExerciseId::ALL
        .into_iter()
        .map(|id| {
            let ladder = id.exercise().levels;
            let mut runs: Vec<(Dosage, LevelRun)> = Vec::new();
            for s in sessions {
                let Some(r) = s.result(id) else { continue };
                let day = session_day(s, tz_offset_min);
                let full = u32::from(r.complete());
                match runs.last_mut() {
                    Some((dosage, run)) if *dosage == r.planned => {
                        run.to_day = day;
                        run.sessions += 1;
                        run.done_in_full += full;
                    }
                    _ => runs.push((
                        r.planned,
                        LevelRun {
                            from_day: day,
                            to_day: day,
                            dosage: r.planned.summary(words),
                            level: ladder.iter().position(|l| l.dosage == r.planned).map(|i| (i + 1, ladder.len())),
                            sessions: 1,
                            done_in_full: full,
                        },
                    )),
                }
            }
            ExerciseLevels { exercise: id, runs: runs.into_iter().map(|(_, run)| run).collect() }
        })
        .collect()
}

pub use super::dates::{date_text, day_text, minute_text, month_text, range_text, tenths_text};
