//! The screens as the app shell shows them, and the loading of their code.
//!
//! With `--cfg upright_split` (the split release build, scripts/build-wasm)
//! every screen but Home is a `wasm_split` split point: its code goes into a
//! wasm module of its own, so the first screen loads a smaller main module.
//! So is the start-up work that waits for the first screen ([`background`]),
//! and so is the reading of old or damaged stores (`browser::storage`).
//! Elsewhere (host and browser tests, clippy) the same functions are plain
//! functions, ready at once, and go through the same code path.

use super::{card, history, home, player, screening, settings, summary, AppState, Notice, Screen};
use crate::browser::{self, split_call, NotLoaded};
#[cfg(upright_split)]
use crate::browser::storage;
use crate::routine::ExerciseId;
use leptos::prelude::*;

/// The screen to render: `wanted` once its code is in memory. Until then the
/// screen before it stays, so a tap never blanks the page while a chunk loads.
/// When the code cannot be fetched (offline before the service worker cached
/// it), `notice` says so and `wanted` goes back to the screen still shown, so
/// the same tap works again later.
pub fn shown(wanted: RwSignal<Screen>, notice: RwSignal<Option<Notice>>) -> ReadSignal<Screen> {
    let shown = RwSignal::new(wanted.get_untracked());
    Effect::new(move |_| {
        let screen = wanted.get();
        leptos::task::spawn_local(async move {
            let loaded = load(&screen).await;
            // A later tap may have asked for another screen while this one loaded.
            if wanted.get_untracked() != screen || shown.get_untracked() == screen {
                return;
            }
            if loaded {
                shown.set(screen);
            } else {
                notice.set(Some(Notice::say(NOT_LOADED)));
                wanted.set(shown.get_untracked());
            }
        });
    });
    shown.read_only()
}

/// Why a tap did nothing: the screen's code is not on this device yet.
const NOT_LOADED: &str =
    "That screen could not be loaded: it is not on this device yet and the connection failed. Your data is safe; try again when you are online.";

/// The view of `screen`. Its code is loaded by the time [`shown`] names it, so
/// the view is built and attached at once (see [`pending`]).
pub fn view(screen: Screen) -> AnyView {
    match screen {
        Screen::Home => view! { <home::Home/> }.into_any(),
        Screen::Card(id, from_player) => pending(async move { split_call!(card_screen(id, from_player)) }),
        Screen::Player => pending(async move { split_call!(player_screen()) }),
        Screen::Summary(id) => pending(async move { split_call!(summary_screen(id)) }),
        Screen::History => pending(async move { split_call!(history_screen()) }),
        Screen::Settings => pending(async move { split_call!(settings_screen()) }),
        Screen::Screening => pending(async move { split_call!(screening_screen()) }),
    }
}

/// Fetches and instantiates the code of `screen`; false when it could not be
/// fetched. Nothing to do for Home, or without the split.
pub async fn load(screen: &Screen) -> bool {
    #[cfg(upright_split)]
    let loaded = match screen {
        Screen::Home => Ok(()),
        Screen::Card(..) => __preload_card_screen().await,
        Screen::Player => __preload_player_screen().await,
        Screen::Summary(_) => __preload_summary_screen().await,
        Screen::History => __preload_history_screen().await,
        Screen::Settings => __preload_settings_screen().await,
        Screen::Screening => __preload_screening_screen().await,
    };
    #[cfg(not(upright_split))]
    let loaded: Result<(), NotLoaded> = {
        let _ = screen;
        Ok(())
    };
    loaded.is_ok()
}

/// Start-up work the first screen does not wait for, run after it: watching
/// other tabs, the service worker and the pain warning (one module in the
/// split build), then the other screens' code. Should that module not arrive
/// (offline on the very first visit), they wait for the next start: none of
/// them holds data.
pub fn after_first_screen(state: AppState) {
    let owner = Owner::current();
    leptos::task::spawn_local(async move {
        let _ = split_call!(background(state, owner));
        preload_all().await;
    });
}

