//! Browser-unit tier: runs in headless Chromium through wasm-bindgen-test.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Waits frame by frame until `ready` holds (rendering, effects, an audio context starting),
/// for at most about five seconds: a state to wait for, not a fixed delay. Returns whether
/// it came; the caller's assertions say what was expected.
async fn until(ready: impl Fn() -> bool) -> bool {
    for _ in 0..300 {
        if ready() {
            return true;
        }
        let promise = js_sys::Promise::new(&mut |resolve, _| {
            web_sys::window().unwrap().request_animation_frame(&resolve).unwrap();
        });
        wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
    }
    ready()
}

fn clear_storage() {
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.clear().unwrap();
}

#[wasm_bindgen_test]
async fn home_screen_lists_the_five_exercises() {
    clear_storage();
    // A returning user: the first-run safety screen was already accepted.
    let mut doc = upright::progress::Document::default();
    doc.meta.screening_accepted_ms = Some(1_790_000_000_000);
    local().set_item(upright::store::STORE_KEY, &upright::store::encode(&doc)).unwrap();
    upright::ui::mount();
    until(|| document().query_selector_all("[data-testid=exercise-item]").is_ok_and(|l| l.length() >= 5)).await;
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

fn local() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

fn keys() -> Vec<String> {
    let s = local();
    (0..s.length().unwrap()).filter_map(|i| s.key(i).unwrap()).collect()
}

#[wasm_bindgen_test]
async fn corrupt_storage_is_quarantined_not_lost() {
    clear_storage();
    let raw = "{\"version\":2,\"sessions\":[{\"id\":";
    local().set_item(upright::store::STORE_KEY, raw).unwrap();
    let loaded = upright::browser::storage::load(1_790_000_000_000, &upright::i18n::Words::english());
    let notice = loaded.notice.expect("a notice for unreadable data");
    assert_eq!(notice.raw.as_deref(), Some(raw));
    assert!(loaded.writable);
    let quarantined: Vec<String> = keys().into_iter().filter(|k| k.starts_with("upright.quarantine.")).collect();
    assert_eq!(quarantined.len(), 1, "{quarantined:?}");
    assert_eq!(local().get_item(&quarantined[0]).unwrap().as_deref(), Some(raw));
    // The original stays where it was until the next save replaces it.
    assert_eq!(local().get_item(upright::store::STORE_KEY).unwrap().as_deref(), Some(raw));
}

#[wasm_bindgen_test]
fn save_merges_with_what_another_tab_wrote() {
    use upright::progress::{Document, CURRENT_VERSION};
    use upright::store::{decode, encode};
    clear_storage();
    let fixture = |id: &str, at: u64| upright::progress::SessionRecord {
        id: id.into(),
        started_at_ms: at,
        ended_at_ms: at + 600_000,
        tz_offset_min: 0,
        routine_version: 1,
        exercises: Vec::new(),
        pain_before: None,
        pain_after: None,
        felt: None,
        note: None,
        completed: false,
        crunch_days: Vec::new(),
        away_s: 0,
    };
    let mut theirs = Document { version: CURRENT_VERSION, ..Document::default() };
    theirs.sessions.push(fixture("tab-b", 1_790_000_000_000));
    local().set_item(upright::store::STORE_KEY, &encode(&theirs)).unwrap();
    let mut ours = Document { version: CURRENT_VERSION, ..Document::default() };
    ours.sessions.push(fixture("tab-a", 1_790_000_100_000));
    let merged = upright::browser::storage::save(&ours).expect("saved");
    let stored = decode(&local().get_item(upright::store::STORE_KEY).unwrap().unwrap()).doc;
    let ids: Vec<&str> = stored.sessions.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["tab-b", "tab-a"]);
    assert_eq!(merged, stored);
}

