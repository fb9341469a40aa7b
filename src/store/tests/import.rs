//! Import is strict and says where the problem is; export re-imports as is.

use super::fixtures::{expected_v2, V1, V2};
use super::*;
use serde_json::Value;

#[track_caller]
fn import_err(text: &str) -> String {
    match validate_import(text, NOW) {
        Ok(doc) => panic!("expected an error, got {} sessions", doc.sessions.len()),
        Err(e) => {
            assert_eq!(e.to_string(), e.message);
            e.message
        }
    }
}

#[track_caller]
fn assert_contains(message: &str, needle: &str) {
    assert!(message.contains(needle), "{message:?} does not contain {needle:?}");
}

fn valid_value() -> Value {
    j(&export_json(&doc_of(daily(3))))
}

#[test]
fn a_json_syntax_error_names_line_and_column() {
    let text = "{\n  \"version\": 2,\n  \"sessions\": [] \"settings\": {}\n}";
    let m = import_err(text);
    assert_contains(&m, "not valid JSON");
    assert_contains(&m, "line 3, column 18");
    assert_contains(&m, "expected `,` or `}`");
}

#[test]
fn syntax_errors_count_columns_in_characters_and_use_plain_words() {
    // "é" is two bytes but one character: the column is what an editor shows.
    assert_contains(&import_err("[\"é\" 1]"), "line 1, column 6: expected `,` or `]`");
    assert_contains(&import_err("{\"a\": nulx}"), "line 1, column 10: expected a value");
    assert_contains(&import_err("{1: 2}"), "line 1, column 2: expected a field name in double quotes");
}

#[test]
fn hostile_nesting_is_refused_without_overflowing_the_stack() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert_contains(&import_err(&deep), "lists and objects are nested too deeply");
    let d = decode(&deep);
    assert_problem(&d.problems, &["Saved session 1 could not be read", "nested too deeply"]);
    assert_eq!(d.doc, Document::default());
}

#[test]
fn a_cut_off_file_says_it_ends_too_early_and_where() {
    let text = export_json(&doc_of(daily(2)));
    let m = import_err(&text[..text.len() / 2]);
    assert_contains(&m, "ends too early");
    assert_contains(&m, "line ");
}

#[test]
fn a_pain_out_of_range_names_the_field_path() {
    let mut v = valid_value();
    v["sessions"][1]["pain_before"] = Value::from(12);
    let m = import_err(&v.to_string());
    assert_contains(&m, "sessions[1].pain_before: expected a number from 0 to 10, found 12");
    assert_contains(&m, "(session of 2026-01-02)");
}

#[test]
fn a_wrong_type_names_the_field_path() {
    let mut v = valid_value();
    v["sessions"][0]["started_at_ms"] = Value::from("yesterday");
    let m = import_err(&v.to_string());
    assert_contains(&m, "sessions[0].started_at_ms: expected a time in milliseconds");
    assert_contains(&m, "found \"yesterday\"");
    let mut v = valid_value();
    v["sessions"][2]["exercises"][1]["done"]["reps"] = Value::from("thirty");
    assert_contains(&import_err(&v.to_string()), "sessions[2].exercises[1].done.reps: expected a whole number");
    let mut v = valid_value();
    v["sessions"][2]["exercises"][0]["planned"]["kind"] = Value::from("jumps");
    assert_contains(&import_err(&v.to_string()), "sessions[2].exercises[0].planned: \"jumps\" is not a known value");
}

#[test]
fn a_missing_field_is_named() {
    let mut v = valid_value();
    v["sessions"][1].as_object_mut().unwrap().remove("exercises");
    assert_contains(&import_err(&v.to_string()), "sessions[1].exercises: this field is missing");
    let mut v = valid_value();
    v.as_object_mut().unwrap().remove("sessions");
    assert_contains(&import_err(&v.to_string()), "sessions: this field is missing");
}

#[test]
fn ids_must_be_present_and_unique() {
    let mut v = valid_value();
    v["sessions"][2]["id"] = Value::from("s0");
    assert_contains(&import_err(&v.to_string()), "sessions[2].id: \"s0\" is already the id of sessions[0]");
    let mut v = valid_value();
    v["sessions"][0]["id"] = Value::from("");
    assert_contains(&import_err(&v.to_string()), "sessions[0].id: must not be empty");
}

#[test]
fn the_end_may_not_come_before_the_start() {
    let mut v = valid_value();
    let start = v["sessions"][0]["started_at_ms"].as_u64().unwrap();
    v["sessions"][0]["ended_at_ms"] = Value::from(start - 1000);
    assert_contains(&import_err(&v.to_string()), "sessions[0].ended_at_ms: the end");
}

