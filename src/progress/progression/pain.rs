//! The "please see a doctor" warning when pain lasts, is severe, climbs,
//! or does not ease with regular exercise, and how it comes back.
//!
//! The source: "If you notice pain that lasts longer than a few days, see
//! your doctor." Pain is read per local day, from every rating the person
//! gave: before and after workouts, and the ratings logged on their own on
//! days without one (`PainEntry`), so rest days count too. The patterns look
//! at days within a window, not at consecutive workouts, so pain every other
//! day or once a week is seen as well as pain every day.
//!
//! The warning does not go quiet while the pattern lasts: it comes back
//! every [`REPEAT_DAYS`] days. Many people here live with long-term pain and
//! have seen a doctor already; "I have seen a doctor about this"
//! (`Meta::doctor_seen_ms`) quiets it for [`DOCTOR_QUIET_DAYS`] days unless
//! the pain gets worse than it was the week of that answer.

use crate::progress::stats::{local_day, session_day};
use crate::i18n::Words;
use crate::progress::{tenths_text, Meta, PainEntry, SessionRecord, Tenths};
use crate::tr;
use std::collections::{BTreeMap, BTreeSet};

/// A workout rated at or above this holds back a step up (see `suggest`),
/// and so does a rest day of the last week logged at or above it.
pub const HIGH_PAIN: u8 = 5;

/// A day rated at or above this is a day with pain, for the lasting-pain
/// pattern ([`LASTING_DAYS`] of [`LASTING_WINDOW_DAYS`]).
pub const LASTING_PAIN: u8 = 4;

/// Days with pain within [`LASTING_WINDOW_DAYS`] that bring the warning:
/// most of them.
pub const LASTING_DAYS: usize = 5;

/// The window for [`LASTING_DAYS`], in local days (today included): more
/// than a week.
pub const LASTING_WINDOW_DAYS: i64 = 8;

/// A day rated at or above this is a day of severe pain.
pub const SEVERE_PAIN: u8 = 7;

/// The window in which two severe days bring the warning, in local days
/// (today included): two severe days at most a week apart, so a bad day
/// that comes back on the same weekday counts.
pub const SEVERE_PAIR_WINDOW_DAYS: i64 = 8;

/// Severe days within [`SEVERE_WINDOW_DAYS`] that bring the warning, however
/// spread out (every nine days or so is enough).
pub const SEVERE_DAYS: usize = 4;

/// The window for [`SEVERE_DAYS`], in local days (today included).
pub const SEVERE_WINDOW_DAYS: i64 = 28;

/// Weeks of regular workouts after which pain that has not eased brings the
/// warning (see [`STEADY_PAIN`]).
pub const STEADY_WEEKS: i64 = 4;

/// The average pain of the last week, at or above which pain that has not
/// eased over [`STEADY_WEEKS`] counts: below it, the back is doing fine.
pub const STEADY_PAIN: u8 = 3;

/// Workout days in each week of [`STEADY_WEEKS`] that make the exercise
/// regular.
pub const REGULAR_WORKOUT_DAYS: usize = 2;

/// Rise of the weekly average (this week over the one before) that triggers
/// the warning.
pub const WEEKLY_RISE: i64 = 2;

/// Rated days needed in each week compared (rise, no improvement, worse
/// since the doctor).
pub const WEEKLY_MIN_DAYS: usize = 3;

/// The latest rated day must be this close to today (days) for a warning:
/// old ratings followed by silence are history, not news.
pub const RECENT_DAYS: i64 = 2;

/// Days after a warning before it may come again while the pattern lasts.
pub const REPEAT_DAYS: i64 = 7;

/// Days "I have seen a doctor about this" keeps the warning quiet, unless
/// the pain gets worse.
pub const DOCTOR_QUIET_DAYS: i64 = 28;

/// How much higher (whole points) the average of the days after "I have
/// seen a doctor" must be than the week of that answer to count as worse:
/// a tenth more is how ratings wobble, not a change a doctor has not seen.
pub const WORSE_AVERAGE_RISE: i64 = 1;

/// Signs that mean seeing a doctor before exercising, in our words: the
/// ids of their messages in safety.ftl. Shown on the first-run screening and
/// in the pain warning.
pub const WARNING_SIGNS: &[&str] = &[
    "safety-sign-injury",
    "safety-sign-fever",
    "safety-sign-legs",
    "safety-sign-bladder",
    "safety-sign-weight",
    "safety-sign-night",
];

/// The warning signs in `words`' language, in order.
pub fn warning_signs(words: &Words) -> Vec<String> {
    WARNING_SIGNS.iter().map(|id| tr!(words, id)).collect()
}

