//! The records in German and Spanish: the doctor's report, the history's
//! lines, the CSV header and the calendar file hold no English sentence of
//! the records' catalogue, and write dates, times and decimals as people
//! there do.

use super::*;
use crate::i18n::{Lang, Words};
use crate::store::{reminder_ics, Zone};
use fluent_syntax::ast::{Entry, Expression, Pattern, PatternElement};

/// The fixture of the report's tests (see `report.rs`).
const HISTORY: &str = include_str!("../../../tests/fixtures/report_history.json");
/// Friday 20 Nov 2026, 13:00 in Berlin.
const NOW_MS: u64 = 1_795_176_000_000;
const BERLIN_WINTER: i32 = 60;

fn words(lang: Lang) -> Words {
    let (words, problems) = Words::from_disk(lang);
    assert!(problems.is_empty(), "{problems:?}");
    words
}

/// Every stretch of literal English text in the records' and the safety
/// notes' messages long enough to be a sentence's piece (six characters or
/// more, two words or more): none may show in another language's output.
fn english_pieces() -> Vec<String> {
    let mut out = Vec::new();
    for file in ["records", "safety"] {
        let path = format!("{}/locales/en/{file}.ftl", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(&path).unwrap();
        let resource = fluent_syntax::parser::parse(text.as_str()).unwrap();
        for entry in resource.body {
            if let Entry::Message(m) = entry {
                if m.id.name.starts_with(file) {
                    m.value.iter().for_each(|p| pieces(p, &mut out));
                }
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

fn pieces(pattern: &Pattern<&str>, out: &mut Vec<String>) {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => {
                let piece = value.trim().trim_matches(|c: char| c.is_ascii_punctuation() || c.is_whitespace());
                // Two words or more: a single word may be the same in both
                // languages ("cobras").
                let words = piece.split(' ').filter(|w| w.chars().any(char::is_alphabetic)).count();
                if piece.len() >= 6 && words >= 2 {
                    out.push(piece.to_string());
                }
            }
            PatternElement::Placeable { expression: Expression::Select { variants, .. } } => {
                variants.iter().for_each(|v| pieces(&v.value, out));
            }
            PatternElement::Placeable { .. } => {}
        }
    }
}

#[track_caller]
fn assert_no_english(text: &str) {
    for piece in english_pieces() {
        // As whole words: "in all" is no part of "allgemein".
        let found = text.match_indices(piece.as_str()).any(|(at, _)| {
            let before = text[..at].chars().next_back();
            let after = text[at + piece.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        });
        assert!(!found, "English {piece:?} in:\n{text}");
    }
}

/// The report's words as the report screen lays them out, as plain text:
/// its period, blocks, pain table, stops and warnings (exercise names are
/// the routine's words and not part of it).
fn report_text(lang: Lang) -> String {
    let w = words(lang);
    let d = decode(HISTORY).doc;
    let r = report(&d, Period::FourWeeks, NOW_MS, BERLIN_WINTER, true, &w);
    let mut lines = vec![format!("{}: {}", r.period.label(&w), range_text(r.from_day, r.to_day, &w))];
    lines.extend(r.blocks.iter().map(|b| format!("{} {}", range_text(b.from_day, b.to_day, &w), b.sessions)));
    for p in &r.pain {
        let t = |v: Option<Tenths>| v.map(|v| tenths_text(v, &w)).unwrap_or_default();
        lines.push(format!("{} {} {} {}", range_text(p.from_day, p.to_day, &w), t(p.before), t(p.after), t(p.on_its_own)));
    }
    for s in &r.stops {
        lines.push(format!("{} {} {}", day_text(s.day, &w), minute_text(s.minute, &w), s.done));
    }
    for warning in &r.warnings {
        lines.push(format!("{} {}", day_text(warning.day, &w), warning.why.clone().unwrap_or_default()));
    }
    for s in d.sessions.iter().rev().take(5) {
        lines.extend(s.exercises.iter().map(|e| done_words(e, &w)));
        lines.push(summary_title(s, &w));
    }
    lines.join("\n")
}

/// Whether `text` holds a digit, `mark` and a digit in a row.
fn decimal_with(text: &str, mark: u8) -> bool {
    text.as_bytes().windows(3).any(|w| w[0].is_ascii_digit() && w[1] == mark && w[2].is_ascii_digit())
}

#[test]
fn the_english_pieces_are_found_in_the_english_report() {
    // The check below can fail: the same report in English holds them.
    let text = report_text(Lang::En);
    let found = english_pieces().into_iter().filter(|p| text.contains(p.as_str())).count();
    assert!(english_pieces().iter().any(|p| p == "of the last"), "{:?}", english_pieces());
    assert!(found >= 3, "{text}");
    assert!(text.contains("Last 4 weeks: 24 Oct 2026 to 20 Nov 2026"), "{text}");
    assert!(decimal_with(&text, b'.'), "{text}");
}

#[test]
fn the_report_in_german_has_german_dates_and_decimal_commas() {
    let text = report_text(Lang::De);
    assert_no_english(&text);
    assert!(text.starts_with("Letzte 4 Wochen: 24. Oktober 2026 bis 20. November 2026"), "{text}");
    // The stop on crunches on Wednesday 28 Oct at 07:30, and the warning of 29 Oct.
    assert!(text.contains("Mi., 28. Oktober 2026 07:30"), "{text}");
    assert!(text.contains("Do., 29. Oktober 2026 Dein Rücken"), "{text}");
    // Averages with one decimal, after a comma.
    assert!(decimal_with(&text, b','), "{text}");
    assert!(!decimal_with(&text, b'.'), "{text}");
}

#[test]
fn the_report_in_spanish_has_spanish_dates() {
    let text = report_text(Lang::Es);
    assert_no_english(&text);
    assert!(text.starts_with("Últimas 4 semanas: del 24 de octubre de 2026 al 20 de noviembre de 2026"), "{text}");
    assert!(text.contains("mié, 28 de octubre de 2026 07:30"), "{text}");
    assert!(text.contains("jue, 29 de octubre de 2026 Tu espalda se ha mantenido"), "{text}");
}

#[test]
fn dates_times_and_decimals_are_written_as_there() {
    let day = days_from_civil(2026, 12, 7);
    let cases = [
        (Lang::En, "7 Dec 2026", "Mon 7 Dec 2026", "Dec 2026", "4.5"),
        (Lang::De, "7. Dezember 2026", "Mo., 7. Dezember 2026", "Dezember 2026", "4,5"),
        (Lang::Es, "7 de diciembre de 2026", "lun, 7 de diciembre de 2026", "diciembre de 2026", "4,5"),
    ];
    for (lang, date, with_weekday, month, decimal) in cases {
        let w = words(lang);
        assert_eq!(date_text(day, &w), date, "{lang:?}");
        assert_eq!(day_text(day, &w), with_weekday, "{lang:?}");
        assert_eq!(month_text(day, &w), month, "{lang:?}");
        assert_eq!(tenths_text(45, &w), decimal, "{lang:?}");
        assert_eq!(minute_text(18 * 60 + 30, &w), "18:30", "{lang:?}");
        assert_eq!(minute_text(7 * 60 + 5, &w), "07:05", "{lang:?}");
    }
}

#[test]
fn the_csv_header_is_in_the_chosen_language() {
    let d = doc_of(daily(2));
    let header = |lang: Lang| export_csv(&d, &words(lang)).lines().next().unwrap().to_string();
    assert!(header(Lang::En).starts_with("date,start time,duration min,completed,pain before"));
    let de = header(Lang::De);
    assert!(de.starts_with("Datum,Startzeit,Dauer min,abgeschlossen,Schmerz vorher,Schmerz nachher"), "{de}");
    let es = header(Lang::Es);
    assert!(es.starts_with("fecha,hora de inicio,duración min,completado,dolor antes,dolor después"), "{es}");
    for (lang, line) in [(Lang::De, &de), (Lang::Es, &es)] {
        assert_eq!(line.split(',').count(), crate::store::CSV_HEADER.len(), "{lang:?}: {line}");
        assert_no_english(line);
    }
    // Yes and no cells follow the header's language.
    let rows = export_csv(&d, &words(Lang::De));
    assert!(rows.lines().nth(1).unwrap().contains(",ja,"), "{rows}");
    // Either language's export is still refused on import with which file to choose.
    let refused = validate_import(&export_csv(&d, &words(Lang::Es)), NOW).unwrap_err().to_string();
    assert!(refused.contains("JSON"), "{refused}");
}

#[test]
fn the_calendar_file_says_its_summary_and_text_in_the_chosen_language() {
    let offset = |_: i64| BERLIN_WINTER;
    let zone = Zone { name: None, offset_at: &offset };
    let reminder = Reminder::default();
    let ics = |lang: Lang| reminder_ics(&reminder, 11, &zone, "uid", None, NOW_MS, &words(lang)).unwrap().replace("\r\n ", "");
    let en = ics(Lang::En);
    assert!(en.contains("SUMMARY:Upright: back routine\r\n"), "{en}");
    let de = ics(Lang::De);
    assert!(de.contains("SUMMARY:Upright: Rückenroutine\r\n"), "{de}");
    assert!(de.contains("etwa 11 Minuten"), "{de}");
    let es = ics(Lang::Es);
    assert!(es.contains("SUMMARY:Upright: rutina de espalda\r\n"), "{es}");
    assert!(es.contains("unos 11 minutos"), "{es}");
    for text in [&de, &es] {
        let said: String = text.lines().filter(|l| l.starts_with("SUMMARY") || l.starts_with("DESCRIPTION")).collect();
        assert_no_english(&said);
    }
}

#[test]
fn the_pain_warning_lists_the_signs_in_the_language() {
    // Pain 5 on eight days running: the lasting-pain rule.
    let log: Vec<PainEntry> = (0..8).map(|i| PainEntry { at_ms: utc(2026, 3, 1, 18, 0) + i * DAY, tz_offset_min: 0, pain: 5 }).collect();
    let now = utc(2026, 3, 8, 20, 0);
    for lang in [Lang::De, Lang::Es] {
        let w = words(lang);
        let text = pain_warning(&[], &log, now, 0, &Meta::default(), &w).expect("warns");
        for sign in warning_signs(&w) {
            assert!(text.contains(&sign), "{lang:?}: {sign}");
        }
        assert_no_english(&text);
        assert_no_english(&doctor_seen_note(&w));
    }
    let de = pain_warning(&[], &log, now, 0, &Meta::default(), &words(Lang::De)).unwrap();
    assert!(de.starts_with("Dein Rücken hat an 8 der letzten 8 Tage mit 4 oder mehr wehgetan."), "{de}");
}

#[test]
fn history_lines_and_counts_use_the_languages_plurals() {
    let sessions = daily(1);
    let st = stats(&sessions, utc(2026, 1, 1, 20, 0), 0);
    let de = summary_text(&st, &sessions, &words(Lang::De));
    assert!(de.starts_with("1 Training erfasst, 1 in den letzten 7 Tagen; aktuelle Serie 1 Tag, längste 1 Tag."), "{de}");
    let es = summary_text(&st, &sessions, &words(Lang::Es));
    assert!(es.starts_with("1 entrenamiento registrado, 1 en los últimos 7 días; racha actual: 1 día"), "{es}");
    let w = words(Lang::De);
    assert_eq!(import_result_text(3, 1, &w), "3 Trainings importiert: 1 neu, der Rest war schon da.");
    assert_eq!(import_result_text(1, 1, &words(Lang::Es)), "Importado 1 entrenamiento: es nuevo.");
    for lang in [Lang::De, Lang::Es] {
        let w = words(lang);
        let text: String = result_lines(&sessions[0], &w).join("\n");
        assert_no_english(&text);
        assert_no_english(&Reminder::default().days_text(&w));
    }
}

#[test]
fn the_cards_dosage_line_is_in_the_language_with_its_rest() {
    use crate::routine::ExerciseId;
    let s = crate::progress::Settings::default();
    assert_eq!(s.dosage_text(ExerciseId::Crunches, crate::progress::tests::en()), "2 × 15 reps, 45 s rest");
    let german = crate::i18n::Words::from_disk(crate::i18n::Lang::De).0;
    let text = s.dosage_text(ExerciseId::Crunches, &german);
    assert!(text.ends_with("45 s Pause") && !text.contains("reps"), "{text}");
    let spanish = crate::i18n::Words::from_disk(crate::i18n::Lang::Es).0;
    let text = s.dosage_text(ExerciseId::LegSwings, &spanish);
    assert!(text.contains("al menos 15 s de descanso"), "{text}");
}
