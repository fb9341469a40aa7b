//! Home: the routine at a glance, the pain check and Start.

use super::suggestions::Suggestions;
use super::startup::Later;
use super::widgets::{Button, Figure, PainScale};
use super::{AppState, Page};
use crate::routine::{routine, SAFETY_NOTES};
use leptos::prelude::*;
use leptos_router::components::A;

/// The home screen: five exercises with today's dosage, pain before, Start.
#[component]
pub fn Home() -> impl IntoView {
    let state = expect_context::<AppState>();
    let items = move || {
        routine()
            .iter()
            .map(|ex| {
                let id = ex.id;
                let dosage = move || state.doc.with(|d| d.settings.dosage_text(id));
                let enabled = move || state.doc.with(|d| d.settings.is_enabled(id));
                view! {
                    <li class="exercise-item" data-testid="exercise-item" data-exercise=id.as_str() class:off=move || !enabled()>
                        <A href=Page::Card(id, false).href() attr:class="exercise-open">
                            // The name beside it says what the thumbnail shows; the card has the full description.
                            // The thumbnail shows the exercise's key position (hips up, shoulders curled…), not the start.
                            <Figure from=ex.illustration.to.unwrap_or(ex.illustration.from) alt=ex.illustration.alt decorative=true/>
                            <span class="exercise-text">
                                <span class="exercise-name">{ex.name}</span>
                                <span class="exercise-dosage" data-testid="exercise-dosage">
                                    {Signal::derive(move || if enabled() { dosage() } else { "left out of the plan".to_string() })}
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
    view! {
        <header class="top">
            <h1>"Upright"</h1>
            <nav class="top-nav">
                <A href=Page::History.href() attr:class="btn ghost">"History"</A>
                <A href=Page::Settings.href() attr:class="btn ghost">"Settings"</A>
            </nav>
        </header>
        // Same words as the static first paint in index.html, so the page does not
        // shift or repaint its largest text when the app takes over.
        <p class="lead">"Five gentle exercises for your middle back. Put the phone down beside you: Upright times every step, counts your crunches and tells you what comes next."</p>
        <p class="duration" data-testid="workout-minutes">"About " {Signal::derive(move || minutes().to_string())} " minutes"</p>
        // At start-up the rest comes in two more tasks (see `Later`). The pain check and
        // Start come first, so Start shows without scrolling on a phone.
        <Later>
            <PainScale testid="pain-before" value=state.pain_before label="How does your back feel right now?"/>
            <Show when=move || state.active.with(Option::is_some)>
                <p class="running-note" data-testid="workout-running">"A workout is in progress, paused where you left it."</p>
            </Show>
            <Show when=move || crunch_note().is_some()>
                <p class="crunch-note" data-testid="crunch-note">{crunch_note}</p>
            </Show>
            <Button class="btn primary big" testid="start-workout" on_click=move || state.open_player()>
                {move || if state.active.with(Option::is_some) { "Back to the workout" } else { "Start workout" }}
            </Button>
            <Button class="btn small log-pain" testid="log-pain" on_click=move || state.log_pain_today()>
                "No workout today? Log how your back feels"
            </Button>
        </Later>
        <Later>
            <Suggestions/>
            <ol class="exercise-list">{items()}</ol>
            <aside class="safety">
                {SAFETY_NOTES.iter().map(|n| view! { <p>{*n}</p> }).collect_view()}
            </aside>
        </Later>
    }
}
