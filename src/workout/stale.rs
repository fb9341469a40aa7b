//! A workout left running: when it stopped moving, and whether it is too old
//! to resume as if nothing happened. Someone who put the phone down in the
//! middle of crunches and came back the next morning did not do a
//! 540-minute workout: the app asks whether to resume, save what was done
//! (up to the moment it stopped moving) or discard it.

use super::session::Session;

/// A workout idle for longer than this is not resumed without asking, ms.
pub const STALE_AFTER_MS: u64 = 60 * 60 * 1000;

/// The instant the workout last moved forward, by a tap or by its own clock:
/// the pause, the start of the rep step it still waits on, the end of a
/// finished workout, or `now_ms` while a timed step runs.
pub fn idle_since_ms(session: &Session, now_ms: u64) -> u64 {
    let snap = session.snapshot(now_ms);
    let last_tap = session.last_event_ms().max(session.started_at_ms);
    if snap.finished {
        return session.ended_at_ms(now_ms).unwrap_or(now_ms);
    }
    if snap.paused {
        return last_tap;
    }
    if snap.remaining_ms.is_none() {
        // A rep step waits for Done: the workout stopped when that step began.
        return now_ms.saturating_sub(snap.elapsed_ms).max(last_tap);
    }
    now_ms
}

/// True when the workout has not moved for more than [`STALE_AFTER_MS`].
pub fn is_stale(session: &Session, now_ms: u64) -> bool {
    now_ms.saturating_sub(idle_since_ms(session, now_ms)) > STALE_AFTER_MS
}

/// Ends a stale workout where it stopped moving, so its record holds the
/// time really spent, not the hours it sat waiting.
pub fn finish_where_it_stopped(session: &mut Session, now_ms: u64) {
    let at = idle_since_ms(session, now_ms);
    session.finish(at);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::Settings;
    use crate::workout::{build_plan, StepKind};

    const T0: u64 = 1_700_000_000_000;
    const HOUR: u64 = 3_600_000;

    /// Crunches counted by the person (no cadence), so a set waits for Done.
    fn session() -> Session {
        let tap_done = Settings { crunch_pace_ms: 0, ..Settings::default() };
        Session::start(build_plan(&tap_done, &crate::i18n::Words::english()).expect("default plan"), T0)
    }

    /// The instant the first rep step starts, with no taps.
    fn first_reps_start(s: &Session) -> u64 {
        let mut t = T0;
        while s.plan.steps[s.snapshot(t).index].kind != StepKind::Reps {
            t += s.snapshot(t).remaining_ms.expect("timed until the first rep step");
        }
        t
    }

    #[test]
    fn a_running_timed_step_is_not_idle() {
        let s = session();
        assert_eq!(idle_since_ms(&s, T0 + 3_000), T0 + 3_000);
        assert!(!is_stale(&s, T0 + 3_000));
    }

    #[test]
    fn left_on_a_rep_step_it_stopped_when_the_step_began() {
        let s = session();
        let reps = first_reps_start(&s);
        assert_eq!(idle_since_ms(&s, reps + 9 * HOUR), reps);
        assert!(is_stale(&s, reps + 9 * HOUR));
        assert!(!is_stale(&s, reps + HOUR - 1));
    }

    #[test]
    fn left_paused_it_stopped_at_the_pause() {
        let mut s = session();
        s.pause(T0 + 4_000);
        assert_eq!(idle_since_ms(&s, T0 + 2 * HOUR), T0 + 4_000);
        assert!(is_stale(&s, T0 + 2 * HOUR));
    }

    #[test]
    fn saving_a_stale_workout_records_the_time_really_spent() {
        let mut s = session();
        let reps = first_reps_start(&s);
        finish_where_it_stopped(&mut s, reps + 9 * HOUR);
        let record = s.record(reps + 9 * HOUR, "x".into(), 0);
        assert_eq!(record.ended_at_ms, reps);
        assert!(record.duration_s() < 600, "{} s", record.duration_s());
    }
}
