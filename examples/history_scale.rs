//! Ten years of daily workouts through the history core: how big the stored
//! document gets and how long decode, encode, merge, import, stats and the
//! doctor's report take.
//!
//! `cargo run --release --example history_scale`
//!
//! Prints figures only (medians of several runs); nothing here asserts a
//! time, because timings depend on the machine.
//!
//! `-- --write PATH` also writes the encoded document (what the page stores
//! under `upright.store`) to PATH; `scripts/bench` seeds the page with it.

use std::time::Instant;
use upright::progress::{
    merge, month_days, report, stats, summary_text, Document, ExerciseResult, Felt, Meta, Period, SessionRecord, Settings, WorkDone,
};
use upright::store::{decode, encode, export_csv, export_json, validate_import};
use upright::routine::{ExerciseId, ROUTINE_VERSION};

const SESSIONS: usize = 3_650;
const RUNS: usize = 15;
const DAY: u64 = 86_400_000;

/// A small deterministic generator, so every run builds the same history.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u32 {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) as u32
    }
    fn below(&mut self, n: u32) -> u32 {
        self.next() % n
    }
}

/// Ten years from 2026-01-01, one session a day at a varying morning or
/// evening time, in a zone that switches daylight saving, climbing the
/// levels over the first months, with skips, pain answers and some notes.
fn history() -> Vec<SessionRecord> {
    let mut rng = Lcg(42);
    let start_day = upright::progress::days_from_civil(2026, 1, 1) as u64;
    (0..SESSIONS)
        .map(|i| {
            let day = start_day + i as u64;
            let summer = (i % 365) > 87 && (i % 365) < 298;
            let tz: i32 = if summer { 120 } else { 60 };
            let minute = if rng.below(3) == 0 { 19 * 60 + rng.below(180) } else { 6 * 60 + rng.below(120) };
            let start = (day * DAY + u64::from(minute) * 60_000).saturating_sub((tz as i64 * 60_000) as u64);
            let level = |ladder: usize| (i / 40).min(ladder);
            let settings = Settings { levels: [level(3), level(5), level(3), level(1), 0], ..Settings::default() };
            let exercises: Vec<ExerciseResult> = ExerciseId::ALL
                .iter()
                .map(|&id| {
                    let planned = settings.dosage(id);
                    let skipped = rng.below(40) == 0;
                    let done = if skipped {
                        WorkDone::default()
                    } else {
                        match planned {
                            upright::routine::Dosage::Holds { repeats, .. } => WorkDone { holds: repeats, ..WorkDone::default() },
                            upright::routine::Dosage::Reps { reps, sets } => {
                                WorkDone { reps: reps * sets, sets, ..WorkDone::default() }
                            }
                            upright::routine::Dosage::Breaths { count } => WorkDone { breaths: count, ..WorkDone::default() },
                            upright::routine::Dosage::Swings { front_rounds, .. } => {
                                WorkDone { sides: 2 * (front_rounds + 1), ..WorkDone::default() }
                            }
                            upright::routine::Dosage::Stretches { cobra_repeats, reach_per_side, .. } => WorkDone {
                                breaths: cobra_repeats,
                                sides: 2 * reach_per_side,
                                ..WorkDone::default()
                            },
                        }
                    };
                    ExerciseResult { exercise: id, planned, done, skipped, stopped_for_pain: false, rest_s: None }
                })
                .collect();
            let completed = exercises.iter().all(ExerciseResult::complete);
            let pain = (7 - (i / 200).min(5) as i32 + rng.below(3) as i32 - 1).clamp(0, 10) as u8;
            SessionRecord {
                id: format!("{start}-{:08x}", rng.next()),
                started_at_ms: start,
                ended_at_ms: start + 60_000 * u64::from(8 + rng.below(6)),
                tz_offset_min: tz,
                routine_version: ROUTINE_VERSION,
                exercises,
                pain_before: Some(pain),
                pain_after: if rng.below(4) == 0 { None } else { Some(pain.saturating_sub(1)) },
                felt: match rng.below(4) {
                    0 => None,
                    1 => Some(Felt::Easy),
                    2 => Some(Felt::Good),
                    _ => Some(Felt::Hard),
                },
                note: (rng.below(10) == 0).then(|| "Stiff after a long day at the desk, better after the stretches.".into()),
                completed,
                crunch_days: Vec::new(),
                away_s: 0,
            }
        })
        .collect()
}

/// Median wall time of `RUNS` runs of `f`, in milliseconds.
fn median_ms<T>(mut f: impl FnMut() -> T) -> f64 {
    let mut times: Vec<f64> = (0..RUNS)
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(f());
            t.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[RUNS / 2]
}

