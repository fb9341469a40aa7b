//! The frozen documents of every shipped format, and what they must decode
//! to, field by field. If one of these fails, a change broke old users' data.

use super::*;
use serde_json::Value;
use crate::routine::{Dosage, ExerciseId};

/// Format 1, as the first release wrote it (sessions out of order on purpose).
pub(crate) const V1: &str = include_str!("../../../tests/fixtures/store_v1.json");
/// Format 2, as the release before the pain log wrote it.
pub(crate) const V2: &str = include_str!("../../../tests/fixtures/store_v2.json");
/// Format 3, as this release writes it: logged pain, swing seconds, rests,
/// both swing round counts, a free number of core breaths.
pub(crate) const V3: &str = include_str!("../../../tests/fixtures/store_v3.json");

/// FNV-1a over the text with CRLF folded to LF: a cheap guard that a fixture
/// was not "fixed" to make a test pass.
fn fnv1a(text: &str) -> u64 {
    text.replace("\r\n", "\n").bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3))
}

#[test]
fn fixture_files_are_frozen() {
    assert_eq!(fnv1a(V1), 0x2c10_6c1b_9ca1_604d, "tests/fixtures/store_v1.json changed; fixtures must never change");
    assert_eq!(fnv1a(V2), 0x4801_7d8c_acb2_bc81, "tests/fixtures/store_v2.json changed; fixtures must never change");
    assert_eq!(fnv1a(V3), 0xbb8a_e54d_4630_a4e7, "tests/fixtures/store_v3.json changed; fixtures must never change");
}

fn result(exercise: ExerciseId, planned: Dosage, done: WorkDone, skipped: bool, stopped_for_pain: bool) -> ExerciseResult {
    ExerciseResult { exercise, planned, done, skipped, stopped_for_pain, rest_s: None }
}

fn done(holds: u32, reps: u32, sets: u32, breaths: u32, sides: u32) -> WorkDone {
    WorkDone { holds, reps, sets, breaths, sides, seconds: 0 }
}

const BRIDGE_2: Dosage = Dosage::Holds { hold_s: 10, repeats: 2, ball: false };
const BRIDGE_4: Dosage = Dosage::Holds { hold_s: 10, repeats: 4, ball: false };
const STRETCHES: Dosage = Dosage::Stretches { cobra_repeats: 3, cobra_breaths: 2, reach_per_side: 3 };

