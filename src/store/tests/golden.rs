//! Byte-for-byte compatibility with what earlier builds wrote. The files in
//! `tests/fixtures/golden/` are frozen: the `*_v2` and `*_rich` ones were
//! written by format-2 builds, the `*_v3` ones by the first format-3 build.
//!
//! Old text must read back exactly. What is written now is format 3, and it
//! differs from format 2's text only where the format changed (the version,
//! the pain log, the settings the routine moved); every session is written
//! byte for byte as before, so other tabs and exports see no other change.

use super::codec::rich_doc;
use super::fixtures::{expected_v2, expected_v3, V2};
use super::*;

const ENCODE_V2: &str = include_str!("../../../tests/fixtures/golden/encode_v2.json");
const EXPORT_V2: &str = include_str!("../../../tests/fixtures/golden/export_v2.json");
const ENCODE_RICH: &str = include_str!("../../../tests/fixtures/golden/encode_rich.json");
const EXPORT_RICH: &str = include_str!("../../../tests/fixtures/golden/export_rich.json");
const SESSIONS_FULL: &str = include_str!("../../../tests/fixtures/golden/sessions_full.json");
const ENCODE_V3: &str = include_str!("../../../tests/fixtures/golden/encode_v3.json");
const EXPORT_V3: &str = include_str!("../../../tests/fixtures/golden/export_v3.json");

/// `text` with `from` replaced by `to`, which must occur exactly once.
#[track_caller]
fn once(text: &str, from: &str, to: &str) -> String {
    assert_eq!(text.matches(from).count(), 1, "{from:?} once in the golden text");
    text.replacen(from, to, 1)
}

/// How format 3 writes a document that format 2 wrote as `text`: the
/// version, an empty pain log after the sessions, the moved breath and swing
/// levels (`levels` old → new) and `core_breaths` after the last setting.
fn as_v3(text: &str, pretty: bool, levels: ([u8; 5], [u8; 5]), large_text: bool, breaths: u32) -> String {
    let list = |l: [u8; 5]| {
        let items: Vec<String> = l.iter().map(u8::to_string).collect();
        if pretty {
            format!("[\n      {}\n    ]", items.join(",\n      "))
        } else {
            format!("[{}]", items.join(","))
        }
    };
    let (colon, nl, indent) = if pretty { (": ", "\n  ", "\n    ") } else { (":", "", "") };
    let t = once(text, &format!("\"version\"{colon}2,"), &format!("\"version\"{colon}3,"));
    let t = once(&t, &format!("],{nl}\"settings\""), &format!("],{nl}\"pain_log\"{colon}[],{nl}\"settings\""));
    let t = once(&t, &format!("\"levels\"{colon}{}", list(levels.0)), &format!("\"levels\"{colon}{}", list(levels.1)));
    let last = format!("\"large_text\"{colon}{large_text}");
    once(&t, &format!("{last}{nl}}}"), &format!("{last},{indent}\"core_breaths\"{colon}{breaths}{nl}}}"))
}

#[test]
fn format_3_writes_format_2_documents_changed_only_where_the_format_changed() {
    let v2 = ([2, 3, 1, 1, 0], [2, 3, 0, 0, 0]);
    let rich = ([3, 5, 2, 1, 0], [3, 5, 0, 0, 0]);
    assert_eq!(encode(&expected_v2()), as_v3(ENCODE_V2, false, v2, false, 6));
    assert_eq!(export_json(&expected_v2()), as_v3(EXPORT_V2, true, v2, false, 6));
    assert_eq!(encode(&rich_doc()), as_v3(ENCODE_RICH, false, rich, true, 8));
    assert_eq!(export_json(&rich_doc()), as_v3(EXPORT_RICH, true, rich, true, 8));
}

#[test]
fn storage_and_export_text_of_format_3_is_what_the_first_format_3_build_wrote() {
    assert_eq!(encode(&expected_v3()), ENCODE_V3);
    assert_eq!(export_json(&expected_v3()), EXPORT_V3);
    for text in [ENCODE_V3, EXPORT_V3] {
        let d = decode(text);
        assert!(d.problems.is_empty(), "{:?}", d.problems);
        assert_eq!(d.doc, expected_v3());
    }
    assert_eq!(validate_import(EXPORT_V3, NOW), Ok(expected_v3()));
}

#[test]
fn the_frozen_v2_fixture_decodes_and_encodes_as_format_3() {
    let doc = decode(V2).doc;
    assert_eq!(doc, expected_v2());
    assert_eq!(decode(&encode(&doc)).doc, doc);
    assert_eq!(validate_import(&export_json(&doc), NOW), Ok(doc));
}

#[test]
fn old_storage_and_export_text_read_back_to_the_same_documents() {
    for (text, want) in
        [(ENCODE_V2, expected_v2()), (EXPORT_V2, expected_v2()), (ENCODE_RICH, rich_doc()), (EXPORT_RICH, rich_doc())]
    {
        let d = decode(text);
        assert!(d.problems.is_empty(), "{:?}", d.problems);
        assert_eq!(d.doc, want);
    }
    assert_eq!(validate_import(EXPORT_RICH, NOW), Ok(rich_doc()));
}

#[test]
fn full_session_records_are_what_the_serde_derive_wrote() {
    // The form merging compares when two copies are equally rich.
    let mut all = expected_v2().sessions;
    all.extend(rich_doc().sessions);
    assert_eq!(serde_json::to_string(&all).unwrap(), SESSIONS_FULL);
    let d = decode(SESSIONS_FULL);
    assert_eq!(d.doc.sessions.len(), all.len(), "a bare list reads as sessions: {:?}", d.problems);
}

#[test]
fn settings_volume_is_written_as_the_f32_it_is() {
    for (volume, text) in [(0.8, "0.8"), (1.0, "1.0"), (0.0, "0.0"), (0.65, "0.65"), (1e-7, "1e-7")] {
        let doc = Document { settings: Settings { volume, ..Settings::default() }, ..Document::default() };
        let stored = encode(&doc);
        assert!(stored.contains(&format!("\"volume\":{text},")), "{stored}");
        assert_eq!(decode(&stored).doc.settings.volume, volume);
    }
}
