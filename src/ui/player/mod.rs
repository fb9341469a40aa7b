//! The hands-free player. Everything it shows is a snapshot of the session at
//! the current instant (kept by [`driver::use_driver`]); cues come from the
//! core's scheduler; the questions are in [`dialogs`].

mod dialogs;
mod driver;
mod step;

use super::startup::Later;
use super::nav::OnScreen;
use super::widgets::{focus_in_place, Button};
use super::{AppState, Page};
use crate::workout::{self, Event, Session};
use dialogs::{FinishDialog, HurtDialog, LeaveDialog, StaleDialog};
use leptos::prelude::*;
use crate::t;

/// The player screen (`data-testid="player"`). Shows the running workout;
/// with none, the guard sends the person home.
#[component]
pub fn Player() -> impl IntoView {
    let state = expect_context::<AppState>();
    let d = driver::use_driver(state);
    let (step, snapshot, questions) = (d.step, d.snapshot, d.questions);
    let paused = move || d.paused();
    let next_step: Memo<Option<String>> = Memo::new(move |_| {
        let i = d.index.get()?;
        state.active.with(|a| Some(workout::next_up_text(&a.as_ref()?.session.plan, i, &state.i18n.words())))
    });
    // "This hurts" was pressed: said on screen until the workout ends (survives a reload).
    let hurt = move || {
        state.active.with(|a| a.as_ref().is_some_and(|a| a.session.events.iter().any(|e| matches!(e, Event::Hurt { .. }))))
    };
    let is_reps = move || d.is_reps();
    let can_stop_round = move || snapshot.with(|s| s.as_ref().is_some_and(|s| s.can_stop_round));
    let can_extend = move || snapshot.with(|s| s.as_ref().is_some_and(|s| s.can_extend));
    let exercise_name = move || step.with(|s| s.as_ref().map(|s| s.exercise.exercise().name(&crate::ui::i18n::words())).unwrap_or_default());
    // Values that change once a second or less, read by the view: the frame-by-frame
    // snapshot alone would redraw their elements on every frame.
    let big = Memo::new(move |_| step.with(|s| snapshot.with(|n| step::big_number(s.as_ref()?, n.as_ref()?))));
    let big_number = move || big.get().map(step::big_number_view);
    let figure = move || step.with(|s| s.as_ref().map(step::figure));
    // Whole per-mille: integer formatting only (float formatting costs wasm size).
    let permille = Memo::new(move |_| snapshot.with(|s| s.as_ref().map_or(0, |s| (s.progress.clamp(0.0, 1.0) * 1000.0) as u32)));
    let open_card = move || {
        if !paused() {
            d.act(Session::pause);
        }
        if let Some(s) = step.get_untracked() {
            state.go(Page::Card(s.exercise, true));
        }
    };
    let hurt_asked = RwSignal::new(false);
    let finish_asked = RwSignal::new(false);
    // Back from the card "How do I do this?" opened (it paused the workout):
    // focus on Resume, so Space or Enter carries on, as it would with
    // nothing focused.
    let toggle = NodeRef::<leptos::html::Button>::new();
    if matches!(expect_context::<OnScreen>().now(), Some(Page::Card(_, true))) {
        focus_in_place(toggle);
    }

    view! {
        <section class="player" data-testid="player" class:paused=paused>
            <div class="player-main" inert=move || { questions.get() > 0 }>
                <header class="player-top">
                    <span class="exercise-label">{exercise_name}</span>
                    <Button class="btn ghost small" testid="how-to" on_click=open_card>{t!("ui-player-how")}</Button>
                </header>
                <div
                    class="progress"
                    role="progressbar"
                    aria-label=t!("ui-player-progress")
                    aria-valuemin="0"
                    aria-valuemax="100"
                    aria-valuenow=move || permille.get() / 10
                    data-testid="workout-progress"
                    data-value=move || { let p = permille.get(); format!("{}.{:03}", p / 1000, p % 1000) }
                >
                    <div class="progress-fill" style:width=move || { let p = permille.get(); format!("{}.{}%", p / 10, p % 10) }></div>
                </div>
                <Show when=move || d.sound_off.get()>
                    <Button class="btn primary big sound-on" testid="sound-on" on_click=move || d.sound_on()>{t!("ui-player-sound-on")}</Button>
                </Show>
                <h2 class="step-title" data-testid="step-title">{Signal::derive(move || step.with(|s| s.as_ref().map(|s| s.title.clone())))}</h2>
                // The countdown comes right under the title: on a short screen it is what must show.
                <Later always=true>{big_number}</Later>
                <p class="step-instruction" data-testid="step-instruction">
                    {Signal::derive(move || step.with(|s| s.as_ref().map(|s| s.instruction.clone())))}
                </p>
                <p class="set-index" data-testid="set-index">{Signal::derive(move || step.with(|s| s.as_ref().map(step::set_label)))}</p>
                // Above the notes and the picture, which give way first on a short screen: after
                // "this hurts" this is the line that must stay in sight.
                <Show when=hurt>
                    <p class="hurt-note" role="status" data-testid="hurt-notice">
                        {t!("ui-player-hurt-note")}
                    </p>
                </Show>
                <super::device_notes::PlayerNotes paused=Signal::derive(paused)/>
                // The rest one task after the Start tap, so neither task keeps a slow phone busy for long.
                <Later always=true>
                    <p class="paused-label" hidden=move || !paused()>{t!("ui-paused")}</p>
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
                            <Button class="btn primary big" testid="done-reps" on_click=move || d.act(Session::done)>{t!("ui-player-done")}</Button>
                        </Show>
                        <Show when=move || can_stop_round() || can_extend()>
                            <div class="round-choices">
                                <Show when=can_stop_round>
                                    <Button class="btn big" testid="stop-round" on_click=move || d.act(Session::stop_round)>{super::i18n::t(workout::STOP_ROUND_LABEL)}</Button>
                                </Show>
                                <Show when=can_extend>
                                    <Button class="btn big" testid="extend-round" on_click=move || d.act(Session::extend)>{super::i18n::t(workout::EXTEND_LABEL)}</Button>
                                </Show>
                            </div>
                        </Show>
                    </div>
                    <div class="controls">
                        <Button class="btn ctl" testid="prev" aria_label=t!("ui-player-prev-label") on_click=move || d.act(Session::prev)>{t!("ui-player-prev")}</Button>
                        // One button whose label changes, so keyboard focus stays on it.
                        <button class="btn ctl primary" node_ref=toggle data-testid=move || if paused() { "resume" } else { "pause" } on:click=move |_| d.toggle_pause()>
                            {move || if paused() { t!("ui-resume") } else { t!("ui-player-pause") }}
                        </button>
                        <Button class="btn ctl" testid="next" aria_label=t!("ui-player-next-label") on_click=move || d.act(Session::next)>{t!("ui-player-next")}</Button>
                    </div>
                    <div class="controls secondary">
                        <Button class="btn hurts" testid="this-hurts" on_click=move || dialogs::ask_hurt(d, hurt_asked)>{t!("ui-player-hurts")}</Button>
                        <Button class="btn ghost" testid="finish" on_click=move || finish_asked.set(true)>{t!("ui-player-finish")}</Button>
                    </div>
                </div>
                <HurtDialog d=d asked=hurt_asked/>
                <FinishDialog d=d asked=finish_asked/>
                <StaleDialog d=d/>
                <LeaveDialog d=d/>
            </Later>
        </section>
    }
}
