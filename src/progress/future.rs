//! Records dated after now: this device's clock was changed (set forward
//! when they were written, or back since), or the stored text is damaged.
//!
//! Such a record must not count as "the latest session" (it would hide a
//! step back after "this hurts" for as long as its date lies ahead), nor
//! toward today's crunches or the pain warning. It is set aside, never
//! dropped: the codec's open and save plans (`crate::store::open`) keep the
//! stored text under a quarantine key, offered as a download, and say so
//! (`data-testid="app-notice"`).

use super::stats::local_day;
use crate::i18n::Words;
use crate::tr;
use super::{date_text, Document, PainEntry, SessionRecord};

/// How far after now a record may be dated and still count: clocks of two
/// devices, or one clock corrected by the network, differ by a little.
pub const FUTURE_SKEW_MS: u64 = 10 * 60_000;

/// Whether an instant lies after `now_ms` by more than [`FUTURE_SKEW_MS`].
pub fn is_future(at_ms: u64, now_ms: u64) -> bool {
    at_ms > now_ms.saturating_add(FUTURE_SKEW_MS)
}

/// What [`set_aside_future`] took out of a document.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SetAside {
    /// Sessions that start after now, oldest first.
    pub sessions: Vec<SessionRecord>,
    /// Pain ratings logged after now, oldest first.
    pub pain_log: Vec<PainEntry>,
}

impl SetAside {
    /// True when nothing was set aside.
    pub fn is_empty(&self) -> bool {
        self.sessions.is_empty() && self.pain_log.is_empty()
    }

    /// What the person is told, in plain words (the earliest date in the
    /// zone `tz_offset_min`); None when nothing was set aside.
    pub fn message(&self, tz_offset_min: i32, words: &Words) -> Option<String> {
        let first = self
            .sessions
            .iter()
            .map(|s| s.started_at_ms)
            .chain(self.pain_log.iter().map(|e| e.at_ms))
            .min()?;
        Some(tr!(
            words,
            "records-set-aside",
            workouts = self.sessions.len(),
            ratings = self.pain_log.len(),
            count = self.sessions.len() + self.pain_log.len(),
            from = date_text(local_day(first, tz_offset_min), words)
        ))
    }
}

/// Takes every session and logged rating dated after `now_ms` (see
/// [`is_future`]) out of `doc` and returns them; the rest stays in order.
pub fn set_aside_future(doc: &mut Document, now_ms: u64) -> SetAside {
    let (sessions, kept): (Vec<_>, Vec<_>) =
        std::mem::take(&mut doc.sessions).into_iter().partition(|s| is_future(s.started_at_ms, now_ms));
    doc.sessions = kept;
    let (pain_log, kept): (Vec<_>, Vec<_>) =
        std::mem::take(&mut doc.pain_log).into_iter().partition(|e| is_future(e.at_ms, now_ms));
    doc.pain_log = kept;
    SetAside { sessions, pain_log }
}
