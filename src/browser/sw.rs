//! Service-worker glue: registration and the "new version ready" handshake.
//!
//! A new build's worker installs in the background and then *waits* (sw.js never skips
//! waiting by itself). [`register`] tells the UI when one is waiting; the UI calls
//! [`apply_update`] when it is safe (no workout running), which asks the waiting worker to
//! take over and reloads the page once it has. Every time the page becomes visible again the
//! registration checks for a new version.
//!
//! Registering waits until the page has loaded and is idle: the worker's install downloads the
//! build into its cache, and by then every file the first screen needed is in the browser's
//! HTTP cache, so the install takes those copies instead of downloading them again, and nothing
//! competes with the first render.

use std::cell::{Cell, RefCell};
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState};

/// If the new worker has not taken over by then, reload anyway.
const TAKEOVER_TIMEOUT_MS: u32 = 5_000;
thread_local! {
    static REGISTRATION: RefCell<Option<ServiceWorkerRegistration>> = const { RefCell::new(None) };
    /// Set by [`apply_update`]: the next controller change reloads the page.
    static RELOAD_ON_CHANGE: Cell<bool> = const { Cell::new(false) };
    /// Set once the page is reloading, so it reloads once only.
    static RELOADING: Cell<bool> = const { Cell::new(false) };
}

/// The service-worker container, when the browser has one (not in insecure contexts).
pub(crate) fn container() -> Option<ServiceWorkerContainer> {
    let w = super::window()?;
    super::get(&w.navigator().into(), "serviceWorker")?.dyn_into().ok()
}

/// Adds a listener that lives as long as the page.
fn listen(target: &web_sys::EventTarget, event: &str, f: impl FnMut() + 'static) {
    let f = Closure::<dyn FnMut()>::new(f);
    let _ = target.add_event_listener_with_callback(event, f.as_ref().unchecked_ref());
    f.forget();
}

fn reload_once() {
    if RELOADING.replace(true) {
        return;
    }
    if let Some(w) = super::window() {
        let _ = w.location().reload();
    }
}

/// Registers `sw.js` next to the page (so its scope is the app's folder, at the root or under
/// any sub-path) once the page has loaded and is idle, and calls `on_update_ready` whenever a
/// new version is ready to take over: a worker already waiting at load, one that finishes
/// installing while this page is controlled, or another tab having switched to a new version
/// under this page.
pub fn register(on_update_ready: impl Fn() + Clone + 'static) {
    if container().is_none() {
        return;
    }
    super::when_loaded_and_idle(move || register_now(on_update_ready));
}

fn register_now(on_update_ready: impl Fn() + Clone + 'static) {
    let Some(container) = container() else { return };
    // Whether this page is controlled: on the very first visit it is not, and the first
    // worker taking control (clients.claim) is not an update.
    let returning = container.controller().is_some();
    let controlled = std::rc::Rc::new(Cell::new(returning));

    {
        let controlled = controlled.clone();
        let ready = on_update_ready.clone();
        listen(&container, "controllerchange", move || {
            if RELOAD_ON_CHANGE.get() {
                reload_once();
            } else if controlled.replace(true) {
                // Another tab applied an update: this page still runs the old code.
                ready();
            }
        });
    }

    let promise = container.register("./sw.js");
    wasm_bindgen_futures::spawn_local(async move {
        // Rejected when registration is impossible (e.g. private mode): the app still works.
        let Ok(reg) = JsFuture::from(promise).await else { return };
        let Ok(reg) = reg.dyn_into::<ServiceWorkerRegistration>() else { return };
        REGISTRATION.with(|r| *r.borrow_mut() = Some(reg.clone()));

        if reg.waiting().is_some() && container.controller().is_some() {
            on_update_ready();
        }
        // A force reload (Shift+reload; Firefox's WebDriver refresh is one) loads the page
        // past the active worker, which then does not control it, and the page would not
        // work offline: ask the worker to claim it. Its controllerchange is not an update.
        if container.controller().is_none() {
            if let Some(active) = reg.active() {
                claim(&active);
            }
        }
        if let Some(installing) = reg.installing() {
            watch_installing(&container, installing, on_update_ready.clone());
        }
        keep_for_offline(&container, returning);
        {
            let reg2 = reg.clone();
            let container = container.clone();
            listen(&reg, "updatefound", move || {
                if let Some(installing) = reg2.installing() {
                    watch_installing(&container, installing, on_update_ready.clone());
                }
            });
        }
        if let Some(doc) = super::window().and_then(|w| w.document()) {
            listen(&doc, "visibilitychange", move || {
                if !super::page_hidden() {
                    check_for_update();
                }
            });
        }
    });
}

