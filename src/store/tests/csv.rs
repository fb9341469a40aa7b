//! CSV export: RFC 4180 quoting, defused formulas, one record per session,
//! local dates and times.

use super::fixtures::expected_v2;
use super::*;

/// A small RFC 4180 reader (quoted fields, doubled quotes, CRLF records) so
/// the tests check what a spreadsheet would see, not our own string layout.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => quoted = false,
                _ => field.push(c),
            }
            continue;
        }
        match c {
            '"' => {
                assert!(field.is_empty(), "quote inside an unquoted field: {field:?}");
                quoted = true;
            }
            ',' => record.push(std::mem::take(&mut field)),
            '\r' => {
                assert_eq!(chars.next(), Some('\n'), "CR without LF outside quotes");
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
            }
            '\n' => panic!("bare LF outside quotes"),
            _ => field.push(c),
        }
    }
    assert!(!quoted, "unterminated quote");
    assert!(field.is_empty() && record.is_empty(), "last record not ended by CRLF");
    records
}

#[test]
fn header_then_one_record_per_session() {
    let doc = expected_v2();
    let records = parse_csv(&export_csv(&doc));
    assert_eq!(records.len(), doc.sessions.len() + 1);
    assert_eq!(records[0], CSV_HEADER);
    assert!(records.iter().all(|r| r.len() == CSV_HEADER.len()));
    let empty = parse_csv(&export_csv(&Document::default()));
    assert_eq!(empty, vec![CSV_HEADER.to_vec()]);
}

#[test]
fn rows_hold_the_session_values_in_local_time() {
    let records = parse_csv(&export_csv(&expected_v2()));
    // 2026-11-01 23:30 UTC in New York (-300) is 18:30 the same day.
    assert_eq!(
        records[1],
        [
            "2026-11-01",
            "18:30",
            "11",
            "yes",
            "4",
            "2",
            "about right",
            "4",
            "80",
            "4",
            "6",
            "6",
            "yes",
            "",
            "",
            "Evening, \"quiet\" house, café; =SUM(A1)",
        ]
    );
    // 2026-11-02 18:05 UTC in Paris (+60); stopped on crunches; 5 minutes.
    assert_eq!(
        records[2],
        ["2026-11-02", "19:05", "5", "no", "5", "6", "hard", "4", "35", "1", "", "", "", "", "Crunches", ""]
    );
    // 2026-11-03 07:15 UTC in India (+330) is 12:45.
    assert_eq!(records[3][..3], ["2026-11-03", "12:45", "5"]);
    assert_eq!(records[3][12], "yes");
}

#[test]
fn a_late_session_lands_on_its_local_date() {
    // 23:30 on 1 November in Paris is 22:30 UTC; 00:30 on 2 November in
    // Tokyo is 15:30 UTC on the 1st.
    let paris = session("p", local(2026, 11, 1, 23, 30, 60), 60);
    let tokyo = session("t", local(2026, 11, 2, 0, 30, 540), 540);
    let records = parse_csv(&export_csv(&doc_of(vec![paris, tokyo])));
    assert_eq!(records[1][..2], ["2026-11-01", "23:30"]);
    assert_eq!(records[2][..2], ["2026-11-02", "00:30"]);
}

#[test]
fn notes_with_commas_quotes_and_line_breaks_survive_quoting() {
    let mut s = session("a", utc(2026, 1, 1, 7, 0), 0);
    let note = "sore, then \"better\"\r\nsecond line\nthird";
    s.note = Some(note.into());
    let text = export_csv(&doc_of(vec![s]));
    assert!(text.contains("\"sore, then \"\"better\"\"\r\nsecond line\nthird\"\r\n"), "{text:?}");
    let records = parse_csv(&text);
    assert_eq!(records.len(), 2);
    assert_eq!(records[1][15], note);
}

#[test]
fn formula_triggers_are_defused() {
    let cases = [
        ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
        ("+1+2", "'+1+2"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tcmd", "'\tcmd"),
        ("fine = ok", "fine = ok"),
        (" leading space", " leading space"),
    ];
    for (note, want) in cases {
        let mut s = session("a", utc(2026, 1, 1, 7, 0), 0);
        s.note = Some(note.into());
        let text = export_csv(&doc_of(vec![s]));
        assert_eq!(parse_csv(&text)[1][15], want, "note {note:?}");
    }
    // The leading space is kept by quoting it, so trimming readers keep it too.
    let mut s = session("a", utc(2026, 1, 1, 7, 0), 0);
    s.note = Some(" x".into());
    assert!(export_csv(&doc_of(vec![s])).ends_with(",\" x\"\r\n"));
}

#[test]
fn skipped_and_partial_exercises_show_as_such() {
    let mut s = session("a", utc(2026, 1, 1, 7, 0), 0);
    s.exercises[0].skipped = true;
    s.exercises[3].skipped = true;
    s.exercises[4].done = WorkDone { breaths: 1, ..WorkDone::default() };
    s.exercises.remove(2);
    let records = parse_csv(&export_csv(&doc_of(vec![s])));
    let r = &records[1];
    assert_eq!(r[10], "", "core breath was not in the session");
    assert_eq!(r[12], "partly");
    assert_eq!(r[13], "Back bridge; Leg swings");
}

#[test]
fn export_file_names_use_the_local_date() {
    let now = local(2026, 11, 25, 23, 50, -300);
    assert_eq!(export_file_name("json", now, -300), "upright-history-2026-11-25.json");
    assert_eq!(export_file_name("csv", now, 0), "upright-history-2026-11-26.csv");
    assert_eq!(export_file_name("../CSV", now, -300), "upright-history-2026-11-25.csv");
    assert_eq!(export_file_name("", now, -300), "upright-history-2026-11-25.txt");
}
