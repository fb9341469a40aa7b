//! The hands-free player. Everything it shows is a snapshot of the session at
//! the current instant; cues come from the core's scheduler.

use super::startup::Later;
use super::widgets::{Ask, Button, Figure, OpenQuestions};
use super::{AppState, Page};
use crate::browser::{self, audio, cues, page, wake_lock};
use crate::progress::{self, CueMode};
use crate::routine::ExerciseId;
use crate::workout::{self, Channels, Coach, Event, Session, Side, Snapshot, Step, StepKind, STALE_SPEECH_MS};
use gloo_timers::callback::Interval;
use leptos::prelude::*;

/// Timer period for cue scheduling, ms. Hidden tabs get it about once a
/// minute, which the coach's lookahead covers.
const TICK_MS: u32 = 250;

/// How often the instant up to which the person was coached is saved with
/// the running workout, ms: a closed app stops its workout at most this
/// long before it closed.
const COACHED_SAVE_MS: u64 = 3_000;

/// Sound that has been off this long, while the cue mode wants it, asks for a
/// tap (a fresh context takes a moment to start after the Start tap).
const SOUND_OFF_GRACE_MS: u64 = 1_500;

/// The ways of cueing a cue mode stands for on this browser: a mode it
/// cannot do falls back (see `workout::cue_channels`; the player says so).
fn channels(mode: CueMode) -> Channels {
    workout::cue_channels(mode, browser::support::cue_abilities()).0
}

