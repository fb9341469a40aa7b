//! The storage codec: round trips, and every kind of damage keeping what
//! can be read while flagging quarantine.

use super::*;
use serde_json::Value;

/// A document using every field, with awkward text.
pub(super) fn rich_doc() -> Document {
    let mut a = session("a", utc(2026, 3, 1, 7, 0), 60);
    a.note = Some("line one\nline \"two\", ünïcödé ✓ <b>not markup</b>".into());
    let mut b = session("b", utc(2026, 3, 2, 7, 0), -480);
    b.pain_before = None;
    b.felt = Some(Felt::Hard);
    b.completed = false;
    b.exercises[1].stopped_for_pain = true;
    b.exercises[2].skipped = true;
    let c = session("c", utc(2026, 3, 3, 22, 15), 330);
    Document {
        version: CURRENT_VERSION,
        sessions: vec![a, b, c],
        pain_log: Vec::new(),
        settings: Settings {
            cue_mode: CueMode::Vibrate,
            volume: 0.25,
            voice: Some("Daniel".into()),
            // Stored as format 2's levels [3, 5, 2, 1, 0]: breath level 2 is
            // 8 breaths now, and the swing level folds into the base.
            levels: [3, 5, 0, 0, 0],
            enabled: [true, false, true, true, true],
            theme: Theme::Dark,
            large_text: true,
            core_breaths: 8,
            ..Settings::default()
        },
        meta: Meta {
            last_export_ms: Some(1),
            persist: Some(true),
            screening_accepted_ms: Some(2),
            pain_warning_shown_ms: Some(3),
            suggestions_declined: vec![("crunches".into(), 4), ("back-bridge".into(), 5)],
            pain_warnings_shown_ms: Vec::new(),
            reminder_shown_ms: None,
            doctor_seen_ms: None,
        },
    }
}

#[test]
fn encode_then_decode_gives_the_same_document() {
    let doc = rich_doc();
    let d = decode(&encode(&doc));
    assert_eq!(d.problems, Vec::<String>::new());
    assert!(!d.needs_quarantine);
    assert_eq!(d.doc, doc);
}

#[test]
fn encode_always_writes_the_current_version() {
    let doc = Document { version: 0, ..Document::default() };
    let v = j(&encode(&doc));
    assert_eq!(v["version"], Value::from(CURRENT_VERSION));
    assert_eq!(Document::default().version, CURRENT_VERSION);
    assert_eq!(decode(&encode(&Document::default())).doc, Document::default());
}

#[test]
fn a_non_finite_volume_is_written_as_the_default_so_it_reads_back() {
    let mut doc = Document::default();
    doc.settings.volume = f32::NAN;
    let d = decode(&encode(&doc));
    assert!(d.problems.is_empty(), "{:?}", d.problems);
    assert_eq!(d.doc.settings.volume, Settings::default().volume);
}

#[test]
fn empty_or_blank_storage_is_a_fresh_start_without_problems() {
    for raw in ["", "   ", "\n\t \r\n", "\u{feff}"] {
        let d = decode(raw);
        assert_eq!(d.doc, Document::default(), "{raw:?}");
        assert!(d.problems.is_empty() && !d.needs_quarantine, "{raw:?}");
    }
}

#[test]
fn a_byte_order_mark_is_not_damage() {
    let doc = rich_doc();
    let d = decode(&format!("\u{feff}{}", encode(&doc)));
    assert!(d.problems.is_empty(), "{:?}", d.problems);
    assert_eq!(d.doc, doc);
}

#[test]
fn text_that_is_not_json_gives_an_empty_document_and_quarantine() {
    let d = decode("hello, this is not json");
    assert!(d.needs_quarantine);
    assert_eq!(d.doc, Document::default());
    assert_problem(&d.problems, &["damaged", "line 1, column"]);
}

