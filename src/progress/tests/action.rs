//! The document's reducer: each action's rule, applied once in the core.

use super::*;

fn nothing_done(id: &str, start: u64) -> SessionRecord {
    let mut s = session(id, start, 0);
    for e in &mut s.exercises {
        e.done = WorkDone::default();
        e.skipped = true;
    }
    s.completed = false;
    s
}

#[test]
fn a_finished_workout_is_kept_once_in_start_order() {
    let mut doc = doc_of(daily(2));
    let mut early = session("early", utc(2025, 12, 31, 7, 0), 0);
    assert_eq!(doc.apply(Action::FinishWorkout(early.clone())), Outcome::Applied(None));
    assert_eq!(doc.sessions.iter().map(|s| s.id.as_str()).collect::<Vec<_>>(), ["early", "s0", "s1"]);
    // The same workout finished again (another tab) replaces, never doubles.
    early.note = Some("again".into());
    doc.apply(Action::FinishWorkout(early));
    assert_eq!(doc.sessions.len(), 3);
    assert_eq!(doc.sessions[0].note.as_deref(), Some("again"));
}

#[test]
fn a_workout_with_nothing_done_is_kept_but_counts_nowhere() {
    let mut doc = doc_of(daily(1));
    assert!(doc.apply(Action::FinishWorkout(nothing_done("x", utc(2026, 1, 2, 7, 0)))).changed());
    assert_eq!(doc.sessions.len(), 2, "shown as started, nothing done");
    assert_eq!(stats(&doc.sessions, utc(2026, 1, 2, 9, 0), 0).total_sessions, 1, "but no workout");
}

#[test]
fn the_summary_answers_land_on_their_workout() {
    let mut doc = doc_of(daily(2));
    let answer = |note: &str| Action::AnswerSummary { id: "s1".into(), pain_after: Some(2), felt: Some(Felt::Hard), note: note.into() };
    assert!(doc.apply(answer("  stiff in the morning  ")).changed());
    let s1 = &doc.sessions[1];
    assert_eq!((s1.pain_after, s1.felt, s1.note.as_deref()), (Some(2), Some(Felt::Hard), Some("stiff in the morning")));
    assert_eq!(doc.apply(answer("stiff in the morning")), Outcome::Unchanged);
    assert!(doc.apply(answer("   ")).changed());
    assert_eq!(doc.sessions[1].note, None, "a blank note is no note");
    let long = "x".repeat(MAX_NOTE_CHARS + 50);
    doc.apply(answer(&long));
    assert_eq!(doc.sessions[1].note.as_ref().map(|n| n.chars().count()), Some(MAX_NOTE_CHARS));
    let missing = Action::AnswerSummary { id: "nope".into(), pain_after: None, felt: None, note: String::new() };
    assert!(matches!(doc.apply(missing), Outcome::Refused(_)));
    let bad = Action::AnswerSummary { id: "s1".into(), pain_after: Some(11), felt: None, note: String::new() };
    let before = doc.clone();
    assert!(matches!(doc.apply(bad), Outcome::Refused(_)));
    assert_eq!(doc, before);
}

#[test]
fn an_answer_edits_its_session_alone_and_anything_else_is_a_new_document() {
    let doc = doc_of(daily(3));
    assert_eq!(doc.edited_sessions(&doc), Some(vec![]), "nothing changed");
    let mut answered = doc.clone();
    answered.apply(Action::AnswerSummary { id: "s1".into(), pain_after: Some(2), felt: Some(Felt::Easy), note: "ok".into() });
    assert_eq!(doc.edited_sessions(&answered), Some(vec![1]));
    let mut added = doc.clone();
    added.apply(Action::FinishWorkout(session("late", utc(2026, 2, 1, 7, 0), 0)));
    assert_eq!(doc.edited_sessions(&added), None, "a new session changes the list");
    let mut moved = doc.clone();
    moved.sessions.swap(0, 2);
    assert_eq!(doc.edited_sessions(&moved), None, "the same sessions in another order");
    let mut themed = answered.clone();
    themed.settings.large_text = !themed.settings.large_text;
    assert_eq!(answered.edited_sessions(&themed), None, "settings changed");
    let mut exported = doc.clone();
    exported.meta.last_export_ms = Some(NOW);
    assert_eq!(doc.edited_sessions(&exported), None, "meta changed");
}