/// Once a worker is active, asks it to keep this page's language for offline use (a first visit
/// read it before the worker existed) and, on a returning visit (`returning`: the page loaded
/// controlled), every file sw.js keeps for later: the other languages and the icons. A first
/// visit so downloads only what the person uses.
fn keep_for_offline(container: &ServiceWorkerContainer, returning: bool) {
    let Ok(ready) = container.ready() else { return };
    let lang = super::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|e| e.get_attribute("lang"))
        .unwrap_or_default();
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(reg) = JsFuture::from(ready).await else { return };
        let Some(active) = reg.dyn_into::<ServiceWorkerRegistration>().ok().and_then(|r| r.active()) else { return };
        let _ = active.post_message(&message("KEEP", &[("lang", JsValue::from_str(&lang)), ("all", JsValue::from(returning))]));
    });
}

/// Asks `worker` to take control of this page. sw.js answers with `clients.claim()` only when
/// the page's build (its `upright-build` meta) is the worker's own.
fn claim(worker: &ServiceWorker) {
    let build = super::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("meta[name=\"upright-build\"]").ok().flatten())
        .and_then(|m| m.get_attribute("content"));
    let Some(build) = build else { return };
    let _ = worker.post_message(&message("CLAIM", &[("build", JsValue::from_str(&build))]));
}

/// A message for sw.js: `{type: kind, ...fields}`.
fn message(kind: &str, fields: &[(&str, JsValue)]) -> js_sys::Object {
    let message = js_sys::Object::new();
    for (key, value) in [("type", JsValue::from_str(kind))].iter().chain(fields) {
        let _ = js_sys::Reflect::set(&message, &JsValue::from_str(key), value);
    }
    message
}

/// Calls `on_ready` when `worker` has installed and an older version controls this page.
fn watch_installing(container: &ServiceWorkerContainer, worker: ServiceWorker, on_ready: impl Fn() + 'static) {
    let container = container.clone();
    let w = worker.clone();
    listen(&worker, "statechange", move || {
        if w.state() == ServiceWorkerState::Installed && container.controller().is_some() {
            on_ready();
        }
    });
}

/// Asks the browser to look for a new `sw.js` now (failures, e.g. offline, are ignored).
pub fn check_for_update() {
    let Some(reg) = REGISTRATION.with(|r| r.borrow().clone()) else { return };
    let Ok(promise) = reg.update() else { return };
    wasm_bindgen_futures::spawn_local(async move {
        let _ = JsFuture::from(promise).await;
    });
}

/// Switches to the waiting new version: asks it to take over, then reloads once when it
/// controls the page. Call only when nothing would be lost by a reload.
pub fn apply_update() {
    RELOAD_ON_CHANGE.set(true);
    let waiting = REGISTRATION.with(|r| r.borrow().as_ref().and_then(ServiceWorkerRegistration::waiting));
    let Some(waiting) = waiting else {
        // Already switched (by another tab): only this page is old.
        reload_once();
        return;
    };
    if waiting.post_message(&message("SKIP_WAITING", &[])).is_err() {
        reload_once();
        return;
    }
    // Safety net: should `controllerchange` never come, reload anyway. The page
    // goes away either way, so the timer is never cancelled.
    gloo_timers::callback::Timeout::new(TAKEOVER_TIMEOUT_MS, reload_once).forget();
}
