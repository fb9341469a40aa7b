//! The screens as the app shell shows them, and the loading of their code.
//!
//! With `--cfg upright_split` (the split release build, scripts/build-wasm)
//! every screen but Home comes from a `wasm_split` split point, whose code
//! goes into a wasm module of its own, so the first screen loads a smaller
//! main module: the workout module (player, card, summary, and the start-up
//! work that waits for the first screen), the records module (history,
//! settings) and the screening. So does the reading of old or damaged stores
//! (`browser::storage`).
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
/// the view is built and attached at once (see [`loaded_view`]).
pub fn view(screen: Screen) -> AnyView {
    match screen {
        Screen::Home => view! { <home::Home/> }.into_any(),
        Screen::Card(id, from_player) => loaded_view(async move { split_call!(workout(Workout::Card(id, from_player))) }),
        Screen::Player => loaded_view(async move { split_call!(workout(Workout::Player)) }),
        Screen::Summary(id) => loaded_view(async move { split_call!(workout(Workout::Summary(id))) }),
        Screen::History => loaded_view(async move { split_call!(records(Records::History)) }),
        Screen::Settings => loaded_view(async move { split_call!(records(Records::Settings)) }),
        Screen::Screening => loaded_view(async move { split_call!(screening_screen()) }),
    }
}

/// Fetches and instantiates the code of `screen`; false when it could not be
/// fetched. Nothing to do for Home, or without the split.
pub async fn load(screen: &Screen) -> bool {
    #[cfg(upright_split)]
    let loaded = match screen {
        Screen::Home => Ok(()),
        Screen::Card(..) | Screen::Player | Screen::Summary(_) => __preload_workout().await,
        Screen::History | Screen::Settings => __preload_records().await,
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
/// other tabs, the service worker and the pain warning (in the workout
/// module in the split build), then the other modules. Should that module not
/// arrive (offline on the very first visit), they wait for the next start:
/// none of them holds data.
pub fn after_first_screen(state: AppState) {
    let owner = Owner::current();
    leptos::task::spawn_local(async move {
        let _ = split_call!(workout(Workout::Background(state, owner)));
        preload_all().await;
    });
}

/// Starts the workout at once if the workout module is in memory (it is
/// preloaded after the first screen); false if it is not, and the player
/// starts it as it opens.
pub fn start_now(state: AppState) -> bool {
    browser::ready_now(async move { split_call!(workout(Workout::Start(state))) }).is_some_and(|r| r.is_ok())
}

/// Loads the code of the other split points, one module after another (each
/// compiles in a task of its own), so later taps show their screen at once.
/// The workout module came first, with the background work, as Start is the
/// likeliest next tap. Stops at the first failure (offline): a tap tries again.
async fn preload_all() {
    #[cfg(upright_split)]
    let _ = async {
        storage::preload_long_way().await?;
        __preload_records().await?;
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
fn loaded_view(view: impl std::future::Future<Output = Result<AnyView, NotLoaded>>) -> AnyView {
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
//
// Few split points, grouped by when they are needed: code that several
// modules share goes into chunks of its own, and each chunk is one more
// request and instantiation after the first screen.

/// What the workout module is asked for.
enum Workout {
    /// The player screen.
    Player,
    /// An exercise card; `true` when opened from the player.
    Card(ExerciseId, bool),
    /// The summary of the record with that id.
    Summary(String),
    /// Starts (or resumes) the workout, before the player draws it.
    Start(AppState),
    /// The start-up work of [`after_first_screen`], in the app's owner so its
    /// listeners go when the app does. A running workout keeps the pain
    /// warning for its summary, which checks it again.
    Background(AppState, Option<Owner>),
}

/// The workout module: everything from Start to the summary, and the
/// background work, which runs as soon as the first screen is up.
#[cfg_attr(upright_split, leptos::wasm_split::wasm_split(workout, wasm_split_path = ::leptos::wasm_split, preload(__preload_workout), fallible))]
fn workout(part: Workout) -> Result<AnyView, NotLoaded> {
    Ok(match part {
        Workout::Player => view! { <player::Player/> }.into_any(),
        Workout::Card(id, from_player) => view! { <card::ExerciseCard id=id from_player=from_player/> }.into_any(),
        Workout::Summary(id) => view! { <summary::Summary id=id/> }.into_any(),
        Workout::Start(state) => {
            state.start_or_resume();
            ().into_any()
        }
        Workout::Background(state, owner) => {
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
            ().into_any()
        }
    })
}

/// What the records module is asked for.
enum Records {
    /// History, stats, export and import.
    History,
    /// Settings.
    Settings,
}

/// The records module: history and settings.
#[cfg_attr(upright_split, leptos::wasm_split::wasm_split(records, wasm_split_path = ::leptos::wasm_split, preload(__preload_records), fallible))]
fn records(part: Records) -> Result<AnyView, NotLoaded> {
    Ok(match part {
        Records::History => view! { <history::History/> }.into_any(),
        Records::Settings => view! { <settings::SettingsScreen/> }.into_any(),
    })
}

/// The health screening, on its own: a first run waits for it before the
/// app mounts.
#[cfg_attr(upright_split, leptos::wasm_split::wasm_split(screening_screen, wasm_split_path = ::leptos::wasm_split, preload(__preload_screening_screen), fallible))]
fn screening_screen() -> Result<AnyView, NotLoaded> {
    Ok(view! { <screening::Screening/> }.into_any())
}