#[test]
fn settings_past_a_cap_are_refused_and_a_jump_asks_first() {
    let mut doc = Document::default();
    let mut no_stretches = doc.settings.clone();
    no_stretches.enabled[Settings::slot(ExerciseId::MidBackStretches)] = false;
    let before = doc.clone();
    assert!(matches!(doc.apply(Action::ChangeSettings { settings: no_stretches, confirmed: false }), Outcome::Refused(_)));
    assert_eq!(doc, before);

    let mut jump = doc.settings.clone();
    jump.levels[Settings::slot(ExerciseId::BackBridge)] = 2;
    let asked = doc.apply(Action::ChangeSettings { settings: jump.clone(), confirmed: false });
    assert!(matches!(&asked, Outcome::NeedsConfirmation(q) if q.contains("Back bridge")), "{asked:?}");
    assert_eq!(doc, before, "nothing changes until the person says yes");
    assert!(doc.apply(Action::ChangeSettings { settings: jump, confirmed: true }).changed());
    assert_eq!(doc.settings.level(ExerciseId::BackBridge), 2);

    let mut one_step = doc.settings.clone();
    one_step.levels[Settings::slot(ExerciseId::Crunches)] = 1;
    assert!(doc.apply(Action::ChangeSettings { settings: one_step, confirmed: false }).changed());
}

#[test]
fn import_says_how_many_were_new_and_loses_nothing() {
    let mut doc = doc_of(daily(2));
    let file = doc_of(daily(5));
    assert_eq!(doc.apply(Action::Import(file.clone())), Outcome::Applied(Some(import_result_text(5, 3))));
    assert_eq!(doc.sessions.len(), 5);
    assert_eq!(doc.apply(Action::Import(file)), Outcome::Refused(import_result_text(5, 0)));
    let mut fresh = Document::default();
    assert_eq!(fresh.apply(Action::Import(doc_of(daily(3)))), Outcome::Applied(Some(import_result_text(3, 3))));
}

#[test]
fn screening_declines_warnings_and_exports_are_remembered() {
    let mut doc = Document::default();
    assert!(doc.apply(Action::AcceptScreening { now_ms: 5 }).changed());
    assert_eq!(doc.apply(Action::AcceptScreening { now_ms: 9 }), Outcome::Unchanged, "the first acceptance stays");
    assert_eq!(doc.meta.screening_accepted_ms, Some(5));
    doc.apply(Action::DeclineSuggestion { exercise: ExerciseId::Crunches, now_ms: 10 });
    doc.apply(Action::DeclineSuggestion { exercise: ExerciseId::Crunches, now_ms: 20 });
    assert_eq!(doc.meta.suggestions_declined, vec![("crunches".to_string(), 20)]);
    doc.apply(Action::PainWarningShown { now_ms: 30 });
    doc.apply(Action::PainWarningShown { now_ms: 40 });
    assert_eq!((doc.meta.pain_warning_shown_ms, doc.meta.pain_warnings_shown_ms.clone()), (Some(40), vec![30, 40]));
    assert_eq!(doc.apply(Action::DoctorSeen { now_ms: 45 }), Outcome::Applied(Some(DOCTOR_SEEN_NOTE.to_string())));
    assert_eq!(doc.meta.doctor_seen_ms, Some(45));
    doc.apply(Action::MarkExported { now_ms: 50 });
    assert_eq!(doc.meta.last_export_ms, Some(50));
    assert!(doc.apply(Action::PersistAnswered(Some(false))).changed());
    assert_eq!(doc.apply(Action::PersistAnswered(Some(false))), Outcome::Unchanged);
}

#[test]
fn pain_is_logged_within_0_to_10() {
    let mut doc = Document::default();
    let now = utc(2026, 3, 1, 9, 0);
    assert!(doc.apply(Action::LogPain { pain: 6, now_ms: now, tz_offset_min: 60 }).changed());
    assert_eq!(doc.pain_log.len(), 1);
    assert!(matches!(doc.apply(Action::LogPain { pain: 12, now_ms: now, tz_offset_min: 60 }), Outcome::Refused(_)));
    assert_eq!(doc.pain_log.len(), 1);
}
