//! Browser-unit tier: runs in headless Chromium through wasm-bindgen-test.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Lets Leptos finish rendering and effects.
async fn settle() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window().unwrap().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 30).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

fn clear_storage() {
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.clear().unwrap();
}

#[wasm_bindgen_test]
async fn home_screen_lists_the_five_exercises() {
    clear_storage();
    upright::ui::mount();
    settle().await;
    let items = document().query_selector_all("[data-testid=exercise-item]").unwrap();
    let ids: Vec<String> = (0..items.length())
        .map(|i| {
            let el: web_sys::Element = wasm_bindgen::JsCast::unchecked_into(items.item(i).unwrap());
            el.get_attribute("data-exercise").unwrap()
        })
        .collect();
    assert_eq!(ids, ["back-bridge", "crunches", "core-breath", "leg-swings", "mid-back-stretches"]);
    assert!(document().query_selector("[data-testid=start-workout]").unwrap().is_some());
}