/// What the v1 fixture means today, with format-1 sessions placed at `tz`.
fn expected_v1(tz: i32) -> Document {
    Document {
        version: CURRENT_VERSION,
        pain_log: Vec::new(),
        sessions: vec![
            SessionRecord {
                id: "1760166000000-0a0b0c0d".into(),
                started_at_ms: 1_760_166_000_000,
                ended_at_ms: 1_760_166_540_000,
                tz_offset_min: tz,
                routine_version: 1,
                exercises: vec![
                    result(ExerciseId::BackBridge, BRIDGE_2, done(2, 0, 0, 0, 0), false, false),
                    result(ExerciseId::Crunches, Dosage::Reps { reps: 15, sets: 2 }, done(0, 30, 2, 0, 0), false, false),
                    result(ExerciseId::CoreBreath, Dosage::Breaths { count: 5 }, done(0, 0, 0, 5, 0), false, false),
                    result(
                        ExerciseId::LegSwings,
                        Dosage::Swings { seconds: 30, front_rounds: 1, side_rounds: 1, extend: false },
                        done(0, 0, 0, 0, 4),
                        false,
                        false,
                    ),
                    result(ExerciseId::MidBackStretches, STRETCHES, done(0, 0, 0, 3, 6), false, false),
                ],
                pain_before: Some(6),
                pain_after: Some(4),
                felt: None,
                note: Some("Felt stiff at first".into()),
                // Every exercise was done as planned.
                completed: true,
                crunch_days: Vec::new(),
                away_s: 0,
            },
            SessionRecord {
                id: "1760250600000-3f2a9c01".into(),
                started_at_ms: 1_760_250_600_000,
                ended_at_ms: 1_760_250_960_000,
                tz_offset_min: tz,
                routine_version: 1,
                exercises: vec![
                    result(ExerciseId::Crunches, Dosage::Reps { reps: 15, sets: 2 }, done(0, 22, 1, 0, 0), false, false),
                    result(
                        ExerciseId::LegSwings,
                        Dosage::Swings { seconds: 30, front_rounds: 1, side_rounds: 1, extend: false },
                        WorkDone::default(),
                        true,
                        false,
                    ),
                ],
                pain_before: Some(5),
                pain_after: None,
                felt: None,
                note: None,
                completed: false,
                crunch_days: Vec::new(),
                away_s: 0,
            },
            SessionRecord {
                id: "1760391910000-7c7c7c7c".into(),
                started_at_ms: 1_760_391_910_000,
                ended_at_ms: 1_760_392_030_000,
                tz_offset_min: tz,
                routine_version: 1,
                exercises: vec![result(
                    ExerciseId::CoreBreath,
                    Dosage::Breaths { count: 5 },
                    WorkDone::default(),
                    false,
                    false,
                )],
                pain_before: None,
                pain_after: None,
                felt: None,
                note: None,
                completed: false,
                crunch_days: Vec::new(),
                away_s: 0,
            },
        ],
        settings: Settings {
            cue_mode: CueMode::Beeps,
            volume: 0.5,
            voice: None,
            get_ready_s: 10,
            breath_s: 6,
            bridge_rest_s: 10,
            crunch_rest_s: 45,
            swing_rest_s: 15,
            // Stored as [1, 2, 0, 1, 0]: breath level 0 is 5 breaths, and the
            // swings' second front round is part of the base routine now.
            levels: [1, 2, 0, 0, 0],
            enabled: [true, true, true, false, true],
            theme: Theme::Dark,
            large_text: true,
            core_breaths: 5,
            // Not stored in this document: the defaults.
            change_position_s: crate::progress::CHANGE_POSITION_S,
            crunch_pace_ms: crate::progress::CRUNCH_PACE_MS,
            reminder: Reminder::default(),
            slow_breath_s: crate::progress::SLOW_BREATH_S,
            language: None,
        },
        meta: Meta::default(),
    }
}

