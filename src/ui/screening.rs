//! First-run health screening (`data-testid="screening"`), and the pain
//! warning shown through the notice bar. The rules live in
//! `crate::progress` (`pain_warning`, `WARNING_SIGNS`), the screening's
//! words in `progress::screening_words` (which index.html's static copy,
//! shown before the app has loaded, is built from too).

use super::widgets::Button;
use super::{AppState, Notice, Page};
use crate::browser;
use crate::progress::{self, Action, ScreeningWords};
use leptos::prelude::*;
use crate::t;

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

/// The screening: general guidance, not medical advice, and the signs that
/// mean seeing a doctor before exercising. Shown instead of home until the
/// person presses "I understand"; reachable again from settings.
#[component]
pub fn Screening() -> impl IntoView {
    let state = expect_context::<AppState>();
    // Stored, so the section (drawn again each time it is shown) reads them.
    let words = StoredValue::new(progress::screening_words(&state.i18n.words()));
    let say = move |pick: fn(&ScreeningWords) -> &String| words.with_value(|w| pick(w).clone());
    let signs = move || words.with_value(|w| w.signs.iter().map(|s| view! { <li>{s.clone()}</li> }).collect_view());
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
                <h1 id="see-doctor-title" tabindex="-1" node_ref=doctor_title>{t!("ui-doctor-title")}</h1>
                <p class="lead">{t!("ui-doctor-lead")}</p>
                <p>{t!("ui-doctor-urgent")}</p>
                <p>{t!("ui-doctor-return")}</p>
                <Button class="btn big" testid="screening-back" on_click=move || has_sign.set(false)>{t!("ui-doctor-back")}</Button>
            </section>
        </Show>
        <Show when=move || !has_sign.get()>
        <section class="screening" data-testid="screening" aria-labelledby="screening-title">
            <h1 id="screening-title">{say(|w| &w.title)}</h1>
            <p class="lead">{say(|w| &w.lead)}</p>
            <h2>{say(|w| &w.signs_heading)}</h2>
            <ul class="warning-signs" data-testid="warning-signs">{signs()}</ul>
            {words.with_value(|w| w.advice.clone()).map(|p| view! { <p>{p}</p> })}
            <Button class="btn primary big" testid="screening-accept" on_click=move || state.accept_screening()>{say(|w| &w.accept)}</Button>
            <Button class="btn big" testid="screening-has-sign" on_click=move || has_sign.set(true)>{say(|w| &w.has_sign)}</Button>
        </section>
        </Show>
    }
}
