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
