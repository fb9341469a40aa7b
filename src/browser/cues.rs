//! Voice and vibration for cues. Speech cannot be scheduled on the audio
//! clock, so it is spoken when its cue falls due.

use crate::workout::CueKind;
use wasm_bindgen::JsValue;
use web_sys::{SpeechSynthesisUtterance, SpeechSynthesisVoice};

/// Speaks `text`, cutting off anything still being said.
pub fn speak(text: &str, voice: Option<&str>, volume: f32) {
    let Some(synth) = super::window().and_then(|w| w.speech_synthesis().ok()) else { return };
    synth.cancel();
    let Ok(u) = SpeechSynthesisUtterance::new_with_text(text) else { return };
    u.set_volume(volume.clamp(0.0, 1.0));
    u.set_rate(1.0);
    if let Some(name) = voice {
        if let Some(v) = voices().into_iter().find(|v| v.name() == name) {
            u.set_voice(Some(&v));
        }
    }
    synth.speak(&u);
}

/// Stops speaking at once.
pub fn hush() {
    if let Some(synth) = super::window().and_then(|w| w.speech_synthesis().ok()) {
        synth.cancel();
    }
}

/// The voices the browser offers.
pub fn voices() -> Vec<SpeechSynthesisVoice> {
    use wasm_bindgen::JsCast;
    super::window()
        .and_then(|w| w.speech_synthesis().ok())
        .map(|s| s.get_voices().iter().filter_map(|v| v.dyn_into().ok()).collect())
        .unwrap_or_default()
}

/// Vibrates a pattern matching the cue, where the device supports it.
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
    let _ = w.navigator().vibrate_with_pattern(&array);
}
