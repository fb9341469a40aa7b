//! The running workout as saved under `upright.active`, so a reload resumes
//! it, and whether the person is there to be coached. Here rather than in
//! the UI so its stored form and its presence rules are tested on the host.
//!
//! Presence: time counts only while the person can be coached: the player
//! on screen, or the page hidden while cues already put on the audio clock
//! still play ([`LOOKAHEAD_HIDDEN_MS`] past the last tick). Leaving the
//! player, closing the app or the page staying hidden past that stops the
//! workout's clock where the coaching stopped: a pause at that past instant
//! (events are timestamps, so the pause may be recorded late, never before
//! the last event). The instant up to which the person was coached is
//! stored with the workout as the player ticks, so a closed app is paused
//! there on load. Back within [`AWAY_ASK_MS`], the workout carries on;
//! later, the person is asked: resume, save what was done, or discard.

use super::coach::LOOKAHEAD_HIDDEN_MS;
use super::stale::{idle_since_ms, is_stale};
use super::Session;
use crate::progress::SessionRecord;
use serde::{Deserialize, Serialize};

/// Away longer than this, the person is asked before the workout goes on, ms.
pub const AWAY_ASK_MS: u64 = 60_000;

/// A visible player that got no tick for this long was not running (a
/// sleeping laptop, a frozen tab): the gap is not coached time, ms.
pub const TICK_GAP_MS: u64 = 5_000;

/// The workout in progress, as saved under `upright.active`:
/// `{"id":...,"session":...,"pain_before":...}`, with `coached_until_ms`
/// and `away_since_ms` when set.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ActiveWorkout {
    /// Id the session record will get.
    pub id: String,
    /// Plan, start instant and events.
    pub session: Session,
    /// Pain before, 0-10, if given.
    pub pain_before: Option<u8>,
    /// The instant up to which the person could be coached, as last saved
    /// (the player's tick, plus the audio already scheduled while hidden).
    /// Absent in workouts saved before it existed: their last event.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coached_until_ms: Option<u64>,
    /// Set when the app paused the workout because the person was away:
    /// the instant the coaching stopped.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub away_since_ms: Option<u64>,
    /// Ms the workout waited, paused for being away, before it went on:
    /// left out of the record's length.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub away_ms: u64,
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

impl ActiveWorkout {
    /// A workout just started at `now_ms`.
    pub fn new(id: String, session: Session, pain_before: Option<u8>) -> ActiveWorkout {
        let now = session.started_at_ms;
        ActiveWorkout { id, session, pain_before, coached_until_ms: Some(now), away_since_ms: None, away_ms: 0 }
    }

    /// The player ticked at `now_ms`: the person is coached up to now, and
    /// while the page is hidden, up to the end of the cues scheduled ahead.
    /// A tick that comes more than [`TICK_GAP_MS`] after that horizon (a
    /// hidden tab the browser froze, a sleeping device) first stops the
    /// clock where the coaching stopped.
    pub fn tick(&mut self, now_ms: u64, hidden: bool) {
        if let Some(until) = self.coached_until_ms {
            if now_ms > until.saturating_add(TICK_GAP_MS) {
                self.left(until);
            }
        }
        if self.away_since_ms.is_none() {
            // On screen, presence is proven up to now, whatever a hidden
            // page had scheduled before.
            let ahead = if hidden { LOOKAHEAD_HIDDEN_MS } else { 0 };
            self.coached_until_ms = Some(now_ms.saturating_add(ahead));
        }
    }

    /// True when a tick at `now_ms` would stop the clock (see [`Self::tick`]).
    pub fn tick_stops(&self, now_ms: u64) -> bool {
        self.away_since_ms.is_none()
            && self.coached_until_ms.is_some_and(|until| now_ms > until.saturating_add(TICK_GAP_MS))
    }

    /// The page is going away at `now_ms` (reload, close): nothing plays
    /// after this, whatever was scheduled.
    pub fn closing(&mut self, now_ms: u64) {
        if self.away_since_ms.is_none() {
            self.coached_until_ms = Some(now_ms);
        }
    }

    /// The person left the player (or the app closed) at `at_ms`: a running
    /// workout is paused there, and marked as paused for being away.
    pub fn left(&mut self, at_ms: u64) {
        let snap = self.session.snapshot(at_ms);
        if snap.finished || snap.paused || self.away_since_ms.is_some() {
            return;
        }
        let at = at_ms.max(self.session.last_event_ms());
        self.session.pause(at);
        self.away_since_ms = Some(at);
        self.coached_until_ms = Some(at);
    }

    /// Read back after a reload at `now_ms`: a running workout stops where
    /// it was last coached (its last event if older builds saved none).
    pub fn loaded(&mut self, now_ms: u64) {
        let until = self.coached_until_ms.unwrap_or_else(|| self.session.last_event_ms());
        // Nothing scheduled outlives the page by more than the hidden
        // lookahead: a later instant is damage, read as the last event.
        let until = if until > now_ms.saturating_add(LOOKAHEAD_HIDDEN_MS) { self.session.last_event_ms() } else { until };
        if until < now_ms {
            self.left(until);
        }
    }

    /// How long the person was away, if coming back at `now_ms` asks first:
    /// paused for being away more than [`AWAY_ASK_MS`], or idle for hours
    /// ([`is_stale`]).
    pub fn ask_on_return(&self, now_ms: u64) -> Option<u64> {
        if let Some(since) = self.away_since_ms {
            let away = now_ms.saturating_sub(since);
            if away > AWAY_ASK_MS {
                return Some(away);
            }
        }
        is_stale(&self.session, now_ms).then(|| now_ms.saturating_sub(idle_since_ms(&self.session, now_ms)))
    }

    /// Back on the player at `now_ms` (resume chosen, or back soon enough
    /// not to be asked): a workout paused for being away runs on from now.
    pub fn back(&mut self, now_ms: u64) {
        if let Some(since) = self.away_since_ms.take() {
            self.away_ms = self.away_ms.saturating_add(now_ms.saturating_sub(since));
            self.session.resume(now_ms);
        }
        self.coached_until_ms = Some(now_ms.max(self.coached_until_ms.unwrap_or(0)));
    }

    /// The history record at `now_ms`: the session's, with the pain rated
    /// before it and the time spent away left out of its length.
    pub fn record(&self, now_ms: u64, tz_offset_min: i32) -> SessionRecord {
        let mut record = self.session.record(now_ms, self.id.clone(), tz_offset_min);
        record.pain_before = self.pain_before;
        record.away_s = u32::try_from(self.away_ms / 1000).unwrap_or(u32::MAX);
        record
    }

    /// "Save what I did": ends the workout where the coaching stopped, so
    /// its record holds no time the person was away.
    pub fn end_where_left(&mut self, now_ms: u64) {
        let at = self.away_since_ms.unwrap_or_else(|| idle_since_ms(&self.session, now_ms));
        self.session.finish(at);
    }
}
