//! The only code that touches web APIs (web-sys / js-sys). Everything here is
//! a thin adapter: decisions live in the pure core.

pub mod audio;
pub mod cues;
pub mod files;
pub mod notify;
pub mod install;
pub mod page;
pub mod panic;
pub mod storage;
pub mod support;
pub mod sw;
pub mod wake_lock;

use wasm_bindgen::JsValue;

/// Wall-clock time in ms since the Unix epoch. The only clock the app reads.
pub fn now_ms() -> u64 {
    js_sys::Date::now().max(0.0) as u64
}

/// The local time zone's offset east of UTC, in minutes, at `at_ms`.
pub fn tz_offset_min(at_ms: u64) -> i32 {
    -(js_sys::Date::new(&JsValue::from_f64(at_ms as f64)).get_timezone_offset() as i32)
}

/// The browser window, when there is one.
pub fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// True while the page is hidden (locked screen, other tab).
pub fn page_hidden() -> bool {
    window()
        .and_then(|w| w.document())
        .map(|d| d.visibility_state() == web_sys::VisibilityState::Hidden)
        .unwrap_or(false)
}

/// Jobs waiting for their task, and the channel whose messages run them.
type TaskQueue = (std::collections::VecDeque<Box<dyn FnOnce()>>, Option<web_sys::MessagePort>);

thread_local! {
    static NEXT_TASKS: std::cell::RefCell<TaskQueue> = Default::default();
    /// Date formatters made so far, by language and style (see `local_format`).
    static FORMATS: std::cell::RefCell<Vec<(String, js_sys::Function)>> = Default::default();
}

/// Runs `job` in a task of its own, after the tasks already queued, so long
/// start-up work is cut into pieces the browser can interleave with input and
/// painting. A posted message rather than a zero timer: timers are clamped
/// when nested, and a test's paused fake clock would hold them forever.
pub fn next_task(job: impl FnOnce() + 'static) {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let port = NEXT_TASKS.with(|q| {
        let mut q = q.borrow_mut();
        q.0.push_back(Box::new(job));
        if q.1.is_none() {
            let Ok(channel) = web_sys::MessageChannel::new() else { return None };
            let run = Closure::<dyn Fn()>::new(|| {
                // Taken out before running: the job may queue another.
                if let Some(job) = NEXT_TASKS.with(|q| q.borrow_mut().0.pop_front()) {
                    job();
                }
            });
            channel.port1().set_onmessage(Some(run.as_ref().unchecked_ref()));
            run.forget();
            q.1 = Some(channel.port2());
        }
        q.1.clone()
    });
    match port {
        Some(port) => _ = port.post_message(&JsValue::UNDEFINED),
        // No MessageChannel: run now rather than never.
        None => {
            if let Some(job) = NEXT_TASKS.with(|q| q.borrow_mut().0.pop_front()) {
                job();
            }
        }
    }
}

/// A few random bits for ids (not for security).
pub fn entropy() -> u32 {
    (js_sys::Math::random() * u32::MAX as f64) as u32
}

/// Idle work runs at the latest this long after the page's load event, idle or not: a page kept
/// busy (a running workout's frames) would otherwise never get a service worker, nor work offline.
const IDLE_TIMEOUT_MS: u32 = 3_000;
/// Where the browser has no `requestIdleCallback` (Safari): idle work runs this long after load.
const NO_IDLE_DELAY_MS: u32 = 1_000;

/// Runs `job` once the page has loaded (every file the first screen asked for is in) and the
/// browser is next idle, or [`IDLE_TIMEOUT_MS`] after load at the latest.
pub fn when_loaded_and_idle(job: impl FnOnce() + 'static) {
    use wasm_bindgen::JsCast;
    let Some(w) = window() else { return };
    let idle = move || {
        let Some(w) = window() else { return };
        let job = wasm_bindgen::closure::Closure::once_into_js(job);
        let options = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&options, &JsValue::from_str("timeout"), &JsValue::from(IDLE_TIMEOUT_MS));
        if call(&w, "requestIdleCallback", &[job.clone(), options.into()]).is_none() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(job.unchecked_ref(), NO_IDLE_DELAY_MS as i32);
        }
    };
    let loaded = w.document().is_some_and(|d| d.ready_state() == "complete");
    if loaded {
        idle();
    } else {
        // `load` fires once per page, so the one-shot closure is called once.
        let idle = wasm_bindgen::closure::Closure::once_into_js(idle);
        let _ = w.add_event_listener_with_callback("load", idle.unchecked_ref());
    }
}

/// Reads `obj[key]` without panicking.
pub(crate) fn get(obj: &JsValue, key: &str) -> Option<JsValue> {
    js_sys::Reflect::get(obj, &JsValue::from_str(key)).ok().filter(|v| !v.is_undefined() && !v.is_null())
}

