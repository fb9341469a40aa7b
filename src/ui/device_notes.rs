//! What differs between browsers, said where it matters: a cue mode this
//! browser cannot do (no vibration on any iPhone or in Firefox, no speech in
//! some engines), a screen that may turn off (no Screen Wake Lock before
//! iOS 16.4, or the browser refused it), voices that load late and differ
//! between devices, and WebKit's habit of deleting the data of sites not
//! used for 7 days. The facts come from `browser::support`; what to do
//! without a feature comes from the core (`workout::cue_channels`).

use super::AppState;
use crate::browser::{self, support, wake_lock};
use crate::progress::{Action, CueMode};
use crate::workout;
use leptos::prelude::*;
use crate::t;

/// The player's notes (`data-testid="cue-fallback"`, `keep-screen-on`): the
/// cue mode's fallback on this browser, and a request to keep the screen on
/// while the workout runs and the browser cannot.
#[component]
pub fn PlayerNotes(
    /// True while the workout is paused (the screen may sleep then).
    #[prop(into)]
    paused: Signal<bool>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let fallback = move || state.doc.with(|d| workout::cue_channels(d.settings.cue_mode, support::cue_abilities()).1);
    let screen_off = move || !paused.get() && wake_lock::status() == wake_lock::Lock::Unavailable;
    let screen_text = move || if support::is_ios() { t!("ui-screen-on-ios") } else { t!("ui-screen-on") };
    view! {
        {move || fallback().map(|f| view! { <p class="engine-note" role="status" data-testid="cue-fallback">{f.message(&crate::ui::i18n::words())}</p> })}
        <Show when=screen_off>
            <p class="engine-note" role="status" data-testid="keep-screen-on">{screen_text}</p>
        </Show>
    }
}

/// Why a cue mode is missing from settings on this browser, or `None`.
pub fn mode_unavailable(mode: CueMode) -> Option<String> {
    workout::unavailable_reason(mode, support::cue_abilities(), &crate::ui::i18n::words())
}

/// Settings' notes under the cue modes (`data-testid="cue-mode-note"`): why
/// each mode this browser cannot do is left out.
#[component]
pub fn CueModeNotes() -> impl IntoView {
    [CueMode::VoiceAndBeeps, CueMode::Beeps, CueMode::Vibrate]
        .into_iter()
        .filter_map(mode_unavailable)
        .map(|why| view! { <p class="engine-note" data-testid="cue-mode-note">{why}</p> })
        .collect_view()
}

/// The voice picker (shown when the browser offers more than one voice),
/// and a note when none of the voices speaks the app's language
/// (`data-testid="no-voice"`): the coach is then read by the default voice.
/// Voices load late (Chromium and Safari list none at first) and differ
/// between devices, so the list follows the browser's `voiceschanged`; a
/// chosen voice this device lacks leaves the browser's English voice.
#[component]
pub fn VoicePicker() -> impl IntoView {
    let state = expect_context::<AppState>();
    let voices = RwSignal::new(browser::cues::voice_names());
    // try_set: a late event after the screen closed finds the signal gone and does nothing.
    browser::cues::watch_voices(move || drop(voices.try_set(browser::cues::voice_names())));
    on_cleanup(browser::cues::stop_watching_voices);
    let lang = state.i18n.lang;
    let no_voice = move || {
        voices.track();
        let lang = lang.get();
        (browser::cues::has_voice_for(lang) == Some(false)).then(|| {
            view! { <p class="engine-note" data-testid="no-voice">{t!("ui-language-no-voice", name = lang.name())}</p> }
        })
    };
    let picker = move || {
        let names = voices.get();
        (names.len() > 1).then(|| {
            let options = names
                .into_iter()
                .map(|name| {
                    let n = name.clone();
                    let selected = move || state.doc.with(|d| d.settings.voice.as_deref() == Some(n.as_str()));
                    view! { <option value=name.clone() selected=selected>{name.clone()}</option> }
                })
                .collect_view();
            view! {
                <label class="field">
                    <span>{t!("ui-voice")}</span>
                    <select data-testid="voice" on:change=move |ev| {
                        let v = event_target_value(&ev);
                        let mut settings = state.doc.with_untracked(|d| d.settings.clone());
                        settings.voice = (!v.is_empty()).then_some(v);
                        state.dispatch(Action::ChangeSettings { settings, confirmed: false });
                    }>
                        <option value="">{t!("ui-voice-default")}</option>
                        {options}
                    </select>
                </label>
            }
        })
    };
    view! { {no_voice} {picker} }
}

/// Settings' note on WebKit's 7-day rule (`data-testid="storage-note"`):
/// Safari, and every browser on an iPhone, may delete the data of a site
/// not used for 7 days unless it is on the Home Screen. Nothing elsewhere
/// or once installed.
#[component]
pub fn StorageNote() -> impl IntoView {
    support::evicts_unused_storage().then(|| {
        view! {
            <p class="engine-note" data-testid="storage-note">{t!("ui-storage-note")}</p>
        }
    })
}