/// What the v2 fixture means today.
pub(crate) fn expected_v2() -> Document {
    Document {
        version: CURRENT_VERSION,
        pain_log: Vec::new(),
        sessions: vec![
            SessionRecord {
                id: "1793575800000-5e6f7a8b".into(),
                started_at_ms: 1_793_575_800_000,
                ended_at_ms: 1_793_576_460_000,
                tz_offset_min: -300,
                routine_version: 1,
                exercises: vec![
                    result(ExerciseId::BackBridge, BRIDGE_4, done(4, 0, 0, 0, 0), false, false),
                    result(ExerciseId::Crunches, Dosage::Reps { reps: 20, sets: 4 }, done(0, 80, 4, 0, 0), false, false),
                    result(ExerciseId::CoreBreath, Dosage::Breaths { count: 6 }, done(0, 0, 0, 6, 0), false, false),
                    result(
                        ExerciseId::LegSwings,
                        Dosage::Swings { seconds: 30, front_rounds: 2, side_rounds: 1, extend: false },
                        done(0, 0, 0, 0, 6),
                        false,
                        false,
                    ),
                    result(ExerciseId::MidBackStretches, STRETCHES, done(0, 0, 0, 3, 6), false, false),
                ],
                pain_before: Some(4),
                pain_after: Some(2),
                felt: Some(Felt::Good),
                note: Some("Evening, \"quiet\" house, café; =SUM(A1)".into()),
                completed: true,
                crunch_days: Vec::new(),
                away_s: 0,
            },
            SessionRecord {
                id: "1793642700000-00c0ffee".into(),
                started_at_ms: 1_793_642_700_000,
                ended_at_ms: 1_793_643_000_000,
                tz_offset_min: 60,
                routine_version: 1,
                exercises: vec![
                    result(ExerciseId::BackBridge, BRIDGE_4, done(4, 0, 0, 0, 0), false, false),
                    result(ExerciseId::Crunches, Dosage::Reps { reps: 20, sets: 4 }, done(0, 35, 1, 0, 0), false, true),
                ],
                pain_before: Some(5),
                pain_after: Some(6),
                felt: Some(Felt::Hard),
                note: None,
                completed: false,
                crunch_days: Vec::new(),
                away_s: 0,
            },
            SessionRecord {
                id: "1793690100000-deadbeef".into(),
                started_at_ms: 1_793_690_100_000,
                ended_at_ms: 1_793_690_400_000,
                tz_offset_min: 330,
                routine_version: 1,
                exercises: vec![result(ExerciseId::MidBackStretches, STRETCHES, done(0, 0, 0, 3, 6), false, false)],
                pain_before: None,
                pain_after: None,
                felt: None,
                note: None,
                completed: true,
                crunch_days: Vec::new(),
                away_s: 0,
            },
        ],
        settings: Settings {
            cue_mode: CueMode::VoiceAndBeeps,
            volume: 0.65,
            voice: Some("Samantha".into()),
            get_ready_s: 5,
            breath_s: 7,
            bridge_rest_s: 12,
            crunch_rest_s: 45,
            swing_rest_s: 20,
            // Stored as [2, 3, 1, 1, 0]: breath level 1 is 6 breaths now.
            levels: [2, 3, 0, 0, 0],
            enabled: [true; 5],
            theme: Theme::Light,
            large_text: false,
            core_breaths: 6,
            // Not stored in this document: the defaults.
            change_position_s: crate::progress::CHANGE_POSITION_S,
            crunch_pace_ms: crate::progress::CRUNCH_PACE_MS,
            reminder: Reminder::default(),
            slow_breath_s: crate::progress::SLOW_BREATH_S,
            language: None,
        },
        meta: Meta {
            last_export_ms: Some(1_793_600_000_000),
            persist: Some(false),
            screening_accepted_ms: Some(1_793_000_000_000),
            pain_warning_shown_ms: None,
            suggestions_declined: vec![("crunches".into(), 1_793_650_000_000)],
            pain_warnings_shown_ms: Vec::new(),
            reminder_shown_ms: None,
            doctor_seen_ms: None,
        },
    }
}

#[test]
fn v1_fixture_decodes_to_the_exact_expected_document() {
    let d = decode(V1);
    assert_eq!(d.problems, Vec::<String>::new());
    assert!(!d.needs_quarantine);
    let expected = expected_v1(0);
    // Field by field first, so a failure names the field.
    for (got, want) in d.doc.sessions.iter().zip(&expected.sessions) {
        assert_eq!(got.id, want.id);
        assert_eq!(got.started_at_ms, want.started_at_ms, "{}", want.id);
        assert_eq!(got.ended_at_ms, want.ended_at_ms, "{}", want.id);
        assert_eq!(got.tz_offset_min, want.tz_offset_min, "{}", want.id);
        assert_eq!(got.routine_version, want.routine_version, "{}", want.id);
        assert_eq!(got.exercises, want.exercises, "{}", want.id);
        assert_eq!((got.pain_before, got.pain_after), (want.pain_before, want.pain_after), "{}", want.id);
        assert_eq!(got.felt, want.felt, "{}", want.id);
        assert_eq!(got.note, want.note, "{}", want.id);
        assert_eq!(got.completed, want.completed, "{}", want.id);
    }
    assert_eq!(d.doc.settings, expected.settings);
    assert_eq!(d.doc.meta, expected.meta);
    assert_eq!(d.doc, expected);
}

