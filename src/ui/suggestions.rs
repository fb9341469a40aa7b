//! Progression suggestions (`data-testid="suggestion"`), shown on home and on
//! the summary after saving. The rules are `crate::progress::suggestions`;
//! this only shows them and records the answer.

use super::widgets::Button;
use super::AppState;
use crate::browser;
use crate::progress::{self, Action, Outcome, Suggestion};
use crate::routine::ExerciseId;
use leptos::prelude::*;
use crate::t;

impl AppState {
    /// The suggestions that apply now.
    pub fn suggestions(&self) -> Vec<Suggestion> {
        let now = browser::now_ms();
        let tz = browser::tz_offset_min(now);
        self.doc.with(|d| {
            progress::suggestions(&d.sessions, &d.pain_log, &d.settings, &d.meta.suggestions_declined, now, tz, &self.i18n.words())
        })
    }

    /// Moves an exercise to a level the suggestion offers; the next plan uses
    /// it. Returns what changed, or why it was refused (said beside the
    /// suggestion, not in the notice bar).
    pub fn accept_suggestion(&self, s: &Suggestion, level: usize) -> String {
        match self.commit(Action::AcceptSuggestion { suggestion: s.clone(), level }) {
            Outcome::Applied(words) => words.unwrap_or_default(),
            Outcome::Refused(why) | Outcome::NeedsConfirmation(why) => why,
            Outcome::Unchanged => String::new(),
        }
    }

    /// "Not yet": remembers when, one entry per exercise.
    pub fn decline_suggestion(&self, id: ExerciseId) {
        self.dispatch(Action::DeclineSuggestion { exercise: id, now_ms: browser::now_ms() });
    }
}

/// Label of an accept button: the level's own words for the crunches' final
/// choice, else a plain "Accept".
fn accept_label(s: &Suggestion, level: usize) -> String {
    match s {
        Suggestion::StepUp {
            alternative: Some(_),
            exercise,
            ..
        } => {
            let Some(dosage) = exercise.exercise().levels.get(level).map(|l| l.dosage) else {
                return t!("ui-suggestion-accept");
            };
            match dosage {
                crate::routine::Dosage::Reps { reps, sets } => t!("ui-suggestion-sets", sets = sets, reps = reps),
                other => other.summary(&crate::ui::i18n::words()),
            }
        }
        _ => t!("ui-suggestion-accept"),
    }
}

/// Every current suggestion with Accept and Not yet. Renders nothing when
/// there are none.
#[component]
pub fn Suggestions() -> impl IntoView {
    let state = expect_context::<AppState>();
    let status = RwSignal::new(None::<String>);
    let heading = NodeRef::<leptos::html::H2>::new();
    let status_line = NodeRef::<leptos::html::P>::new();
    // An answer redraws the cards, so the button that had focus is gone:
    // focus goes to the list's heading while cards remain, else to the line
    // that says what changed, if it says anything (a task later, once the
    // redraw is done).
    let refocus = move || {
        browser::next_task(move || {
            let on_heading = heading.get_untracked().is_some_and(|h| browser::page::focus_if_attached(&h, false));
            let said = status.with_untracked(|s| s.as_ref().is_some_and(|s| !s.is_empty()));
            if let (false, true, Some(line)) = (on_heading, said, status_line.get_untracked()) {
                browser::page::focus_if_attached(&line, false);
            }
        })
    };
    let list = move || {
        state
            .suggestions()
            .into_iter()
            .map(|s| {
                let id = s.exercise();
                let accepts = s
                    .choices()
                    .into_iter()
                    .map(|level| {
                        let s2 = s.clone();
                        let label = accept_label(&s, level);
                        view! {
                            <button
                                class="btn small primary"
                                data-testid="suggestion-accept"
                                data-level=level
                                on:click=move |_| {
                                    status.set(Some(state.accept_suggestion(&s2, level)));
                                    refocus();
                                }
                            >
                                {label}
                            </button>
                        }
                    })
                    .collect_view();
                let decline = if matches!(s, Suggestion::Stay { .. } | Suggestion::RatePain { .. }) { t!("ui-suggestion-got-it") } else { t!("ui-suggestion-not-yet") };
                let name = id.exercise().name(&crate::ui::i18n::words());
                view! {
                    <li class="suggestion" data-testid="suggestion" data-exercise=id.as_str() data-kind=s.kind()>
                        <p><strong>{name}": "</strong>{s.message().to_string()}</p>
                        <div class="suggestion-actions">
                            {accepts}
                            <Button class="btn small" testid="suggestion-decline" on_click=move || {
                                state.decline_suggestion(id);
                                refocus();
                            }>{decline}</Button>
                        </div>
                    </li>
                }
            })
            .collect_view()
    };
    let any = move || !state.suggestions().is_empty();
    view! {
        <Show when=any>
            <section class="suggestions" aria-labelledby="suggestions-title">
                <h2 id="suggestions-title" tabindex="-1" node_ref=heading>{t!("ui-suggestions-title")}</h2>
                <ul class="suggestion-list">{list}</ul>
            </section>
        </Show>
        <p class="suggestion-status" role="status" tabindex="-1" node_ref=status_line data-testid="suggestion-status">{Signal::derive(move || status.get())}</p>
    }
}
