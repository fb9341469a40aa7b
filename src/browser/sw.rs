//! Service-worker glue: registration and the "new version ready" handshake.

/// Registers `sw.js` next to the page, when the browser supports it.
pub fn register() {
    let Some(w) = super::window() else { return };
    let container = w.navigator().service_worker();
    if super::get(&w.navigator().into(), "serviceWorker").is_none() {
        return;
    }
    let _ = container.register("./sw.js");
}
