//! Notifications for the reminder, feature-detected: the `Notification`
//! API with a service worker to show them (Chrome on Android shows them
//! only through the worker). Permission is asked only from the person's own
//! tap (see `ui::reminders`), never at start-up.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Notification, NotificationOptions, NotificationPermission, ServiceWorkerRegistration};

/// Whether this browser can show a notification from this page: the
/// `Notification` API and a service worker to show it with.
pub fn supported() -> bool {
    let Some(w) = super::window() else { return false };
    super::get(&w, "Notification").is_some() && super::sw::container().is_some()
}

/// What the person has answered: `Some(true)` allowed, `Some(false)`
/// blocked, `None` not asked yet (or not supported).
pub fn permission() -> Option<bool> {
    if !supported() {
        return None;
    }
    match Notification::permission() {
        NotificationPermission::Granted => Some(true),
        NotificationPermission::Denied => Some(false),
        _ => None,
    }
}

/// Asks for permission (call only from a tap) and gives the answer as
/// [`permission`] does.
pub async fn request() -> Option<bool> {
    if !supported() {
        return None;
    }
    let promise = Notification::request_permission().ok()?;
    let answer = JsFuture::from(promise).await.ok()?.as_string();
    match answer.as_deref() {
        Some("granted") => Some(true),
        Some("denied") => Some(false),
        _ => None,
    }
}

/// Shows a notification through the service worker, replacing any earlier
/// one with the same `tag`; `false` when it could not be shown.
pub async fn show(title: &str, body: &str, tag: &str) -> bool {
    if permission() != Some(true) {
        return false;
    }
    let Some(ready) = super::sw::container().and_then(|c| c.ready().ok()) else { return false };
    let Ok(reg) = JsFuture::from(ready).await else { return false };
    let Ok(reg) = reg.dyn_into::<ServiceWorkerRegistration>() else { return false };
    let options = NotificationOptions::new();
    options.set_body(body);
    options.set_tag(tag);
    // Relative to the worker's scope, the app's own folder.
    options.set_icon("icons/icon-192.png");
    let Ok(shown) = reg.show_notification_with_options(title, &options) else { return false };
    JsFuture::from(shown).await.is_ok()
}

/// Whether the page runs as the installed app (its own window, not a tab).
pub fn installed() -> bool {
    let Some(w) = super::window() else { return false };
    let standalone = w.match_media("(display-mode: standalone)").ok().flatten().is_some_and(|m| m.matches());
    // Safari on iOS says so on the navigator instead.
    standalone || super::get(&JsValue::from(w.navigator()), "standalone").and_then(|v| v.as_bool()).unwrap_or(false)
}
