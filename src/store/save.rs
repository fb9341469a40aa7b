//! What opening and saving the stored document mean, decided here once and
//! tested on the host; the browser adapter (`browser::storage`) only reads
//! and writes the bytes these plans name.
//!
//! The rule throughout: text that cannot be read, or that holds records
//! dated after now, is never overwritten or merged into silently. It is set
//! aside under a [`quarantine_key`] first, and the person is told in plain
//! words and offered it as a download.

use super::{decode_with_offset, encode, quarantine_key};
use crate::i18n::Words;
use crate::tr;
use crate::progress::{merge, set_aside_future, Document, Notice};

/// Stored text to keep aside under `key` before anything is written over it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quarantine {
    /// Where to keep it ([`quarantine_key`] of now).
    pub key: String,
    /// The text exactly as it was stored.
    pub raw: String,
}

/// What [`open`] made of the stored text.
#[derive(Clone, Debug, PartialEq)]
pub struct Opened {
    /// Everything that could be read, records dated after now left out.
    pub doc: Document,
    /// The stored text to set aside, when any of it was unreadable or
    /// dated ahead; None when it read cleanly (or there was none).
    pub quarantine: Option<Quarantine>,
    /// What went wrong, one plain sentence each (empty when nothing did).
    problems: Vec<String>,
    /// Part of the text could not be read at all.
    unreadable: bool,
}

impl Opened {
    /// The notice for the person, given whether the quarantined copy was
    /// `kept` (written under its key); None when the text read cleanly.
    /// When it was not kept, saving must wait: the notice says so.
    pub fn notice(&self, kept: bool, words: &Words) -> Option<Notice> {
        let quarantine = self.quarantine.as_ref()?;
        let mut message = String::new();
        if self.unreadable {
            message.push_str(&tr!(words, "records-unreadable"));
            message.push(' ');
        }
        for line in &self.problems {
            message.push_str(line);
            message.push(' ');
        }
        message.push_str(&tr!(words, if kept { "records-kept-aside" } else { "records-not-kept-aside" }));
        Some(Notice { message, raw: Some(quarantine.raw.clone()), ..Notice::default() })
    }
}

/// Reads the stored text (`raw`, None when nothing is stored yet) at
/// `now_ms` in the device's zone `tz_offset_min`: keeps whatever can be
/// read, sets aside records dated after now (`set_aside_future`), and asks
/// for the original text to be quarantined when either happened.
/// `words`: the language of what it tells (English at the app's start,
/// before the settings that hold the language are read).
pub fn open(raw: Option<&str>, now_ms: u64, tz_offset_min: i32, words: &Words) -> Opened {
    let Some(raw) = raw else {
        return Opened { doc: Document::default(), quarantine: None, problems: Vec::new(), unreadable: false };
    };
    let mut decoded = decode_with_offset(raw, tz_offset_min);
    let ahead = set_aside_future(&mut decoded.doc, now_ms);
    if !decoded.needs_quarantine && ahead.is_empty() {
        return Opened { doc: decoded.doc, quarantine: None, problems: Vec::new(), unreadable: false };
    }
    let mut problems = decoded.problems;
    problems.extend(ahead.message(tz_offset_min, words));
    Opened {
        doc: decoded.doc,
        quarantine: Some(Quarantine { key: quarantine_key(now_ms), raw: raw.to_string() }),
        problems,
        unreadable: decoded.needs_quarantine,
    }
}

/// What to write for one save.
#[derive(Clone, Debug, PartialEq)]
pub struct SavePlan {
    /// The document now stored: ours merged with what another tab wrote
    /// meanwhile (the page keeps this one).
    pub doc: Document,
    /// [`encode`] of `doc`, to write under [`super::STORE_KEY`].
    pub text: String,
    /// Stored text to set aside first (unreadable, or dated ahead); if that
    /// write fails, nothing else may be written.
    pub quarantine: Option<Quarantine>,
}

/// Plans saving `doc` over `current_raw`, the text stored now (None when
/// there is none, or when it is what this page last read or wrote, so `doc`
/// already holds all of it). Another tab's sessions are merged in, never
/// lost; records it holds dated after now stay out, as at [`open`].
pub fn save(current_raw: Option<&str>, doc: &Document, now_ms: u64, tz_offset_min: i32) -> SavePlan {
    let (doc, quarantine) = match current_raw {
        None => (doc.clone(), None),
        Some(raw) => {
            let mut theirs = decode_with_offset(raw, tz_offset_min);
            let ahead = set_aside_future(&mut theirs.doc, now_ms);
            // Never merge with, or overwrite, text we cannot read: set it aside first.
            let quarantine = (theirs.needs_quarantine || !ahead.is_empty())
                .then(|| Quarantine { key: quarantine_key(now_ms), raw: raw.to_string() });
            (merge(doc, &theirs.doc), quarantine)
        }
    };
    SavePlan { text: encode(&doc), doc, quarantine }
}

/// What another tab wrote (`raw`), merged into `ours`; None when any of it
/// is unreadable (this page's next save sets it aside, see [`save`]).
/// Records dated after now stay out, as at [`open`].
pub fn merge_other_tab(ours: &Document, raw: &str, now_ms: u64, tz_offset_min: i32) -> Option<Document> {
    let mut theirs = decode_with_offset(raw, tz_offset_min);
    if theirs.needs_quarantine {
        return None;
    }
    set_aside_future(&mut theirs.doc, now_ms);
    Some(merge(ours, &theirs.doc))
}

/// Why a write failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WriteError {
    /// QuotaExceededError: the browser's storage is full.
    Full,
    /// No storage at all (private mode, blocked cookies).
    Unavailable,
}

impl WriteError {
    /// What the person is told: the data is safe in the page for now, and
    /// an export keeps it.
    pub fn notice(self, words: &Words) -> Notice {
        let id = match self {
            WriteError::Full => "records-storage-full",
            WriteError::Unavailable => "records-storage-refused",
        };
        Notice {
            message: tr!(words, id),
            offer_export: true,
            ..Notice::default()
        }
    }
}

/// The notice when storage cannot be read at all: the history lasts only
/// as long as the page.
pub fn storage_unavailable(words: &Words) -> Notice {
    Notice {
        message: tr!(words, "records-no-storage"),
        offer_export: true,
        ..Notice::default()
    }
}

/// The notice while saves wait for unreadable stored text to be downloaded
/// (it could not be set aside): `raw` is that text, offered again.
pub fn held_in_page(raw: Option<String>, words: &Words) -> Notice {
    Notice {
        message: tr!(words, "records-held-in-page"),
        raw,
        offer_export: true,
        ..Notice::default()
    }
}
