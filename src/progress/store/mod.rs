//! The one stored document (localStorage key [`STORE_KEY`]): its shape and
//! how it is written, plus small helpers about it. Reading is in `decode`
//! (with `salvage` for broken text), combining two copies in `merge`.
//!
//! The browser adapter owns the storage calls; this module only turns text
//! into a [`Document`] and back. Reading never panics and never throws away
//! what can be read: anything odd is listed in [`Decoded::problems`] and the
//! adapter keeps the original text under [`quarantine_key`] so nothing the
//! person recorded is lost to a bug here.

mod compact;
mod decode;
mod merge;
mod salvage;

pub use decode::{decode, decode_exact, decode_with_offset, Decoded};
pub(crate) use decode::check_sessions;
#[cfg(test)]
pub(crate) use decode::read_document;
pub use merge::merge;

use super::stats::MS_PER_DAY;
use super::{PainEntry, SessionRecord, Settings};
use compact::CompactSession;
use serde::{Deserialize, Serialize, Serializer};
use std::borrow::Cow;

/// localStorage key of the document.
pub const STORE_KEY: &str = "upright.store";

/// Prefix of the keys holding quarantined (unreadable) copies of the
/// document or of the running workout.
pub const QUARANTINE_PREFIX: &str = "upright.quarantine.";

/// Format version this build writes. Older ones are migrated on read
/// (see [`super::migrate`]).
pub const CURRENT_VERSION: u32 = 3;

/// Everything Upright stores.
///
/// Its `Serialize` is the stored form: [`encode`] is that, compact. Sessions
/// are written without their default values (`compact.rs`), and what is
/// written is always the current format, whatever `version` holds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// Format version; always [`CURRENT_VERSION`] once decoded.
    #[serde(serialize_with = "current_version")]
    pub version: u32,
    /// Every session, sorted by start, ids unique.
    #[serde(serialize_with = "compact::sessions")]
    pub sessions: Vec<SessionRecord>,
    /// Pain ratings logged on their own, without a workout (format 3),
    /// oldest first, no exact copies.
    #[serde(default)]
    pub pain_log: Vec<PainEntry>,
    /// The person's settings.
    #[serde(serialize_with = "writable_settings")]
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

/// Key for a quarantined copy of raw text taken at `now_ms`.
pub fn quarantine_key(now_ms: u64) -> String {
    format!("{QUARANTINE_PREFIX}{now_ms}")
}

/// The sessions are written in the current format, so the version says so.
fn current_version<S: Serializer>(_: &u32, ser: S) -> Result<S::Ok, S::Error> {
    ser.serialize_u32(CURRENT_VERSION)
}

/// Settings safe to write: a non-finite volume becomes the default (JSON has
/// no NaN: it would come back as `null` and fail to read).
fn writable(s: &Settings) -> Cow<'_, Settings> {
    if s.volume.is_finite() {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(Settings { volume: Settings::default().volume, ..s.clone() })
    }
}

/// The settings as [`writable`] makes them (`#[serde(serialize_with)]`).
fn writable_settings<S: Serializer>(s: &Settings, ser: S) -> Result<S::Ok, S::Error> {
    writable(s).serialize(ser)
}

/// `value` as JSON. These types hold only plain data with text keys, which
/// serde_json always writes; were that ever to fail, a panic (the app's hook
/// shows it and nothing is written) is safer than text that would read back
/// as an empty history over the person's own.
fn to_json<T: Serialize + ?Sized>(value: &T, pretty: bool) -> String {
    let written = if pretty { serde_json::to_string_pretty(value) } else { serde_json::to_string(value) };
    written.expect("plain data always serializes")
}

/// The document as compact JSON for storage, always as [`CURRENT_VERSION`],
/// sessions without their default values. [`decode`] reads it back to an
/// equal document.
pub fn encode(doc: &Document) -> String {
    to_json(doc, false)
}

/// The document as JSON for a file the person keeps: indented, with one
/// session per line so ten years stay a few MB and still read line by line
/// in an editor. [`super::validate_import`] reads it back identically.
pub(crate) fn encode_pretty(doc: &Document) -> String {
    let indent = |json: String| json.replace('\n', "\n  ");
    let mut out = String::with_capacity(600 * doc.sessions.len() + 1024);
    out.push_str(&format!("{{\n  \"version\": {CURRENT_VERSION},\n  \"sessions\": ["));
    for (i, s) in doc.sessions.iter().enumerate() {
        out.push_str(if i == 0 { "\n    " } else { ",\n    " });
        // JSON strings escape their line breaks, so every session is one line.
        out.push_str(&to_json(&CompactSession::from(s), false));
    }
    if !doc.sessions.is_empty() {
        out.push_str("\n  ");
    }
    out.push_str("],\n  \"pain_log\": [");
    for (i, e) in doc.pain_log.iter().enumerate() {
        out.push_str(if i == 0 { "\n    " } else { ",\n    " });
        out.push_str(&to_json(e, false));
    }
    if !doc.pain_log.is_empty() {
        out.push_str("\n  ");
    }
    out.push_str("],\n  \"settings\": ");
    out.push_str(&indent(to_json(&writable(&doc.settings), true)));
    out.push_str(",\n  \"meta\": ");
    out.push_str(&indent(to_json(&doc.meta, true)));
    out.push_str("\n}\n");
    out
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
