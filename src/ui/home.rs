//! Home: the routine at a glance, the pain check and Start.

use super::suggestions::Suggestions;
use super::startup::Later;
use super::nav::OnScreen;
use super::widgets::{focus_arrival, Button, Figure, PainScale};
use super::{AppState, Page};
use crate::routine::{routine, safety_notes};
use crate::workout;
use crate::t;
use leptos::prelude::*;
use leptos_router::components::A;

/// The home screen: five exercises with today's dosage, pain before, Start.
#[component]
pub fn Home() -> impl IntoView {
    let state = expect_context::<AppState>();
    // Back from a screen one of home's links opened: focus returns to that
    // link (the screen before is still the one on record while home is
    // built). From any other screen (the screening, the player), to the
    // title, as every screen does; on a fresh load, where the page starts.
    let title = NodeRef::<leptos::html::H1>::new();
    if let Some(left) = expect_context::<OnScreen>().now() {
        let opened_here = matches!(left, Page::History | Page::Settings | Page::Card(_, false));
        focus_arrival(title, opened_here.then(|| left.href()));
    }
    let items = move || {
        routine()
            .iter()
            .map(|ex| {
                let id = ex.id;
                let dosage = move || state.doc.with(|d| d.settings.dosage_text(id, &crate::ui::i18n::words()));
                let enabled = move || state.doc.with(|d| d.settings.is_enabled(id));
                view! {
                    <li class="exercise-item" data-testid="exercise-item" data-exercise=id.as_str() class:off=move || !enabled()>
                        <A href=Page::Card(id, false).href() attr:class="exercise-open">
                            // The name beside it says what the thumbnail shows; the card has the full description.
                            // The thumbnail shows the exercise's key position (hips up, shoulders curled…), not the start.
                            <Figure from=ex.illustration.to.unwrap_or(ex.illustration.from) alt=ex.illustration.alt(&crate::ui::i18n::words()) decorative=true/>
                            <span class="exercise-text">
                                <span class="exercise-name">{ex.name(&crate::ui::i18n::words())}</span>
                                <span class="exercise-dosage" data-testid="exercise-dosage">
                                    {Signal::derive(move || if enabled() { dosage() } else { t!("ui-home-left-out") })}
                                </span>
                            </span>
                            <span class="exercise-more" aria-hidden="true">"›"</span>
                        </A>
                    </li>
                }
            })
            .collect_view()
    };
    // Today's plan: its length, and what is left of the day's crunches after an earlier workout.
    let day = Memo::new(move |_| state.day_plan().ok().map(|d| (d.plan.total_estimate_ms().div_ceil(60_000), d.crunch_note)));
    let minutes = move || day.with(|d| d.as_ref().map_or(0, |d| d.0));
    let crunch_note = move || day.with(|d| d.as_ref().and_then(|d| d.1.clone()));
    // A rating of 9 or 10 asks first (see `workout::asks_before_start`); a
    // workout already running just opens.
    let ask = RwSignal::new(false);
    let start = move || {
        if state.active.with_untracked(Option::is_none) && workout::asks_before_start(state.pain_before.get_untracked()) {
            ask.set(true);
        } else {
            state.open_player();
        }
    };
    // A new rating closes the question: it was about the old one.
    Effect::new(move |_| {
        state.pain_before.track();
        ask.set(false);
    });
    let ask_title = NodeRef::<leptos::html::H2>::new();
    Effect::new(move |_| {
        if let Some(h) = ask_title.get() {
            let _ = h.focus();
        }
    });
    let rating = move || state.pain_before.get().unwrap_or_default();
    view! {
        <header class="top">
            <h1 class="screen-title" tabindex="-1" node_ref=title>"Upright"</h1>
            <nav class="top-nav">
                <A href=Page::History.href() attr:class="btn ghost">{t!("ui-history")}</A>
                <A href=Page::Settings.href() attr:class="btn ghost">{t!("ui-settings")}</A>
            </nav>
        </header>
        // Same words as the static first paint in index.html, so the page does not
        // shift or repaint its largest text when the app takes over.
        <p class="lead">{t!("ui-home-lead")}</p>
        <p class="duration" data-testid="workout-minutes">{Signal::derive(move || t!("ui-home-minutes", minutes = minutes()))}</p>
        // At start-up the rest comes in two more tasks (see `Later`). The pain check and
        // Start come first, so Start shows without scrolling on a phone.
        <Later>
            <PainScale testid="pain-before" value=state.pain_before label=t!("ui-home-pain-question")/>
            <Show when=move || state.active.with(Option::is_some)>
                <p class="running-note" data-testid="workout-running">{t!("ui-home-running")}</p>
            </Show>
            <Show when=move || crunch_note().is_some()>
                <p class="crunch-note" data-testid="crunch-note">{crunch_note}</p>
            </Show>
            <Button class="btn primary big" testid="start-workout" on_click=move || start()>
                {move || if state.active.with(Option::is_some) { t!("ui-home-back-to-workout") } else { t!("ui-home-start") }}
            </Button>
            <Show when=move || ask.get()>
                <section class="ask-today" data-testid="pain-ask" aria-labelledby="pain-ask-title">
                    <h2 id="pain-ask-title" tabindex="-1" node_ref=ask_title>{move || t!("ui-home-ask-title", pain = rating())}</h2>
                    <p>{t!("ui-home-ask-text")}</p>
                    <Button class="btn primary big" testid="start-stretches" on_click=move || state.open_player_with(true)>{t!("ui-home-ask-stretches")}</Button>
                    <Button class="btn" testid="rest-today" on_click=move || { ask.set(false); state.log_pain_today(); }>{t!("ui-home-ask-rest")}</Button>
                    <Button class="btn ghost" testid="start-anyway" on_click=move || state.open_player()>{t!("ui-home-ask-anyway")}</Button>
                </section>
            </Show>
            <Button class="btn small log-pain" testid="log-pain" on_click=move || state.log_pain_today()>
                {t!("ui-home-log-pain")}
            </Button>
        </Later>
        <Later>
            <Suggestions/>
            <ol class="exercise-list">{items()}</ol>
            <aside class="safety">
                {safety_notes(&crate::ui::i18n::words()).into_iter().map(|n| view! { <p>{n}</p> }).collect_view()}
            </aside>
        </Later>
    }
}