#[test]
fn truncated_json_keeps_every_session_before_the_cut() {
    let doc = doc_of(daily(5));
    let text = encode(&doc);
    // Cut in the middle of the fourth session.
    let fourth = text.find("\"id\":\"s3\"").unwrap();
    let cut = &text[..fourth + 40];
    let d = decode(cut);
    assert!(d.needs_quarantine);
    assert_problem(&d.problems, &["damaged", "the text ends too early"]);
    assert_problem(&d.problems, &["Saved session 4 was cut off"]);
    assert_eq!(d.doc.sessions, doc.sessions[..3].to_vec());
    // Settings came after the cut: defaults, and said so.
    assert_eq!(d.doc.settings, Settings::default());
    assert_problem(&d.problems, &["no `settings`"]);
}

#[test]
fn truncated_json_after_the_sessions_keeps_all_of_them_and_the_settings() {
    let doc = rich_doc();
    let text = encode(&doc);
    let meta_at = text.find("\"meta\"").unwrap();
    let d = decode(&text[..meta_at + 12]);
    assert!(d.needs_quarantine);
    assert_eq!(d.doc.sessions, doc.sessions);
    assert_eq!(d.doc.settings, doc.settings);
}

#[test]
fn garbage_after_a_valid_document_keeps_the_document_and_reports_it() {
    let doc = rich_doc();
    let d = decode(&format!("{}}}garbage", encode(&doc)));
    assert!(d.needs_quarantine);
    assert_problem(&d.problems, &["damaged", "trailing characters"]);
    assert_eq!(d.doc, doc);
}

#[test]
fn a_list_at_the_top_is_read_as_sessions() {
    let sessions = daily(3);
    let d = decode(&serde_json::to_string(&sessions).unwrap());
    assert!(d.needs_quarantine);
    assert_problem(&d.problems, &["bare list"]);
    assert_eq!(d.doc.sessions, sessions);
}

#[test]
fn null_and_other_scalars_at_the_top_read_nothing_and_say_so() {
    for raw in ["null", "42", "\"upright\"", "true"] {
        let d = decode(raw);
        assert!(d.needs_quarantine, "{raw}");
        assert_eq!(d.doc, Document::default(), "{raw}");
        assert_problem(&d.problems, &["instead of a document"]);
    }
}

fn doc_value(doc: &Document) -> Value {
    j(&encode(doc))
}

#[test]
fn a_session_with_a_wrong_typed_start_is_left_out_and_the_others_kept() {
    let doc = doc_of(daily(3));
    let mut v = doc_value(&doc);
    v["sessions"][1]["started_at_ms"] = Value::from("yesterday");
    let d = decode(&v.to_string());
    assert!(d.needs_quarantine);
    assert_eq!(d.doc.sessions, vec![doc.sessions[0].clone(), doc.sessions[2].clone()]);
    assert_problem(&d.problems, &["Session 2 (date unknown)", "`started_at_ms`", "\"yesterday\"", "left out"]);
}

#[test]
fn a_wrong_optional_field_is_reset_and_the_session_kept() {
    let doc = doc_of(daily(3));
    let mut v = doc_value(&doc);
    v["sessions"][0]["pain_before"] = Value::from("high");
    v["sessions"][2]["felt"] = Value::from("great");
    v["sessions"][2]["completed"] = Value::from("yes");
    let d = decode(&v.to_string());
    assert!(d.needs_quarantine);
    assert_eq!(d.doc.sessions.len(), 3);
    let mut want = doc.sessions.clone();
    want[0].pain_before = None;
    want[2].felt = None;
    want[2].completed = false;
    assert_eq!(d.doc.sessions, want);
    assert_problem(&d.problems, &["Session 1 (2026-01-01)", "`pain_before`", "\"high\"", "left empty"]);
    assert_problem(&d.problems, &["Session 3 (2026-01-03)", "`felt`", "\"great\""]);
}

