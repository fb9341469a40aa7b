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

/// The view of `screen`; a split screen shows once its code has loaded.
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
