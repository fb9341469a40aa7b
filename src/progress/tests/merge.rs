//! Merging two copies of the history loses nothing and does not depend on
//! which copy is "ours".

use super::*;

fn ids(doc: &Document) -> Vec<&str> {
    doc.sessions.iter().map(|s| s.id.as_str()).collect()
}

/// Two devices: each recorded its own sessions, and both hold "shared", the
/// other device's copy with the pain-after answer filled in.
fn two_devices() -> (Document, Document) {
    let shared_poor = {
        let mut s = session("shared", utc(2026, 2, 2, 7, 0), 60);
        s.pain_after = None;
        s
    };
    let shared_rich = session("shared", utc(2026, 2, 2, 7, 0), 60);
    let mut ours = doc_of(vec![
        session("ours-2", utc(2026, 2, 4, 7, 0), 60),
        shared_poor,
        session("ours-1", utc(2026, 2, 1, 7, 0), 60),
    ]);
    ours.settings.large_text = true;
    ours.meta = Meta {
        last_export_ms: Some(100),
        persist: Some(true),
        screening_accepted_ms: None,
        pain_warning_shown_ms: Some(50),
        suggestions_declined: vec![("crunches".into(), 10)],
        pain_warnings_shown_ms: vec![50],
        reminder_shown_ms: None,
        doctor_seen_ms: None,
    };
    let mut theirs = doc_of(vec![shared_rich, session("theirs-1", utc(2026, 2, 3, 7, 0), -300)]);
    theirs.settings.theme = Theme::Dark;
    theirs.meta = Meta {
        last_export_ms: Some(200),
        persist: Some(false),
        screening_accepted_ms: Some(7),
        pain_warning_shown_ms: Some(40),
        suggestions_declined: vec![("crunches".into(), 30), ("back-bridge".into(), 20)],
        pain_warnings_shown_ms: vec![40, 50],
        reminder_shown_ms: Some(60),
        doctor_seen_ms: Some(70),
    };
    (ours, theirs)
}

#[test]
fn merge_is_the_union_without_duplicates_sorted_by_start() {
    let (ours, theirs) = two_devices();
    let m = merge(&ours, &theirs);
    assert_eq!(ids(&m), ["ours-1", "shared", "theirs-1", "ours-2"]);
    // The fuller copy of the shared session won.
    assert_eq!(m.sessions[1].pain_after, Some(3));
    assert_eq!(m.version, CURRENT_VERSION);
}

#[test]
fn merge_is_commutative_on_sessions() {
    let (ours, theirs) = two_devices();
    assert_eq!(merge(&ours, &theirs).sessions, merge(&theirs, &ours).sessions);
}

#[test]
fn merge_is_idempotent() {
    let (ours, theirs) = two_devices();
    let m = merge(&ours, &theirs);
    assert_eq!(merge(&m, &m), m);
    assert_eq!(merge(&m, &theirs), m);
    assert_eq!(merge(&m, &ours).sessions, m.sessions);
}

#[test]
fn equally_rich_copies_pick_the_same_winner_whichever_comes_first() {
    let a = session("same", utc(2026, 2, 2, 7, 0), 0);
    let mut b = a.clone();
    b.note = None;
    b.felt = None;
    let mut c = a.clone();
    c.note = Some("x".into());
    c.felt = None;
    // b has less; a and c tie on the information count but differ in content.
    let mut a2 = a.clone();
    a2.note = Some("y".into());
    a2.felt = None;
    let m1 = merge(&doc_of(vec![c.clone()]), &doc_of(vec![a2.clone()]));
    let m2 = merge(&doc_of(vec![a2.clone()]), &doc_of(vec![c.clone()]));
    assert_eq!(m1.sessions, m2.sessions);
    assert_eq!(m1.sessions.len(), 1);
    let m3 = merge(&doc_of(vec![b.clone()]), &doc_of(vec![a.clone()]));
    assert_eq!(m3.sessions, vec![a]);
}

#[test]
fn settings_come_from_ours_and_meta_takes_the_latest() {
    let (ours, theirs) = two_devices();
    let m = merge(&ours, &theirs);
    assert_eq!(m.settings, ours.settings);
    assert_eq!(
        m.meta,
        Meta {
            last_export_ms: Some(200),
            // This browser's storage answer, not the other device's.
            persist: Some(true),
            screening_accepted_ms: Some(7),
            pain_warning_shown_ms: Some(50),
            suggestions_declined: vec![("back-bridge".into(), 20), ("crunches".into(), 30)],
            pain_warnings_shown_ms: vec![40, 50],
            reminder_shown_ms: Some(60),
            doctor_seen_ms: Some(70),
        }
    );
}

#[test]
fn merging_with_an_empty_document_changes_no_session() {
    let (ours, _) = two_devices();
    let m = merge(&ours, &Document::default());
    assert_eq!(ids(&m), ["ours-1", "shared", "ours-2"]);
    assert_eq!(merge(&Document::default(), &ours).sessions, m.sessions);
}

#[test]
fn logged_pain_from_both_copies_is_kept_once_in_order() {
    let e = |at_ms: u64, pain: u8| PainEntry { at_ms, tz_offset_min: 0, pain };
    let ours = Document { pain_log: vec![e(1, 3), e(5, 4)], ..Document::default() };
    let theirs = Document { pain_log: vec![e(3, 7), e(5, 4)], ..Document::default() };
    let merged = merge(&ours, &theirs);
    assert_eq!(merged.pain_log, [e(1, 3), e(3, 7), e(5, 4)]);
    assert_eq!(merge(&theirs, &ours).pain_log, merged.pain_log, "the same whichever copy is ours");
}