#[test]
fn a_bad_exercise_entry_is_left_out_and_the_rest_of_the_session_kept() {
    let doc = doc_of(daily(1));
    let mut v = doc_value(&doc);
    v["sessions"][0]["exercises"][1]["exercise"] = Value::from("burpees");
    v["sessions"][0]["exercises"][2]["done"]["breaths"] = Value::from(-3);
    let d = decode(&v.to_string());
    assert!(d.needs_quarantine);
    let s = &d.doc.sessions[0];
    let ids: Vec<_> = s.exercises.iter().map(|r| r.exercise).collect();
    assert_eq!(ids, [ExerciseId::BackBridge, ExerciseId::CoreBreath, ExerciseId::LegSwings, ExerciseId::MidBackStretches]);
    assert_eq!(s.exercises[1].done.breaths, 0);
    assert_problem(&d.problems, &["`exercises[1].exercise`", "\"burpees\"", "that exercise was left out"]);
    assert_problem(&d.problems, &["`exercises[2].done.breaths`", "-3"]);
}

#[test]
fn missing_fields_are_reported_and_what_exists_is_kept() {
    let doc = doc_of(daily(3));
    let mut v = doc_value(&doc);
    v["sessions"][0].as_object_mut().unwrap().remove("exercises");
    v["sessions"][1].as_object_mut().unwrap().remove("id");
    v["sessions"][2].as_object_mut().unwrap().remove("ended_at_ms");
    v.as_object_mut().unwrap().remove("settings");
    let d = decode(&v.to_string());
    assert!(d.needs_quarantine);
    assert_problem(&d.problems, &["Session 1 (2026-01-01): field `exercises` is missing"]);
    assert_problem(&d.problems, &["Session 2 (2026-01-02): field `id` is missing", "left out"]);
    assert_problem(&d.problems, &["Session 3 (2026-01-03): field `ended_at_ms` is missing"]);
    assert_problem(&d.problems, &["no `settings`", "defaults"]);
    let ids: Vec<&str> = d.doc.sessions.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["s0", "s2"]);
    assert!(d.doc.sessions[0].exercises.is_empty());
    assert_eq!(d.doc.sessions[0].pain_before, Some(5));
    assert_eq!(d.doc.sessions[1].ended_at_ms, d.doc.sessions[1].started_at_ms);
}

#[test]
fn settings_are_read_field_by_field() {
    let doc = rich_doc();
    let mut v = doc_value(&doc);
    v["settings"]["volume"] = Value::from("loud");
    v["settings"]["levels"] = j("[1, 2]");
    let d = decode(&v.to_string());
    assert!(d.needs_quarantine);
    let mut want = doc.settings.clone();
    want.volume = Settings::default().volume;
    want.levels = Settings::default().levels;
    assert_eq!(d.doc.settings, want);
    assert_problem(&d.problems, &["`settings.volume`", "expected a number, found \"loud\""]);
    assert_problem(&d.problems, &["`settings.levels`", "a list of 5 values"]);
    assert_eq!(d.doc.sessions, doc.sessions);
}

