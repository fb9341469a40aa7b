//! The screens as the app shell shows them, and the loading of their code.
//!
//! With `--cfg upright_split` (the split release build) every screen but Home
//! is a Leptos `#[lazy]` split point: its code goes into a wasm chunk of its
//! own, so the first screen loads a smaller main module. Elsewhere (host and
//! browser tests, clippy, the unsplit build) the same functions are plain
//! `async fn`s that are ready at once, so there is one code path to test.

use super::{card, history, home, player, screening, settings, summary, Screen};
use crate::routine::ExerciseId;
use leptos::prelude::*;

/// The screen to render: `wanted` once its code is in memory. Until then the
/// screen before it stays, so a tap never blanks the page while a chunk loads.
pub fn shown(wanted: RwSignal<Screen>) -> ReadSignal<Screen> {
    let shown = RwSignal::new(wanted.get_untracked());
    Effect::new(move |_| {
        let screen = wanted.get();
        leptos::task::spawn_local(async move {
            load(&screen).await;
            // A later tap may have asked for another screen while this one loaded.
            if wanted.get_untracked() == screen && shown.get_untracked() != screen {
                shown.set(screen);
            }
        });
    });
    shown.read_only()
}

/// The view of `screen`. Its code is loaded by the time [`shown`] names it, so
/// the split points' futures are ready on their first poll and the view is
/// built and attached at once, with no fallback shown.
pub fn view(screen: Screen) -> AnyView {
    match screen {
        Screen::Home => view! { <home::Home/> }.into_any(),
        Screen::Card(id, from_player) => pending(card_screen(id, from_player)),
        Screen::Player => pending(player_screen()),
        Screen::Summary(id) => pending(summary_screen(id)),
        Screen::History => pending(history_screen()),
        Screen::Settings => pending(settings_screen()),
        Screen::Screening => pending(screening_screen()),
    }
}

/// Fetches and instantiates the code of `screen` (nothing to do for Home, or
/// without the split).
pub async fn load(screen: &Screen) {
    #[cfg(upright_split)]
    match screen {
        Screen::Home => {}
        Screen::Card(..) => __preload_card_screen().await,
        Screen::Player => __preload_player_screen().await,
        Screen::Summary(_) => __preload_summary_screen().await,
        Screen::History => __preload_history_screen().await,
        Screen::Settings => __preload_settings_screen().await,
        Screen::Screening => __preload_screening_screen().await,
    }
    #[cfg(not(upright_split))]
    let _ = screen;
}

/// Loads the code of every split screen in the background, one chunk after
/// another (each compiles in a task of its own), so later taps show their
/// screen at once. Called after the first screen is up; the player comes
/// first, as Start is the likeliest next tap.
pub fn preload_all() {
    #[cfg(upright_split)]
    leptos::task::spawn_local(async {
        __preload_player_screen().await;
        __preload_card_screen().await;
        __preload_summary_screen().await;
        __preload_settings_screen().await;
        __preload_history_screen().await;
        __preload_screening_screen().await;
    });
}

/// A view still to come from `view`; shows nothing until it is ready.
fn pending(view: impl std::future::Future<Output = AnyView> + Send + 'static) -> AnyView {
    view! { <Suspense fallback=|| ()>{Suspend::new(view)}</Suspense> }.into_any()
}

#[cfg_attr(upright_split, lazy)]
async fn card_screen(id: ExerciseId, from_player: bool) -> AnyView {
    view! { <card::ExerciseCard id=id from_player=from_player/> }.into_any()
}

#[cfg_attr(upright_split, lazy)]
async fn player_screen() -> AnyView {
    view! { <player::Player/> }.into_any()
}

#[cfg_attr(upright_split, lazy)]
async fn summary_screen(id: String) -> AnyView {
    view! { <summary::Summary id=id/> }.into_any()
}

#[cfg_attr(upright_split, lazy)]
async fn history_screen() -> AnyView {
    view! { <history::History/> }.into_any()
}

#[cfg_attr(upright_split, lazy)]
async fn settings_screen() -> AnyView {
    view! { <settings::SettingsScreen/> }.into_any()
}

#[cfg_attr(upright_split, lazy)]
async fn screening_screen() -> AnyView {
    view! { <screening::Screening/> }.into_any()
}