/// Runs `on_frame` with the time on every animation frame until `alive` is
/// false or disposed. A frame is drawn only while the page is on screen, so
/// each one also proves the person can be coached.
fn frame_loop(alive: StoredValue<bool>, on_frame: impl Fn(u64) + Copy + 'static) {
    request_animation_frame(move || {
        if alive.try_get_value() == Some(true) {
            on_frame(browser::now_ms());
            frame_loop(alive, on_frame);
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

/// The player screen (`data-testid="player"`). Shows the running workout;
/// with none, the guard sends the person home.
#[component]
pub fn Player() -> impl IntoView {
    let state = expect_context::<AppState>();
    let now = RwSignal::new(browser::now_ms());
    // From a moment before: a workout started in the tap's task still gets its first cues.
    let coach = StoredValue::new(Coach::new(now.get_untracked().saturating_sub(STALE_SPEECH_MS)));

    let snapshot: Memo<Option<Snapshot>> =
        Memo::new(move |_| state.active.with(|a| a.as_ref().map(|a| a.session.snapshot(now.get()))));
    let index = Memo::new(move |_| snapshot.with(|s| s.as_ref().map(|s| s.index)));
    let step: Memo<Option<Step>> = Memo::new(move |_| {
        let i = index.get()?;
        state.active.with(|a| a.as_ref().and_then(|a| a.session.plan.steps.get(i).cloned()))
    });
    let next_step: Memo<Option<String>> = Memo::new(move |_| {
        let i = index.get()?;
        state.active.with(|a| Some(workout::next_up_text(&a.as_ref()?.session.plan, i)))
    });
    let paused = move || snapshot.with(|s| s.as_ref().is_some_and(|s| s.paused));
    // "This hurts" was pressed: said on screen until the workout ends (survives a reload).
    let hurt = move || {
        state.active.with(|a| a.as_ref().is_some_and(|a| a.session.events.iter().any(|e| matches!(e, Event::Hurt { .. }))))
    };

    // Since when the sound the cue mode wants has been off (a reload leaves no
    // AudioContext; an interruption suspends it).
    let sound_off_since = StoredValue::new(None::<u64>);
    let sound_off = RwSignal::new(false);
    // Presence: when the coaching stopped, and whether coming back asks.
    let last_saved = StoredValue::new(0u64);
    let away_asked = RwSignal::new(None::<u64>);
    let presence = move |t: u64| {
        let hidden = browser::page_hidden();
        let stops = state.active.with_untracked(|a| a.as_ref().is_some_and(|a| a.tick_stops(t)));
        if stops {
            // The clock stops where the coaching stopped: the screen must show it.
            state.active.update(|a| a.iter_mut().for_each(|a| a.tick(t, hidden)));
        } else {
            state.active.update_untracked(|a| a.iter_mut().for_each(|a| a.tick(t, hidden)));
        }
        let away = state.active.with_untracked(|a| a.as_ref().is_some_and(|a| a.away_since_ms.is_some()));
        if away && !hidden {
            let ask = state.active.with_untracked(|a| a.as_ref().and_then(|a| a.ask_on_return(t)));
            // Back on the screen after the clock stopped: ask, or carry on.
            match ask {
                Some(ms) if away_asked.get_untracked().is_none() => away_asked.set(Some(ms)),
                Some(_) => {}
                None if away_asked.get_untracked().is_none() => state.active.update(|a| a.iter_mut().for_each(|a| a.back(t))),
                None => {}
            }
        }
        if stops || t.saturating_sub(last_saved.get_value()) >= COACHED_SAVE_MS {
            last_saved.set_value(t);
            state.save_active();
        }
    };
    let tick = move || {
        let t = browser::now_ms();
        presence(t);
        now.set(t);
        let (mode, volume, voice) = state.doc.with_untracked(|d| (d.settings.cue_mode, d.settings.volume, d.settings.voice.clone()));
        let wants_sound = channels(mode).beeps;
        if wants_sound {
            audio::try_resume();
        }
        let off = wants_sound && !audio::is_running() && !paused();
        let since = if off { Some(sound_off_since.get_value().unwrap_or(t)) } else { None };
        sound_off_since.set_value(since);
        sound_off.set(since.is_some_and(|s| t.saturating_sub(s) >= SOUND_OFF_GRACE_MS));
        let Some(cues) = with_session(state, |session| {
            coach.try_update_value(|c| c.tick(session, t, channels(mode), browser::page_hidden()))
        })
        .flatten() else {
            return;
        };
        for beep in cues.beeps {
            audio::schedule(beep.kind, beep.rest_start, beep.delay_ms, volume);
        }
        for line in cues.speech {
            cues::speak(&line, voice.as_deref(), volume);
        }
        for kind in cues.vibrations {
            cues::vibrate(kind);
        }
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
        coach.update_value(|c| c.reset(browser::now_ms()));
        if paused() {
            wake_lock::release();
        } else {
            wake_lock::acquire();
        }
        tick();
    };
    let toggle_pause = move || act(if paused() { Session::resume } else { Session::pause });

    // Any question holds the workout until it is answered: nothing is said or
    // counted under it. `held` is whether it was running when the first
    // question opened; when the last is answered it runs again only if it was.
    let questions = RwSignal::new(0u32);
    provide_context(OpenQuestions(questions));
    let held = StoredValue::new(None::<bool>);
    let hold = move || {
        if held.get_value().is_some() {
            return;
        }
        let running = !paused();
        held.set_value(Some(running));
        if running && away_asked.get_untracked().is_some() {
            // A workout left for hours stopped where it stopped moving, not now
            // (so "Save what I did" keeps only the time really spent).
            act(|s, now| s.pause(workout::idle_since_ms(s, now)));
        } else if running {
            act(Session::pause);
        }
    };
    let workout_live = move || snapshot.with_untracked(|s| s.as_ref().is_some_and(|s| !s.finished));
    // Runs the workout again if a question held it while it ran (answers that
    // move on themselves, or end it, leave nothing to do).
    let release = move || {
        if held.try_update_value(Option::take).flatten() == Some(true) && workout_live() && paused() {
            act(Session::resume);
        }
    };
    Effect::new(move |_| {
        let open = questions.get() > 0;
        untrack(move || if open { hold() } else { release() });
    });
    // The tap a browser needs before it plays sound again; what was scheduled
    // while there was no sound is planned again from now.
    let sound_on = move || {
        audio::unlock();
        coach.update_value(|c| c.reset(browser::now_ms()));
        sound_off_since.set_value(None);
        sound_off.set(false);
        tick();
    };
    let is_reps = move || step.with(|s| s.as_ref().is_some_and(|s| s.kind == StepKind::Reps));
    let can_stop_round = move || snapshot.with(|s| s.as_ref().is_some_and(|s| s.can_stop_round));
    let can_extend = move || snapshot.with(|s| s.as_ref().is_some_and(|s| s.can_extend));

    // The interval drives cues and keeps going (throttled) while hidden; the
    // frame loop keeps the display within a frame of the timestamp truth.
    // Both stop with the screen.
    let interval = StoredValue::new_local(Some(Interval::new(TICK_MS, tick)));
    on_cleanup(move || drop(interval.try_update_value(Option::take)));
    let alive = StoredValue::new(true);
    frame_loop(alive, move |t| {
        presence(t);
        now.set(t);
    });
    on_cleanup(move || alive.set_value(false));
    let visibility = window_event_listener_untyped("visibilitychange", move |_| {
        // The browser drops the lock while hidden: take it again on return.
        if !browser::page_hidden() && !paused() {
            wake_lock::acquire();
        }
        // Reschedule with the lookahead that fits the new visibility, and show
        // the true time at once on return.
        coach.update_value(|c| c.reset(browser::now_ms()));
        audio::cancel_pending();
        tick();
        // What the page has scheduled changed: a closed app stops there.
        state.save_active();
    });
    let keys = page::on_key(move |key| {
        // Under a question only its answers act.
        if questions.get_untracked() > 0 {
            return false;
        }
        match key {
            " " | "Spacebar" => toggle_pause(),
            "ArrowLeft" => act(Session::prev),
            "ArrowRight" => act(Session::next),
            "Enter" if is_reps() => act(Session::done),
            _ => return false,
        }
        true
    });
    let pagehide = window_event_listener_untyped("pagehide", move |_| {
        state.active.update_untracked(|a| a.iter_mut().for_each(|a| a.closing(browser::now_ms())));
        state.save_active();
    });
    on_cleanup(move || {
        visibility.remove();
        keys.remove();
        pagehide.remove();
        // Away from the player nobody is coached: the workout waits where it was left.
        let t = browser::now_ms();
        if state.active.try_update(|a| a.iter_mut().for_each(|a| a.left(t))).is_some() {
            state.save_active();
        }
        // Beeps already on the audio clock would sound over another screen;
        // the words that end a finished workout may finish.
        audio::cancel_pending();
        if state.active.try_with_untracked(Option::is_some).unwrap_or(false) {
            cues::hush();
        }
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
            (StepKind::Reps, _) => {
                let reps = s.reps.unwrap_or(0);
                // A paced set counts for the person: the crunch it is on is what
                // must read from the floor, the set's size beside it.
                let pace = s.rep_pace_ms();
                match pace.map(|p| (snap.elapsed_ms / p.max(1) + 1).min(u64::from(reps))) {
                    Some(n) => view! {
                        <div class="big reps">
                            <span class="num" data-testid="rep-count">{n}</span>
                            <span class="unit">" of "<span data-testid="rep-target">{reps}" reps"</span></span>
                        </div>
                    }
                    .into_any(),
                    None => view! {
                        <div class="big" data-testid="rep-target"><span class="num">{reps}</span><span class="unit">" reps"</span></div>
                    }
                    .into_any(),
                }
            }
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
        let alt = s.exercise.exercise().alt_for(s.pose);
        Some(view! { <Figure from=s.pose to=s.pose_to alt=alt phase=phase/> })
    };
    // Whole per-mille: integer formatting only (float formatting costs wasm size).
    let permille = move || snapshot.with(|s| s.as_ref().map_or(0, |s| (s.progress.clamp(0.0, 1.0) * 1000.0) as u32));
    let open_card = move || {
        if !paused() {
            act(Session::pause);
        }
        if let Some(s) = step.get_untracked() {
            state.go(Page::Card(s.exercise, true));
        }
    };
    // "This hurts" stops everything at once and asks what to do, rather than
    // moving straight on to a backbend.
    let hurt_asked = RwSignal::new(false);
    let hurts = move || {
        // Held before the words, so pausing does not hush them.
        hold();
        hurt_asked.set(true);
        let (mode, volume, voice) = state.doc.with_untracked(|d| (d.settings.cue_mode, d.settings.volume, d.settings.voice.clone()));
        if channels(mode).voice {
            cues::speak("Stop and rest. Breathe easy, and don't push through pain.", voice.as_deref(), volume);
        }
    };
    let hurt_stretch = move || {
        hurt_asked.set(false);
        act(Session::hurt);
    };
    let hurt_end = move || {
        hurt_asked.set(false);
        act(Session::hurt);
        act(Session::finish);
        state.finish_workout();
    };
    let hurt_continue = move || hurt_asked.set(false);
    // "Finish now" asks first.
    let finish_asked = RwSignal::new(false);
    let save_now = move || {
        finish_asked.set(false);
        act(Session::finish);
        state.finish_workout();
    };
    let discard = move || {
        finish_asked.set(false);
        state.abandon_workout();
    };
    // The stretches come after every workout: "Finish now" offers them first.
    let stretches_ahead = move || {
        let i = index.get();
        state.active.with(|a| {
            let first = a.as_ref().and_then(|a| a.session.plan.first_step_of(ExerciseId::MidBackStretches));
            matches!((i, first), (Some(i), Some(f)) if i < f)
        })
    };
    // Runs on (when the question closes) only if it ran before, as every answer does.
    let stretch_first = move || {
        finish_asked.set(false);
        act(Session::stretch);
    };
    // Coming back after a while away (or to a workout left for hours) asks
    // first: resume, save what was done, or discard.
    let t0 = browser::now_ms();
    away_asked.set(state.active.with_untracked(|a| a.as_ref().and_then(|a| a.ask_on_return(t0))));
    if away_asked.get_untracked().is_none() {
        // Back soon enough not to be asked: it carries on at once.
        state.active.update(|a| a.iter_mut().for_each(|a| a.back(t0)));
    }
    let stale = move || away_asked.get().is_some();
    let stale_text = move || {
        let ms = away_asked.get().unwrap_or(0);
        let minutes = ms / 60_000;
        let hours = ms / 3_600_000;
        let away = if hours >= 48 {
            format!("{} days", hours / 24)
        } else if hours >= 1 {
            progress::plural(hours, "hour", "hours")
        } else {
            progress::plural(minutes.max(1), "minute", "minutes")
        };
        format!("You were away for {away}; the workout stopped where you left it.")
    };
    let stale_resume = move || {
        away_asked.set(None);
        // A workout paused for being away runs on from now; one held where it
        // stopped moving runs on when the question closes.
        state.active.update(|a| a.iter_mut().for_each(|a| a.back(browser::now_ms())));
        held.set_value(Some(true));
        tick();
    };
    let stale_save = move || {
        away_asked.set(None);
        state.active.update(|a| a.iter_mut().for_each(|a| a.end_where_left(browser::now_ms())));
        state.finish_workout();
    };
    let stale_discard = move || {
        away_asked.set(None);
        state.abandon_workout();
    };

    view! {
        <section class="player" data-testid="player" class:paused=paused>
            <div class="player-main" inert=move || { questions.get() > 0 }>
                <header class="player-top">
                    <span class="exercise-label">{exercise_name}</span>
                    <Button class="btn ghost small" testid="how-to" on_click=open_card>"How do I do this?"</Button>
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
                <Show when=move || sound_off.get()>
                    <Button class="btn primary big sound-on" testid="sound-on" on_click=sound_on>"Tap to turn sound back on"</Button>
                </Show>
                <h2 class="step-title" data-testid="step-title">{Signal::derive(move || step.with(|s| s.as_ref().map(|s| s.title.clone())))}</h2>
                // The countdown comes right under the title: on a short screen it is what must show.
                <Later always=true>{big_number}</Later>
                <p class="step-instruction" data-testid="step-instruction">
                    {Signal::derive(move || step.with(|s| s.as_ref().map(|s| s.instruction.clone())))}
                </p>
                <p class="set-index" data-testid="set-index">{Signal::derive(move || step.with(|s| s.as_ref().map(set_label)))}</p>
                // Above the notes and the picture, which give way first on a short screen: after
                // "this hurts" this is the line that must stay in sight.
                <Show when=hurt>
                    <p class="hurt-note" role="status" data-testid="hurt-notice">
                        "Stopped. Let's do the gentle stretches; skip them if they hurt too."
                    </p>
                </Show>
                <super::engine::PlayerNotes paused=Signal::derive(paused)/>
                // The rest one task after the Start tap, so neither task keeps a slow phone busy for long.
                <Later always=true>
                    <p class="paused-label" hidden=move || !paused()>"Paused"</p>
                    {figure}
                    <p class="next-up" data-testid="next-up">{Signal::derive(move || next_step.get())}</p>
                    <p class="sr-only" aria-live="polite">
                        {Signal::derive(move || step.with(|s| s.as_ref().map(|s| format!("{}. {}", s.title, s.instruction))))}
                    </p>
                </Later>
            </div>
            <Later always=true>
                // Pinned to the bottom of the screen, in the same places on every step.
                <div class="player-controls" inert=move || { questions.get() > 0 }>
                    // Done on a set, or a swing round's own choices: too hard, or longer.
                    <div class="done-slot">
                        <Show when=is_reps>
                            <Button class="btn primary big" testid="done-reps" on_click=move || act(Session::done)>"Done"</Button>
                        </Show>
                        <Show when=move || can_stop_round() || can_extend()>
                            <div class="round-choices">
                                <Show when=can_stop_round>
                                    <Button class="btn big" testid="stop-round" on_click=move || act(Session::stop_round)>{workout::STOP_ROUND_LABEL}</Button>
                                </Show>
                                <Show when=can_extend>
                                    <Button class="btn big" testid="extend-round" on_click=move || act(Session::extend)>{workout::EXTEND_LABEL}</Button>
                                </Show>
                            </div>
                        </Show>
                    </div>
                    <div class="controls">
                        <Button class="btn ctl" testid="prev" aria_label="Previous step" on_click=move || act(Session::prev)>"◀ Previous"</Button>
                        // One button whose label changes, so keyboard focus stays on it.
                        <button class="btn ctl primary" data-testid=move || if paused() { "resume" } else { "pause" } on:click=move |_| toggle_pause()>
                            {move || if paused() { "Resume" } else { "Pause" }}
                        </button>
                        <Button class="btn ctl" testid="next" aria_label="Next step" on_click=move || act(Session::next)>"Skip ▶"</Button>
                    </div>
                    <div class="controls secondary">
                        <Button class="btn hurts" testid="this-hurts" on_click=hurts>"This hurts"</Button>
                        <Button class="btn ghost" testid="finish" on_click=move || finish_asked.set(true)>"Finish now"</Button>
                    </div>
                </div>
                <Show when=move || hurt_asked.get()>
                    <Ask testid="hurt-choices" title="Stop and rest" safe="hurt-stretches">
                        <p>"The workout is paused. Breathe easy and don't push through pain. When you're ready:"</p>
                        <div class="leave-actions">
                            <Button class="btn primary" testid="hurt-stretches" on_click=hurt_stretch>"Go on to the gentle stretches"</Button>
                            <Button class="btn" testid="hurt-end" on_click=hurt_end>"End the workout"</Button>
                            <Button class="btn ghost" testid="hurt-continue" on_click=hurt_continue>"It was a twinge: continue"</Button>
                        </div>
                    </Ask>
                </Show>
                <Show when=move || finish_asked.get()>
                    <Ask testid="finish-workout" title="Finish the workout now?" safe="finish-keep">
                        <p>
                            {move || if stretches_ahead() { "The gentle stretches end every workout: do them now, then it is saved. Or save what you did so far, or leave no record." } else { "Save what you did so far, or leave no record of this workout." }}
                        </p>
                        <div class="leave-actions">
                            <Show
                                when=stretches_ahead
                                fallback=move || view! { <Button class="btn primary" testid="finish-save" on_click=save_now>"Save what I did"</Button> }
                            >
                                <Button class="btn primary" testid="finish-stretch" on_click=stretch_first>"Stretch, then finish"</Button>
                                <Button class="btn" testid="finish-save" on_click=save_now>"Save what I did"</Button>
                            </Show>
                            <Button class="btn" testid="finish-keep" on_click=move || finish_asked.set(false)>"Keep going"</Button>
                            <Button class="btn ghost" testid="finish-discard" on_click=discard>"Discard this workout"</Button>
                        </div>
                    </Ask>
                </Show>
                <Show when=stale>
                    <Ask testid="stale-workout" title="Welcome back" safe="stale-resume">
                        <p data-testid="away-text">{stale_text}" Carry on from where you were, keep what you did, or let it go."</p>
                        <div class="leave-actions">
                            <Button class="btn primary" testid="stale-resume" on_click=stale_resume>"Resume"</Button>
                            <Button class="btn" testid="stale-save" on_click=stale_save>"Save what I did"</Button>
                            <Button class="btn ghost" testid="stale-discard" on_click=stale_discard>"Discard"</Button>
                        </div>
                    </Ask>
                </Show>
                <LeaveDialog before_leave=release/>
            </Later>
        </section>
    }
}

/// Asks before the back gesture leaves a running workout
/// (`data-testid="leave-workout"`). The workout's time runs on from its
/// timestamps whichever the person picks; away from the player it is silent.
#[component]
fn LeaveDialog(
    /// Lets a workout the question held run on before the player goes.
    before_leave: impl Fn() + Send + Sync + Copy + 'static,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let stay = move || state.leave_asked.set(false);
    let leave = move || {
        state.leave_asked.set(false);
        before_leave();
        state.leave_ok.set_value(true);
        state.go(Page::Home);
    };
    view! {
        <Show when=move || state.leave_asked.get()>
            <Ask testid="leave-workout" title="Leave the workout?" safe="leave-stay">
                <p>"It pauses where you leave it, and waits for you to come back to it from home."</p>
                <div class="leave-actions">
                    <Button class="btn primary" testid="leave-stay" on_click=stay>"Stay in the workout"</Button>
                    <Button class="btn" testid="leave-go" on_click=leave>"Leave for now"</Button>
                </div>
            </Ask>
        </Show>
    }
}
