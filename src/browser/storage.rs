//! localStorage adapter for the versioned document and the running workout.
//! It only moves bytes: what to write, what to set aside and what to tell
//! the person is decided by the pure `store::open` and `store::save`. Every
//! read and write is checked: storage may be missing, full or corrupt.

use crate::progress::{Document, Notice};
use crate::store;
use web_sys::Storage;

pub use crate::store::WriteError;

/// Key of the running workout, written at every event so a reload resumes it.
pub const ACTIVE_KEY: &str = "upright.active";

/// What loading found.
pub struct Loaded {
    /// Everything that could be read.
    pub doc: Document,
    /// A notice to show, if anything was wrong.
    pub notice: Option<Notice>,
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

/// Loads the document as `store::open` plans it: whatever can be read,
/// the original text set aside under its quarantine key when needed. The
/// language is in the settings this reads, so its notices are in `english`.
pub fn load(now_ms: u64, english: &crate::i18n::Words) -> Loaded {
    let Ok(raw) = read(store::STORE_KEY) else {
        return Loaded { doc: Document::default(), notice: Some(store::storage_unavailable(english)), writable: true };
    };
    let opened = store::open(raw.as_deref(), now_ms, super::tz_offset_min(now_ms), english);
    let kept = match &opened.quarantine {
        Some(q) => write(&q.key, &q.raw).is_ok(),
        None => {
            if let Some(raw) = &raw {
                remember(raw);
            }
            true
        }
    };
    let notice = opened.notice(kept, english);
    Loaded { doc: opened.doc, notice, writable: kept }
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

/// Writes the document as `store::save` plans it (merged with what another
/// tab may have written meanwhile, unreadable text set aside first) and
/// returns the merged document now stored.
// The error carries a document so nothing is lost when the write fails.
#[allow(clippy::result_large_err)]
pub fn save(doc: &Document) -> Result<Document, (Document, WriteError)> {
    // Unchanged since this page last read or wrote it: `doc` already holds
    // all of it, so skip decoding and merging megabytes of history.
    let current = read(store::STORE_KEY).ok().flatten().filter(|raw| !is_remembered(raw));
    let now = super::now_ms();
    let plan = store::save(current.as_deref(), doc, now, super::tz_offset_min(now));
    if let Some(q) = &plan.quarantine {
        if !already_kept(&q.raw) {
            write(&q.key, &q.raw).map_err(|e| (doc.clone(), e))?;
        }
    }
    match write(store::STORE_KEY, &plan.text) {
        Ok(()) => {
            remember(&plan.text);
            Ok(plan.doc)
        }
        Err(e) => Err((plan.doc, e)),
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
