//! Numbers the history screen shows: totals, streaks, the calendar, the pain
//! and crunch series, and a spoken summary.
//!
//! Everything counts the person's own calendar days. A session's day is taken
//! from its start instant shifted by the offset it was recorded with, so a
//! workout at 23:30 in Chicago stays on its evening even though it is already
//! tomorrow in UTC, and a change of offset (daylight saving, travel) never
//! splits or merges days. Nothing here reads a clock: `now_ms` and the viewer's
//! offset are passed in.

use super::{PainEntry, SessionRecord, Settings, WorkDone};
use crate::i18n::Words;
use crate::routine::ExerciseId;
use crate::tr;

/// Milliseconds in one day.
pub const MS_PER_DAY: i64 = 86_400_000;

/// Largest time-zone offset we accept, in minutes either side of UTC. Real
/// zones stay within -12h..+14h; 18h is the ISO 8601 limit, so anything past it
/// is damage, not geography.
pub const MAX_TZ_OFFSET_MIN: i32 = 18 * 60;

/// Local day number (days since 1970-01-01 in local time) of an instant.
///
/// `day = floor((ms + offset * 60_000) / 86_400_000)`. Computed in `i128` so
/// that even a corrupt `u64::MAX` instant cannot overflow.
pub fn local_day(ms: u64, tz_offset_min: i32) -> i64 {
    let local = i128::from(ms) + i128::from(tz_offset_min) * 60_000;
    // u64::MAX / MS_PER_DAY is about 2.1e11, well inside i64.
    local.div_euclid(i128::from(MS_PER_DAY)) as i64
}

/// Milliseconds since local midnight of an instant.
pub(crate) fn local_ms_of_day(ms: u64, tz_offset_min: i32) -> i64 {
    let local = i128::from(ms) + i128::from(tz_offset_min) * 60_000;
    local.rem_euclid(i128::from(MS_PER_DAY)) as i64
}

/// The offset to use for a session: its own, unless that is out of range
/// (corrupt), in which case the caller's fallback.
pub(crate) fn session_offset(s: &SessionRecord, fallback_tz_offset_min: i32) -> i32 {
    if s.tz_offset_min.abs() <= MAX_TZ_OFFSET_MIN {
        s.tz_offset_min
    } else {
        fallback_tz_offset_min
    }
}

/// Local day a session started on, in the time zone it was recorded in.
pub(crate) fn session_day(s: &SessionRecord, fallback_tz_offset_min: i32) -> i64 {
    local_day(s.started_at_ms, session_offset(s, fallback_tz_offset_min))
}

/// `YYYY-MM-DD` of a local day number.
pub(crate) fn ymd(day: i64) -> String {
    let (y, m, d) = civil_from_days(day);
    format!("{y:04}-{m:02}-{d:02}")
}

/// Calendar date `(year, month 1-12, day 1-31)` of a day number counted from
/// 1970-01-01 (Howard Hinnant's `civil_from_days`, proleptic Gregorian).
pub fn civil_from_days(days: i64) -> (i32, u32, u32) {
    // Shift the epoch to 0000-03-01 so leap days fall at the end of the year.
    let z = days.saturating_add(719_468);
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097; // [0, 146096]
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365; // [0, 399]
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100); // [0, 365]
    let mp = (5 * doy + 2) / 153; // [0, 11], March = 0
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y.clamp(i64::from(i32::MIN), i64::from(i32::MAX)) as i32, m as u32, d as u32)
}

/// Day number counted from 1970-01-01 of a calendar date (Howard Hinnant's
/// `days_from_civil`). `m` is 1-12, `d` 1-31; other values are not checked.
pub fn days_from_civil(y: i32, m: u32, d: u32) -> i64 {
    let m = i64::from(m);
    let d = i64::from(d);
    let y = i64::from(y) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400; // [0, 399]
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d - 1; // [0, 365]
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy; // [0, 146096]
    era * 146_097 + doe - 719_468
}

