//! Combining two copies of the history (this device's and an imported file
//! or another tab's) without losing a session, and the one-copy-per-id rule
//! the reader shares.

use super::pain_log::tidy;
use super::{Document, Meta, SessionRecord, CURRENT_VERSION};
use std::collections::{BTreeMap, HashSet};

/// Combines two documents (this device's and an imported or other-tab copy)
/// without losing a session.
///
/// - Sessions: the union by id; where both have an id, the copy with more
///   information (a total order, so the result does not depend on argument
///   order); sorted by start. Commutative and idempotent on sessions.
/// - Pain log: the union, oldest first, exact copies once.
/// - Settings: ours (the person set them up on this device).
/// - Meta: the latest of each timestamp; `persist` is ours (it describes this
///   browser's storage); declined suggestions joined, one per exercise with
///   the latest time; the times the pain warning was shown joined.
pub fn merge(ours: &Document, theirs: &Document) -> Document {
    let (sessions, _) = unique_sorted(ours.sessions.iter().chain(theirs.sessions.iter()));
    let mut declined: BTreeMap<&str, u64> = BTreeMap::new();
    for (id, ms) in ours.meta.suggestions_declined.iter().chain(theirs.meta.suggestions_declined.iter()) {
        let latest = declined.entry(id.as_str()).or_insert(*ms);
        *latest = (*latest).max(*ms);
    }
    let (a, b) = (&ours.meta, &theirs.meta);
    let mut pain_log: Vec<_> = ours.pain_log.iter().chain(&theirs.pain_log).copied().collect();
    tidy(&mut pain_log);
    Document {
        version: CURRENT_VERSION,
        sessions: sessions.into_iter().cloned().collect(),
        pain_log,
        settings: ours.settings.clone(),
        meta: Meta {
            // Option orders None below Some, so max keeps any known instant.
            last_export_ms: a.last_export_ms.max(b.last_export_ms),
            persist: a.persist,
            screening_accepted_ms: a.screening_accepted_ms.max(b.screening_accepted_ms),
            pain_warning_shown_ms: a.pain_warning_shown_ms.max(b.pain_warning_shown_ms),
            suggestions_declined: declined.into_iter().map(|(id, ms)| (id.to_string(), ms)).collect(),
            pain_warnings_shown_ms: {
                let mut shown: Vec<u64> = a.pain_warnings_shown_ms.iter().chain(&b.pain_warnings_shown_ms).copied().collect();
                shown.sort_unstable();
                shown.dedup();
                shown
            },
            reminder_shown_ms: a.reminder_shown_ms.max(b.reminder_shown_ms),
            doctor_seen_ms: a.doctor_seen_ms.max(b.doctor_seen_ms),
        },
    }
}

/// True when no two sessions share an id.
pub(crate) fn ids_unique(sessions: &[SessionRecord]) -> bool {
    let mut seen = HashSet::with_capacity(sessions.len());
    sessions.iter().all(|s| seen.insert(s.id.as_str()))
}

/// How much a copy of a session says, compared first when two copies share
/// an id: answers given, exercises recorded, work counted, end reached.
fn info_key(s: &SessionRecord) -> (u32, usize, u64, u64) {
    let answered = u32::from(s.pain_before.is_some())
        + u32::from(s.pain_after.is_some())
        + u32::from(s.felt.is_some())
        + u32::from(s.note.as_deref().is_some_and(|n| !n.trim().is_empty()))
        + u32::from(s.completed);
    let work: u64 = s
        .exercises
        .iter()
        .map(|r| {
            let d = &r.done;
            u64::from(d.holds) + u64::from(d.reps) + u64::from(d.sets) + u64::from(d.breaths) + u64::from(d.sides)
        })
        .sum();
    (answered, s.exercises.len(), work, s.ended_at_ms)
}

/// Whether `a` should replace `b` (same id). A total order on content: more
/// information wins, and exact ties fall back to comparing the full JSON
/// text, so the winner never depends on which copy came first.
fn richer(a: &SessionRecord, b: &SessionRecord) -> bool {
    let (ka, kb) = (info_key(a), info_key(b));
    if ka != kb {
        return ka > kb;
    }
    // The common case when two copies of one history meet: identical, so
    // there is nothing to choose and no need to serialize.
    if a == b {
        return false;
    }
    // Records always serialize; were one not to, the tie-break alone suffers.
    let ja = serde_json::to_string(a).unwrap_or_default();
    let jb = serde_json::to_string(b).unwrap_or_default();
    ja > jb
}

/// One session per id (the richest copy), sorted by start then id; and how
/// many copies were dropped. Two sorts, by id to find the copies, then by
/// start; both meet nearly sorted input (stored ids begin with the start
/// instant), which std's sort takes in about one pass.
pub(crate) fn unique_sorted<'a>(sessions: impl Iterator<Item = &'a SessionRecord>) -> (Vec<&'a SessionRecord>, usize) {
    let mut by_id: Vec<&'a SessionRecord> = sessions.collect();
    // Stable: the copies of one id stay in input order, so the choice below
    // is the one a single pass over the input would make.
    by_id.sort_by(|a, b| a.id.cmp(&b.id));
    let mut out: Vec<&'a SessionRecord> = Vec::with_capacity(by_id.len());
    let mut duplicates = 0;
    for s in by_id {
        match out.last_mut() {
            Some(kept) if kept.id == s.id => {
                duplicates += 1;
                if richer(s, kept) {
                    *kept = s;
                }
            }
            _ => out.push(s),
        }
    }
    out.sort_by(|a, b| a.cmp_by_start(b));
    (out, duplicates)
}
