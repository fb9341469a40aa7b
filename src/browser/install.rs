//! Install help, the browser's side: Chromium browsers fire
//! `beforeinstallprompt` once the app is installable and let the page show
//! their install dialog from a tap later; Safari and Firefox never fire it
//! (on iOS the person adds the app from the Share menu). The event is kept
//! here until the person asks.

use std::cell::RefCell;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};

thread_local! {
    /// The browser's install offer, kept for the "Install Upright" tap.
    static OFFER: RefCell<Option<JsValue>> = const { RefCell::new(None) };
}

/// Listens for the browser's install offer for the page's whole life:
/// `on_change(true)` when it offers to install, `on_change(false)` once
/// the app is installed. Call once, early: the offer may come at any time.
pub fn listen(on_change: impl Fn(bool) + Clone + 'static) {
    let Some(w) = super::window() else { return };
    let offered = on_change.clone();
    let offer = Closure::<dyn Fn(web_sys::Event)>::new(move |ev: web_sys::Event| {
        // The app offers its own button in settings instead of the browser's mini-infobar.
        ev.prevent_default();
        OFFER.with(|o| *o.borrow_mut() = Some(ev.into()));
        offered(true);
    });
    let installed = Closure::<dyn Fn()>::new(move || {
        OFFER.with(|o| o.borrow_mut().take());
        on_change(false);
    });
    let _ = w.add_event_listener_with_callback("beforeinstallprompt", offer.as_ref().unchecked_ref());
    let _ = w.add_event_listener_with_callback("appinstalled", installed.as_ref().unchecked_ref());
    // Both listen as long as the page lives.
    offer.forget();
    installed.forget();
}

/// Shows the browser's install dialog. Call inside the tap (the browser
/// requires a user gesture); `done(accepted)` follows the person's answer.
/// An offer is good for one dialog, so it is used up either way.
pub fn prompt(done: impl FnOnce(bool) + 'static) {
    let Some(offer) = OFFER.with(|o| o.borrow_mut().take()) else {
        done(false);
        return;
    };
    // Shown now, in the tap; its answer comes through `userChoice`.
    if super::call(&offer, "prompt", &[]).is_none() {
        done(false);
        return;
    }
    let Some(choice) = super::get(&offer, "userChoice").and_then(|c| c.dyn_into::<js_sys::Promise>().ok()) else {
        done(false);
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        let answer = wasm_bindgen_futures::JsFuture::from(choice).await.ok();
        let accepted = answer.and_then(|a| super::get(&a, "outcome")).and_then(|o| o.as_string()).as_deref() == Some("accepted");
        done(accepted);
    });
}