/// Why the warning's pattern holds: which rule, with its figures.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Reason {
    /// [`SEVERE_PAIN`] or more on `days` of the last [`SEVERE_PAIR_WINDOW_DAYS`].
    Severe { days: usize },
    /// [`LASTING_PAIN`] or more on `days` of the last [`LASTING_WINDOW_DAYS`].
    Lasting { days: usize },
    /// [`SEVERE_PAIN`] or more on `days` of the last four weeks.
    Recurring { days: usize },
    /// Ratings up over the past week.
    Rising,
    /// Around `around` out of 10 over [`STEADY_WEEKS`] weeks of workouts.
    Steady { around: i64 },
    /// A day at `pain` since the doctor answer, worse than the week before it.
    WorseDay { pain: u8 },
    /// The average since the doctor answer (`now`) up from the week before (`then`).
    WorseAverage { now: Tenths, then: Tenths },
}

impl Reason {
    /// The reason in one sentence.
    fn text(self, words: &Words) -> String {
        match self {
            Reason::Severe { days } => {
                tr!(words, "safety-why-severe", pain = SEVERE_PAIN, days = days, window = SEVERE_PAIR_WINDOW_DAYS)
            }
            Reason::Lasting { days } => {
                tr!(words, "safety-why-lasting", pain = LASTING_PAIN, days = days, window = LASTING_WINDOW_DAYS)
            }
            Reason::Recurring { days } => tr!(words, "safety-why-recurring", pain = SEVERE_PAIN, days = days),
            Reason::Rising => tr!(words, "safety-why-rising"),
            Reason::Steady { around } => tr!(words, "safety-why-steady", pain = around, weeks = STEADY_WEEKS),
            Reason::WorseDay { pain } => tr!(words, "safety-why-worse-day", pain = pain),
            Reason::WorseAverage { now, then } => tr!(
                words,
                "safety-why-worse-average",
                now = tenths_text(now, words),
                then = tenths_text(then, words)
            ),
        }
    }
}

/// The day rating: the highest of every rating given on each local day up
/// to `today`, by `upto_ms`: sessions' before and after (each session on the
/// day it started, in its own recorded zone) and ratings logged on their
/// own. Anything dated after `upto_ms` is left out.
fn day_ratings(sessions: &[SessionRecord], log: &[PainEntry], today: i64, tz_offset_min: i32, upto_ms: u64) -> BTreeMap<i64, u8> {
    let mut days: BTreeMap<i64, u8> = BTreeMap::new();
    let mut rate = |day: i64, p: u8| {
        if day <= today {
            let e = days.entry(day).or_insert(p);
            *e = (*e).max(p);
        }
    };
    for s in sessions.iter().filter(|s| s.started_at_ms <= upto_ms) {
        if let Some(p) = s.pain_before.max(s.pain_after) {
            rate(session_day(s, tz_offset_min), p);
        }
    }
    for e in log.iter().filter(|e| e.at_ms <= upto_ms) {
        rate(e.day(), e.pain);
    }
    days
}

/// The local days with a workout, up to `today`, by `upto_ms`.
fn workout_days(sessions: &[SessionRecord], today: i64, tz_offset_min: i32, upto_ms: u64) -> BTreeSet<i64> {
    sessions
        .iter()
        .filter(|s| s.started_at_ms <= upto_ms)
        .map(|s| session_day(s, tz_offset_min))
        .filter(|d| *d <= today)
        .collect()
}

/// (sum, count) of the ratings of the days `from..=to`.
fn sum_of(days: &BTreeMap<i64, u8>, from: i64, to: i64) -> (i64, i64) {
    days.range(from..=to).fold((0, 0), |(sum, n), (_, p)| (sum + i64::from(*p), n + 1))
}