#[test]
fn more_than_one_hundred_crunches_done_is_refused() {
    let mut v = valid_value();
    v["sessions"][0]["exercises"][1]["done"]["reps"] = Value::from(120);
    assert_contains(
        &import_err(&v.to_string()),
        "sessions[0].exercises[1].done.reps: expected at most 100 crunches in one session, found 120",
    );
}

#[test]
fn more_than_one_hundred_crunches_asked_for_in_a_day_is_refused() {
    let mut v = valid_value();
    v["sessions"][0]["crunch_days"] = serde_json::json!([[20_000, 60], [20_001, 101]]);
    assert_contains(
        &import_err(&v.to_string()),
        "sessions[0].crunch_days: expected at most 100 crunches asked for in a day, found 101",
    );
}

#[test]
fn planned_dosages_must_pass_the_routine_checks() {
    let mut v = valid_value();
    v["sessions"][1]["exercises"][1]["planned"] = j(r#"{"kind": "reps", "reps": 25, "sets": 5}"#);
    let m = import_err(&v.to_string());
    assert_contains(&m, "sessions[1].exercises[1].planned: ");
    assert_contains(&m, "125 crunches");
    let mut v = valid_value();
    v["sessions"][0]["exercises"][0]["planned"] = j(r#"{"kind": "breaths", "count": 5}"#);
    assert_contains(&import_err(&v.to_string()), "sessions[0].exercises[0].planned: That kind of dosage does not fit Back bridge");
}

#[test]
fn settings_levels_and_types_are_checked() {
    let mut v = valid_value();
    v["settings"]["levels"] = j("[0, 9, 0, 0, 0]");
    assert_contains(&import_err(&v.to_string()), "settings.levels[1]: expected a level from 0 to 5 for Crunches, found 9");
    let mut v = valid_value();
    v["settings"]["volume"] = Value::from("loud");
    assert_contains(&import_err(&v.to_string()), "settings.volume: expected a number, found \"loud\"");
    let mut v = valid_value();
    v["settings"]["volume"] = Value::from(3);
    assert_contains(&import_err(&v.to_string()), "settings.volume: expected a number from 0 to 1, found 3");
    let mut v = valid_value();
    v["settings"]["swing_rest_s"] = Value::from(5);
    assert_contains(&import_err(&v.to_string()), "settings.swing_rest_s: expected at least 15 seconds");
    let mut v = valid_value();
    v["meta"]["persist"] = Value::from("no");
    assert_contains(&import_err(&v.to_string()), "meta.persist: expected true or false, found \"no\"");
}

#[test]
fn versions_are_checked() {
    let mut v = valid_value();
    v["version"] = Value::from(99);
    let m = import_err(&v.to_string());
    assert_contains(&m, "version: this file was made by a newer version of Upright (format 99)");
    v["version"] = Value::from("2");
    assert_contains(&import_err(&v.to_string()), "version: expected a whole number from 1 to 3, found \"2\"");
    v["version"] = Value::from(0);
    assert_contains(&import_err(&v.to_string()), "version: expected a whole number from 1 to 3, found 0");
    v.as_object_mut().unwrap().remove("version");
    assert_contains(&import_err(&v.to_string()), "version: this field is missing");
}

#[test]
fn megabytes_have_one_decimal() {
    use crate::store::import::megabytes;
    for (bytes, text) in [
        (0, "0.0"),
        (5 << 20, "5.0"),
        ((5 << 20) + 1, "5.0"),
        ((5 << 20) + (1 << 19), "5.5"),
        (63 << 18, "15.8"),
        (MAX_IMPORT_BYTES + 110_000, "5.1"),
    ] {
        assert_eq!(megabytes(bytes), text, "{bytes}");
    }
}

#[test]
fn the_file_must_be_a_document_not_empty_and_not_huge() {
    assert_contains(&import_err("[1, 2]"), "holds a list");
    assert_contains(&import_err("null"), "holds null");
    assert_contains(&import_err("  \n"), "This file is empty.");
    let huge = " ".repeat(MAX_IMPORT_BYTES + 1);
    let m = import_err(&huge);
    assert_contains(&m, "5.0 MB");
    assert_contains(&m, "up to 5 MB");
}

#[test]
fn a_valid_export_reimports_identically() {
    let mut doc = super::fixtures::expected_v2();
    doc.sessions.extend(daily(3));
    doc.sessions.sort_by_key(|s| s.started_at_ms);
    let text = export_json(&doc);
    // Pretty, for people, and complete.
    assert!(text.contains("\n  \"sessions\": ["));
    for key in ["\"version\": 3", "\"pain_log\"", "\"settings\"", "\"meta\"", "\"suggestions_declined\""] {
        assert!(text.contains(key), "{key} missing");
    }
    assert_eq!(validate_import(&text, NOW), Ok(doc));
}

#[test]
fn the_v2_fixture_imports_as_it_decodes() {
    assert_eq!(validate_import(V2, NOW), Ok(expected_v2()));
}

#[test]
fn a_v1_file_imports_migrated_and_its_errors_use_its_own_field_names() {
    let doc = validate_import(V1, NOW).unwrap();
    assert_eq!(doc, decode(V1).doc);
    let doc = validate_import_with_offset(V1, 120, NOW).unwrap();
    assert!(doc.sessions.iter().all(|s| s.tz_offset_min == 120));

    let mut v = j(V1);
    v["sessions"][0]["started_at"] = Value::from(-5);
    assert_contains(&import_err(&v.to_string()), "sessions[0].started_at: expected a time in milliseconds");
}

#[test]
fn import_sorts_sessions_by_start() {
    let mut v = valid_value();
    v["sessions"].as_array_mut().unwrap().reverse();
    let doc = validate_import(&v.to_string(), NOW).unwrap();
    assert_eq!(doc.sessions, daily(3));
}

#[test]
fn import_then_merge_adds_only_new_sessions() {
    let ours = doc_of(daily(3));
    let mut file = doc_of(daily(5));
    file.sessions.remove(0);
    let imported = validate_import(&export_json(&file), NOW).unwrap();
    assert_eq!(merge(&ours, &imported).sessions, daily(5));
}

#[test]
fn the_fast_path_and_the_long_way_accept_the_same_files() {
    // The long way accepts missing settings and meta; the fast path needs
    // them, so these files exercise both and must give equal documents.
    let full = export_json(&expected_v2());
    let mut v = j(&full);
    v.as_object_mut().unwrap().remove("meta");
    let without_meta = validate_import(&v.to_string(), NOW).unwrap();
    let mut want = expected_v2();
    want.meta = Meta::default();
    assert_eq!(without_meta, want);
    assert_eq!(validate_import(&full, NOW).unwrap(), expected_v2());
    // A problem the fast path rejects still gets its precise message.
    let mut v = j(&full);
    v["sessions"][2]["tz_offset_min"] = Value::from(2000);
    assert_contains(&import_err(&v.to_string()), "sessions[2].tz_offset_min: expected a time-zone offset from -1080 to 1080 minutes, found 2000");
}

#[test]
fn pain_ten_is_the_top_of_the_scale_and_eleven_is_past_it() {
    let mut v = valid_value();
    v["sessions"][0]["pain_before"] = Value::from(10);
    v["sessions"][0]["pain_after"] = Value::from(0);
    let doc = validate_import(&v.to_string(), NOW).unwrap();
    assert_eq!((doc.sessions[0].pain_before, doc.sessions[0].pain_after), (Some(10), Some(0)));
    v["sessions"][0]["pain_after"] = Value::from(11);
    assert_contains(&import_err(&v.to_string()), "sessions[0].pain_after: expected a number from 0 to 10, found 11");
    v["sessions"][0]["pain_after"] = Value::from(-1);
    assert_contains(&import_err(&v.to_string()), "sessions[0].pain_after: expected a number from 0 to 10, found -1");
}

// ---- times in the future, the pain log, the settings the routine changed

/// An import at `now` of `v`, expected to fail; its message.
#[track_caller]
fn import_err_at(v: &Value, now: u64) -> String {
    match validate_import(&v.to_string(), now) {
        Ok(_) => panic!("expected an error"),
        Err(e) => e.message,
    }
}

#[test]
fn anything_dated_in_the_future_is_refused_and_the_field_named() {
    // daily(3): sessions on 2026-01-01..03 at 07:00 UTC, 8 minutes long.
    let now = utc(2026, 1, 3, 7, 5);
    let future = utc(2026, 1, 10, 12, 0);
    let v = valid_value();
    // The last session is still under way "now": its end has not happened.
    let m = import_err_at(&v, now);
    assert_contains(&m, "sessions[2].ended_at_ms: 2026-01-03 07:08 is later than now on this device (2026-01-03 07:05)");
    let now = utc(2026, 1, 4, 0, 0);
    assert!(validate_import(&v.to_string(), now).is_ok());
    type Set = fn(&mut Value, u64);
    let cases: [(&str, Set); 6] = [
        ("meta.pain_warning_shown_ms", |v, t| v["meta"]["pain_warning_shown_ms"] = Value::from(t)),
        ("meta.suggestions_declined[1]", |v, t| {
            v["meta"]["suggestions_declined"] = serde_json::json!([["crunches", 1], ["back-bridge", t]])
        }),
        ("meta.screening_accepted_ms", |v, t| v["meta"]["screening_accepted_ms"] = Value::from(t)),
        ("meta.last_export_ms", |v, t| v["meta"]["last_export_ms"] = Value::from(t)),
        ("sessions[1].started_at_ms", |v, t| {
            v["sessions"][1]["started_at_ms"] = Value::from(t);
            v["sessions"][1]["ended_at_ms"] = Value::from(t);
        }),
        ("pain_log[0].at_ms", |v, t| v["pain_log"] = serde_json::json!([{"at_ms": t, "tz_offset_min": 0, "pain": 1}])),
    ];
    for (field, set) in cases {
        let mut v = valid_value();
        set(&mut v, future);
        let m = import_err_at(&v, now);
        assert!(m.starts_with(&format!("{field}: 2026-01-10 12:00 is later than now")), "{field}: {m}");
        // The same file a week later imports.
        assert!(validate_import(&v.to_string(), future).is_ok(), "{field}");
    }
    // A format-1 file names its own fields.
    let mut v = j(V1);
    v["sessions"][0]["ended_at"] = Value::from(future);
    assert_contains(&import_err_at(&v, now), "sessions[0].ended_at: ");
}

#[test]
fn logged_pain_ratings_import_checked_sorted_and_once() {
    let mut v = valid_value();
    v["pain_log"] = serde_json::json!([
        {"at_ms": 3000, "tz_offset_min": 60, "pain": 7},
        {"at_ms": 1000, "tz_offset_min": 0, "pain": 2},
        {"at_ms": 3000, "tz_offset_min": 60, "pain": 7}
    ]);
    let doc = validate_import(&v.to_string(), NOW).unwrap();
    assert_eq!(
        doc.pain_log,
        [PainEntry { at_ms: 1000, tz_offset_min: 0, pain: 2 }, PainEntry { at_ms: 3000, tz_offset_min: 60, pain: 7 }]
    );
    v["pain_log"][1]["pain"] = Value::from(11);
    assert_contains(&import_err(&v.to_string()), "pain_log[1]: the rating should be from 0 to 10 but is 11");
    v["pain_log"] = serde_json::json!([{"at_ms": 1000, "pain": 2}]);
    assert_contains(&import_err(&v.to_string()), "pain_log[0]: ");
    v["pain_log"] = Value::from("none");
    assert_contains(&import_err(&v.to_string()), "pain_log: expected a list of pain ratings, found \"none\"");
}

#[test]
fn settings_the_routine_changed_are_checked_on_import() {
    let mut v = valid_value();
    v["settings"]["enabled"][4] = Value::from(false);
    assert_contains(&import_err(&v.to_string()), "settings.enabled[4]: the stretches follow every workout");
    let mut v = valid_value();
    v["settings"]["crunch_rest_s"] = Value::from(90);
    assert_contains(&import_err(&v.to_string()), "settings.crunch_rest_s: expected 30 to 60 seconds");
    let mut v = valid_value();
    v["settings"]["core_breaths"] = Value::from(31);
    assert_contains(&import_err(&v.to_string()), "settings.core_breaths: expected 1 to 30 breaths, found 31");
    let mut v = valid_value();
    v["settings"]["levels"][2] = Value::from(2);
    assert_contains(&import_err(&v.to_string()), "settings.levels[2]: expected a level from 0 to 0 for Core breath");
    // A format-2 file with the old ranges is migrated, not refused.
    let mut v = j(V2);
    v["settings"]["crunch_rest_s"] = Value::from(90);
    v["settings"]["enabled"][4] = Value::from(false);
    let s = validate_import(&v.to_string(), NOW).unwrap().settings;
    assert_eq!((s.crunch_rest_s, s.enabled[4]), (60, true));
}

#[test]
fn the_apps_own_csv_is_refused_with_which_file_to_import() {
    let text = export_csv(&doc_of(daily(3)), crate::progress::tests::en());
    let m = import_err(&text);
    assert_contains(&m, "Only the JSON backup");
    assert!(!m.contains("not valid JSON"), "{m}");
}

#[test]
fn the_import_message_counts_what_was_new() {
    assert_eq!(import_result_text(3, 3, crate::progress::tests::en()), "Imported 3 sessions: all new.");
    assert_eq!(import_result_text(1, 1, crate::progress::tests::en()), "Imported 1 session: it is new.");
    assert_eq!(import_result_text(3, 1, crate::progress::tests::en()), "Imported 3 sessions: 1 new, the rest were already here.");
    assert_eq!(import_result_text(3, 0, crate::progress::tests::en()), "Imported 3 sessions: all were already here, nothing new.");
}