/// Calls `obj[method](args…)` without panicking; `None` when it is missing or throws.
pub(crate) fn call(obj: &JsValue, method: &str, args: &[JsValue]) -> Option<JsValue> {
    use wasm_bindgen::JsCast;
    let f: js_sys::Function = get(obj, method)?.dyn_into().ok()?;
    let array: js_sys::Array = args.iter().collect();
    f.apply(obj, &array).ok()
}

/// A wall-clock date and time in the person's own language and style (e.g.
/// "Nov 20, 2026, 8:00 AM" or "20 nov. 2026, 08:00"). `wall_ms` is the local
/// time as if it were UTC (an instant plus its recorded offset), so the time
/// reads as it was where it was recorded, whatever zone the phone is in now.
///
/// The browser's language is not always a valid tag (WebKitGTK under the
/// C locale says "C"), and `Intl.DateTimeFormat` throws a RangeError for it, which
/// through web-sys would trap the wasm and leave the screen blank: the call
/// goes through reflection, and an unusable tag falls back to the browser's
/// default formatting.
pub fn wall_date_time(wall_ms: i64) -> String {
    local_format(wall_ms, &[("dateStyle", "medium"), ("timeStyle", "short")])
}

/// Makes the date formatter History's rows use, so its first open does not
/// pay for it: the page's first `Intl.DateTimeFormat` loads the browser's
/// date data, a long pause on a slow phone. Run it while the page is idle.
pub fn warm_date_format() {
    let _ = wall_date_time(0);
}

/// A time of day (`minute_of_day` after midnight) as the person's own clock
/// shows it ("6:30 PM" or "18:30"), the same way the time field beside it
/// does, so a reminder's summary never says 18:30 under a field saying 06:30 PM.
pub fn clock_time(minute_of_day: u32) -> String {
    local_format(i64::from(minute_of_day % (24 * 60)) * 60_000, &[("timeStyle", "short")])
}

/// `wall_ms` (local time as if UTC) in `style`, in the app's language (see
/// [`wall_date_time`] for why by reflection). The formatter is made once per
/// language and style: making one costs far more than formatting with it, and
/// History formats a date per row.
fn local_format(wall_ms: i64, style: &[(&str, &str)]) -> String {
    // The browser's language and region ("en-GB", "de-AT") when the app speaks
    // that language, else the app's language (`<html lang>`, chosen in Settings).
    let browser_lang = window().and_then(|w| w.navigator().language());
    let app_lang = window().and_then(|w| w.document()?.document_element()?.get_attribute("lang"));
    let primary = |tag: &str| tag.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
    let locale = match (browser_lang, app_lang) {
        (Some(b), Some(a)) if !a.is_empty() && primary(&a) != primary(&b) => Some(a),
        (b, _) => b,
    };
    let key = format!("{}|{style:?}", locale.as_deref().unwrap_or(""));
    let format = FORMATS.with(|f| f.borrow().iter().find(|(k, _)| *k == key).map(|(_, f)| f.clone()));
    let format = format.or_else(|| {
        let made = date_time_format(locale, style)?;
        FORMATS.with(|f| f.borrow_mut().push((key, made.clone())));
        Some(made)
    });
    let date: JsValue = js_sys::Date::new(&JsValue::from_f64(wall_ms as f64)).into();
    format.and_then(|f| f.call1(&JsValue::UNDEFINED, &date).ok()?.as_string()).unwrap_or_default()
}

/// An `Intl.DateTimeFormat` for `locale` (the browser's default when the tag
/// is unusable) in `style`, in UTC, as its bound `format` function.
fn date_time_format(locale: Option<String>, style: &[(&str, &str)]) -> Option<js_sys::Function> {
    use wasm_bindgen::JsCast;
    let options = js_sys::Object::new();
    for (key, value) in style.iter().copied().chain([("timeZone", "UTC")]) {
        let _ = js_sys::Reflect::set(&options, &JsValue::from_str(key), &JsValue::from_str(value));
    }
    let class: js_sys::Function = get(&js_sys::global(), "Intl").and_then(|intl| get(&intl, "DateTimeFormat"))?.dyn_into().ok()?;
    let locale = locale.map(JsValue::from).unwrap_or(JsValue::UNDEFINED);
    [locale, JsValue::UNDEFINED]
        .iter()
        .find_map(|l| js_sys::Reflect::construct(&class, &js_sys::Array::of2(l, &options)).ok())
        .and_then(|made| get(&made, "format")?.dyn_into().ok())
}

/// The IANA name of the device's time zone (e.g. `Europe/Berlin`) from
/// `Intl.DateTimeFormat`; `None` where the browser does not say.
pub fn time_zone_name() -> Option<String> {
    let format = js_sys::Intl::DateTimeFormat::new(&js_sys::Array::new(), &js_sys::Object::new());
    get(&format.resolved_options().into(), "timeZone")?.as_string().filter(|name| !name.is_empty())
}

/// A warning in the browser's console, for what a developer should see and
/// the person need not (the app goes on).
pub fn console_warn(message: &str) {
    web_sys::console::warn_1(&message.into());
}
