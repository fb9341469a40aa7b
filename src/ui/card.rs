//! The illustrated exercise card.

use super::widgets::RoutineFigure;
use super::{AppState, Screen};
use crate::routine::ExerciseId;
use leptos::prelude::*;

/// One exercise explained: picture, why, numbered steps, today's dosage,
/// form cues, cautions, progression and variations.
#[component]
pub fn ExerciseCard(
    /// Which exercise.
    id: ExerciseId,
    /// True when opened from the player: closing returns there.
    from_player: bool,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let ex = id.exercise();
    let dosage = move || state.doc.with(|d| d.settings.dosage(id).summary());
    let close = move |_| state.screen.set(if from_player { Screen::Player } else { Screen::Home });
    let variations = ex
        .variations
        .iter()
        .map(|v| {
            view! {
                <li class="variation">
                    <RoutineFigure illustration=v.illustration/>
                    <div><strong>{v.name}</strong><p>{v.how}</p></div>
                </li>
            }
        })
        .collect_view();
    view! {
        <article class="card" data-testid="exercise-card" data-exercise=id.as_str()>
            <header class="top">
                <button class="btn ghost" on:click=close>{if from_player { "Back to workout" } else { "Back" }}</button>
            </header>
            <h2 class="card-name">{ex.name}</h2>
            <RoutineFigure illustration=ex.illustration/>
            <p class="purpose">{ex.purpose}</p>
            <p class="dosage" data-testid="card-dosage"><strong>"Today: "</strong>{dosage}</p>
            <h3>"How to do it"</h3>
            <ol class="steps" data-testid="card-steps">{ex.steps.iter().map(|s| view! { <li>{*s}</li> }).collect_view()}</ol>
            <h3>"Form"</h3>
            <ul class="cues">{ex.form_cues.iter().map(|s| view! { <li>{*s}</li> }).collect_view()}</ul>
            <h3>"Take care"</h3>
            <ul class="cautions" data-testid="card-cautions">{ex.cautions.iter().map(|s| view! { <li>{*s}</li> }).collect_view()}</ul>
            <h3>"Building up"</h3>
            <p>{ex.progression}</p>
            {(!ex.variations.is_empty()).then(|| view! { <h3>"Variations"</h3><ul class="variations">{variations}</ul> })}
        </article>
    }
}
