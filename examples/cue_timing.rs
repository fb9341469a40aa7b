//! Cue timing benchmark: `cargo run --release --example cue_timing`.
//!
//! Simulates a ~23-minute session the way a phone on the floor runs it, and
//! checks that every cue reaches the audio clock within 20 ms of its planned
//! instant, and that the display (derived from timestamps) never drifts.
//!
//! - Plan: default settings give only ~7.5 minutes, so this uses the top
//!   levels (4 ball bridges, 5 × 20 crunches, 10 core breaths, 2 front swing
//!   rounds) and longer, still valid timing (get ready 10 s, breath 8 s,
//!   bridge rest 20 s, crunch rest 90 s, swing rest 60 s).
//! - The person pauses 25 s during the bridges and taps Done after each crunch
//!   set at 1.6-2.4 s per rep.
//! - Timer ticks every 250 ± 40 ms while visible (lookahead 1.5 s). Three
//!   seconds after the last Done the screen locks for 10 minutes (core breath,
//!   leg swings, into the stretches: no Done presses are needed there): ticks
//!   come every 60 ± 2 s (lookahead 70 s). Like the real page, the hide/show
//!   handlers and every tap hand cues over at once.
//! - The audio clock runs from its own origin (offset), drifts 30 ppm from the
//!   wall clock and is read in 128-frame steps at 48 kHz, like Chrome's
//!   `AudioContext.currentTime`.
//! - A second run freezes all timers while locked (a phone in deep sleep) to
//!   show stale cues are dropped instead of played in a burst.

use upright::progress::Settings;
use upright::workout::{build_plan, Cue, CueScheduler, Session, StepKind};

const T0: u64 = 1_750_000_000_000;
const AUDIO_OFFSET_MS: f64 = 12_345.678;
const DRIFT: f64 = 30e-6;
const QUANTUM_MS: f64 = 128.0 / 48_000.0 * 1000.0;
const HIDDEN_MS: u64 = 600_000;
const LIMIT_MS: f64 = 20.0;

/// Small deterministic xorshift generator: the run is reproducible.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    /// Uniform integer in [lo, hi].
    fn range(&mut self, lo: i64, hi: i64) -> i64 {
        lo + (self.next() % (hi - lo + 1) as u64) as i64
    }
}

/// True audio-clock time (ms) at a wall instant.
fn audio_true(wall: u64) -> f64 {
    AUDIO_OFFSET_MS + (wall - T0) as f64 * (1.0 + DRIFT)
}

/// What `currentTime` reads at a wall instant: the start of the current render quantum.
fn audio_read(wall: u64) -> f64 {
    (audio_true(wall) / QUANTUM_MS).floor() * QUANTUM_MS
}

#[derive(Default)]
struct Report {
    steps: usize,
    estimate_ms: u64,
    end_ms: u64,
    active_ms: u64,
    visible_ticks: u32,
    hidden_ticks: u32,
    dones: u32,
    truth: usize,
    handed: usize,
    missed: usize,
    extra: usize,
    dropped: u32,
    max_err: f64,
    mean_err: f64,
    late_played: usize,
    biggest_burst: usize,
    display_err_ms: u64,
    wrong_steps: u32,
    tick_counted_err_ms: u64,
    hidden_from: String,
    hidden_to: String,
}

fn settings() -> Settings {
    Settings {
        levels: [3, 5, 3, 1, 0],
        get_ready_s: 10,
        breath_s: 8,
        bridge_rest_s: 20,
        crunch_rest_s: 90,
        swing_rest_s: 60,
        ..Settings::default()
    }
}

/// An independent reference: where the workout should be at wall time `t`,
/// from the plan, the pauses and the Done presses only (no engine code).
fn reference(session: &Session, pauses: &[(u64, Option<u64>)], dones: &[u64], t: u64) -> Option<(usize, Option<u64>)> {
    let active = |w: u64| -> u64 {
        let paused: u64 = pauses.iter().map(|&(a, b)| b.unwrap_or(u64::MAX).min(w).saturating_sub(a.min(w))).sum();
        w - T0 - paused
    };
    let now = active(t);
    let mut cursor = 0;
    let mut done_iter = dones.iter();
    for (i, step) in session.plan.steps.iter().enumerate() {
        let end = match step.duration_ms {
            Some(d) => cursor + d,
            None => done_iter.next().map_or(u64::MAX, |&w| active(w)),
        };
        if now < end {
            return Some((i, step.duration_ms.map(|_| end - now)));
        }
        cursor = end;
    }
    None
}

