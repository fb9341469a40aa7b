//! Screen Wake Lock, through reflection because web-sys keeps it behind an
//! unstable flag. Missing support is not an error: the workout still runs.

use std::cell::RefCell;
use wasm_bindgen::JsValue;

thread_local! {
    static SENTINEL: RefCell<Option<JsValue>> = const { RefCell::new(None) };
}

/// Asks to keep the screen on. Safe to call repeatedly (e.g. on every
/// `visibilitychange` to visible, since the browser drops the lock when hidden).
pub fn acquire() {
    let held = SENTINEL.with(|s| s.borrow().as_ref().is_some_and(|v| super::get(v, "released") == Some(JsValue::FALSE)));
    if held {
        return;
    }
    let Some(w) = super::window() else { return };
    let Some(lock) = super::get(&w.navigator().into(), "wakeLock") else { return };
    let Some(promise) = super::call(&lock, "request", &[JsValue::from_str("screen")]) else { return };
    let Ok(promise) = wasm_bindgen::JsCast::dyn_into::<js_sys::Promise>(promise) else { return };
    wasm_bindgen_futures::spawn_local(async move {
        if let Ok(sentinel) = wasm_bindgen_futures::JsFuture::from(promise).await {
            SENTINEL.with(|s| *s.borrow_mut() = Some(sentinel));
        }
    });
}

/// Lets the screen sleep again (pause, finish).
pub fn release() {
    if let Some(sentinel) = SENTINEL.with(|s| s.borrow_mut().take()) {
        let _ = super::call(&sentinel, "release", &[]);
    }
}