#[test]
fn v1_fixture_takes_the_devices_offset_when_given_one() {
    let d = decode_with_offset(V1, -300);
    assert!(d.problems.is_empty(), "{:?}", d.problems);
    assert_eq!(d.doc, expected_v1(-300));
}

#[test]
fn v2_fixture_decodes_to_the_exact_expected_document() {
    let d = decode(V2);
    assert_eq!(d.problems, Vec::<String>::new());
    assert!(!d.needs_quarantine);
    let expected = expected_v2();
    for (got, want) in d.doc.sessions.iter().zip(&expected.sessions) {
        assert_eq!(got, want, "session {}", want.id);
    }
    assert_eq!(d.doc.sessions.len(), 3);
    assert_eq!(d.doc.settings, expected.settings);
    assert_eq!(d.doc.meta, expected.meta);
    assert_eq!(d.doc, expected);
}

#[test]
fn v2_fixture_survives_encode_and_decode_unchanged() {
    let doc = decode(V2).doc;
    let again = decode(&encode(&doc));
    assert!(again.problems.is_empty());
    assert_eq!(again.doc, expected_v2());
}

#[test]
fn v1_to_v2_renames_adds_and_derives_exactly() {
    let v1 = j(V1);
    let v2 = v1_to_v2(v1).unwrap();
    assert_eq!(v2["version"], Value::from(2));
    assert_eq!(v2["meta"], j("{}"));
    // The second session in file order is the complete one.
    let s = &v2["sessions"][1];
    let keys: Vec<&str> = s.as_object().unwrap().keys().map(String::as_str).collect();
    for gone in ["started_at", "ended_at"] {
        assert!(!keys.contains(&gone), "{gone} still present: {keys:?}");
    }
    assert_eq!(s["started_at_ms"], Value::from(1_760_166_000_000u64));
    assert_eq!(s["ended_at_ms"], Value::from(1_760_166_540_000u64));
    assert_eq!(s["tz_offset_min"], Value::from(0));
    assert_eq!(s["routine_version"], Value::from(1));
    assert_eq!(s["felt"], Value::Null);
    assert_eq!(s["completed"], Value::from(true));
    assert_eq!(s["note"], Value::from("Felt stiff at first"));
    // Partly done and skipped sessions were not completed.
    assert_eq!(v2["sessions"][0]["completed"], Value::from(false));
    assert_eq!(v2["sessions"][2]["completed"], Value::from(false));
    // Settings pass through unchanged.
    assert_eq!(v2["settings"], j(V1)["settings"]);
}