/// Why the warning's pattern holds at `today`, if it does.
fn pain_pattern(days: &BTreeMap<i64, u8>, workouts: &BTreeSet<i64>, today: i64) -> Option<Reason> {
    let (&latest, &latest_pain) = days.iter().next_back()?;
    if today - latest > RECENT_DAYS {
        return None;
    }
    let count = |window: i64, at_least: u8| days.range(today - window + 1..=today).filter(|(_, p)| **p >= at_least).count();
    // Pain that has eased on the latest rated day is not the moment to send
    // someone to a doctor for the days before; the next day with pain will.
    if latest_pain >= LASTING_PAIN {
        let severe = count(SEVERE_PAIR_WINDOW_DAYS, SEVERE_PAIN);
        if severe >= 2 {
            return Some(Reason::Severe { days: severe });
        }
        let lasting = count(LASTING_WINDOW_DAYS, LASTING_PAIN);
        // The window's first day had pain too: it has lasted more than a week.
        let began = days.get(&(today - LASTING_WINDOW_DAYS + 1)).is_some_and(|p| *p >= LASTING_PAIN);
        if began && lasting >= LASTING_DAYS && !easing(days, today) {
            return Some(Reason::Lasting { days: lasting });
        }
        let recurring = count(SEVERE_WINDOW_DAYS, SEVERE_PAIN);
        if recurring >= SEVERE_DAYS {
            return Some(Reason::Recurring { days: recurring });
        }
    }
    let min = WEEKLY_MIN_DAYS as i64;
    // This week against the week before, in whole numbers so a rise of
    // exactly WEEKLY_RISE is not lost to rounding:
    // this_sum / this_n - before_sum / before_n >= WEEKLY_RISE.
    let (this_sum, this_n) = sum_of(days, today - 6, today);
    let (before_sum, before_n) = sum_of(days, today - 13, today - 7);
    if this_n >= min && before_n >= min && this_sum * before_n - before_sum * this_n >= WEEKLY_RISE * this_n * before_n {
        return Some(Reason::Rising);
    }
    // Weeks of regular workouts, and the last week no better than the first.
    let first = today - 7 * STEADY_WEEKS + 1;
    let regular = (0..STEADY_WEEKS).all(|w| {
        let from = first + 7 * w;
        workouts.range(from..from + 7).count() >= REGULAR_WORKOUT_DAYS
    });
    let (first_sum, first_n) = sum_of(days, first, first + 6);
    if regular && this_n >= min && first_n >= min {
        let not_better = this_sum * first_n >= first_sum * this_n;
        let real = this_sum >= i64::from(STEADY_PAIN) * this_n;
        if not_better && real {
            let around = (this_sum + this_n / 2) / this_n;
            return Some(Reason::Steady { around });
        }
    }
    None
}

/// Whether pain is clearly easing over the lasting-pain window: its later
/// half's rated days average below its earlier half's. A back getting better
/// day by day is recovering, not a reason for a doctor; once it stops
/// getting better, the pattern holds again.
fn easing(days: &BTreeMap<i64, u8>, today: i64) -> bool {
    let first = today - LASTING_WINDOW_DAYS + 1;
    let middle = first + LASTING_WINDOW_DAYS / 2;
    let (early_sum, early_n) = sum_of(days, first, middle - 1);
    let (late_sum, late_n) = sum_of(days, middle, today);
    early_n > 0 && late_n > 0 && late_sum * early_n < early_sum * late_n
}

/// Average in tenths, rounded, for messages (43 for "4.3").
fn average_tenths(sum: i64, n: i64) -> Tenths {
    ((sum * 20 + n) / (2 * n)) as Tenths
}

/// Why the pain is worse than in the week up to the local day `answered`
/// (when the person said they had seen a doctor), judged from the days
/// after it up to `today`: a severe day higher than every day of that week,
/// or an average of the last week's days after it (at least
/// [`WEEKLY_MIN_DAYS`] of them) [`WORSE_AVERAGE_RISE`] or more above that
/// week's.
fn worse_since(days: &BTreeMap<i64, u8>, answered: i64, today: i64) -> Option<Reason> {
    if today <= answered {
        return None;
    }
    let week = answered - 6..=answered;
    let worst = days.range(week.clone()).map(|(_, p)| *p).max().unwrap_or(0);
    let new_worst = days.range(answered + 1..=today).map(|(_, p)| *p).filter(|p| *p >= SEVERE_PAIN && *p > worst).max();
    if let Some(p) = new_worst {
        return Some(Reason::WorseDay { pain: p });
    }
    let (then_sum, then_n) = sum_of(days, *week.start(), *week.end());
    let (now_sum, now_n) = sum_of(days, (answered + 1).max(today - 6), today);
    if then_n > 0
        && now_n >= WEEKLY_MIN_DAYS as i64
        && now_sum * then_n - then_sum * now_n >= WORSE_AVERAGE_RISE * now_n * then_n
    {
        return Some(Reason::WorseAverage { now: average_tenths(now_sum, now_n), then: average_tenths(then_sum, then_n) });
    }
    None
}