#[test]
fn a_future_version_keeps_only_sessions_in_the_current_format() {
    let doc = doc_of(daily(3));
    let mut v = doc_value(&doc);
    v["version"] = Value::from(99);
    // A change the future made: the start became an object.
    v["sessions"][1]["started_at_ms"] = j(r#"{"utc": 1}"#);
    // A field the future added is harmless.
    v["sessions"][2]["heart_rate"] = Value::from(80);
    let d = decode(&v.to_string());
    assert!(d.needs_quarantine);
    assert_problem(&d.problems, &["newer version of Upright", "format 99"]);
    assert_problem(&d.problems, &["2 of 3 sessions", "kept aside"]);
    assert_eq!(d.doc.version, CURRENT_VERSION);
    assert_eq!(d.doc.sessions, vec![doc.sessions[0].clone(), doc.sessions[2].clone()]);
}

#[test]
fn huge_numbers_do_not_lose_the_neighbouring_sessions() {
    let doc = doc_of(daily(4));
    let mut v = doc_value(&doc);
    // Past u8.
    v["sessions"][3]["pain_before"] = Value::from(300);
    let mut text = v.to_string();
    // Past f64: the parser rejects the whole text, the salvage reads around it.
    text = text.replacen(&format!("\"ended_at_ms\":{}", doc.sessions[1].ended_at_ms), "\"ended_at_ms\":1e400", 1);
    // Past u64 (read as a float).
    text = text.replacen(
        &format!("\"started_at_ms\":{}", doc.sessions[2].started_at_ms),
        "\"started_at_ms\":18446744073709551616",
        1,
    );
    let d = decode(&text);
    assert!(d.needs_quarantine);
    assert_problem(&d.problems, &["Saved session 2 could not be read", "number out of range"]);
    assert_problem(&d.problems, &["Session 3 (date unknown)", "`started_at_ms`", "1.8446744073709552e+19"]);
    assert_problem(&d.problems, &["Session 4 (2026-01-04)", "`pain_before`", "300"]);
    let ids: Vec<&str> = d.doc.sessions.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["s0", "s3"]);
    assert_eq!(d.doc.sessions[1].pain_before, None);
    assert_eq!(d.doc.settings, doc.settings);
}

#[test]
fn out_of_range_values_that_fit_their_types_are_repaired() {
    let mut s = session("x", utc(2026, 5, 1, 7, 0), 0);
    s.pain_after = Some(12);
    s.tz_offset_min = 5000;
    s.ended_at_ms = s.started_at_ms - 1;
    s.id = "  ".into();
    let d = decode(&encode(&doc_of(vec![s.clone()])));
    assert!(d.needs_quarantine);
    let got = &d.doc.sessions[0];
    assert_eq!(got.pain_after, None);
    assert_eq!(got.tz_offset_min, 0);
    assert_eq!(got.ended_at_ms, s.started_at_ms);
    assert_eq!(got.id, format!("recovered-{}", s.started_at_ms));
    assert_problem(&d.problems, &["`pain_after` should be a number from 0 to 10 but is 12"]);
}