/// Loads the code of every split screen, one chunk after another (each
/// compiles in a task of its own), so later taps show their screen at once.
/// The player comes first, as Start is the likeliest next tap. Stops at the
/// first failure (offline): a tap tries again.
async fn preload_all() {
    #[cfg(upright_split)]
    let _ = async {
        __preload_player_screen().await?;
        storage::preload_long_way().await?;
        __preload_card_screen().await?;
        __preload_summary_screen().await?;
        __preload_settings_screen().await?;
        __preload_history_screen().await?;
        __preload_screening_screen().await?;
        Ok::<(), NotLoaded>(())
    }
    .await;
}

/// The view from a split point's future. [`shown`] names a screen only once
/// its code is in memory, so the future is ready on its first poll and is
/// polled just once, here, with no waker: no Suspense, and the screen is built
/// and attached in the same task. Should it be pending or fail after all, the
/// reason shows instead.
fn pending(view: impl std::future::Future<Output = Result<AnyView, NotLoaded>>) -> AnyView {
    match browser::ready_now(view) {
        Some(Ok(view)) => view,
        _ => view! { <p class="lead">{NOT_LOADED}</p> }.into_any(),
    }
}

// The split points. In the split build each function below goes, with all
// the code only it reaches, into a wasm module of its own and becomes async:
// the call fetches that module first. `fallible` makes a failed fetch an
// `Err` (Leptos's `#[lazy]` would abort the whole app), and `preload` names
// the function that only fetches. Elsewhere they are plain functions.

#[cfg_attr(upright_split, leptos::wasm_split::wasm_split(card_screen, wasm_split_path = ::leptos::wasm_split, preload(__preload_card_screen), fallible))]
fn card_screen(id: ExerciseId, from_player: bool) -> Result<AnyView, NotLoaded> {
    Ok(view! { <card::ExerciseCard id=id from_player=from_player/> }.into_any())
}

#[cfg_attr(upright_split, leptos::wasm_split::wasm_split(player_screen, wasm_split_path = ::leptos::wasm_split, preload(__preload_player_screen), fallible))]
fn player_screen() -> Result<AnyView, NotLoaded> {
    Ok(view! { <player::Player/> }.into_any())
}

#[cfg_attr(upright_split, leptos::wasm_split::wasm_split(summary_screen, wasm_split_path = ::leptos::wasm_split, preload(__preload_summary_screen), fallible))]
fn summary_screen(id: String) -> Result<AnyView, NotLoaded> {
    Ok(view! { <summary::Summary id=id/> }.into_any())
}

#[cfg_attr(upright_split, leptos::wasm_split::wasm_split(history_screen, wasm_split_path = ::leptos::wasm_split, preload(__preload_history_screen), fallible))]
fn history_screen() -> Result<AnyView, NotLoaded> {
    Ok(view! { <history::History/> }.into_any())
}

#[cfg_attr(upright_split, leptos::wasm_split::wasm_split(settings_screen, wasm_split_path = ::leptos::wasm_split, preload(__preload_settings_screen), fallible))]
fn settings_screen() -> Result<AnyView, NotLoaded> {
    Ok(view! { <settings::SettingsScreen/> }.into_any())
}

#[cfg_attr(upright_split, leptos::wasm_split::wasm_split(screening_screen, wasm_split_path = ::leptos::wasm_split, preload(__preload_screening_screen), fallible))]
fn screening_screen() -> Result<AnyView, NotLoaded> {
    Ok(view! { <screening::Screening/> }.into_any())
}

/// The background part of [`after_first_screen`], in `owner` (the app's), so
/// its listeners go when the app does. A running workout keeps the pain
/// warning for its summary, which checks it again.
#[cfg_attr(upright_split, leptos::wasm_split::wasm_split(background, wasm_split_path = ::leptos::wasm_split, preload(__preload_background), fallible))]
fn background(state: AppState, owner: Option<Owner>) -> Result<(), NotLoaded> {
    let work = move || {
        state.watch_other_tabs();
        crate::browser::sw::register(move || state.update_ready.set(true));
        if state.active.with_untracked(Option::is_none) {
            state.check_pain_warning();
        }
    };
    match owner {
        Some(owner) => owner.with(work),
        None => work(),
    }
    Ok(())
}
