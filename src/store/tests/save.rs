//! The open and save plans: what is kept, merged, set aside and said.

use super::*;

/// "Now" in these tests: after every session `daily` makes.
const AT: u64 = NOW;

/// A document stored by another tab: its own session `t0` next to ours.
fn theirs() -> Document {
    doc_of(vec![session("t0", utc(2027, 3, 1, 7, 0), 0)])
}

#[test]
fn nothing_stored_opens_an_empty_current_document() {
    let opened = open(None, AT, 0, crate::progress::tests::en());
    assert_eq!(opened.doc, Document::default());
    assert_eq!(opened.doc.version, CURRENT_VERSION);
    assert_eq!(opened.quarantine, None);
    assert_eq!(opened.notice(true, crate::progress::tests::en()), None);
}

#[test]
fn clean_text_opens_as_it_was_stored_without_a_notice() {
    let doc = doc_of(daily(3));
    let opened = open(Some(&encode(&doc)), AT, 0, crate::progress::tests::en());
    assert_eq!(opened.doc, doc);
    assert_eq!(opened.quarantine, None);
    assert_eq!(opened.notice(true, crate::progress::tests::en()), None);
}

#[test]
fn unreadable_text_is_set_aside_and_the_rest_opens() {
    let good = encode(&doc_of(daily(2)));
    // The last session's closing is cut off, as a full disk might leave it.
    let raw = good.replacen("\"s1\"", "\"s1", 1);
    let opened = open(Some(&raw), AT, 0, crate::progress::tests::en());
    assert_eq!(opened.quarantine, Some(Quarantine { key: quarantine_key(AT), raw: raw.clone() }));
    let kept = opened.notice(true, crate::progress::tests::en()).unwrap();
    assert!(kept.message.starts_with("Some saved data could not be read."), "{}", kept.message);
    assert!(kept.message.ends_with("kept the original text aside: you can download it."), "{}", kept.message);
    assert_eq!(kept.raw.as_deref(), Some(raw.as_str()));
    assert!(!kept.offer_export && !kept.doctor_answer);
    let lost = opened.notice(false, crate::progress::tests::en()).unwrap();
    assert!(lost.message.contains("will not overwrite it"), "{}", lost.message);
    assert_eq!(lost.raw, Some(raw));
}

#[test]
fn records_dated_ahead_are_left_out_set_aside_and_named() {
    let mut sessions = daily(2);
    sessions.push(session("ahead", AT + 2 * DAY, 0));
    let raw = encode(&doc_of(sessions));
    let opened = open(Some(&raw), AT, 0, crate::progress::tests::en());
    assert_eq!(opened.doc.sessions.iter().map(|s| s.id.as_str()).collect::<Vec<_>>(), ["s0", "s1"]);
    assert_eq!(opened.quarantine.as_ref().map(|q| q.raw.as_str()), Some(raw.as_str()));
    let notice = opened.notice(true, crate::progress::tests::en()).unwrap();
    assert!(!notice.message.starts_with("Some saved data could not be read."), "readable text: {}", notice.message);
    assert!(notice.message.contains("1 workout saved here is dated after today"), "{}", notice.message);
}

#[test]
fn saving_over_nothing_writes_the_document_as_is() {
    let doc = doc_of(daily(2));
    let plan = save(None, &doc, AT, 0);
    assert_eq!(plan.doc, doc);
    assert_eq!(plan.text, encode(&doc));
    assert_eq!(plan.quarantine, None);
}

#[test]
fn saving_merges_what_another_tab_wrote_meanwhile() {
    let ours = doc_of(daily(2));
    let plan = save(Some(&encode(&theirs())), &ours, AT, 0);
    assert_eq!(plan.doc, merge(&ours, &theirs()));
    assert_eq!(plan.doc.sessions.len(), 3);
    assert_eq!(plan.text, encode(&plan.doc));
    assert_eq!(plan.quarantine, None);
}

#[test]
fn saving_over_unreadable_text_sets_it_aside_first_and_keeps_what_it_could_read() {
    let ours = doc_of(daily(1));
    let raw = encode(&theirs()).replacen("\"t0\"", "\"t0", 1);
    let plan = save(Some(&raw), &ours, AT, 0);
    assert_eq!(plan.quarantine, Some(Quarantine { key: quarantine_key(AT), raw: raw.clone() }));
    assert_eq!(plan.doc, merge(&ours, &decode(&raw).doc));
    assert_eq!(plan.text, encode(&plan.doc));
}

#[test]
fn saving_keeps_another_tabs_records_dated_ahead_out_and_sets_the_text_aside() {
    let ours = doc_of(daily(1));
    let mut stored = theirs();
    stored.sessions.push(session("ahead", AT + 2 * DAY, 0));
    let raw = encode(&stored);
    let plan = save(Some(&raw), &ours, AT, 0);
    assert_eq!(plan.doc.sessions.iter().map(|s| s.id.as_str()).collect::<Vec<_>>(), ["s0", "t0"]);
    assert_eq!(plan.quarantine.map(|q| q.raw), Some(raw));
}

#[test]
fn another_tabs_text_merges_in_unless_part_of_it_is_unreadable() {
    let ours = doc_of(daily(1));
    let raw = encode(&theirs());
    assert_eq!(merge_other_tab(&ours, &raw, AT, 0), Some(merge(&ours, &theirs())));
    assert_eq!(merge_other_tab(&ours, &raw.replacen("\"t0\"", "\"t0", 1), AT, 0), None);
}

#[test]
fn storage_trouble_offers_an_export_in_plain_words() {
    let full = WriteError::Full.notice(crate::progress::tests::en());
    assert!(full.message.starts_with("This device's storage for Upright is full."), "{}", full.message);
    let refused = WriteError::Unavailable.notice(crate::progress::tests::en());
    assert!(refused.message.starts_with("This browser did not let Upright save."), "{}", refused.message);
    for n in [full, refused, storage_unavailable(crate::progress::tests::en()), held_in_page(None, crate::progress::tests::en())] {
        assert!(n.offer_export, "{}", n.message);
        assert_eq!(n.raw, None);
    }
    assert_eq!(held_in_page(Some("x".into()), crate::progress::tests::en()).raw.as_deref(), Some("x"));
}
