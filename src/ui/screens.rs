//! The screens as the app shell shows them, and the loading of their code.
//!
//! With `--cfg upright_split` (the split release build, scripts/build-wasm)
//! every screen but Home is a `wasm_split` split point: its code goes into a
//! wasm module of its own, so the first screen loads a smaller main module.
//! Elsewhere (host and browser tests, clippy) the same functions are plain
//! functions, ready at once, and go through the same code path.

use super::{card, history, home, player, screening, settings, summary, Notice, Screen};
use crate::routine::ExerciseId;
use leptos::prelude::*;

/// Calls a split point: awaited in the split build, where it is async.
macro_rules! split_call {
    ($call:expr) => {{
        #[cfg(upright_split)]
        let result = $call.await;
        #[cfg(not(upright_split))]
        let result = $call;
        result
    }};
}

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
/// the split points' futures are ready on their first poll and the view is
/// built and attached at once, with no fallback shown.
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

/// Loads the code of every split screen in the background, one chunk after
/// another (each compiles in a task of its own), so later taps show their
/// screen at once. Called after the first screen is up; the player comes
/// first, as Start is the likeliest next tap. Stops at the first failure
/// (offline): a tap tries again.
pub fn preload_all() {
    #[cfg(upright_split)]
    leptos::task::spawn_local(async {
        let _ = async {
            __preload_player_screen().await?;
            __preload_card_screen().await?;
            __preload_summary_screen().await?;
            __preload_settings_screen().await?;
            __preload_history_screen().await?;
            __preload_screening_screen().await
        }
        .await;
    });
}

/// A screen whose code could not be fetched.
#[derive(Debug)]
pub struct NotLoaded;

#[cfg(upright_split)]
impl From<leptos::wasm_split::SplitLoaderError> for NotLoaded {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        NotLoaded
    }
}

/// A view still to come from `view`; shows nothing until it is ready, and the
/// reason instead should its code be missing after all.
fn pending(view: impl std::future::Future<Output = Result<AnyView, NotLoaded>> + Send + 'static) -> AnyView {
    let view = async move { view.await.unwrap_or_else(|_| view! { <p class="lead">{NOT_LOADED}</p> }.into_any()) };
    view! { <Suspense fallback=|| ()>{Suspend::new(view)}</Suspense> }.into_any()
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
