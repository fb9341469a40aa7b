//! File download (export) and upload (import) without any server.

use crate::i18n::Words;
use wasm_bindgen::JsCast;

/// Offers `text` as a file download named `name`; the error is said in `words`.
pub fn download(name: &str, mime: &str, text: &str, words: &Words) -> Result<(), String> {
    let fail = |_| words.text("ui-file-refused", None);
    let document = super::window().and_then(|w| w.document()).ok_or_else(|| words.text("ui-file-refused", None))?;
    let parts = js_sys::Array::of1(&text.into());
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts).map_err(fail)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(fail)?;
    let a: web_sys::HtmlAnchorElement = document.create_element("a").map_err(fail)?.unchecked_into();
    a.set_href(&url);
    a.set_download(name);
    a.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

/// Reads the first file chosen in an `<input type="file">` as text; the
/// error is said in `words`.
pub async fn read_chosen(input: &web_sys::HtmlInputElement, words: &Words) -> Option<Result<String, String>> {
    let file = input.files()?.get(0)?;
    let limit = crate::store::MAX_IMPORT_BYTES;
    if file.size() > limit as f64 {
        return Some(Err(crate::tr!(words, "ui-file-too-large", size = limit >> 20)));
    }
    let text = wasm_bindgen_futures::JsFuture::from(file.text()).await;
    Some(text.ok().and_then(|v| v.as_string()).ok_or_else(|| words.text("ui-file-unreadable", None)))
}

/// The texts of files of the app's own, fetched from its origin (through
/// the service worker, so offline once they are precached). All requests
/// are sent at once, then read in order.
pub async fn fetch_texts(urls: &[String]) -> Result<Vec<String>, String> {
    use wasm_bindgen_futures::JsFuture;
    let window = super::window().ok_or("no window")?;
    let pending: Vec<(&String, JsFuture)> = urls.iter().map(|url| (url, JsFuture::from(window.fetch_with_str(url)))).collect();
    let mut texts = Vec::with_capacity(urls.len());
    for (url, response) in pending {
        let response = response.await.map_err(|_| format!("{url} could not be fetched"))?;
        let response: web_sys::Response = response.dyn_into().map_err(|_| "not a response".to_string())?;
        if !response.ok() {
            return Err(format!("{url}: HTTP {}", response.status()));
        }
        let text = response.text().map_err(|_| format!("{url} has no text"))?;
        texts.push(JsFuture::from(text).await.ok().and_then(|t| t.as_string()).ok_or_else(|| format!("{url} could not be read"))?);
    }
    Ok(texts)
}