/// A calm "please see a doctor" message, with the signs that need one
/// straight away, when the pain pattern calls for it; None otherwise.
///
/// Each local day is rated by its highest rating: before and after each
/// session (on the day it started, in its own recorded zone) and each rating
/// logged on its own (`log`). `tz_offset_min` (the device's offset now)
/// decides which day is today; ratings after today are ignored. The latest
/// rated day must be at most [`RECENT_DAYS`] before today. Then any of:
///
/// - Severe twice within a week: the latest rated day has pain
///   ([`LASTING_PAIN`] or more) and two of the last
///   [`SEVERE_PAIR_WINDOW_DAYS`] days were rated [`SEVERE_PAIN`] or more. The
///   window is eight days so two bad days a week apart (every Monday) count:
///   with seven, a severe day every week would never be "within a week".
/// - Lasting pain: the latest rated day has pain, and so do [`LASTING_DAYS`]
///   (most) of the last [`LASTING_WINDOW_DAYS`] (more than a week), its
///   first day included, workout days and rest days alike, unless the pain is clearly easing (the later
///   four days average below the earlier four).
/// - Severe and recurring: the latest rated day has pain and
///   [`SEVERE_DAYS`] days of the last [`SEVERE_WINDOW_DAYS`] were severe.
/// - Rising: the average of the rated days of the last 7 days is at least
///   [`WEEKLY_RISE`] above that of the 7 before, with [`WEEKLY_MIN_DAYS`]
///   rated days in each.
/// - Not improving: workouts on at least [`REGULAR_WORKOUT_DAYS`] days in
///   each of the last [`STEADY_WEEKS`] weeks, and the last week's average
///   (at least [`STEADY_PAIN`]) no lower than the first week's, with
///   [`WEEKLY_MIN_DAYS`] rated days in each.
///
/// It comes back while the pattern lasts: after it was shown
/// (`meta.pain_warning_shown_ms`) it is quiet for [`REPEAT_DAYS`] local
/// days, then warns again whenever the pattern holds.
///
/// After "I have seen a doctor about this" (`meta.doctor_seen_ms`) it is
/// quiet for [`DOCTOR_QUIET_DAYS`] local days, unless the pain gets worse
/// than in the week of that answer (see `worse_since`): then it warns at
/// once, and after that it follows the weekly rule again. Instants after
/// `now_ms` (a clock put right since) are ignored.
pub fn pain_warning(
    sessions: &[SessionRecord],
    log: &[PainEntry],
    now_ms: u64,
    tz_offset_min: i32,
    meta: &Meta,
    words: &Words,
) -> Option<String> {
    let today = local_day(now_ms, tz_offset_min);
    let days = day_ratings(sessions, log, today, tz_offset_min, now_ms);
    let past = |t: Option<u64>| t.filter(|t| *t <= now_ms);
    let shown = past(meta.pain_warning_shown_ms);
    let why = match past(meta.doctor_seen_ms) {
        // No warning about worse pain shown since the answer: still quiet.
        Some(seen)
            if today < local_day(seen, tz_offset_min) + DOCTOR_QUIET_DAYS && shown.is_none_or(|s| s <= seen) =>
        {
            worse_since(&days, local_day(seen, tz_offset_min), today)?
        }
        _ => {
            if shown.is_some_and(|s| today < local_day(s, tz_offset_min) + REPEAT_DAYS) {
                return None;
            }
            pain_pattern(&days, &workout_days(sessions, today, tz_offset_min, now_ms), today)?
        }
    };
    let signs: Vec<String> = warning_signs(words);
    Some(tr!(words, "safety-pain-warning", why = why.text(words), signs = signs.join("; ")))
}

/// What the person reads after answering "I have seen a doctor about this".
pub fn doctor_seen_note(words: &Words) -> String {
    tr!(words, "safety-doctor-seen")
}

/// Records the answer "I have seen a doctor about this" at `now_ms`: the
/// warning stays quiet for [`DOCTOR_QUIET_DAYS`] days unless the pain gets
/// worse (see [`pain_warning`]).
pub fn doctor_seen(meta: &mut Meta, now_ms: u64) {
    meta.doctor_seen_ms = Some(now_ms);
}

/// Whether the warning's pattern holds at `now_ms`, whatever was shown or
/// answered: while it does, no step up is offered (see `suggest`).
pub fn pain_warning_due(sessions: &[SessionRecord], log: &[PainEntry], now_ms: u64, tz_offset_min: i32) -> bool {
    reason_at(sessions, log, now_ms, tz_offset_min).is_some()
}

/// Why the warning's pattern held at `at_ms`, from the ratings given up to
/// then, in one sentence; `None` when it did not. Unlike [`pain_warning`]
/// it ignores when it was shown and the doctor answer: the report uses it
/// to say why a warning it lists was shown. Sessions and logged ratings
/// after `at_ms` are left out, in any order.
pub fn pain_warning_reason(
    sessions: &[SessionRecord],
    log: &[PainEntry],
    at_ms: u64,
    tz_offset_min: i32,
    words: &Words,
) -> Option<String> {
    reason_at(sessions, log, at_ms, tz_offset_min).map(|r| r.text(words))
}

/// The pattern that holds at `at_ms`, if any (see [`pain_warning_reason`]).
fn reason_at(sessions: &[SessionRecord], log: &[PainEntry], at_ms: u64, tz_offset_min: i32) -> Option<Reason> {
    let today = local_day(at_ms, tz_offset_min);
    let days = day_ratings(sessions, log, today, tz_offset_min, at_ms);
    pain_pattern(&days, &workout_days(sessions, today, tz_offset_min, at_ms), today)
}