#[test]
fn sessions_null_or_missing_is_reported() {
    let d = decode(r#"{"version":2,"sessions":null,"settings":{},"meta":{}}"#);
    assert!(d.needs_quarantine);
    assert_problem(&d.problems, &["`sessions` should be a list but is null"]);
    let d = decode(r#"{"version":2,"settings":{},"meta":{}}"#);
    assert_problem(&d.problems, &["no `sessions` list"]);
}

#[test]
fn a_non_numeric_version_is_reported_and_the_shape_decides() {
    let mut v = doc_value(&doc_of(daily(2)));
    v["version"] = Value::from("2");
    let d = decode(&v.to_string());
    assert!(d.needs_quarantine);
    assert_problem(&d.problems, &["version should be a whole number", "\"2\""]);
    assert_eq!(d.doc.sessions, daily(2));
}

#[test]
fn stored_duplicates_collapse_to_the_fuller_copy_sorted_by_start() {
    let mut sessions = daily(3);
    let mut poorer = sessions[1].clone();
    poorer.pain_after = None;
    sessions.insert(0, poorer);
    sessions.reverse();
    let d = decode(&encode(&doc_of(sessions)));
    assert!(d.needs_quarantine);
    assert_problem(&d.problems, &["A session was stored twice"]);
    assert_eq!(d.doc.sessions, daily(3));
}

#[test]
fn a_flood_of_problems_is_capped_with_a_count() {
    let mut v = doc_value(&doc_of(daily(40)));
    for i in 0..40 {
        v["sessions"][i]["pain_before"] = Value::from("x");
    }
    let d = decode(&v.to_string());
    assert_eq!(d.problems.len(), 20);
    assert_eq!(d.problems.last().unwrap(), "…and 21 more problems.");
    assert_eq!(d.doc.sessions.len(), 40);
}

#[test]
fn decode_never_panics_on_cut_or_flipped_text() {
    let doc = rich_doc();
    let text = encode(&doc);
    // Every third cut point and a spread of flips: broad enough to reach
    // every branch of the salvage, quick enough for a debug build.
    for cut in (0..text.len()).step_by(3).filter(|i| text.is_char_boundary(*i)) {
        let d = decode(&text[..cut]);
        assert!(d.doc.sessions.len() <= doc.sessions.len());
        assert_eq!(d.needs_quarantine, !d.problems.is_empty());
    }
    let bytes = text.as_bytes();
    for i in (0..bytes.len()).step_by(11) {
        for b in [b'{', b'}', b'"', b',', b'[', b'9', b'\\'] {
            let mut m = bytes.to_vec();
            m[i] = b;
            if let Ok(s) = String::from_utf8(m) {
                let d = decode(&s);
                assert!(d.doc.sessions.len() <= doc.sessions.len() + 1);
            }
        }
    }
}

#[test]
fn the_fast_path_and_the_long_way_read_healthy_documents_the_same() {
    let mut unsorted = rich_doc();
    unsorted.sessions.reverse();
    for text in [encode(&rich_doc()), super::fixtures::V2.to_string(), encode(&unsorted), export_json(&rich_doc())] {
        let mut problems = Vec::new();
        let slow = crate::store::read_document(j(&text), 0, &mut problems);
        assert!(problems.is_empty(), "{problems:?}");
        let fast = decode(&text);
        assert!(fast.problems.is_empty());
        assert_eq!(fast.doc, slow);
    }
}

#[test]
fn stored_sessions_leave_out_default_values_but_read_back_equal() {
    let mut s = session("a", utc(2026, 3, 1, 7, 0), 0);
    s.pain_after = None;
    s.felt = None;
    s.completed = false;
    s.exercises[0].done = WorkDone::default();
    let text = encode(&doc_of(vec![s.clone()]));
    let stored = &text[text.find("\"sessions\"").unwrap()..text.find("\"settings\"").unwrap()];
    for absent in ["pain_after", "felt", "note", "completed", "skipped", "stopped_for_pain", "\"done\":{}", ":0", "null"] {
        assert!(!stored.replace("\"tz_offset_min\":0", "").contains(absent), "{absent} written: {stored}");
    }
    assert!(stored.contains("\"tz_offset_min\":0"), "the zone is always written");
    assert!(stored.contains("\"done\":{\"reps\":30,\"sets\":2}"), "{stored}");
    assert_eq!(decode(&text).doc.sessions, vec![s]);
}

#[test]
fn decode_exact_reads_healthy_documents_as_decode_does_and_nothing_else() {
    let mut unsorted = rich_doc();
    unsorted.sessions.reverse();
    let healthy = [
        encode(&rich_doc()),
        encode(&unsorted),
        format!("\u{feff}{}", encode(&rich_doc())),
        encode(&Document::default()),
        String::new(),
        " \n".into(),
    ];
    for text in &healthy {
        let decoded = decode(text);
        assert_eq!(decode_exact(text), Some(decoded.doc), "{text}");
    }
    // Whatever it does read, it reads as `decode` does; and never what
    // `decode` finds a problem in.
    let text = encode(&rich_doc());
    let mut others: Vec<String> = (0..text.len()).filter(|i| text.is_char_boundary(*i)).map(|cut| text[..cut].to_string()).collect();
    others.extend([super::fixtures::V1.to_string(), super::fixtures::V2.to_string(), "null".into(), "[]".into()]);
    others.push(text.replace(&format!("\"version\":{CURRENT_VERSION}"), "\"version\":99"));
    others.push(encode(&doc_of(vec![rich_doc().sessions[0].clone(), rich_doc().sessions[0].clone()])));
    let mut read = 0;
    for text in &others {
        let decoded = decode(text);
        if let Some(doc) = decode_exact(text) {
            read += 1;
            assert!(decoded.problems.is_empty(), "{text}");
            assert_eq!(doc, decoded.doc, "{text}");
        }
    }
    assert!(read < others.len() / 10, "damaged text goes the long way ({read} of {} read exactly)", others.len());
}

#[test]
fn logged_pain_ratings_read_one_by_one_and_a_bad_one_costs_only_itself() {
    let mut v = doc_value(&rich_doc());
    v["pain_log"] = serde_json::json!([
        {"at_ms": 5000, "tz_offset_min": 0, "pain": 4},
        {"at_ms": 4000, "tz_offset_min": 0, "pain": 12},
        {"at_ms": "soon", "tz_offset_min": 0, "pain": 1},
        {"at_ms": 3000, "tz_offset_min": 9999, "pain": 1},
        {"at_ms": 2000, "tz_offset_min": -300, "pain": 0}
    ]);
    let d = decode(&v.to_string());
    assert!(d.needs_quarantine);
    assert_eq!(
        d.doc.pain_log,
        [PainEntry { at_ms: 2000, tz_offset_min: -300, pain: 0 }, PainEntry { at_ms: 5000, tz_offset_min: 0, pain: 4 }]
    );
    assert_problem(&d.problems, &["Logged pain rating 2", "from 0 to 10 but is 12", "left out"]);
    assert_problem(&d.problems, &["Logged pain rating 3", "left out"]);
    assert_problem(&d.problems, &["Logged pain rating 4", "time-zone offset"]);
    assert_eq!(d.doc.sessions, rich_doc().sessions, "the sessions are untouched");
    v["pain_log"] = Value::from(7);
    assert_problem(&decode(&v.to_string()).problems, &["`pain_log` should be a list"]);
}

#[test]
fn a_day_without_a_workout_can_be_logged_and_reads_back() {
    let mut doc = Document::default();
    let t = utc(2026, 5, 4, 9, 0);
    assert_eq!(log_pain(&mut doc, 6, t + 60 * MIN, 120), Ok(()));
    assert_eq!(log_pain(&mut doc, 3, t, 120), Ok(()));
    assert!(log_pain(&mut doc, 11, t, 120).is_err());
    assert!(log_pain(&mut doc, 3, t, 5000).is_err());
    assert_eq!(doc.pain_log.iter().map(|e| e.pain).collect::<Vec<_>>(), [3, 6], "oldest first");
    let back = decode(&encode(&doc));
    assert!(back.problems.is_empty());
    assert_eq!(back.doc, doc);
    let day = local_day(t, 120);
    assert_eq!(pain_logged_on(&doc.pain_log, day).len(), 2);
    assert!(pain_logged_on(&doc.pain_log, day + 1).is_empty());
}

/// What `assets/boot.js` reads before the first paint, without decoding:
/// the last `"screening_accepted_ms":` in the stored text, followed by a
/// digit once the screening is accepted. The meta is written last, so the
/// last one is the document's own (a note's quote is always escaped).
fn boot_sees_screened(stored: &str) -> bool {
    const KEY: &str = "\"screening_accepted_ms\":";
    stored.rfind(KEY).is_some_and(|at| stored[at + KEY.len()..].starts_with(|c: char| c.is_ascii_digit()))
}

#[test]
fn the_start_page_tells_an_accepted_screening_from_the_stored_text_alone() {
    let mut doc = rich_doc();
    doc.sessions[0].note = Some("\"screening_accepted_ms\":1".into());
    assert!(boot_sees_screened(&encode(&doc)));
    doc.meta.screening_accepted_ms = None;
    assert!(!boot_sees_screened(&encode(&doc)), "{}", encode(&doc));
    assert!(!boot_sees_screened(&encode(&Document::default())));
}
