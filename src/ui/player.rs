//! The hands-free player. Everything it shows is a snapshot of the session at
//! the current instant; cues come from the core's scheduler.

use super::widgets::{button, Figure, Later, When};
use super::{AppState, Screen};
use crate::browser::{self, audio, cues, wake_lock};
use crate::progress::CueMode;
use crate::routine::ExerciseId;
use crate::workout::{CueKind, CueScheduler, Event, Session, Side, Snapshot, Step, StepKind};
use leptos::prelude::*;
use std::time::Duration;

/// How far ahead beeps are put on the audio clock. Hidden tabs get timers
/// about once a minute, so they schedule more than a minute ahead.
const LOOKAHEAD_VISIBLE_MS: u64 = 1_500;
const LOOKAHEAD_HIDDEN_MS: u64 = 70_000;
/// Spoken cues older than this are skipped rather than read out late.
const STALE_SPEECH_MS: u64 = 2_000;

/// Timer period for cue scheduling.
const TICK_MS: u64 = 250;

/// Updates `now` on every animation frame until `alive` is false or disposed.
fn frame_loop(alive: StoredValue<bool>, now: RwSignal<u64>) {
    request_animation_frame(move || {
        if alive.try_get_value() == Some(true) {
            now.set(browser::now_ms());
            frame_loop(alive, now);
        }
    });
}

fn with_session<T>(state: AppState, f: impl FnOnce(&Session) -> T) -> Option<T> {
    state.active.with_untracked(|a| a.as_ref().map(|a| f(&a.session)))
}

/// Whole seconds left, rounded up so "1" shows until the step really ends.
fn whole_seconds(ms: u64) -> u64 {
    ms.div_ceil(1000)
}

fn set_label(step: &Step) -> String {
    let mut parts = Vec::new();
    if let Some((i, n)) = step.set {
        let word = match step.kind {
            StepKind::Hold => "Hold",
            StepKind::Breaths if step.exercise == ExerciseId::MidBackStretches && step.side.is_none() => "Cobra",
            StepKind::Breaths if step.exercise == ExerciseId::MidBackStretches => "Reach",
            StepKind::Breaths => "Breath",
            _ => "Set",
        };
        parts.push(format!("{word} {i} of {n}"));
    }
    if let Some(side) = step.side {
        let side = match side {
            Side::Left => "Left",
            Side::Right => "Right",
        };
        let part = if step.exercise == ExerciseId::LegSwings { "leg" } else { "side" };
        parts.push(format!("{side} {part}"));
    }
    parts.join(" · ")
}

