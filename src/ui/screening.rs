//! First-run health screening (`data-testid="screening"`), and the pain
//! warning shown through the notice bar. The rules live in
//! `crate::progress` (`pain_warning`, `warning_signs`).

use super::widgets::Button;
use super::{AppState, Notice, Page};
use crate::browser;
use crate::progress::{self, Action};
use leptos::prelude::*;

impl AppState {
    /// Records that the person read the screening and moves on: home on the
    /// first run, back to settings when it was opened from there.
    pub fn accept_screening(&self) {
        let first = self
            .doc
            .with_untracked(|d| d.meta.screening_accepted_ms.is_none());
        if first {
            let now = browser::now_ms();
            self.dispatch(Action::AcceptScreening { now_ms: now });
        }
        if first {
            // The screening is not a screen to come back to with the back gesture.
            self.go_replace(Page::Home);
        } else {
            self.back(Page::Settings);
        }
    }

    /// Shows the "please see a doctor" warning when the pain pattern calls for
    /// it: again every week while it lasts (remembered in
    /// `meta.pain_warning_shown_ms`), quiet for four weeks after "I have seen
    /// a doctor about this" unless the pain gets worse.
    /// Waits for a free notice bar: a storage problem is never hidden by it,
    /// and the warning comes at the next check instead.
    pub fn check_pain_warning(&self) {
        if self.notice.with_untracked(Option::is_some) {
            return;
        }
        let now = browser::now_ms();
        let tz = browser::tz_offset_min(now);
        let warning = self.doc.with_untracked(|d| {
            progress::pain_warning(&d.sessions, &d.pain_log, now, tz, &d.meta, &self.i18n.words())
        });
        if let Some(message) = warning {
            self.notice.set(Some(Notice { doctor_answer: true, ..Notice::say(message) }));
            self.dispatch(Action::PainWarningShown { now_ms: now });
        }
    }

    /// The answer "I have seen a doctor about this" to the pain warning:
    /// stored, and the warning closes with a word on what happens next.
    pub fn answer_doctor_seen(&self) {
        self.dispatch(Action::DoctorSeen { now_ms: browser::now_ms() });
    }
}

/// Capitalised first letter, for list items written in sentence case.
fn sentence(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The screening: general guidance, not medical advice, and the signs that
/// mean seeing a doctor before exercising. Shown instead of home until the
/// person presses "I understand"; reachable again from settings.
#[component]
pub fn Screening() -> impl IntoView {
    let state = expect_context::<AppState>();
    let signs = move || progress::warning_signs(&state.i18n.words()).into_iter().map(|s| view! { <li>{sentence(&s)}</li> }).collect_view();
    // "I have one of these": what to do instead, and no workout offered.
    let has_sign = RwSignal::new(false);
    let doctor_title = NodeRef::<leptos::html::H1>::new();
    Effect::new(move |_| {
        if let Some(h) = doctor_title.get() {
            let _ = h.focus();
        }
    });
    view! {
        <Show when=move || has_sign.get()>
            <section class="screening" data-testid="screening-see-doctor" aria-labelledby="see-doctor-title">
                <h1 id="see-doctor-title" tabindex="-1" node_ref=doctor_title>"Please see a doctor first"</h1>
                <p class="lead">
                    "With one of these signs, exercise should wait until a doctor or physiotherapist has looked at your back. "
                    "Upright will not start a workout for now."
                </p>
                <p>
                    "Trouble controlling your bladder or bowels, or numbness or weakness in your legs that is new or getting worse, "
                    "needs care today: call your doctor, or your local emergency number."
                </p>
                <p>"Once a doctor has said these exercises are fine for you, come back and choose “I understand”."</p>
                <Button class="btn big" testid="screening-back" on_click=move || has_sign.set(false)>"Back to the list"</Button>
            </section>
        </Show>
        <Show when=move || !has_sign.get()>
        <section class="screening" data-testid="screening" aria-labelledby="screening-title">
            <h1 id="screening-title">"Before you start"</h1>
            <p class="lead">
                "Upright guides you through a short routine of general exercises for middle back pain. "
                "It is not medical advice and does not replace a doctor or physiotherapist."
            </p>
            <h2>"See a doctor before you exercise if you have"</h2>
            <ul class="warning-signs" data-testid="warning-signs">{signs()}</ul>
            <p>"While you exercise, listen to your body: stop any movement that hurts, and never go past the routine's limits."</p>
            <p>"If back pain lasts more than a few days, or comes with other symptoms, see a doctor."</p>
            <Button class="btn primary big" testid="screening-accept" on_click=move || state.accept_screening()>"I understand"</Button>
            <Button class="btn big" testid="screening-has-sign" on_click=move || has_sign.set(true)>"I have one of these"</Button>
        </section>
        </Show>
    }
}
