//! Prints what a whole workout sounds like: every line the coach says and
//! every sound, with its time, for the default settings (or `--large` for the
//! top levels), ticked every 250 ms like the player, Done after 2 s a rep.
//! `--pauses` pauses every step for 5 s after its first 3 s, to hear what
//! is said on resuming. `--lines` prints instead each distinct line once with the length the coach
//! plans for it, ms, tab-separated (`scripts/measure-speech` reads it). `--lang de` (or `es`)
//! speaks German (Spanish) instead of English.
//!
//! `cargo run --example spoken_script [-- --large --pauses --lines --lang de]`

use upright::i18n::{Lang, Words};
use upright::progress::Settings;
use upright::routine::ExerciseId;
use upright::workout::{build_plan, sound_ms, speech_ms, Channels, Coach, CueKind, Session, StepKind};

fn main() {
    let t0: u64 = 1_700_000_000_000;
    let args: Vec<String> = std::env::args().collect();
    let has = |flag: &str| args.iter().any(|a| a == flag);
    let lang = match args.iter().position(|a| a == "--lang").and_then(|i| args.get(i + 1)) {
        Some(tag) => Lang::from_tag(tag).unwrap_or_else(|| panic!("no words in {tag}")),
        None => Lang::En,
    };
    let words = if lang == Lang::En { Words::english() } else { std::rc::Rc::new(Words::from_disk(lang).0) };
    let settings = if has("--large") {
        // The top of every ladder, the most core breaths, the slowest breath.
        let top = |id: ExerciseId| id.exercise().max_level();
        Settings {
            levels: ExerciseId::ALL.map(top),
            core_breaths: upright::routine::MAX_CORE_BREATHS,
            slow_breath_s: *upright::progress::SLOW_BREATH_RANGE_S.end(),
            ..Settings::default()
        }
    } else {
        Settings::default()
    };
    let mut session = Session::start(build_plan(&settings, &words).expect("a plan"), t0);
    let mut coach = Coach::new(t0);
    let voice = Channels { beeps: true, voice: true, vibrate: false };
    let mut lines: Vec<(u64, String)> = Vec::new();
    let mut t = t0;
    let mut reps_since: Option<(usize, u64)> = None;
    let mut last_title = String::new();
    let mut paused_in: Option<usize> = None;
    loop {
        let snap = session.snapshot(t);
        let step = session.plan.steps[snap.index].clone();
        if !snap.finished && step.title != last_title {
            last_title = step.title.clone();
            lines.push((t, format!("   [screen] {}", step.title)));
        }
        if has("--pauses") && !snap.finished && snap.elapsed_ms >= 3_000 && paused_in != Some(snap.index) {
            paused_in = Some(snap.index);
            lines.push((t, "   [tap] Pause".into()));
            session.pause(t);
            coach.reset(t);
            t += 5_000;
            lines.push((t, "   [tap] Resume".into()));
            session.resume(t);
            coach.reset(t);
        }
        let cues = coach.tick(&session, t, voice, false, &words);
        for b in &cues.beeps {
            let what = match b.kind {
                CueKind::Count(n) => format!("beep {n}"),
                other => format!("{other:?}"),
            };
            lines.push((t + b.delay_ms, format!("   ♪ {what} ({} ms)", sound_ms(b.kind, b.rest_start))));
        }
        for line in cues.speech {
            lines.push((t, format!("« {line} » ({:.1} s)", speech_ms(lang, &line) as f64 / 1000.0)));
        }
        if snap.finished {
            break;
        }
        if step.kind == StepKind::Reps {
            let since = match reps_since {
                Some((i, at)) if i == snap.index => at,
                _ => t,
            };
            reps_since = Some((snap.index, since));
            if t >= since + u64::from(step.reps.unwrap_or(0)) * 2_000 {
                lines.push((t, "   [tap] Done".into()));
                session.done(t);
                coach.reset(t);
            }
        }
        t += 250;
    }
    if has("--lines") {
        let mut seen = std::collections::BTreeSet::new();
        for (_, line) in &lines {
            if let Some(said) = line.strip_prefix("« ").and_then(|l| l.split(" » (").next()) {
                if seen.insert(said.to_string()) {
                    println!("{}\t{said}", speech_ms(lang, said));
                }
            }
        }
        return;
    }
    lines.sort_by_key(|(at, _)| *at);
    lines.dedup();
    for (at, line) in lines {
        let s = (at - t0) as f64 / 1000.0;
        println!("{:>2}:{:04.1}  {line}", (s / 60.0) as u64, s % 60.0);
    }
}