/// Day of the week of a day number, 0 = Monday ... 6 = Sunday.
pub fn weekday(days: i64) -> u32 {
    // 1970-01-01 was a Thursday (3 when Monday is 0).
    (days + 3).rem_euclid(7) as u32
}

fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

/// Layout of a month for the calendar: the weekday of the 1st (0 = Monday)
/// and the number of days. An invalid month (not 1-12) gives `(0, 0)` so the
/// view draws nothing instead of panicking.
pub fn month_grid(year: i32, month: u32) -> (u32, u32) {
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => return (0, 0),
    };
    (weekday(days_from_civil(year, month, 1)), days)
}

/// Days of a month (1-31, ascending, no repeats) with at least one workout.
///
/// Each session lands on its own local day (see the module docs) so the
/// calendar agrees with the streak. `tz_offset_min`, the viewer's current
/// offset, stands in only for a session whose stored offset is corrupt.
pub fn month_days(sessions: &[SessionRecord], year: i32, month: u32, tz_offset_min: i32) -> Vec<u32> {
    let (_, len) = month_grid(year, month);
    if len == 0 {
        return Vec::new();
    }
    let first = days_from_civil(year, month, 1);
    let last = first + i64::from(len) - 1;
    // A bitmap of 31 days: no sort, no allocation per session.
    let mut seen = [false; 31];
    for s in sessions.iter().filter(|s| s.is_workout()) {
        let day = session_day(s, tz_offset_min);
        if (first..=last).contains(&day) {
            seen[(day - first) as usize] = true;
        }
    }
    (1..=len).filter(|d| seen[(*d - 1) as usize]).collect()
}

/// Headline numbers for the history screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stats {
    /// Every recorded session, finished or stopped early: stopping because
    /// something hurt is listening to your body, not failing.
    pub total_sessions: usize,
    /// Consecutive local days with a workout ending today, or ending yesterday
    /// when today has none yet (the day is not over, the streak is not lost).
    pub current_streak_days: u32,
    /// Longest run of consecutive local days with a workout.
    pub longest_streak_days: u32,
    /// Sessions in the last 7 local days, today included.
    pub this_week: u32,
    /// Work done per exercise, all five in routine order.
    pub totals: Vec<(ExerciseId, WorkDone)>,
    /// Whole minutes from start to end, summed over all sessions (pauses
    /// included: the record keeps only start and end).
    pub total_active_min: u64,
}

fn add_work(total: &mut WorkDone, done: &WorkDone) {
    total.holds = total.holds.saturating_add(done.holds);
    total.reps = total.reps.saturating_add(done.reps);
    total.sets = total.sets.saturating_add(done.sets);
    total.breaths = total.breaths.saturating_add(done.breaths);
    total.sides = total.sides.saturating_add(done.sides);
    total.seconds = total.seconds.saturating_add(done.seconds);
}

/// Length of the run of consecutive days ending at `days[end - 1]`.
/// `days` is sorted ascending without repeats.
fn run_ending_at(days: &[i64], end: usize) -> u32 {
    if end == 0 {
        return 0;
    }
    let mut len = 1u32;
    let mut i = end - 1;
    while i > 0 && days[i - 1] + 1 == days[i] {
        len += 1;
        i -= 1;
    }
    len
}

