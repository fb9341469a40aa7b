//! Hands cues to the audio clock ahead of time, from whatever timer ticks the
//! browser allows. Pure: the browser layer passes `now_ms` and turns each
//! returned delay into an `AudioContext` time.
//!
//! Rules:
//! - Each call covers the window from where the previous one stopped up to
//!   `now + lookahead`, so a cue is handed over once, however irregular the ticks.
//! - A cue up to [`STALE_MS`] late is still played (delay 0); a later one is
//!   dropped, so a phone waking after minutes asleep does not play a burst.
//! - After any event (pause, next, prev, done, hurt, finish, resume) the caller
//!   cancels every audio node not yet played (at or after now) and calls
//!   [`CueScheduler::reset`]; cues at `now` itself, like the StepStart an event
//!   creates, are then handed over again by the next [`CueScheduler::due`].
//! - `due` also notices new events by itself and re-plans from the first new
//!   one, so a `reset` called a few ms after the event (or not at all) cannot
//!   lose the StepStart the event created. Cancelling audio stays the caller's job.

use super::session::{Cue, Session};

/// Cues later than this are stale and dropped, ms.
pub const STALE_MS: u64 = 1_000;

/// Remembers how far ahead cues have been handed to the audio clock.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CueScheduler {
    /// Cues at or before this instant have been handed over (or dropped).
    scheduled_until_ms: u64,
    /// Stale cues dropped so far.
    dropped: u32,
    /// How many session events the last `due` saw (`None` before the first
    /// call: events recorded before the scheduler existed, e.g. before a
    /// reload, are history, not news).
    events_seen: Option<usize>,
}

impl CueScheduler {
    /// A scheduler that will hand over cues from `now_ms` on (inclusive), so
    /// the first StepStart of a session started at the same instant is included.
    pub fn new(now_ms: u64) -> Self {
        CueScheduler { scheduled_until_ms: now_ms.saturating_sub(1), dropped: 0, events_seen: None }
    }

    /// Called from every (possibly badly throttled) timer tick. Returns cues to
    /// hand to the audio clock now, each with its delay from now in ms (0 for
    /// cues slightly in the past but less than [`STALE_MS`] late; later ones are
    /// dropped). `lookahead_ms`: how far ahead to schedule (about 1500 ms when
    /// visible, about 70 000 ms when hidden, since hidden tabs tick once a minute).
    pub fn due(&mut self, session: &Session, now_ms: u64, lookahead_ms: u64) -> Vec<(Cue, u64)> {
        if let Some(first_new) = self.events_seen.and_then(|seen| session.events.get(seen)) {
            // Earlier events are already planned for; re-plan from this one.
            self.scheduled_until_ms = self.scheduled_until_ms.min(first_new.at_ms().saturating_sub(1));
        }
        self.events_seen = Some(session.events.len());
        let horizon = now_ms.saturating_add(lookahead_ms);
        if horizon <= self.scheduled_until_ms {
            return Vec::new();
        }
        let cues = session.cues_between(self.scheduled_until_ms, horizon);
        self.scheduled_until_ms = horizon;
        let mut out = Vec::with_capacity(cues.len());
        for cue in cues {
            if cue.at_ms + STALE_MS <= now_ms {
                self.dropped += 1;
            } else {
                out.push((cue, cue.at_ms.saturating_sub(now_ms)));
            }
        }
        out
    }

    /// Forgets everything scheduled at or after `now_ms` (call after any event;
    /// the caller cancels its audio nodes that have not played yet).
    pub fn reset(&mut self, now_ms: u64) {
        self.scheduled_until_ms = now_ms.saturating_sub(1);
    }

    /// How many stale cues were dropped so far.
    pub fn dropped(&self) -> u32 {
        self.dropped
    }

    /// Cues up to this instant have been handed over.
    pub fn scheduled_until_ms(&self) -> u64 {
        self.scheduled_until_ms
    }
}
