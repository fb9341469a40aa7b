//! A workout left running for hours: when it counts as idle, and where it ends.

use crate::workout::stale::*;
use crate::workout::Session;
use crate::progress::Settings;
use crate::workout::{build_plan, StepKind};

const T0: u64 = 1_700_000_000_000;
const HOUR: u64 = 3_600_000;

/// Crunches counted by the person (no cadence), so a set waits for Done.
fn session() -> Session {
    let tap_done = Settings { crunch_pace_ms: 0, ..Settings::default() };
    Session::start(build_plan(&tap_done).expect("default plan"), T0)
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