/// Computes [`Stats`] for `sessions` (any order) as seen at `now_ms` by a
/// viewer at `tz_offset_min`. One sort of the day numbers, then linear passes.
pub fn stats(sessions: &[SessionRecord], now_ms: u64, tz_offset_min: i32) -> Stats {
    // A session with nothing done is kept in the history but is no workout.
    let sessions: Vec<&SessionRecord> = sessions.iter().filter(|s| s.is_workout()).collect();
    let sessions = &sessions[..];
    let today = local_day(now_ms, tz_offset_min);
    let mut days: Vec<i64> = sessions.iter().map(|s| session_day(s, tz_offset_min)).collect();
    let this_week = days.iter().filter(|d| (today - 6..=today).contains(*d)).count() as u32;
    days.sort_unstable();
    days.dedup();

    let mut longest = 0u32;
    let mut run = 0u32;
    for (i, d) in days.iter().enumerate() {
        run = if i > 0 && *d == days[i - 1] + 1 { run + 1 } else { 1 };
        longest = longest.max(run);
    }

    // Days after today (recorded further east, then travelled west) do not
    // belong to a streak that ends today.
    let upto = days.partition_point(|d| *d <= today);
    let current = match days[..upto].last() {
        Some(&last) if last == today || last == today - 1 => run_ending_at(&days, upto),
        _ => 0,
    };

    let mut totals: Vec<(ExerciseId, WorkDone)> = ExerciseId::ALL.iter().map(|id| (*id, WorkDone::default())).collect();
    let mut total_s: u64 = 0;
    for s in sessions {
        total_s = total_s.saturating_add(s.duration_s());
        for r in &s.exercises {
            add_work(&mut totals[Settings::slot(r.exercise)].1, &r.done);
        }
    }

    Stats {
        total_sessions: sessions.len(),
        current_streak_days: current,
        longest_streak_days: longest,
        this_week,
        totals,
        total_active_min: total_s / 60,
    }
}

/// Pain reported on one local day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PainPoint {
    /// Local day number (see [`local_day`]).
    pub day: i64,
    /// Pain before the day's first workout that asked, 0-10.
    pub before: Option<u8>,
    /// Pain after the day's last workout that asked, 0-10.
    pub after: Option<u8>,
    /// The highest rating logged on its own that day (without a workout), 0-10.
    pub logged: Option<u8>,
}

/// Session indices sorted by (local day, start), so series come out in order
/// whatever order the slice is in.
fn by_day(sessions: &[SessionRecord]) -> Vec<(i64, usize)> {
    let mut order: Vec<(i64, usize)> = sessions.iter().enumerate().map(|(i, s)| (session_day(s, 0), i)).collect();
    // The index breaks ties, so equal keys keep slice order without a stable sort.
    order.sort_unstable_by_key(|&(day, i)| (day, sessions[i].started_at_ms, i));
    order
}

/// One point per local day that has a pain answer, ascending by day, for the
/// pain chart. Several sessions on a day collapse into one point: the pain
/// before the first and after the last, which is what the day felt like.
pub fn pain_series(sessions: &[SessionRecord]) -> Vec<PainPoint> {
    pain_series_with_log(sessions, &[])
}

/// [`pain_series`] with the ratings logged on their own: a day with only a
/// logged rating gets a point too, and [`PainPoint::logged`] holds the day's
/// highest logged rating, each on its own local day.
pub fn pain_series_with_log(sessions: &[SessionRecord], log: &[PainEntry]) -> Vec<PainPoint> {
    let mut out = session_pain(sessions);
    for e in log {
        match out.binary_search_by_key(&e.day(), |p| p.day) {
            Ok(i) => out[i].logged = out[i].logged.max(Some(e.pain)),
            Err(i) => out.insert(i, PainPoint { day: e.day(), before: None, after: None, logged: Some(e.pain) }),
        }
    }
    out
}

/// Crunches asked for on today's local day (at `now_ms`, for a viewer at
/// `tz_offset_min`), from the day ledger rebuilt from history: what
/// `workout::build_plan_for_day` needs to keep the day within its cap.
pub fn crunches_today(sessions: &[SessionRecord], now_ms: u64, tz_offset_min: i32) -> u32 {
    let ledger = super::DayLedger::from_history(sessions, None, tz_offset_min);
    ledger.asked_on(local_day(now_ms, tz_offset_min))
}

