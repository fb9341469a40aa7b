//! Which optional web APIs this engine has, found by looking, never by
//! calling and catching: a missing function called through web-sys throws
//! through the wasm and leaves it trapped. WebKit (every iPhone browser)
//! has no `navigator.vibrate`, the Screen Wake Lock only from iOS 16.4 and
//! no install prompt; Firefox has no vibration either; some engines have no
//! speech. The core decides what to do without them
//! ([`crate::workout::cue_channels`]).

use crate::workout::CueAbilities;
use std::cell::Cell;
use wasm_bindgen::JsValue;

/// True when `obj[key]` is a function.
fn is_function(obj: &JsValue, key: &str) -> bool {
    super::get(obj, key).is_some_and(|f| f.is_function())
}

fn navigator() -> Option<JsValue> {
    Some(super::window()?.navigator().into())
}

fn global() -> Option<JsValue> {
    Some(super::window()?.into())
}

/// `navigator.vibrate` exists (not on iOS, not in Firefox since 129).
pub fn can_vibrate() -> bool {
    navigator().is_some_and(|n| is_function(&n, "vibrate"))
}

/// Speech synthesis exists: the `speechSynthesis` object with `speak`, and
/// the utterance constructor.
pub fn can_speak() -> bool {
    global().is_some_and(|w| {
        is_function(&w, "SpeechSynthesisUtterance") && super::get(&w, "speechSynthesis").is_some_and(|s| is_function(&s, "speak"))
    })
}

/// Web Audio exists (an `AudioContext` constructor).
pub fn has_audio() -> bool {
    global().is_some_and(|w| is_function(&w, "AudioContext"))
}

/// The Screen Wake Lock API exists (iOS from 16.4; only in secure contexts).
pub fn has_wake_lock() -> bool {
    navigator().and_then(|n| super::get(&n, "wakeLock")).is_some_and(|l| is_function(&l, "request"))
}

/// `navigator.storage.persist` exists.
pub fn can_persist() -> bool {
    navigator().and_then(|n| super::get(&n, "storage")).is_some_and(|s| is_function(&s, "persist"))
}

thread_local! {
    /// The abilities, looked up once: they do not change while the page lives.
    static CUES: Cell<Option<CueAbilities>> = const { Cell::new(None) };
}

/// What this device can do for cues (looked up once per page).
pub fn cue_abilities() -> CueAbilities {
    CUES.with(|c| {
        c.get().unwrap_or_else(|| {
            let found = CueAbilities { audio: has_audio(), speech: can_speak(), vibrate: can_vibrate() };
            c.set(Some(found));
            found
        })
    })
}

fn user_agent() -> String {
    super::window().and_then(|w| w.navigator().user_agent().ok()).unwrap_or_default()
}

/// An iPhone, iPad or iPod, where every browser is WebKit: no install
/// prompt, no vibration, storage evicted after 7 days unless installed. An
/// iPad asks for desktop sites and says "Macintosh", but has touch.
pub fn is_ios() -> bool {
    let ua = user_agent();
    if ua.contains("iPhone") || ua.contains("iPad") || ua.contains("iPod") {
        return true;
    }
    let touch = navigator().and_then(|n| super::get(&n, "maxTouchPoints")).and_then(|v| v.as_f64()).unwrap_or(0.0);
    ua.contains("Macintosh") && touch > 1.0
}

/// Safari (or another WebKit browser with Safari's rules) on a Mac: not
/// Chrome, Edge or Firefox, which also say "Safari" in their user agent.
fn is_mac_safari() -> bool {
    let ua = user_agent();
    ua.contains("Macintosh")
        && ua.contains("Safari/")
        && !["Chrome/", "Chromium/", "Edg/", "Firefox/", "OPR/"].iter().any(|other| ua.contains(other))
}

/// WebKit's rule that script-written storage of a site not used for 7 days
/// may be deleted, unless the app is on the Home Screen (or in the Dock).
pub fn evicts_unused_storage() -> bool {
    (is_ios() || is_mac_safari()) && !is_standalone()
}

/// Running as an installed app (display-mode standalone, or iOS's own
/// `navigator.standalone`), where install help makes no sense.
pub fn is_standalone() -> bool {
    let Some(w) = super::window() else { return false };
    let media = ["(display-mode: standalone)", "(display-mode: fullscreen)", "(display-mode: minimal-ui)"];
    if media.iter().any(|q| w.match_media(q).ok().flatten().is_some_and(|m| m.matches())) {
        return true;
    }
    navigator().and_then(|n| super::get(&n, "standalone")) == Some(JsValue::TRUE)
}