#[test]
fn v1_to_v2_refuses_a_document_it_cannot_upgrade_without_changing_it() {
    assert!(v1_to_v2(j("[1, 2]")).is_err());
    assert!(v1_to_v2(j(r#"{"version": 1, "sessions": {"a": 1}}"#)).is_err());
    // Through migrate: the problem is reported and the value is untouched.
    let input = j(r#"{"version": 1, "sessions": "none"}"#);
    let (out, problems) = migrate(input.clone());
    assert_eq!(out, input);
    assert_problem(&problems, &["could not be upgraded from format 1", "`sessions` is not a list"]);
}

#[test]
fn migrate_leaves_a_current_document_alone_and_reports_nothing() {
    let v3 = j(V3);
    let (out, problems) = migrate(v3.clone());
    assert_eq!(out, v3);
    assert!(problems.is_empty());
}

/// What the v3 fixture means.
pub(crate) fn expected_v3() -> Document {
    let swings = Dosage::Swings { seconds: 30, front_rounds: 2, side_rounds: 2, extend: true };
    let with = |mut r: ExerciseResult, seconds: u32, rest_s: Option<u32>| {
        r.done.seconds = seconds;
        r.rest_s = rest_s;
        r
    };
    Document {
        version: CURRENT_VERSION,
        sessions: vec![
            SessionRecord {
                id: "1803882600000-1f2e3d4c".into(),
                started_at_ms: 1_803_882_600_000,
                ended_at_ms: 1_803_883_920_000,
                tz_offset_min: 60,
                routine_version: 2,
                exercises: vec![
                    with(
                        result(ExerciseId::BackBridge, Dosage::Holds { hold_s: 15, repeats: 4, ball: true }, done(4, 0, 0, 0, 0), false, false),
                        0,
                        Some(10),
                    ),
                    with(result(ExerciseId::Crunches, Dosage::Reps { reps: 20, sets: 3 }, done(0, 80, 4, 0, 0), false, false), 0, Some(50)),
                    result(ExerciseId::CoreBreath, Dosage::Breaths { count: 12 }, done(0, 0, 0, 12, 0), false, false),
                    with(result(ExerciseId::LegSwings, swings, done(0, 0, 0, 0, 7), false, false), 282, Some(15)),
                    with(result(ExerciseId::MidBackStretches, STRETCHES, done(0, 0, 0, 3, 6), false, false), 0, Some(5)),
                ],
                pain_before: Some(3),
                pain_after: Some(2),
                felt: Some(Felt::Good),
                note: Some("Second swing round on the right leg cut short".into()),
                completed: true,
                crunch_days: Vec::new(),
                away_s: 0,
            },
            SessionRecord {
                id: "1803920700000-0a1b2c3d".into(),
                started_at_ms: 1_803_920_700_000,
                ended_at_ms: 1_803_921_540_000,
                tz_offset_min: 60,
                routine_version: 2,
                exercises: vec![
                    result(ExerciseId::Crunches, Dosage::Reps { reps: 20, sets: 1 }, done(0, 20, 1, 0, 0), false, false),
                    with(result(ExerciseId::LegSwings, swings, done(0, 0, 0, 0, 1), false, true), 42, Some(15)),
                    with(result(ExerciseId::MidBackStretches, STRETCHES, done(0, 0, 0, 3, 6), false, false), 0, Some(5)),
                ],
                pain_before: Some(4),
                pain_after: Some(5),
                felt: None,
                note: None,
                completed: false,
                crunch_days: Vec::new(),
                away_s: 0,
            },
        ],
        pain_log: vec![
            PainEntry { at_ms: 1_803_988_800_000, tz_offset_min: 0, pain: 6 },
            PainEntry { at_ms: 1_804_078_800_000, tz_offset_min: -240, pain: 10 },
            PainEntry { at_ms: 1_804_184_100_000, tz_offset_min: 330, pain: 0 },
        ],
        settings: Settings {
            cue_mode: CueMode::Beeps,
            volume: 0.9,
            voice: None,
            get_ready_s: 8,
            breath_s: 6,
            bridge_rest_s: 10,
            crunch_rest_s: 50,
            swing_rest_s: 15,
            levels: [4, 2, 0, 1, 0],
            enabled: [true; 5],
            theme: Theme::System,
            large_text: false,
            core_breaths: 12,
            // Not stored in this document: the defaults.
            change_position_s: crate::progress::CHANGE_POSITION_S,
            crunch_pace_ms: crate::progress::CRUNCH_PACE_MS,
            reminder: Reminder::default(),
            slow_breath_s: crate::progress::SLOW_BREATH_S,
            language: None,
        },
        meta: Meta {
            last_export_ms: Some(1_803_110_400_000),
            persist: Some(true),
            screening_accepted_ms: Some(1_803_110_400_000),
            pain_warning_shown_ms: Some(1_804_078_900_000),
            suggestions_declined: vec![("back-bridge".into(), 1_803_921_600_000)],
            pain_warnings_shown_ms: Vec::new(),
            reminder_shown_ms: None,
            doctor_seen_ms: None,
        },
    }
}

#[test]
fn v3_fixture_decodes_to_the_exact_expected_document() {
    let d = decode(V3);
    assert_eq!(d.problems, Vec::<String>::new());
    assert!(!d.needs_quarantine);
    let expected = expected_v3();
    for (got, want) in d.doc.sessions.iter().zip(&expected.sessions) {
        assert_eq!(got, want, "session {}", want.id);
    }
    assert_eq!(d.doc.pain_log, expected.pain_log);
    assert_eq!(d.doc.settings, expected.settings);
    assert_eq!(d.doc.meta, expected.meta);
    assert_eq!(d.doc, expected);
    assert_eq!(validate_import(V3, NOW), Ok(expected_v3()));
    // And back: what this build writes reads to the same document.
    assert_eq!(decode(&encode(&expected)).doc, expected);
    assert_eq!(validate_import(&export_json(&expected), NOW), Ok(expected));
}

#[test]
fn v2_to_v3_adds_the_pain_log_and_moves_the_settings_the_routine_changed() {
    let v3 = v2_to_v3(j(V2)).unwrap();
    assert_eq!(v3["version"], Value::from(3));
    assert_eq!(v3["pain_log"], j("[]"));
    // Breath level 1 was 6 breaths; swing level 1 (the second front round) is the base now.
    assert_eq!(v3["settings"]["core_breaths"], Value::from(6));
    assert_eq!(v3["settings"]["levels"], j("[2, 3, 0, 0, 0]"));
    // Sessions and meta pass through unchanged: missing fields mean what format 2 meant.
    assert_eq!(v3["sessions"], j(V2)["sessions"]);
    assert_eq!(v3["meta"], j(V2)["meta"]);
    // Every old breath level, the stretches back on, the crunch rest pulled near 45 s.
    for (level, breaths) in [(0, 5), (1, 6), (2, 8), (3, 10), (7, 10)] {
        let mut v = j(V2);
        v["settings"]["levels"][2] = Value::from(level);
        v["settings"]["enabled"][4] = Value::from(false);
        v["settings"]["crunch_rest_s"] = Value::from(if level == 0 { 15 } else { 180 });
        let s = &v2_to_v3(v).unwrap()["settings"];
        assert_eq!(s["core_breaths"], Value::from(breaths), "level {level}");
        assert_eq!(s["enabled"][4], Value::from(true));
        assert_eq!(s["crunch_rest_s"], Value::from(if level == 0 { 30 } else { 60 }));
    }
    // Not a document: refused, nothing changed.
    assert!(v2_to_v3(j("[1]")).is_err());
    // Settings of the wrong shape are left for the reader to report.
    let odd = v2_to_v3(j(r#"{"version": 2, "sessions": [], "settings": "none"}"#)).unwrap();
    assert_eq!(odd["settings"], Value::from("none"));
}

#[test]
fn every_old_fixture_migrates_to_a_document_that_passes_todays_import() {
    for (name, text) in [("v1", V1), ("v2", V2), ("v3", V3)] {
        let doc = validate_import(text, NOW).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(doc, decode(text).doc, "{name}");
        assert_eq!(doc.version, CURRENT_VERSION);
    }
}

#[test]
fn an_unversioned_document_shaped_like_v1_is_read_as_v1() {
    let mut v = j(V1);
    v.as_object_mut().unwrap().remove("version");
    let d = decode(&v.to_string());
    assert!(d.problems.is_empty(), "{:?}", d.problems);
    assert_eq!(d.doc, expected_v1(0));
}

#[test]
fn an_unversioned_document_shaped_like_v2_is_read_but_reported() {
    let mut v = j(V2);
    v.as_object_mut().unwrap().remove("version");
    let d = decode(&v.to_string());
    assert!(d.needs_quarantine);
    assert_problem(&d.problems, &["no version number", "format 2"]);
    assert_eq!(d.doc, expected_v2());
}

#[test]
fn an_unversioned_document_of_unknown_shape_is_a_problem() {
    let d = decode(r#"{"hello": "world"}"#);
    assert!(d.needs_quarantine);
    assert_problem(&d.problems, &["does not look like an Upright history"]);
    assert_eq!(d.doc.sessions, vec![]);
}