fn simulate(frozen_while_hidden: bool) -> Report {
    let plan = build_plan(&settings(), &upright::i18n::Words::english()).expect("valid settings");
    let mut rep = Report { steps: plan.steps.len(), estimate_ms: plan.total_estimate_ms(), ..Report::default() };
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut session = Session::start(plan, T0);
    let mut sched = CueScheduler::new(T0);
    let crunch_sets = session.plan.steps.iter().filter(|s| s.kind == StepKind::Reps).count();

    // (cue, audio time it was scheduled at); cancelled entries are removed.
    let mut handed: Vec<(Cue, f64)> = Vec::new();
    let mut pauses: Vec<(u64, Option<u64>)> = Vec::new();
    let mut dones: Vec<u64> = Vec::new();
    let (pause_at, resume_at) = (T0 + 60_000, T0 + 85_000);
    let mut pending_done: Option<u64> = None;
    let mut hidden = false;
    let mut hide_at = u64::MAX;
    let mut show_at = u64::MAX;
    let mut next_tick = T0;
    let mut tick_counted_active: u64 = 0;
    let mut finished_at: Option<u64> = None;

    // Hand cues to the audio clock, as the browser layer does on every tick, tap and visibility change.
    let handoff = |t: u64, hidden: bool, session: &Session, sched: &mut CueScheduler, handed: &mut Vec<(Cue, f64)>| {
        let lookahead = if hidden { 70_000 } else { 1_500 };
        let due = sched.due(session, t, lookahead);
        let late = due.iter().filter(|(c, _)| c.at_ms < t).count();
        let now_audio = audio_read(t);
        for (cue, delay) in due {
            handed.push((cue, now_audio + delay as f64));
        }
        late
    };
    // A tap: record the event, cancel audio not yet played, re-plan.
    let tap = |t: u64, sched: &mut CueScheduler, handed: &mut Vec<(Cue, f64)>| {
        sched.reset(t);
        handed.retain(|(c, _)| c.at_ms < t);
    };

    let mut t = T0;
    handoff(t, false, &session, &mut sched, &mut handed); // the Start tap
    loop {
        // The next thing that happens: a tick, a tap or a visibility change.
        let candidates = [
            if frozen_while_hidden && hidden { u64::MAX } else { next_tick },
            if pauses.is_empty() { pause_at } else { u64::MAX },
            if pauses.len() == 1 && pauses[0].1.is_none() { resume_at } else { u64::MAX },
            pending_done.unwrap_or(u64::MAX),
            if hidden { show_at } else { hide_at },
        ];
        let (which, &at) = candidates.iter().enumerate().min_by_key(|(_, v)| **v).expect("five candidates");
        t = at;
        match which {
            1 => {
                session.pause(t);
                pauses.push((t, None));
                tap(t, &mut sched, &mut handed);
                handoff(t, hidden, &session, &mut sched, &mut handed);
            }
            2 => {
                session.resume(t);
                pauses[0].1 = Some(t);
                tap(t, &mut sched, &mut handed);
                handoff(t, hidden, &session, &mut sched, &mut handed);
            }
            3 => {
                session.done(t);
                dones.push(t);
                rep.dones += 1;
                pending_done = None;
                tap(t, &mut sched, &mut handed);
                handoff(t, hidden, &session, &mut sched, &mut handed);
                if dones.len() == crunch_sets {
                    hide_at = t + 3_000;
                }
            }
            4 => {
                hidden = !hidden;
                if hidden {
                    show_at = t + HIDDEN_MS;
                    hide_at = u64::MAX;
                    rep.hidden_from = session.plan.steps[session.snapshot(t).index].title.clone();
                } else {
                    rep.hidden_to = session.plan.steps[session.snapshot(t).index].title.clone();
                    show_at = u64::MAX;
                }
                let late = handoff(t, hidden, &session, &mut sched, &mut handed);
                rep.late_played += late;
                rep.biggest_burst = rep.biggest_burst.max(late);
                next_tick = t + if hidden { 60_000 } else { 250 };
            }
            _ => {
                // A timer tick: check the display, hand over cues, plan the next tick.
                let snap = session.snapshot(t);
                if hidden {
                    rep.hidden_ticks += 1;
                } else {
                    rep.visible_ticks += 1;
                }
                if !snap.paused && !snap.finished {
                    // What a tick-counting timer would believe (for contrast only).
                    tick_counted_active += 250;
                }
                match reference(&session, &pauses, &dones, t) {
                    Some((index, remaining)) if !snap.finished => {
                        if index != snap.index {
                            rep.wrong_steps += 1;
                        }
                        let err = match (remaining, snap.remaining_ms) {
                            (Some(a), Some(b)) => a.abs_diff(b),
                            (None, None) => 0,
                            _ => u64::MAX,
                        };
                        rep.display_err_ms = rep.display_err_ms.max(err);
                        rep.tick_counted_err_ms =
                            rep.tick_counted_err_ms.max(tick_counted_active.abs_diff(snap.active_ms));
                    }
                    None if snap.finished => {}
                    _ => rep.wrong_steps += 1,
                }
                let step = &session.plan.steps[snap.index];
                if step.kind == StepKind::Reps && pending_done.is_none() && !snap.finished && !hidden {
                    let per_rep = rng.range(1_600, 2_400) as u64;
                    pending_done = Some(t - snap.elapsed_ms + u64::from(step.reps.unwrap_or(0)) * per_rep);
                }
                let late = handoff(t, hidden, &session, &mut sched, &mut handed);
                rep.late_played += late;
                rep.biggest_burst = rep.biggest_burst.max(late);
                let jitter = if hidden { rng.range(-2_000, 2_000) } else { rng.range(-40, 40) };
                next_tick = (t as i64 + if hidden { 60_000 } else { 250 } + jitter) as u64;
                if snap.finished {
                    let end = *finished_at.get_or_insert(t);
                    if t > end + 5_000 {
                        break;
                    }
                }
            }
        }
    }

    let end = session.ended_at_ms(t).expect("the session finished");
    let snap = session.snapshot(t);
    rep.end_ms = end - T0;
    rep.active_ms = snap.active_ms;
    let truth = session.cues_between(T0 - 1, t);
    rep.truth = truth.len();
    rep.handed = handed.len();
    rep.dropped = sched.dropped();
    let mut errs = Vec::new();
    let mut unmatched = handed.clone();
    for cue in &truth {
        match unmatched.iter().position(|(c, _)| c == cue) {
            Some(i) => {
                let (_, audio_at) = unmatched.swap_remove(i);
                errs.push((audio_at - audio_true(cue.at_ms)).abs());
            }
            None => rep.missed += 1,
        }
    }
    rep.extra = unmatched.len();
    rep.max_err = errs.iter().copied().fold(0.0, f64::max);
    rep.mean_err = if errs.is_empty() { 0.0 } else { errs.iter().sum::<f64>() / errs.len() as f64 };
    rep
}

