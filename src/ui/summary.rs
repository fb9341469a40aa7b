//! After a workout: what was done, pain after, how it felt, a note.

use super::nav;
use super::suggestions::Suggestions;
use super::widgets::{focus_heading, focus_in_place, Button, PainScale};
use super::{AppState, Page};
use crate::progress::{self, Action, Felt};
use leptos::prelude::*;
use crate::t;
use leptos_router::params::Params;
use leptos_router::hooks::use_query;

/// The summary's query: `?session=<id>`.
#[derive(Params, Clone, PartialEq)]
struct SummaryQuery {
    /// The id of the session record; without it, the address is no page.
    session: Option<String>,
}

/// The summary at the current address (`./summary?session=<id>`).
#[component]
pub fn SummaryPage() -> impl IntoView {
    let query = use_query::<SummaryQuery>();
    let page = Memo::new(move |_| Some(Page::Summary(query.get().ok()?.session?)));
    nav::show(move || page.get());
    move || match page.get() {
        Some(Page::Summary(id)) => Some(view! { <Summary id=id/> }),
        _ => None,
    }
}

/// The summary screen for the record with `id`.
#[component]
pub fn Summary(
    /// Id of the session record just saved.
    id: String,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let record = state.doc.with_untracked(|d| d.sessions.iter().find(|s| s.id == id).cloned());
    let Some(record) = record else {
        return view! { <p>{t!("ui-summary-missing")}</p> }.into_any();
    };
    let pain_after = RwSignal::new(record.pain_after);
    let felt = RwSignal::new(record.felt);
    let note = RwSignal::new(record.note.clone().unwrap_or_default());
    let minutes = record.duration_s() / 60;
    let seconds = record.duration_s() % 60;
    let lines = progress::result_lines(&record, &state.i18n.words()).into_iter().map(|l| view! { <li>{l}</li> }).collect_view();
    let felt_button = move |value: Felt| {
        view! {
            <button class="chip" aria-pressed=move || (felt.get() == Some(value)).to_string() on:click=move |_| felt.set(Some(value))>
                {value.label(&state.i18n.words())}
            </button>
        }
    };
    // After saving: suggestions stay on this screen until Continue.
    let saved = RwSignal::new(false);
    let save = move || {
        let id = id.clone();
        let text = note.get_untracked().trim().to_string();
        state.dispatch(Action::AnswerSummary { id, pain_after: pain_after.get_untracked(), felt: felt.get_untracked(), note: text });
        state.check_pain_warning();
        if state.suggestions().is_empty() {
            state.go_replace(Page::History);
        } else {
            saved.set(true);
        }
    };
    // The player's controls are gone: focus goes to this screen's heading,
    // and after Save (whose button goes) to the line that says it is saved.
    let heading = NodeRef::<leptos::html::H2>::new();
    focus_heading(heading);
    let saved_line = NodeRef::<leptos::html::P>::new();
    focus_in_place(saved_line);
    view! {
        <section class="summary" data-testid="summary">
            <h2 class="screen-title" tabindex="-1" node_ref=heading data-testid="summary-title">{progress::summary_title(&record, &state.i18n.words())}</h2>
            <p class="big-line">{t!("ui-summary-duration", minutes = minutes, seconds = format!("{seconds:02}"))}</p>
            <ul class="results" data-testid="summary-results">{lines}</ul>
            <PainScale testid="pain-after" value=pain_after label=t!("ui-summary-pain")/>
            <fieldset class="felt">
                <legend>{t!("ui-summary-felt")}</legend>
                {felt_button(Felt::Easy)}
                {felt_button(Felt::Good)}
                {felt_button(Felt::Hard)}
            </fieldset>
            <label class="note">
                {t!("ui-summary-note")}
                <textarea maxlength="500" prop:value=move || note.get() on:input=move |ev| note.set(event_target_value(&ev))></textarea>
            </label>
            <Show when=move || !saved.get()>
                <Button class="btn primary big" testid="save-session" on_click=save.clone()>{t!("ui-save")}</Button>
            </Show>
            <Show when=move || saved.get()>
                <p class="saved" tabindex="-1" node_ref=saved_line data-testid="summary-saved">{t!("ui-summary-saved")}</p>
                <Suggestions/>
                <Button class="btn primary big" testid="summary-continue" on_click=move || state.go_replace(Page::History)>{t!("ui-summary-continue")}</Button>
            </Show>
        </section>
    }
    .into_any()
}
