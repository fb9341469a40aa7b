//! Prints what a whole workout sounds like: every line the coach says and
//! every sound, with its time, for the default settings (or `--large` for the
//! top levels), ticked every 250 ms like the player, Done after 2 s a rep.
//!
//! `cargo run --example spoken_script`

use upright::progress::Settings;
use upright::workout::{build_plan, sound_ms, speech_ms, Channels, Coach, CueKind, Session, StepKind};

fn main() {
    let t0: u64 = 1_700_000_000_000;
    let settings = Settings::default();
    let mut session = Session::start(build_plan(&settings).expect("a plan"), t0);
    let mut coach = Coach::new(t0);
    let voice = Channels { beeps: true, voice: true, vibrate: false };
    let mut lines: Vec<(u64, String)> = Vec::new();
    let mut t = t0;
    let mut reps_since: Option<(usize, u64)> = None;
    let mut last_title = String::new();
    loop {
        let snap = session.snapshot(t);
        let step = &session.plan.steps[snap.index];
        if !snap.finished && step.title != last_title {
            last_title = step.title.clone();
            lines.push((t, format!("   [screen] {}", step.title)));
        }
        let cues = coach.tick(&session, t, voice, false);
        for b in &cues.beeps {
            let what = match b.kind {
                CueKind::Count(n) => format!("beep {n}"),
                other => format!("{other:?}"),
            };
            lines.push((t + b.delay_ms, format!("   ♪ {what} ({} ms)", sound_ms(b.kind, b.rest_start))));
        }
        for line in cues.speech {
            lines.push((t, format!("« {line} » ({:.1} s)", speech_ms(&line) as f64 / 1000.0)));
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
    lines.sort_by_key(|(at, _)| *at);
    lines.dedup();
    for (at, line) in lines {
        let s = (at - t0) as f64 / 1000.0;
        println!("{:>2}:{:04.1}  {line}", (s / 60.0) as u64, s % 60.0);
    }
}
