//! The player's questions: "This hurts", "Finish now", welcome back, and
//! leaving by the back gesture. Each holds the workout while it is open
//! (see `Driver::hold`) and offers a safe answer.

use super::driver::{channels, Driver};
use crate::browser::cues;
use crate::routine::ExerciseId;
use crate::ui::widgets::{Ask, Button};
use crate::ui::Page;
use crate::workout::Session;
use leptos::prelude::*;
use crate::t;

/// "This hurts" stops everything at once and asks what to do, rather than
/// moving straight on to a backbend.
pub fn ask_hurt(d: Driver, asked: RwSignal<bool>) {
    // Held before the words, so pausing does not hush them.
    d.hold();
    asked.set(true);
    let (mode, volume, voice) = d.state.doc.with_untracked(|s| (s.settings.cue_mode, s.settings.volume, s.settings.voice.clone()));
    if channels(mode).voice {
        let words = d.state.i18n.words();
        cues::speak(&words.text("ui-hurt-say", None), words.lang(), voice.as_deref(), volume);
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
            <Ask testid="hurt-choices" title=t!("ui-hurt-title") safe="hurt-stretches">
                <p>{t!("ui-hurt-text")}</p>
                <div class="leave-actions">
                    <Button class="btn primary" testid="hurt-stretches" on_click=stretch>{t!("ui-hurt-stretches")}</Button>
                    <Button class="btn" testid="hurt-end" on_click=end>{t!("ui-hurt-end")}</Button>
                    <Button class="btn ghost" testid="hurt-continue" on_click=move || asked.set(false)>{t!("ui-hurt-continue")}</Button>
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
            <Ask testid="finish-workout" title=t!("ui-finish-title") safe="finish-keep">
                <p>
                    {move || if stretches_ahead() { t!("ui-finish-text-stretches") } else { t!("ui-finish-text") }}
                </p>
                <div class="leave-actions">
                    <Show
                        when=stretches_ahead
                        fallback=move || view! { <Button class="btn primary" testid="finish-save" on_click=save_now>{t!("ui-save-what-i-did")}</Button> }
                    >
                        <Button class="btn primary" testid="finish-stretch" on_click=stretch_first>{t!("ui-finish-stretch")}</Button>
                        <Button class="btn" testid="finish-save" on_click=save_now>{t!("ui-save-what-i-did")}</Button>
                    </Show>
                    <Button class="btn" testid="finish-keep" on_click=move || asked.set(false)>{t!("ui-finish-keep")}</Button>
                    <Button class="btn ghost" testid="finish-discard" on_click=discard>{t!("ui-finish-discard")}</Button>
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
        t!("ui-away-days", count = hours / 24)
    } else if hours >= 1 {
        t!("ui-away-hours", count = hours)
    } else {
        t!("ui-away-minutes", count = minutes.max(1))
    }
}

/// Welcome back (`data-testid="stale-workout"`): after a while away, or to a
/// workout left for hours, resume, save what was done, or discard.
#[component]
pub fn StaleDialog(d: Driver) -> impl IntoView {
    let state = d.state;
    let text = move || {
        let away = away_words(d.away_asked.get().unwrap_or(0));
        t!("ui-stale-text", away = away)
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
            <Ask testid="stale-workout" title=t!("ui-stale-title") safe="stale-resume">
                <p data-testid="away-text">{text}</p>
                <div class="leave-actions">
                    <Button class="btn primary" testid="stale-resume" on_click=move || d.resume_after_away()>{t!("ui-resume")}</Button>
                    <Button class="btn" testid="stale-save" on_click=save>{t!("ui-save-what-i-did")}</Button>
                    <Button class="btn ghost" testid="stale-discard" on_click=discard>{t!("ui-discard")}</Button>
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
            <Ask testid="leave-workout" title=t!("ui-leave-title") safe="leave-stay">
                <p>{t!("ui-leave-text")}</p>
                <div class="leave-actions">
                    <Button class="btn primary" testid="leave-stay" on_click=stay>{t!("ui-leave-stay")}</Button>
                    <Button class="btn" testid="leave-go" on_click=leave>{t!("ui-leave-go")}</Button>
                </div>
            </Ask>
        </Show>
    }
}
