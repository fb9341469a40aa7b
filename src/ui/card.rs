//! The illustrated exercise card.

use super::nav::{self, FROM_WORKOUT};
use super::widgets::{focus_heading, Figure, RoutineFigure};
use super::{AppState, Page};
use crate::routine::{safety_notes, ExerciseId};
use leptos::html::H2;
use leptos::prelude::*;
use crate::t;
use leptos_router::params::Params;
use leptos_router::hooks::{use_params, use_query};

/// The card's address: `./<exercise>`.
#[derive(Params, Clone, PartialEq)]
struct CardParams {
    /// An exercise id as [`ExerciseId::as_str`] writes it.
    exercise: Option<String>,
}

/// The card's query: `?from=workout` when the player opened it.
#[derive(Params, Clone, PartialEq)]
struct CardQuery {
    /// [`FROM_WORKOUT`] or nothing.
    from: Option<String>,
}

/// The card at the current address (`./<exercise id>`, with `?from=workout`
/// when the player opened it); an address that names no exercise is no page.
#[component]
pub fn CardPage() -> impl IntoView {
    let params = use_params::<CardParams>();
    let query = use_query::<CardQuery>();
    let page = Memo::new(move |_| {
        let id = params.get().ok()?.exercise.as_deref().and_then(ExerciseId::parse)?;
        let from_player = query.get().is_ok_and(|q| q.from.as_deref() == Some(FROM_WORKOUT));
        Some(Page::Card(id, from_player))
    });
    nav::show(move || page.get());
    move || match page.get() {
        Some(Page::Card(id, from_player)) => Some(view! { <ExerciseCard id=id from_player=from_player/> }),
        _ => None,
    }
}

/// One exercise explained: picture, why, numbered steps, today's dosage,
/// form cues, cautions, progression, variations and the safety notes.
///
/// Opened from home (Back returns there) or from the player, which pauses the
/// workout first ("Back to workout" returns to it, still paused).
#[component]
pub fn ExerciseCard(
    /// Which exercise.
    id: ExerciseId,
    /// True when opened from the player: closing returns there.
    from_player: bool,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let ex = id.exercise();
    let w = crate::ui::i18n::words();
    // Today's dosage, with the rest these settings give it.
    let dosage = move || state.doc.with(|d| d.settings.dosage_text(id, &crate::ui::i18n::words()));
    let close = move |_| state.back(if from_player { Page::Player } else { Page::Home });
    let variations = ex
        .variations
        .iter()
        .map(|v| {
            view! {
                <li class="variation" data-testid="card-variation">
                    <RoutineFigure illustration=v.illustration/>
                    <div class="variation-text"><strong>{v.name(&w)}</strong><p>{v.how(&w)}</p></div>
                </li>
            }
        })
        .collect_view();

    let heading = NodeRef::<H2>::new();
    focus_heading(heading);

    view! {
        <article class="card" data-testid="exercise-card" data-exercise=id.as_str()>
            <header class="top card-top">
                <button class="btn ghost back" data-testid="card-back" on:click=close>
                    <span aria-hidden="true">"◀ "</span>
                    {if from_player { t!("ui-card-back-to-workout") } else { t!("ui-back") }}
                </button>
                {from_player.then(|| view! { <span class="card-paused" data-testid="card-paused">{t!("ui-paused")}</span> })}
            </header>
            <h2 class="card-name" tabindex="-1" node_ref=heading>{ex.name(&w)}</h2>
            // The bridge opens on its hold, hips up: the position to learn first.
            {
                let ill = ex.illustration;
                let (from, to) = match (id, ill.to) {
                    (ExerciseId::BackBridge, Some(up)) => (up, Some(ill.from)),
                    _ => (ill.from, ill.to),
                };
                view! { <Figure from=from to=to alt=ill.alt(&w) main=true/> }
            }
            <p class="purpose" data-testid="card-purpose">{ex.purpose(&w)}</p>
            <p class="dosage" data-testid="card-dosage"><strong>{t!("ui-card-today")}</strong>" "{dosage}</p>
            <h3>{t!("ui-card-how")}</h3>
            <ol class="steps" data-testid="card-steps">{ex.steps(&w).into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}</ol>
            <h3>{t!("ui-card-form")}</h3>
            <ul class="cues" data-testid="card-cues">{ex.form_cues(&w).into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}</ul>
            <h3>{t!("ui-card-care")}</h3>
            <ul class="cautions" data-testid="card-cautions">{ex.cautions(&w).into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}</ul>
            <h3>{t!("ui-card-building-up")}</h3>
            <p class="progression">{ex.progression(&w)}</p>
            {(!ex.variations.is_empty()).then(|| view! {
                <h3>{t!("ui-card-variations")}</h3>
                <ul class="variations" data-testid="card-variations">{variations}</ul>
            })}
            <aside class="safety" data-testid="card-safety" aria-label=t!("ui-safety")>
                {safety_notes(&w).into_iter().map(|n| view! { <p>{n}</p> }).collect_view()}
            </aside>
        </article>
    }
}
