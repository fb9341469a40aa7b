//! Leptos views. Components hold view logic only; decisions come from the
//! pure core and browser effects from `crate::browser`.

mod card;
mod history;
mod home;
mod player;
mod screening;
mod screens;
mod settings;
mod state;
mod summary;
mod suggestions;
mod update;
mod widgets;

pub use state::{ActiveWorkout, AppState, Notice, Screen};

use leptos::prelude::*;
use widgets::When;

/// Mounts the app on `<body>`. Called once by `main`.
pub fn mount() {
    // Reading storage here and mounting in a task of its own, after the one
    // that compiled and started the wasm, keeps each task short on a slow phone.
    wasm_bindgen_futures::spawn_local(async move {
        // Stored text that is not a healthy current document fetches the code
        // that reads it first (see `storage::load`).
        let state = AppState::load().await;
        let first = state.screen.get_untracked();
        // A first run (the screening) or a resumed workout (the player) opens on a
        // screen that may have its code in a chunk of its own: it is fetched while
        // the static first paint still shows, so the page is never blank.
        // Should it fail, the screen itself says why (the boot header cannot).
        screens::load(&first).await;
        // The loader fetched the wasm after the static first paint was shown, so
        // the app may replace it now.
        crate::browser::next_task(move || {
            // index.html paints a static header while the wasm loads; the app replaces it
            // in the same task, so no frame shows both or neither.
            if let Some(boot) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("boot")) {
                boot.remove();
            }
            leptos::mount::mount_to_body(move || view! { <App state=state/> });
            widgets::end_startup_staging();
        });
    });
}

/// The app shell: shares the state loaded from storage, shows the notice bar
/// and the current screen (the player, when a workout was running).
#[component]
pub fn App(
    /// The state read from storage by [`mount`].
    state: AppState,
) -> impl IntoView {
    provide_context(state);
    state.apply_theme();
    // Not needed for the first screen: watching other tabs, the service worker,
    // the pain warning, then the other screens' code.
    widgets::after_start(move || screens::after_first_screen(state));

    let shown = screens::shown(state.screen, state.notice);
    view! {
        <div class="app">
            <widgets::NoticeBar/>
            <update::UpdateBanner/>
            <main class="screen">
                // Home and the screening show their own level-one heading; other screens start at h2.
                <When when=move || !matches!(shown.get(), Screen::Home | Screen::Screening)>
                    <h1 class="sr-only">"Upright"</h1>
                </When>
                {move || screens::view(shown.get())}
            </main>
        </div>
    }
}
