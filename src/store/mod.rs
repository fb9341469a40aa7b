//! The storage codec: the one stored document (localStorage key
//! [`STORE_KEY`]) written and read back, older formats migrated, broken text
//! salvaged, backups imported and exported, CSV and calendar files. Pure: it
//! uses the domain types of [`crate::progress`] (which never uses this
//! module) and leaves the storage calls to the browser adapter.
//!
//! Reading never panics and never throws away what can be read: anything odd
//! is listed in [`Decoded::problems`] and the plans of [`open`] and [`save`]
//! keep the original text under [`quarantine_key`] so nothing the person
//! recorded is lost to a bug here.

mod compact;
mod csv;
mod decode;
mod ics;
mod import;
mod migrate;
mod plain;
mod read;
mod salvage;
mod save;

pub use csv::{export_csv, export_file_name, CSV_HEADER};
pub use decode::{decode, decode_exact, decode_with_offset, Decoded};
#[cfg(test)]
pub(crate) use decode::read_document;
pub use ics::{event_summary, notification_text, reminder_ics, reminder_text, reminder_uid, Zone, EVENT_MINUTES, ICS_FILE_NAME};
pub use import::{export_json, validate_import, validate_import_with_offset, ImportError, MAX_IMPORT_BYTES};
pub use migrate::{migrate, migrate_with_offset, v1_to_v2, v2_to_v3};
pub use save::{held_in_page, merge_other_tab, open, save, storage_unavailable, Opened, Quarantine, SavePlan, WriteError};
pub use crate::progress::{Document, Meta, Notice, CURRENT_VERSION};

use crate::progress::{PainEntry, SessionRecord, Settings};
use compact::CompactSession;
use serde::{Serialize, Serializer};
use std::borrow::Cow;

/// localStorage key of the document.
pub const STORE_KEY: &str = "upright.store";

/// Prefix of the keys holding quarantined (unreadable) copies of the
/// document or of the running workout.
pub const QUARANTINE_PREFIX: &str = "upright.quarantine.";

/// Key for a quarantined copy of raw text taken at `now_ms`.
pub fn quarantine_key(now_ms: u64) -> String {
    format!("{QUARANTINE_PREFIX}{now_ms}")
}

/// The stored form of a [`Document`], field for field in the order the
/// golden fixtures freeze: the version is always [`CURRENT_VERSION`] (the
/// sessions are written in the current format), sessions without their
/// default values (`compact.rs`), settings as [`writable`] makes them.
#[derive(Serialize)]
struct Stored<'a> {
    version: u32,
    #[serde(serialize_with = "compact::sessions")]
    sessions: &'a [SessionRecord],
    pain_log: &'a [PainEntry],
    #[serde(serialize_with = "writable_settings")]
    settings: &'a Settings,
    meta: &'a Meta,
}

/// The document's `Serialize` is its stored form ([`encode`] is that,
/// compact), so every serializer writes what `decode` reads.
impl Serialize for Document {
    fn serialize<S: Serializer>(&self, ser: S) -> Result<S::Ok, S::Error> {
        Stored {
            version: CURRENT_VERSION,
            sessions: &self.sessions,
            pain_log: &self.pain_log,
            settings: &self.settings,
            meta: &self.meta,
        }
        .serialize(ser)
    }
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
fn writable_settings<S: Serializer>(s: &&Settings, ser: S) -> Result<S::Ok, S::Error> {
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
/// in an editor. [`validate_import`] reads it back identically.
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

#[cfg(test)]
pub(crate) mod tests;