#[wasm_bindgen_test]
async fn beeps_go_on_the_audio_clock_and_can_be_cancelled() {
    use upright::browser::audio;
    use upright::workout::CueKind;
    // Count oscillator starts through a spy on the prototype.
    js_sys::eval(
        "window.__starts = []; const s = OscillatorNode.prototype.start; \
         OscillatorNode.prototype.start = function (w) { window.__starts.push(w); return s.call(this, w); };",
    )
    .unwrap();
    audio::unlock();
    until(audio::is_running).await;
    audio::schedule(CueKind::Count(3), false, 500, 0.5);
    audio::schedule(CueKind::WorkoutDone, false, 1_000, 0.5);
    let starts = js_sys::Reflect::get(&web_sys::window().unwrap(), &"__starts".into()).unwrap();
    let starts: js_sys::Array = wasm_bindgen::JsCast::unchecked_into(starts);
    // One tone for the tick, four for the done chord, all in the future.
    assert_eq!(starts.length(), 5);
    let first = starts.get(0).as_f64().unwrap();
    let last = starts.get(4).as_f64().unwrap();
    assert!(last - first >= 0.5 + 0.48 - 0.01, "chord starts half a second after the tick: {first} {last}");
    audio::cancel_pending();
}

/// Resolves in a task posted after everything queued so far.
async fn after_queued_tasks() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        upright::browser::next_task(move || {
            let _ = resolve.call0(&wasm_bindgen::JsValue::UNDEFINED);
        });
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

#[wasm_bindgen_test]
async fn next_task_runs_jobs_later_in_order_and_jobs_may_queue_more() {
    use std::cell::RefCell;
    use std::rc::Rc;
    let seen = Rc::new(RefCell::new(Vec::new()));
    for n in 1..=3 {
        let seen = seen.clone();
        upright::browser::next_task(move || {
            seen.borrow_mut().push(n);
            if n == 1 {
                // Queued from inside a job: runs after the jobs already waiting.
                let seen = seen.clone();
                upright::browser::next_task(move || seen.borrow_mut().push(4));
            }
        });
    }
    // Not during the call: start-up relies on each job getting a task of its own.
    assert!(seen.borrow().is_empty());
    after_queued_tasks().await;
    after_queued_tasks().await;
    assert_eq!(*seen.borrow(), [1, 2, 3, 4]);
}

#[wasm_bindgen_test]
fn every_screen_address_is_one_segment_deep() {
    use upright::routine::ExerciseId;
    use upright::ui::Page;
    let mut pages = vec![Page::Home, Page::Player, Page::History, Page::Settings, Page::Screening];
    pages.push(Page::Summary("1790000000000-00ff".into()));
    for id in ExerciseId::ALL {
        pages.push(Page::Card(id, false));
        pages.push(Page::Card(id, true));
    }
    for page in pages {
        let address = page.path();
        let path = address.split_once('?').map_or(address.as_str(), |(path, _)| path);
        // So relative file names resolve in the app's folder. That the router reads each address
        // back as its screen is tests/e2e/routes.test.mjs's job (the route table is `<Routes>`).
        assert_eq!(path.matches('/').count(), 1, "{address}");
    }
}

#[wasm_bindgen_test]
fn a_panic_shows_the_notice_with_a_download_and_leaves_storage_alone() {
    clear_storage();
    let raw = r#"{"version":2,"sessions":[]}"#;
    local().set_item(upright::store::STORE_KEY, raw).unwrap();
    upright::browser::panic::show_notice();
    upright::browser::panic::show_notice();
    let notices = document().query_selector_all("#panic-notice[data-testid=app-notice]").unwrap();
    assert_eq!(notices.length(), 1, "one notice, however many panics");
    let notice = document().get_element_by_id("panic-notice").unwrap();
    assert!(notice.text_content().unwrap().contains("Your saved workouts are untouched"));
    let link = notice.query_selector("a[download]").unwrap().expect("a download link");
    assert!(link.get_attribute("href").unwrap().starts_with("blob:"));
    assert_eq!(local().get_item(upright::store::STORE_KEY).unwrap().as_deref(), Some(raw));
    notice.remove();
}