fn session_pain(sessions: &[SessionRecord]) -> Vec<PainPoint> {
    let mut out: Vec<PainPoint> = Vec::new();
    for (day, i) in by_day(sessions) {
        let s = &sessions[i];
        if s.pain_before.is_none() && s.pain_after.is_none() {
            continue;
        }
        match out.last_mut() {
            Some(p) if p.day == day => {
                p.before = p.before.or(s.pain_before);
                p.after = s.pain_after.or(p.after);
            }
            _ => out.push(PainPoint { day, before: s.pain_before, after: s.pain_after, logged: None }),
        }
    }
    out
}

/// Crunches done per local day (summed over the day's sessions), ascending,
/// only for days whose sessions included crunches.
pub fn crunch_series(sessions: &[SessionRecord]) -> Vec<(i64, u32)> {
    let mut out: Vec<(i64, u32)> = Vec::new();
    for (day, i) in by_day(sessions) {
        let s = &sessions[i];
        if s.result(ExerciseId::Crunches).is_none() {
            continue;
        }
        let reps = s.crunch_reps();
        match out.last_mut() {
            Some((d, total)) if *d == day => *total = total.saturating_add(reps),
            _ => out.push((day, reps)),
        }
    }
    out
}

/// How many days back from the last pain answer the trend looks: recent
/// change is what the person wants to hear, not a decade's average.
const TREND_WINDOW_DAYS: i64 = 56;

/// Rounded mean (half up) of small values.
fn mean(values: impl Iterator<Item = u8>) -> Option<u8> {
    let (sum, n) = values.fold((0u32, 0u32), |(s, n), v| (s + u32::from(v), n + 1));
    (n > 0).then(|| ((2 * sum + n) / (2 * n)) as u8)
}

/// Pain before workouts at the start and end of the recent window and the
/// days between: `(from, to, span_days)`. None with less than a week of answers.
pub(crate) fn pain_trend(sessions: &[SessionRecord]) -> Option<(u8, u8, i64)> {
    let points: Vec<(i64, u8)> = pain_series(sessions).iter().filter_map(|p| p.before.map(|b| (p.day, b))).collect();
    let last = points.last()?.0;
    let recent: Vec<(i64, u8)> = points.into_iter().filter(|(d, _)| *d > last - TREND_WINDOW_DAYS).collect();
    let first = recent.first()?.0;
    let span = last - first;
    if recent.len() < 2 || span < 6 {
        return None;
    }
    // Compare the first and last week; shorter, non-overlapping ends when the
    // history is under two weeks old.
    let end = 7.min((span + 1) / 2);
    let from = mean(recent.iter().filter(|(d, _)| *d < first + end).map(|(_, v)| *v))?;
    let to = mean(recent.iter().filter(|(d, _)| *d > last - end).map(|(_, v)| *v))?;
    Some((from, to, span))
}


/// `n` and the word for it: "1 day", "2 days". English only: the views
/// still use it until their words are messages; new code uses a message
/// with a plural selector.
pub fn plural(n: u64, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// One or two sentences for screen readers (and the top of the history
/// screen): how many workouts, this week, the streaks and, with a week or more
/// of pain answers, how pain before workouts changed recently.
pub fn summary_text(stats: &Stats, sessions: &[SessionRecord], words: &Words) -> String {
    if stats.total_sessions == 0 {
        return tr!(words, "records-stats-none");
    }
    let mut text = tr!(
        words,
        "records-stats",
        total = stats.total_sessions,
        week = stats.this_week,
        current = stats.current_streak_days,
        longest = stats.longest_streak_days
    );
    if let Some((from, to, span)) = pain_trend(sessions) {
        // Over two weeks or more, counted in weeks.
        let (unit, n) = if span >= 14 { ("week", (span + 3) / 7) } else { ("day", span) };
        let id = if from == to { "records-stats-pain-same" } else { "records-stats-pain-change" };
        text.push(' ');
        text.push_str(&tr!(words, id, from = from, to = to, unit = unit, n = n));
    }
    text
}
