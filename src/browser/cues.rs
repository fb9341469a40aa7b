//! Voice and vibration for cues. Speech cannot be scheduled on the audio
//! clock, so it is spoken when its cue falls due.
//!
//! Both are optional web APIs: each call looks first ([`super::support`])
//! and does nothing where the engine lacks it, so a missing one can never
//! throw through the wasm (WebKit and Firefox have no `navigator.vibrate`).

use crate::i18n::Lang;
use crate::workout::CueKind;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{SpeechSynthesis, SpeechSynthesisUtterance};

/// The speech synthesizer, where the engine has one.
fn synth() -> Option<SpeechSynthesis> {
    if !super::support::can_speak() {
        return None;
    }
    super::get(&super::window()?.into(), "speechSynthesis")?.dyn_into().ok()
}

/// An utterance of `text` in `lang`, so a device whose default voice
/// speaks another language still reads it in the app's language.
fn utterance(text: &str, lang: Lang, volume: f32) -> Option<SpeechSynthesisUtterance> {
    let u = SpeechSynthesisUtterance::new_with_text(text).ok()?;
    u.set_volume(volume.clamp(0.0, 1.0));
    u.set_rate(1.0);
    u.set_lang(speech_tag(lang));
    Some(u)
}

/// The language a voice is asked for: the pseudo-locale is English text.
fn speech_tag(lang: Lang) -> &'static str {
    if lang == Lang::Pseudo { "en" } else { lang.tag() }
}

/// True when `voice` speaks `lang` (its `lang` is "de-DE" for German).
fn speaks(voice: &JsValue, lang: Lang) -> bool {
    super::get(voice, "lang")
        .and_then(|l| l.as_string())
        .is_some_and(|l| Lang::from_tag(&l).map(|l| speech_tag(l)) == Some(speech_tag(lang)))
}

/// The voice for `lang`: the chosen one when it speaks `lang`, else the
/// device's own voice for `lang` (its default first). None when the device
/// has no voice for it: the browser then reads with whatever it has.
fn voice_for(lang: Lang, chosen: Option<&str>) -> Option<JsValue> {
    let voices: Vec<JsValue> = voices().into_iter().filter(|v| speaks(v, lang)).collect();
    let is_default = |v: &JsValue| super::get(v, "default").and_then(|d| d.as_bool()).unwrap_or(false);
    chosen
        .and_then(|name| voices.iter().find(|v| voice_name(v).as_deref() == Some(name)))
        .or_else(|| voices.iter().find(|v| is_default(v)))
        .or_else(|| voices.first())
        .cloned()
}

/// Whether this device has a voice for `lang`: None while the browser has
/// not listed its voices yet (they load late).
pub fn has_voice_for(lang: Lang) -> Option<bool> {
    let voices = voices();
    (!voices.is_empty()).then(|| voices.iter().any(|v| speaks(v, lang)))
}

/// Speaks `text` in `lang`, cutting off anything still being said. The
/// chosen voice is used when it speaks `lang` (voices differ between devices
/// and load late); otherwise the device's voice for `lang`.
pub fn speak(text: &str, lang: Lang, voice: Option<&str>, volume: f32) {
    // Before any tap on this page (a reload mid-workout) the browser refuses
    // speech (Chromium logs it as deprecated): the player asks for the tap that
    // turns sound back on, and the coach speaks from then on.
    if !page_was_tapped() {
        return;
    }
    let Some(synth) = synth() else { return };
    synth.cancel();
    let Some(u) = utterance(text, lang, volume) else { return };
    if let Some(v) = voice_for(lang, voice) {
        // Through Reflect, which reports a refused voice instead of throwing.
        let _ = js_sys::Reflect::set(&u, &JsValue::from_str("voice"), &v);
    }
    synth.speak(&u);
}

/// Whether the person has tapped (or typed) on this page since it loaded:
/// `navigator.userActivation.hasBeenActive`, true where the browser does not say.
pub fn page_was_tapped() -> bool {
    let activation = super::window().and_then(|w| super::get(&w.navigator(), "userActivation"));
    activation.and_then(|a| super::get(&a, "hasBeenActive")).and_then(|v| v.as_bool()).unwrap_or(true)
}

/// Unlocks speech inside a tap: iOS speaks from a timer only once the page
/// has spoken from a user gesture, so the Start tap queues a silent,
/// empty utterance. Elsewhere it costs nothing.
pub fn unlock() {
    let Some(synth) = synth() else { return };
    if let Some(u) = utterance("", Lang::En, 0.0) {
        synth.speak(&u);
    }
}

/// Stops speaking at once.
pub fn hush() {
    if let Some(synth) = synth() {
        synth.cancel();
    }
}

/// The voices the browser offers now (often none until `voiceschanged`).
pub fn voices() -> Vec<JsValue> {
    synth().map(|s| s.get_voices().iter().collect()).unwrap_or_default()
}

/// The names of the voices the browser offers now.
pub fn voice_names() -> Vec<String> {
    voices().iter().filter_map(voice_name).collect()
}

fn voice_name(v: &JsValue) -> Option<String> {
    super::get(v, "name")?.as_string()
}

thread_local! {
    /// The one `voiceschanged` handler (settings' voice list), kept alive here.
    static ON_VOICES: std::cell::RefCell<Option<wasm_bindgen::closure::Closure<dyn Fn()>>> =
        const { std::cell::RefCell::new(None) };
}

/// Calls `f` whenever the browser's list of voices changes: voices load
/// late (Chromium and Safari list none at first) and differ between
/// devices. One watcher at a time; [`stop_watching_voices`] removes it.
pub fn watch_voices(f: impl Fn() + 'static) {
    let Some(synth) = synth() else { return };
    let closure = wasm_bindgen::closure::Closure::<dyn Fn()>::new(f);
    synth.set_onvoiceschanged(Some(closure.as_ref().unchecked_ref()));
    ON_VOICES.with(|v| *v.borrow_mut() = Some(closure));
}

/// Removes the watcher [`watch_voices`] set.
pub fn stop_watching_voices() {
    if let Some(synth) = synth() {
        synth.set_onvoiceschanged(None);
    }
    ON_VOICES.with(|v| v.borrow_mut().take());
}

/// Vibrates a pattern matching the cue, where the device can.
pub fn vibrate(kind: CueKind) {
    let pattern: &[u32] = match kind {
        CueKind::Count(_) => &[60],
        CueKind::Rep(_) => &[30],
        CueKind::StepStart => &[250],
        CueKind::Halfway => &[80, 80, 80],
        CueKind::SwitchSide => &[150, 100, 150],
        CueKind::RestOver => &[400],
        CueKind::ExerciseDone | CueKind::WorkoutDone => &[200, 100, 200, 100, 400],
    };
    let Some(w) = super::window() else { return };
    let array: js_sys::Array = pattern.iter().map(|n| JsValue::from(*n)).collect();
    // Reflection: no vibrate (WebKit, Firefox) or a refusal is nothing, never a throw.
    let _ = super::call(&w.navigator().into(), "vibrate", &[array.into()]);
}
