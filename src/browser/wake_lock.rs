//! Screen Wake Lock, through reflection because web-sys keeps it behind an
//! unstable flag. Missing support is not an error: the workout still runs,
//! and [`status`] tells the player to ask the person to keep the screen on
//! (iOS has the API only from 16.4; browsers refuse it on low battery).

use leptos::prelude::{ArcRwSignal, Get, Set};
use std::cell::RefCell;
use wasm_bindgen::JsValue;

/// Whether the screen is being kept on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lock {
    /// Not asked for (no workout running, or paused), or being asked for.
    Idle,
    /// Held: the screen stays on.
    Held,
    /// Asked for and not available: no API in this browser, or refused.
    Unavailable,
}

thread_local! {
    static SENTINEL: RefCell<Option<JsValue>> = const { RefCell::new(None) };
    /// The lock's state for the views; one per page. Reference-counted, not
    /// owned by the screen that first reads it, so it outlives that screen.
    static STATUS: ArcRwSignal<Lock> = ArcRwSignal::new(Lock::Idle);
}

/// The lock's current state (reactive).
pub fn status() -> Lock {
    STATUS.with(|s| s.get())
}

fn set_status(lock: Lock) {
    STATUS.with(|s| s.set(lock));
}

/// Asks to keep the screen on. Safe to call repeatedly (e.g. on every
/// `visibilitychange` to visible, since the browser drops the lock when hidden).
pub fn acquire() {
    let held = SENTINEL.with(|s| s.borrow().as_ref().is_some_and(|v| super::get(v, "released") == Some(JsValue::FALSE)));
    if held {
        return;
    }
    let Some(w) = super::window() else { return };
    let promise = super::support::has_wake_lock()
        .then(|| super::get(&w.navigator().into(), "wakeLock"))
        .flatten()
        .and_then(|lock| super::call(&lock, "request", &[JsValue::from_str("screen")]))
        .and_then(|p| wasm_bindgen::JsCast::dyn_into::<js_sys::Promise>(p).ok());
    let Some(promise) = promise else {
        set_status(Lock::Unavailable);
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        match wasm_bindgen_futures::JsFuture::from(promise).await {
            Ok(sentinel) => {
                SENTINEL.with(|s| *s.borrow_mut() = Some(sentinel));
                set_status(Lock::Held);
            }
            // Refused (hidden page, low battery, a policy): the person keeps it on.
            Err(_) => set_status(Lock::Unavailable),
        }
    });
}

/// Lets the screen sleep again (pause, finish).
pub fn release() {
    if let Some(sentinel) = SENTINEL.with(|s| s.borrow_mut().take()) {
        let _ = super::call(&sentinel, "release", &[]);
    }
    set_status(Lock::Idle);
}
