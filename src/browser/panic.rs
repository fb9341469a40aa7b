//! A panic is never silent: the hook logs it and puts a notice on the page.
//!
//! The release build aborts right after the hook (`panic = "abort"`), so the
//! notice is plain DOM built here, with no handler that would need the wasm
//! again: a link that downloads the stored data as it is now (a Blob made
//! before the abort) and a link that reloads. Nothing is written to storage.

use crate::i18n::Words;
use std::cell::RefCell;
use std::sync::Once;
use wasm_bindgen::JsCast;

static INSTALL: Once = Once::new();

thread_local! {
    /// What the notice says (message, download, reload) in the app's
    /// language: put into words before any panic, since after one the app's
    /// state can no longer be trusted.
    static TEXT: RefCell<[String; 3]> = RefCell::new(texts(&Words::english()));
}

/// The notice's three texts in `words`.
fn texts(words: &Words) -> [String; 3] {
    ["ui-panic", "ui-panic-download", "ui-panic-reload"].map(|id| words.text(id, None))
}

/// Says the notice in `words` from now on (called when the app's language changes).
pub fn set_words(words: &Words) {
    let texts = texts(words);
    TEXT.with(|t| *t.borrow_mut() = texts);
}

/// One of the notice's texts (0 message, 1 download, 2 reload).
fn text(i: usize) -> String {
    TEXT.try_with(|t| t.borrow()[i].clone()).unwrap_or_default()
}

/// Installs the hook (once; later calls do nothing).
pub fn install() {
    INSTALL.call_once(|| {
        std::panic::set_hook(Box::new(|info| {
            web_sys::console::error_1(&format!("Upright stopped: {info}").into());
            show_notice();
        }));
    });
}

/// Puts the notice at the top of the page, once (what the hook does after
/// logging; public for the browser tests).
pub fn show_notice() {
    let Some(document) = super::window().and_then(|w| w.document()) else { return };
    let Some(body) = document.body() else { return };
    if document.get_element_by_id("panic-notice").is_some() {
        return;
    }
    let Ok(notice) = document.create_element("div") else { return };
    notice.set_id("panic-notice");
    notice.set_class_name("notice panic-notice");
    let _ = notice.set_attribute("role", "alert");
    let _ = notice.set_attribute("data-testid", "app-notice");
    if let Ok(p) = document.create_element("p") {
        p.set_text_content(Some(&text(0)));
        let _ = notice.append_child(&p);
    }
    if let Ok(actions) = document.create_element("div") {
        actions.set_class_name("notice-actions");
        if let Some(link) = data_link(&document) {
            let _ = actions.append_child(&link);
        }
        if let Ok(reload) = document.create_element("a") {
            reload.set_class_name("btn small");
            let _ = reload.set_attribute("href", &super::window().and_then(|w| w.location().href().ok()).unwrap_or_default());
            reload.set_text_content(Some(&text(2)));
            let _ = actions.append_child(&reload);
        }
        let _ = notice.append_child(&actions);
    }
    let _ = body.prepend_with_node_1(&notice);
}

/// A link that downloads the stored document's text as it is, when there is one.
fn data_link(document: &web_sys::Document) -> Option<web_sys::Element> {
    let raw = super::window()?.local_storage().ok()??.get_item(crate::store::STORE_KEY).ok()??;
    let parts = js_sys::Array::of1(&raw.into());
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type("application/json");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts).ok()?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    let a: web_sys::HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
    a.set_class_name("btn small");
    a.set_href(&url);
    a.set_download(&format!("upright-data-{}.json", super::now_ms()));
    a.set_text_content(Some(&text(1)));
    Some(a.into())
}