fn mmss(ms: u64) -> String {
    format!("{} min {:02} s", ms / 60_000, ms / 1000 % 60)
}

fn main() {
    let r = simulate(false);
    println!("Upright cue timing: simulated session (see the header of examples/cue_timing.rs)");
    println!(
        "plan: {} steps, estimate {}; ran {} wall, {} active; {} Done presses, one 25 s pause",
        r.steps,
        mmss(r.estimate_ms),
        mmss(r.end_ms),
        mmss(r.active_ms),
        r.dones
    );
    println!("screen locked {} (\"{}\" -> \"{}\")", mmss(HIDDEN_MS), r.hidden_from, r.hidden_to);
    println!(
        "ticks: {} visible (250 ± 40 ms), {} hidden (60 ± 2 s); audio clock offset {AUDIO_OFFSET_MS} ms, drift {} ppm, read in {QUANTUM_MS:.3} ms steps",
        r.visible_ticks,
        r.hidden_ticks,
        DRIFT * 1e6
    );
    println!();
    println!("| metric                                    | value      |");
    println!("|-------------------------------------------|------------|");
    println!("| cues planned (timeline truth)             | {:>10} |", r.truth);
    println!("| cues handed to the audio clock            | {:>10} |", r.handed);
    println!("| missed                                    | {:>10} |", r.missed);
    println!("| extra (handed, not in the truth)          | {:>10} |", r.extra);
    println!("| dropped as stale (> 1 s late)             | {:>10} |", r.dropped);
    println!("| played late (< 1 s)                       | {:>10} |", r.late_played);
    println!("| max |audio time - planned| (ms)           | {:>10.3} |", r.max_err);
    println!("| mean |audio time - planned| (ms)          | {:>10.3} |", r.mean_err);
    println!("| max display error (ms)                    | {:>10} |", r.display_err_ms);
    println!("| ticks showing the wrong step              | {:>10} |", r.wrong_steps);
    println!("| a tick-counted clock would be off by (s)  | {:>10.1} |", r.tick_counted_err_ms as f64 / 1000.0);
    let pass = r.max_err <= LIMIT_MS && r.missed == 0 && r.extra == 0 && r.display_err_ms == 0 && r.wrong_steps == 0;
    println!();
    println!(
        "{}: every cue within {LIMIT_MS} ms (max {:.3} ms), none missed or extra, display exact",
        if pass { "PASS" } else { "FAIL" },
        r.max_err
    );

    let f = simulate(true);
    println!();
    println!(
        "frozen phone (no timers at all while locked): {} stale cues dropped, {} played late (< 1 s), biggest burst on waking: {} cue(s), display error {} ms",
        f.dropped, f.late_played, f.biggest_burst, f.display_err_ms
    );
    if !pass {
        std::process::exit(1);
    }
}
