//! The one stored document: everything Upright keeps, and small rules about
//! it. How it is written and read back is `crate::store`'s job; this is the
//! shape the rest of the core works on.

use super::stats::MS_PER_DAY;
use super::{PainEntry, SessionRecord, Settings};
use serde::{Deserialize, Serialize};

/// Format version this build writes. Older ones are migrated on read (see
/// `crate::store::migrate`).
pub const CURRENT_VERSION: u32 = 3;

/// Everything Upright stores.
///
/// Its stored form is written by `crate::store::encode` (sessions without
/// their default values, always the current format, whatever `version`
/// holds).
///
/// In the browser build it is also a `reactive_stores::Store` (the views'
/// fields as signals, sessions keyed by id); the host build, and so the
/// core's tests, never compile leptos.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(reactive_stores::Store))]
pub struct Document {
    /// Format version; always [`CURRENT_VERSION`] once decoded.
    pub version: u32,
    /// Every session, sorted by start, ids unique.
    #[cfg_attr(target_arch = "wasm32", store(key: String = |record| record.id.clone()))]
    pub sessions: Vec<SessionRecord>,
    /// Pain ratings logged on their own, without a workout (format 3),
    /// oldest first, no exact copies.
    #[serde(default)]
    pub pain_log: Vec<PainEntry>,
    /// The person's settings.
    pub settings: Settings,
    /// Bookkeeping about the app itself (not workouts).
    pub meta: Meta,
}

impl Default for Document {
    /// An empty document in the current format (not version 0: a fresh
    /// document is current, and encoding it must say so).
    fn default() -> Self {
        Document {
            version: CURRENT_VERSION,
            sessions: Vec::new(),
            pain_log: Vec::new(),
            settings: Settings::default(),
            meta: Meta::default(),
        }
    }
}

impl Document {
    /// Where `new` differs from this document when only some sessions'
    /// records changed (the same sessions in the same order, the rest
    /// equal): their indices, so a view redraws those rows alone. `None`
    /// when anything else changed (a session added, removed or moved,
    /// settings, meta, the pain log).
    pub fn edited_sessions(&self, new: &Document) -> Option<Vec<usize>> {
        // Every field by name: a field added later must be compared here too.
        let Document { version, sessions, pain_log, settings, meta } = self;
        let same_rest = *version == new.version && *pain_log == new.pain_log && *settings == new.settings && *meta == new.meta;
        let same_ids = sessions.len() == new.sessions.len() && sessions.iter().zip(&new.sessions).all(|(a, b)| a.id == b.id);
        (same_rest && same_ids)
            .then(|| sessions.iter().zip(&new.sessions).enumerate().filter(|(_, (a, b))| a != b).map(|(i, _)| i).collect())
    }
}

/// Bookkeeping kept beside the history. Every field is optional so older
/// documents and older builds keep reading it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Meta {
    /// When the history was last exported (ms since the epoch).
    pub last_export_ms: Option<u64>,
    /// Result of `navigator.storage.persist()`: `Some(false)` means the
    /// browser may evict the data, so exports matter more.
    pub persist: Option<bool>,
    /// When the person accepted the first-run health screening.
    pub screening_accepted_ms: Option<u64>,
    /// When the "pain keeps coming back" warning was last shown.
    pub pain_warning_shown_ms: Option<u64>,
    /// Progression suggestions the person declined: exercise id and when.
    pub suggestions_declined: Vec<(String, u64)>,
    /// Every time the pain warning was shown, oldest first, for the
    /// doctor's report (kept since the report exists; older documents have
    /// only `pain_warning_shown_ms`). Not written while empty, so older
    /// documents are written as before.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub pain_warnings_shown_ms: Vec<u64>,
    /// When the reminder notification was last shown, so it comes at most
    /// once a day. Not written while never.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reminder_shown_ms: Option<u64>,
    /// When the person answered the pain warning with "I have seen a doctor
    /// about this": it stays quiet for four weeks unless the pain gets worse
    /// (see `pain_warning`). Not written while never, so documents of people
    /// who never answered are written byte for byte as before.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub doctor_seen_ms: Option<u64>,
}

/// A new session id: the start instant and 32 random bits from the caller
/// (the core reads no randomness), e.g. `1764061200000-00c0ffee`. Two devices
/// starting in the same millisecond still differ by the suffix.
pub fn new_session_id(now_ms: u64, entropy: u32) -> String {
    format!("{now_ms}-{entropy:08x}")
}

/// How long after an export (or since never) a reminder is due when the
/// browser refused persistent storage.
pub const EXPORT_REMINDER_AFTER_MS: u64 = 30 * MS_PER_DAY as u64;

/// Whether to remind the person to export: only when the browser refused
/// persistent storage (`persist == Some(false)`, so it may evict the data),
/// there is something to lose (`sessions > 0`), and the last export is more
/// than 30 days old or never happened.
pub fn should_remind_export(meta: &Meta, sessions: usize, now_ms: u64) -> bool {
    meta.persist == Some(false)
        && sessions > 0
        && meta.last_export_ms.is_none_or(|t| now_ms.saturating_sub(t) > EXPORT_REMINDER_AFTER_MS)
}
