//! The player's questions: "This hurts", "Finish now", welcome back, and
//! leaving by the back gesture. Each holds the workout while it is open
//! (see `Driver::hold`) and offers a safe answer.

use super::driver::{channels, Driver};
use crate::browser::cues;
use crate::progress;
use crate::routine::ExerciseId;
use crate::ui::widgets::{Ask, Button};
use crate::ui::Page;
use crate::workout::Session;
use leptos::prelude::*;

/// "This hurts" stops everything at once and asks what to do, rather than
/// moving straight on to a backbend.
pub fn ask_hurt(d: Driver, asked: RwSignal<bool>) {
    // Held before the words, so pausing does not hush them.
    d.hold();
    asked.set(true);
    let (mode, volume, voice) = d.state.doc.with_untracked(|s| (s.settings.cue_mode, s.settings.volume, s.settings.voice.clone()));
    if channels(mode).voice {
        cues::speak("Stop and rest. Breathe easy, and don't push through pain.", d.state.i18n.words().lang(), voice.as_deref(), volume);
    }
}

/// What to do after "This hurts" (`data-testid="hurt-choices"`).
#[component]
pub fn HurtDialog(d: Driver, asked: RwSignal<bool>) -> impl IntoView {
    let stretch = move || {
        asked.set(false);
        d.act(Session::hurt);
    };
    let end = move || {
        asked.set(false);
        d.act(Session::hurt);
        d.act(Session::finish);
        d.state.finish_workout();
    };
    view! {
        <Show when=move || asked.get()>
            <Ask testid="hurt-choices" title="Stop and rest" safe="hurt-stretches">
                <p>"The workout is paused. Breathe easy and don't push through pain. When you're ready:"</p>
                <div class="leave-actions">
                    <Button class="btn primary" testid="hurt-stretches" on_click=stretch>"Go on to the gentle stretches"</Button>
                    <Button class="btn" testid="hurt-end" on_click=end>"End the workout"</Button>
                    <Button class="btn ghost" testid="hurt-continue" on_click=move || asked.set(false)>"It was a twinge: continue"</Button>
                </div>
            </Ask>
        </Show>
    }
}

/// "Finish now" asks first (`data-testid="finish-workout"`): the stretches
/// come after every workout, so it offers them before saving.
#[component]
pub fn FinishDialog(d: Driver, asked: RwSignal<bool>) -> impl IntoView {
    let state = d.state;
    let save_now = move || {
        asked.set(false);
        d.act(Session::finish);
        state.finish_workout();
    };
    let discard = move || {
        asked.set(false);
        state.abandon_workout();
    };
    let stretches_ahead = move || {
        let i = d.index.get();
        state.active.with(|a| {
            let first = a.as_ref().and_then(|a| a.session.plan.first_step_of(ExerciseId::MidBackStretches));
            matches!((i, first), (Some(i), Some(f)) if i < f)
        })
    };
    // Runs on (when the question closes) only if it ran before, as every answer does.
    let stretch_first = move || {
        asked.set(false);
        d.act(Session::stretch);
    };
    view! {
        <Show when=move || asked.get()>
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
                    <Button class="btn" testid="finish-keep" on_click=move || asked.set(false)>"Keep going"</Button>
                    <Button class="btn ghost" testid="finish-discard" on_click=discard>"Discard this workout"</Button>
                </div>
            </Ask>
        </Show>
    }
}

/// How long the person was away, in words.
fn away_words(ms: u64) -> String {
    let minutes = ms / 60_000;
    let hours = ms / 3_600_000;
    if hours >= 48 {
        format!("{} days", hours / 24)
    } else if hours >= 1 {
        progress::plural(hours, "hour", "hours")
    } else {
        progress::plural(minutes.max(1), "minute", "minutes")
    }
}

/// Welcome back (`data-testid="stale-workout"`): after a while away, or to a
/// workout left for hours, resume, save what was done, or discard.
#[component]
pub fn StaleDialog(d: Driver) -> impl IntoView {
    let state = d.state;
    let text = move || {
        let away = away_words(d.away_asked.get().unwrap_or(0));
        format!("You were away for {away}; the workout stopped where you left it.")
    };
    let save = move || {
        d.away_asked.set(None);
        state.active.update(|a| a.iter_mut().for_each(|a| a.end_where_left(crate::browser::now_ms())));
        state.finish_workout();
    };
    let discard = move || {
        d.away_asked.set(None);
        state.abandon_workout();
    };
    view! {
        <Show when=move || d.away_asked.get().is_some()>
            <Ask testid="stale-workout" title="Welcome back" safe="stale-resume">
                <p data-testid="away-text">{text}" Carry on from where you were, keep what you did, or let it go."</p>
                <div class="leave-actions">
                    <Button class="btn primary" testid="stale-resume" on_click=move || d.resume_after_away()>"Resume"</Button>
                    <Button class="btn" testid="stale-save" on_click=save>"Save what I did"</Button>
                    <Button class="btn ghost" testid="stale-discard" on_click=discard>"Discard"</Button>
                </div>
            </Ask>
        </Show>
    }
}

/// Asks before the back gesture leaves a running workout
/// (`data-testid="leave-workout"`). The workout's time runs on from its
/// timestamps whichever the person picks; away from the player it is silent.
#[component]
pub fn LeaveDialog(d: Driver) -> impl IntoView {
    let state = d.state;
    let stay = move || state.leave_asked.set(false);
    let leave = move || {
        state.leave_asked.set(false);
        // A workout the question held runs on before the player goes.
        d.release();
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
