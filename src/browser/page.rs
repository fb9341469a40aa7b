//! The page itself: where the app lives (its base path), the history entry
//! under a link that opened it, the static first paint, the theme attributes,
//! and page-wide listeners the screens need (keys, other tabs' saves).

use leptos::prelude::{window_event_listener, WindowListenerHandle};
use wasm_bindgen::JsValue;

fn document() -> Option<web_sys::Document> {
    super::window()?.document()
}

/// The path of the app's folder without its trailing slash: `""` at the
/// root of a host, `"/upright"` under a sub-path. Every screen's URL is one
/// segment inside that folder (`./history`, `./back-bridge`), so the folder
/// is the current path up to its last slash, whichever screen is open, and
/// the build's relative file names resolve there too.
pub fn app_base() -> String {
    let path = super::window().and_then(|w| w.location().pathname().ok()).unwrap_or_default();
    match path.rfind('/') {
        Some(i) => path[..i].to_string(),
        None => String::new(),
    }
}

/// When a link (or a typed address) opened the app straight on a screen
/// other than home, puts home under that screen, so the back gesture returns
/// home instead of leaving the app. Not on a reload or a history step, whose
/// entries are already the app's own.
pub fn put_home_under(base: &str) {
    let Some(w) = super::window() else { return };
    let Ok(history) = w.history() else { return };
    let location = w.location();
    let (Ok(path), Ok(search)) = (location.pathname(), location.search()) else { return };
    let home = format!("{base}/");
    if path == home || navigation_type().as_deref() != Some("navigate") {
        return;
    }
    let here = format!("{path}{search}");
    if history.replace_state_with_url(&JsValue::NULL, "", Some(&home)).is_ok() {
        let _ = history.push_state_with_url(&JsValue::NULL, "", Some(&here));
    }
}

/// How this document was reached: `navigate`, `reload` or `back_forward`
/// (Navigation Timing); `None` where the browser does not say.
fn navigation_type() -> Option<String> {
    let performance: JsValue = super::window()?.performance()?.into();
    let entries = super::call(&performance, "getEntriesByType", &[JsValue::from_str("navigation")])?;
    let first = js_sys::Reflect::get(&entries, &JsValue::from_f64(0.0)).ok()?;
    super::get(&first, "type")?.as_string()
}

/// Removes the static first paint of index.html (home's lead, and the
/// screening written there at build time); the app replaces it in the same
/// task, so no frame shows both or neither.
pub fn remove_boot() {
    let Some(document) = document() else { return };
    for id in ["boot", "boot-screening"] {
        if let Some(boot) = document.get_element_by_id(id) {
            boot.remove();
        }
    }
}

/// Sets `<html data-theme>` (`None` follows the system) and `data-text`.
pub fn set_display(theme: Option<&str>, large_text: bool) {
    let Some(root) = document().and_then(|d| d.document_element()) else { return };
    let _ = match theme {
        Some(theme) => root.set_attribute("data-theme", theme),
        None => root.remove_attribute("data-theme"),
    };
    let _ = root.set_attribute("data-text", if large_text { "large" } else { "normal" });
}

/// Scrolls the page to its top.
pub fn scroll_to_top() {
    if let Some(w) = super::window() {
        w.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// Focuses `element` (an HTML element) if it is in the document, scrolling
/// the page to its top first when `to_top`; false when it is not attached
/// yet (focus does nothing on a detached element).
pub fn focus_if_attached(element: &JsValue, to_top: bool) -> bool {
    use wasm_bindgen::JsCast;
    let Some(element) = element.dyn_ref::<web_sys::HtmlElement>() else { return false };
    if !element.is_connected() {
        return false;
    }
    if to_top {
        scroll_to_top();
    }
    let _ = element.focus();
    true
}

/// Focuses the first element in the document that matches `selector`,
/// without scrolling to the top; false when there is none (yet).
pub fn focus_first(selector: &str) -> bool {
    let found = document().and_then(|d| d.query_selector(selector).ok().flatten());
    found.is_some_and(|el| focus_if_attached(el.as_ref(), false))
}

/// Calls `on_key` with each key pressed on the page (`" "`, `"ArrowLeft"`,
/// …) that no control on it takes: Space and Enter press a focused button
/// or link, a form field keeps every key, and keys held with Ctrl, Alt or
/// Meta are the browser's. When `on_key` returns true the key's default
/// action is prevented. The listener goes when the handle is removed.
pub fn on_key(on_key: impl Fn(&str) -> bool + 'static) -> WindowListenerHandle {
    window_event_listener(leptos::ev::keydown, move |ev: web_sys::KeyboardEvent| {
        if ev.default_prevented() || ev.ctrl_key() || ev.alt_key() || ev.meta_key() {
            return;
        }
        let key = ev.key();
        let target = ev.target().and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok());
        let tag = target.as_ref().map(|t| t.tag_name().to_ascii_lowercase()).unwrap_or_default();
        let field = matches!(tag.as_str(), "input" | "select" | "textarea")
            || target.as_ref().is_some_and(|t| t.has_attribute("contenteditable"));
        let pressable = matches!(tag.as_str(), "button" | "a" | "summary");
        if field || (pressable && matches!(key.as_str(), " " | "Spacebar" | "Enter")) {
            return;
        }
        if on_key(&key) {
            ev.prevent_default();
        }
    })
}

/// Calls `on_change` with the new text whenever another tab writes `key`
/// in localStorage. The listener goes when the handle is removed.
pub fn on_other_tab_write(key: &'static str, on_change: impl Fn(String) + 'static) -> WindowListenerHandle {
    window_event_listener(leptos::ev::storage, move |ev: web_sys::StorageEvent| {
        if ev.key().as_deref() == Some(key) {
            if let Some(text) = ev.new_value() {
                on_change(text);
            }
        }
    })
}

/// One step back in the tab's history, as the back gesture does.
pub fn history_back() {
    if let Some(history) = super::window().and_then(|w| w.history().ok()) {
        let _ = history.back();
    }
}

/// Opens the browser's print dialog (print, or save as PDF).
pub fn print() {
    if let Some(w) = super::window() {
        let _ = w.print();
    }
}

/// The address of the app's home (its folder, with the trailing slash), for
/// links the app hands out, such as the one in the reminder's calendar event.
pub fn home_url(base: &str) -> Option<String> {
    let origin = super::window()?.location().origin().ok()?;
    Some(format!("{origin}{base}/"))
}

/// Sets `<html lang>` to the language the app's words are in, for screen
/// readers, hyphenation and the browser's own translation offer.
pub fn set_lang(tag: &str) {
    if let Some(root) = super::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = root.set_attribute("lang", tag);
    }
}

/// The phone's preferred languages, most wanted first (`navigator.languages`).
pub fn preferred_languages() -> Vec<String> {
    super::window().map(|w| w.navigator().languages().iter().filter_map(|l| l.as_string()).collect()).unwrap_or_default()
}
