//! After a workout: what was done, pain after, how it felt, a note.

use super::nav::current_page;
use super::suggestions::Suggestions;
use super::widgets::{Button, PainScale};
use super::{AppState, Page};
use crate::progress::{Action, Felt, SessionRecord};
use leptos::prelude::*;

/// One line per exercise: what was done against the plan.
pub fn result_lines(record: &SessionRecord) -> Vec<String> {
    if !record.is_workout() {
        // Kept so the pain rated before it is not lost, but it counts nowhere.
        return vec!["Started, nothing done".to_string()];
    }
    record
        .exercises
        .iter()
        .map(|r| {
            let name = r.exercise.exercise().name;
            let d = r.done;
            let rest = r.rest_s.map(|s| format!(", {s} s rest")).unwrap_or_default();
            let done = match r.planned {
                crate::routine::Dosage::Holds { repeats, .. } if d.seconds > 0 => {
                    format!("{} of {repeats} holds, {} s held{rest}", d.holds, d.seconds)
                }
                crate::routine::Dosage::Holds { repeats, .. } => format!("{} of {repeats} holds{rest}", d.holds),
                crate::routine::Dosage::Reps { reps, sets } => {
                    format!("{} reps in {} of {sets} sets of {reps}{rest}", d.reps, d.sets)
                }
                crate::routine::Dosage::Breaths { count } => format!("{} of {count} breaths", d.breaths),
                crate::routine::Dosage::Swings { .. } if d.seconds > 0 => {
                    format!("{} s of swings in {}{rest}", d.seconds, crate::progress::plural(d.sides.into(), "round", "rounds"))
                }
                crate::routine::Dosage::Swings { .. } => crate::progress::plural(d.sides.into(), "round", "rounds"),
                crate::routine::Dosage::Stretches { .. } => format!("{} cobras, {} reaches", d.breaths, d.sides),
            };
            let flag = if r.stopped_for_pain {
                " — stopped: it hurt"
            } else if r.skipped {
                " — skipped"
            } else {
                ""
            };
            format!("{name}: {done}{flag}")
        })
        .collect()
}

/// The summary's heading: praise for a whole workout, a kind word after
/// "this hurts", plain words for one finished early or with nothing done.
pub fn summary_title(record: &SessionRecord) -> &'static str {
    if !record.is_workout() {
        "Started, nothing done"
    } else if record.exercises.iter().any(|r| r.stopped_for_pain) {
        "You stopped when it hurt: the right call. Rest and go gently."
    } else if record.completed {
        "Workout done"
    } else {
        "Workout saved"
    }
}

/// The summary at the current address (`./summary?session=<id>`).
#[component]
pub fn SummaryPage() -> impl IntoView {
    let page = current_page();
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
        return view! { <p>"That workout is not in your history."</p> }.into_any();
    };
    let pain_after = RwSignal::new(record.pain_after);
    let felt = RwSignal::new(record.felt);
    let note = RwSignal::new(record.note.clone().unwrap_or_default());
    let minutes = record.duration_s() / 60;
    let seconds = record.duration_s() % 60;
    let lines = result_lines(&record).into_iter().map(|l| view! { <li>{l}</li> }).collect_view();
    let felt_button = move |value: Felt, label: &'static str| {
        view! {
            <button class="chip" aria-pressed=move || (felt.get() == Some(value)).to_string() on:click=move |_| felt.set(Some(value))>
                {label}
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
    view! {
        <section class="summary" data-testid="summary">
            <h2 data-testid="summary-title">{summary_title(&record)}</h2>
            <p class="big-line">{format!("{minutes} min {seconds:02} s")}</p>
            <ul class="results" data-testid="summary-results">{lines}</ul>
            <PainScale testid="pain-after" value=pain_after label="How does your back feel now?"/>
            <fieldset class="felt">
                <legend>"How did it feel?"</legend>
                {felt_button(Felt::Easy, "Easy")}
                {felt_button(Felt::Good, "About right")}
                {felt_button(Felt::Hard, "Hard")}
            </fieldset>
            <label class="note">
                "Note (optional)"
                <textarea maxlength="500" prop:value=move || note.get() on:input=move |ev| note.set(event_target_value(&ev))></textarea>
            </label>
            <Show when=move || !saved.get()>
                <Button class="btn primary big" testid="save-session" on_click=save.clone()>"Save"</Button>
            </Show>
            <Show when=move || saved.get()>
                <p class="saved" data-testid="summary-saved">"Saved."</p>
                <Suggestions/>
                <Button class="btn primary big" testid="summary-continue" on_click=move || state.go_replace(Page::History)>"Continue"</Button>
            </Show>
        </section>
    }
    .into_any()
}
