//! localStorage adapter for the versioned document and the running workout.
//! Every read and write is checked: storage may be missing, full or corrupt.

use crate::progress::{self, Document};
use crate::store;
use web_sys::Storage;

/// Key of the running workout, written at every event so a reload resumes it.
pub const ACTIVE_KEY: &str = "upright.active";

/// Something the person must be told about storage.
#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    /// Plain-words explanation.
    pub message: String,
    /// Raw text kept aside, offered as a download.
    pub raw: Option<String>,
    /// True when saving failed and the person should export.
    pub offer_export: bool,
}

/// What loading found.
pub struct Loaded {
    /// Everything that could be read.
    pub doc: Document,
    /// A notice to show, if anything was wrong.
    pub problem: Option<Problem>,
    /// False when raw text could not be set aside: writing the store now
    /// could destroy it, so saves stay in memory until it is downloaded.
    pub writable: bool,
}

fn storage() -> Option<Storage> {
    super::window()?.local_storage().ok().flatten()
}

fn read(key: &str) -> Result<Option<String>, ()> {
    storage().ok_or(())?.get_item(key).map_err(|_| ())
}

/// Why a write failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WriteError {
    /// QuotaExceededError: the browser's storage is full.
    Full,
    /// No storage at all (private mode, blocked cookies).
    Unavailable,
}

fn write(key: &str, value: &str) -> Result<(), WriteError> {
    let s = storage().ok_or(WriteError::Unavailable)?;
    s.set_item(key, value).map_err(|e| {
        use wasm_bindgen::JsCast;
        match e.dyn_into::<web_sys::DomException>() {
            Ok(d) if d.name() == "QuotaExceededError" || d.code() == 22 => WriteError::Full,
            _ => WriteError::Unavailable,
        }
    })
}

fn remove(key: &str) {
    if let Some(s) = storage() {
        let _ = s.remove_item(key);
    }
}

/// Loads the document, keeping whatever can be read and setting aside what
/// cannot, and records dated after now (`progress::set_aside_future`): the
/// original text goes under a quarantine key, offered as a download.
pub fn load(now_ms: u64) -> Loaded {
    let raw = match read(store::STORE_KEY) {
        Ok(Some(raw)) => raw,
        Ok(None) => return Loaded { doc: fresh_doc(), problem: None, writable: true },
        Err(()) => {
            return Loaded {
                doc: fresh_doc(),
                problem: Some(Problem {
                    message: "This browser does not let Upright keep data, so history lasts only until you close the page. Export before you leave.".into(),
                    raw: None,
                    offer_export: true,
                }),
                writable: true,
            }
        }
    };
    let tz = super::tz_offset_min(now_ms);
    let mut decoded = store::decode_with_offset(&raw, tz);
    let ahead = progress::set_aside_future(&mut decoded.doc, now_ms);
    if !decoded.needs_quarantine && ahead.is_empty() {
        remember(&raw);
        return Loaded { doc: decoded.doc, problem: None, writable: true };
    }
    let kept = quarantine(&raw, now_ms);
    let mut message = String::new();
    if decoded.needs_quarantine {
        message.push_str("Some saved data could not be read. ");
    }
    for line in decoded.problems.iter().chain(ahead.message(tz).as_ref()) {
        message.push_str(line);
        message.push(' ');
    }
    message.push_str(if kept {
        "Upright started with everything it could read and kept the original text aside: you can download it."
    } else {
        "The original text could not be set aside, so Upright will not overwrite it: download it before saving new workouts."
    });
    Loaded {
        doc: decoded.doc,
        problem: Some(Problem { message, raw: Some(raw), offer_export: false }),
        writable: kept,
    }
}

/// Sets `raw` aside under a quarantine key; false when storage refused it.
pub fn quarantine(raw: &str, now_ms: u64) -> bool {
    write(&store::quarantine_key(now_ms), raw).is_ok()
}

/// True when this exact text is already set aside under a quarantine key
/// (load keeps it; the first save after must not copy it again).
fn already_kept(raw: &str) -> bool {
    let Some(s) = storage() else { return false };
    let n = s.length().unwrap_or(0);
    (0..n)
        .filter_map(|i| s.key(i).ok().flatten())
        .filter(|k| k.starts_with(store::QUARANTINE_PREFIX))
        .any(|k| s.get_item(&k).ok().flatten().as_deref() == Some(raw))
}

/// Writes the document after merging with what another tab may have written
/// meanwhile, and returns the merged document now stored.
// The error carries the merged document so nothing is lost when the write fails.
#[allow(clippy::result_large_err)]
pub fn save(doc: &Document) -> Result<Document, (Document, WriteError)> {
    let merged = match read(store::STORE_KEY) {
        // Unchanged since this page last read or wrote it: `doc` already holds
        // all of it, so skip decoding and merging megabytes of history.
        Ok(Some(raw)) if is_remembered(&raw) => doc.clone(),
        Ok(Some(raw)) => {
            let now = super::now_ms();
            let mut theirs = store::decode_with_offset(&raw, super::tz_offset_min(now));
            // Records dated after now stay out of the history, as at load.
            let ahead = progress::set_aside_future(&mut theirs.doc, now);
            if (theirs.needs_quarantine || !ahead.is_empty()) && !already_kept(&raw) {
                // Never merge with, or overwrite, text we cannot read: set it aside first.
                write(&store::quarantine_key(now), &raw).map_err(|e| (doc.clone(), e))?;
            }
            progress::merge(doc, &theirs.doc)
        }
        _ => doc.clone(),
    };
    let text = store::encode(&merged);
    match write(store::STORE_KEY, &text) {
        Ok(()) => {
            remember(&text);
            Ok(merged)
        }
        Err(e) => Err((merged, e)),
    }
}

thread_local! {
    /// Fingerprint of the stored text this page last read or wrote.
    static LAST_SEEN: std::cell::Cell<Option<(usize, u64)>> = const { std::cell::Cell::new(None) };
}

/// Length and FNV-1a hash: cheap next to decoding, and a changed store
/// (another tab's write) almost surely changes it.
fn fingerprint(text: &str) -> (usize, u64) {
    let hash = text.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| (h ^ b as u64).wrapping_mul(0x0100_0000_01b3));
    (text.len(), hash)
}

fn remember(text: &str) {
    LAST_SEEN.with(|l| l.set(Some(fingerprint(text))));
}

fn is_remembered(text: &str) -> bool {
    LAST_SEEN.with(|l| l.get() == Some(fingerprint(text)))
}

/// Reads the running workout saved by [`save_active`], if any and readable.
pub fn load_active() -> Option<String> {
    read(ACTIVE_KEY).ok().flatten()
}

/// Saves the running workout (small; written at every event).
pub fn save_active(json: &str) -> Result<(), WriteError> {
    write(ACTIVE_KEY, json)
}

/// Forgets the running workout (finished or abandoned).
pub fn clear_active() {
    remove(ACTIVE_KEY);
}

/// Asks the browser to keep our data through storage pressure. Resolves to
/// the browser's answer; `None` where the API is missing.
pub async fn request_persist() -> Option<bool> {
    let storage = super::get(&super::window()?.navigator().into(), "storage")?;
    let promise: js_sys::Promise = wasm_bindgen::JsCast::dyn_into(super::call(&storage, "persist", &[])?).ok()?;
    wasm_bindgen_futures::JsFuture::from(promise).await.ok()?.as_bool()
}

/// An empty document at the current version.
fn fresh_doc() -> Document {
    Document { version: progress::CURRENT_VERSION, ..Document::default() }
}