/// The player screen (`data-testid="player"`).
#[component]
pub fn Player() -> impl IntoView {
    let state = expect_context::<AppState>();
    state.start_or_resume();
    let now = RwSignal::new(browser::now_ms());
    let scheduler = StoredValue::new(CueScheduler::new(now.get_untracked()));
    // Speech and vibration fire when their cue falls due, from this instant on.
    let voiced_until = StoredValue::new(now.get_untracked());

    let snapshot: Memo<Option<Snapshot>> =
        Memo::new(move |_| state.active.with(|a| a.as_ref().map(|a| a.session.snapshot(now.get()))));
    let index = Memo::new(move |_| snapshot.with(|s| s.as_ref().map(|s| s.index)));
    let step: Memo<Option<Step>> = Memo::new(move |_| {
        let i = index.get()?;
        state.active.with(|a| a.as_ref().and_then(|a| a.session.plan.steps.get(i).cloned()))
    });
    let next_step: Memo<Option<String>> = Memo::new(move |_| {
        let i = index.get()?;
        state.active.with(|a| {
            let plan = &a.as_ref()?.session.plan;
            Some(match plan.next_up(i) {
                Some(s) => format!("Next: {}", s.title),
                None => "Last step".to_string(),
            })
        })
    });
    let paused = move || snapshot.with(|s| s.as_ref().is_some_and(|s| s.paused));
    // "This hurts" was pressed: said on screen until the workout ends (survives a reload).
    let hurt = move || {
        state.active.with(|a| a.as_ref().is_some_and(|a| a.session.events.iter().any(|e| matches!(e, Event::Hurt { .. }))))
    };

    let tick = move || {
        let t = browser::now_ms();
        now.set(t);
        let (mode, volume) = state.doc.with_untracked(|d| (d.settings.cue_mode, d.settings.volume));
        let speak = |text: &str| {
            state.doc.with_untracked(|d| cues::speak(text, d.settings.voice.as_deref(), volume));
        };
        let lookahead = if browser::page_hidden() { LOOKAHEAD_HIDDEN_MS } else { LOOKAHEAD_VISIBLE_MS };
        with_session(state, |session| {
            let due = scheduler.try_update_value(|s| s.due(session, t, lookahead)).unwrap_or_default();
            if matches!(mode, CueMode::VoiceAndBeeps | CueMode::Beeps) {
                for (cue, delay) in due {
                    let rest = session.plan.steps.get(cue.step).is_some_and(|s| s.kind == StepKind::Rest);
                    audio::schedule(cue.kind, rest, delay, volume);
                }
            }
            let Some(from) = voiced_until.try_get_value() else { return };
            voiced_until.try_set_value(t);
            for cue in session.cues_between(from, t) {
                if t.saturating_sub(cue.at_ms) > STALE_SPEECH_MS {
                    continue;
                }
                match mode {
                    CueMode::VoiceAndBeeps if cue.kind == CueKind::StepStart => {
                        if let Some(s) = session.plan.steps.get(cue.step) {
                            speak(&format!("{}. {}", s.title, s.instruction));
                        }
                    }
                    CueMode::VoiceAndBeeps if cue.kind == CueKind::WorkoutDone => {
                        speak("Workout done. Well done.")
                    }
                    CueMode::Vibrate => cues::vibrate(cue.kind),
                    _ => {}
                }
            }
        });
        // The memo already holds the snapshot at `t`: no second replay of the events.
        if snapshot.with_untracked(|s| s.as_ref().is_some_and(|s| s.finished)) {
            state.finish_workout();
        }
    };

    // After any manual move the future changes: drop what was scheduled.
    let act = move |f: fn(&mut Session, u64)| {
        audio::cancel_pending();
        cues::hush();
        state.act(f);
        scheduler.update_value(|s| s.reset(browser::now_ms()));
        if paused() {
            wake_lock::release();
        } else {
            wake_lock::acquire();
        }
        tick();
    };
    let toggle_pause = move || act(if paused() { Session::resume } else { Session::pause });
    let is_reps = move || step.with(|s| s.as_ref().is_some_and(|s| s.kind == StepKind::Reps));

    // The interval drives cues and keeps going (throttled) while hidden; the
    // frame loop keeps the display within a frame of the timestamp truth.
    if let Ok(handle) = set_interval_with_handle(tick, Duration::from_millis(TICK_MS)) {
        on_cleanup(move || handle.clear());
    }
    let alive = StoredValue::new(true);
    frame_loop(alive, now);
    on_cleanup(move || alive.set_value(false));
    let visibility = window_event_listener_untyped("visibilitychange", move |_| {
        // The browser drops the lock while hidden: take it again on return.
        if !browser::page_hidden() && !paused() {
            wake_lock::acquire();
        }
        // Reschedule with the lookahead that fits the new visibility, and show
        // the true time at once on return.
        scheduler.update_value(|s| s.reset(browser::now_ms()));
        audio::cancel_pending();
        tick();
    });
    let keys = window_event_listener(leptos::ev::keydown, move |ev: web_sys::KeyboardEvent| {
        match ev.key().as_str() {
            " " | "Spacebar" => toggle_pause(),
            "ArrowLeft" => act(Session::prev),
            "ArrowRight" => act(Session::next),
            "Enter" if is_reps() => act(Session::done),
            _ => return,
        }
        ev.prevent_default();
    });
    on_cleanup(move || {
        visibility.remove();
        keys.remove();
        wake_lock::release();
    });
    if !paused() {
        wake_lock::acquire();
    }

    let exercise_name = move || step.with(|s| s.as_ref().map(|s| s.exercise.exercise().name).unwrap_or_default());
    let big_number = move || {
        let s = step.get()?;
        let snap = snapshot.get()?;
        Some(match (s.kind, snap.remaining_ms) {
            (StepKind::Reps, _) => view! {
                <div class="big" data-testid="rep-target"><span class="num">{s.reps.unwrap_or(0)}</span><span class="unit">" reps"</span></div>
            }
            .into_any(),
            (_, Some(ms)) => view! {
                <div class="big" role="timer" aria-label="seconds left" data-testid="countdown">{whole_seconds(ms)}</div>
            }
            .into_any(),
            _ => ().into_any(),
        })
    };
    let figure = move || {
        let s = step.get()?;
        let phase = match s.kind {
            StepKind::Hold => Some("b"),
            StepKind::Rest | StepKind::Transition | StepKind::GetReady => Some("a"),
            _ => None,
        };
        let alt = s.exercise.exercise().illustration.alt;
        Some(view! { <Figure from=s.pose to=s.pose_to alt=alt phase=phase/> })
    };
    // Whole per-mille: integer formatting only (float formatting costs wasm size).
    let permille = move || snapshot.with(|s| s.as_ref().map_or(0, |s| (s.progress.clamp(0.0, 1.0) * 1000.0) as u32));
    let open_card = move || {
        if !paused() {
            act(Session::pause);
        }
        if let Some(s) = step.get_untracked() {
            state.screen.set(Screen::Card(s.exercise, true));
        }
    };
    let finish_early = move || {
        act(Session::finish);
        state.finish_workout();
    };

    view! {
        <section class="player" data-testid="player" class:paused=paused>
            <header class="player-top">
                <span class="exercise-label">{exercise_name}</span>
                {button("btn ghost small", Some("how-to"), None, "How do I do this?", open_card)}
            </header>
            <div
                class="progress"
                role="progressbar"
                aria-label="Workout progress"
                aria-valuemin="0"
                aria-valuemax="100"
                aria-valuenow=move || permille() / 10
                data-testid="workout-progress"
                data-value=move || { let p = permille(); format!("{}.{:03}", p / 1000, p % 1000) }
            >
                <div class="progress-fill" style:width=move || { let p = permille(); format!("{}.{}%", p / 10, p % 10) }></div>
            </div>
            <h2 class="step-title" data-testid="step-title">{Signal::derive(move || step.with(|s| s.as_ref().map(|s| s.title.clone())))}</h2>
            <p class="step-instruction" data-testid="step-instruction">
                {Signal::derive(move || step.with(|s| s.as_ref().map(|s| s.instruction.clone())))}
            </p>
            <p class="set-index" data-testid="set-index">{Signal::derive(move || step.with(|s| s.as_ref().map(set_label)))}</p>
            // The rest one task after the Start tap, so neither task keeps a slow phone busy for long.
            <Later always=true>
                {big_number}
                <p class="paused-label" hidden=move || !paused()>"Paused"</p>
                {figure}
                <p class="next-up" data-testid="next-up">{Signal::derive(move || next_step.get())}</p>
                <p class="sr-only" aria-live="polite">
                    {Signal::derive(move || step.with(|s| s.as_ref().map(|s| format!("{}. {}", s.title, s.instruction))))}
                </p>
                <When when=hurt>
                    <p class="hurt-note" role="status" data-testid="hurt-notice">
                        "Stopped. Let's do the gentle stretches; skip them if they hurt too."
                    </p>
                </When>
                <div class="controls">
                    {button("btn ctl", Some("prev"), Some("Previous step"), "◀ Back", move || act(Session::prev))}
                    <When
                        when=paused
                        fallback=move || button("btn ctl primary", Some("pause"), None, "Pause", toggle_pause)
                    >
                        {button("btn ctl primary", Some("resume"), None, "Resume", toggle_pause)}
                    </When>
                    {button("btn ctl", Some("next"), Some("Next step"), "Skip ▶", move || act(Session::next))}
                </div>
                <When when=is_reps>
                    {button("btn primary big", Some("done-reps"), None, "Done", move || act(Session::done))}
                </When>
                <div class="controls secondary">
                    {button("btn ghost", Some("this-hurts"), None, "This hurts", move || act(Session::hurt))}
                    {button("btn ghost", Some("finish"), None, "Finish now", finish_early)}
                </div>
            </Later>
        </section>
    }
}