fn main() {
    let sessions = history();
    let doc = Document {
        sessions,
        meta: Meta { persist: Some(false), last_export_ms: Some(1_800_000_000_000), ..Meta::default() },
        ..Document::default()
    };
    let text = encode(&doc);
    let args: Vec<String> = std::env::args().collect();
    if let Some(path) = args.iter().position(|a| a == "--write").and_then(|i| args.get(i + 1)) {
        std::fs::write(path, &text).expect("write the encoded document");
    }
    let decoded = decode(&text);
    assert!(decoded.problems.is_empty(), "{:?}", decoded.problems);
    assert_eq!(decoded.doc, doc, "round trip");

    // A second device: the first half of the history plus 100 sessions of
    // its own, merged into the full one.
    let mut other = Document { sessions: doc.sessions[..SESSIONS / 2].to_vec(), ..Document::default() };
    for s in other.sessions.iter_mut().take(100) {
        s.id.push_str("-other");
    }
    let merged = merge(&doc, &other);
    assert_eq!(merged.sessions.len(), SESSIONS + 100);

    // The long ways: one damaged field sends decode down the tolerant,
    // field-by-field path; a format-1 document goes through the migration.
    let damaged = text.replacen("\"pain_before\":", "\"pain_before\":\"x\",\"was\":", 1);
    assert_eq!(decode(&damaged).doc.sessions.len(), SESSIONS);
    let mut v1: serde_json::Value = serde_json::from_str(&text).expect("own output is JSON");
    v1["version"] = 1.into();
    if let Some(obj) = v1.as_object_mut() {
        obj.remove("meta");
    }
    for s in v1["sessions"].as_array_mut().into_iter().flatten() {
        if let Some(s) = s.as_object_mut() {
            for (old, new) in [("started_at_ms", "started_at"), ("ended_at_ms", "ended_at")] {
                if let Some(x) = s.remove(old) {
                    s.insert(new.into(), x);
                }
            }
            for gone in ["tz_offset_min", "routine_version", "felt", "completed"] {
                s.remove(gone);
            }
        }
    }
    let v1_text = v1.to_string();
    assert_eq!(decode(&v1_text).doc.sessions.len(), SESSIONS);

    let last = doc.sessions.last().map_or(0, |s| s.ended_at_ms);
    let exported = export_json(&doc);

    println!("history_scale: {SESSIONS} sessions, median of {RUNS} runs (release build expected)");
    println!("encoded size:    {} bytes ({:.1} KB)", text.len(), text.len() as f64 / 1024.0);
    println!("pretty export:   {} bytes ({:.1} KB)", exported.len(), exported.len() as f64 / 1024.0);
    println!("decode:          {:.2} ms", median_ms(|| decode(&text)));
    println!("decode damaged:  {:.2} ms  (one bad field: the tolerant path)", median_ms(|| decode(&damaged)));
    println!("decode v1:       {:.2} ms  (migration to format 3)", median_ms(|| decode(&v1_text)));
    println!("encode:          {:.2} ms", median_ms(|| encode(&doc)));
    println!("merge:           {:.2} ms  (full history + half of it with 100 new ids)", median_ms(|| merge(&doc, &other)));
    println!("merge identical: {:.2} ms", median_ms(|| merge(&doc, &doc)));
    println!("stats:           {:.2} ms", median_ms(|| stats(&doc.sessions, last, 60)));
    println!("summary_text:    {:.2} ms", median_ms(|| summary_text(&stats(&doc.sessions, last, 60), &doc.sessions, &upright::i18n::Words::english())));
    println!("month_days:      {:.3} ms", median_ms(|| month_days(&doc.sessions, 2030, 6, 60)));
    println!("validate_import: {:.2} ms", median_ms(|| validate_import(&exported, u64::MAX)));
    println!("export_csv:      {:.2} ms", median_ms(|| export_csv(&doc, &upright::i18n::Words::english())));
    // The doctor's report's figures (what its screen draws from).
    println!("report all:      {:.2} ms  (every session, notes included)", median_ms(|| report(&doc, Period::All, last, 60, true, &upright::i18n::Words::english())));
    println!("report 3 months: {:.2} ms", median_ms(|| report(&doc, Period::ThreeMonths, last, 60, true, &upright::i18n::Words::english())));
    let st = stats(&doc.sessions, last, 60);
    println!("summary: {}", summary_text(&st, &doc.sessions, &upright::i18n::Words::english()));
}
