//! Leptos views. Components hold view logic only; decisions come from the
//! pure core and browser effects from `crate::browser`.

mod card;
mod device_notes;
mod history;
pub mod i18n;
mod home;
mod install;
mod language;
mod nav;
mod player;
mod reminders;
mod report;
mod screening;
mod settings;
mod startup;
mod state;
mod suggestions;
mod summary;
mod update;
mod widgets;

pub use nav::Page;
pub use state::{ActiveWorkout, AppState, Notice};

use crate::browser;
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{path, ParamSegment, StaticSegment};
use nav::segment::{HISTORY, REPORT, SETTINGS, SUMMARY, WELCOME, WORKOUT};
use std::sync::OnceLock;

/// The app's folder on its host, found once at start (see `browser::page::app_base`).
static BASE: OnceLock<String> = OnceLock::new();

/// The path of the app's folder without its trailing slash (`""` at a host's root).
pub fn base() -> String {
    BASE.get_or_init(browser::page::app_base).clone()
}

/// Mounts the app on `<body>`. Called once by `main`.
pub fn mount() {
    browser::panic::install();
    let install_offered = install::watch();
    let base = base();
    browser::page::put_home_under(&base);
    // Reading storage and mounting in a task of their own, after the one that
    // compiled and started the wasm, keep each task short on a slow phone.
    browser::next_task(move || {
        let state = AppState::load(install_offered);
        let lang = i18n::wanted(state.doc.with_untracked(|d| d.settings.language));
        let start = move || {
            browser::page::remove_boot();
            leptos::mount::mount_to_body(move || view! { <App state=state base=base/> });
            state.startup.end();
        };
        if lang == crate::i18n::Lang::En {
            browser::page::set_lang(lang.tag());
            browser::next_task(start);
        } else {
            // The first screen waits for its words (a few KB, from the
            // service worker's cache after the first visit): no English flash.
            // Leptos' executor starts with the mount: this runs before it.
            wasm_bindgen_futures::spawn_local(async move {
                match i18n::fetch(lang).await {
                    Ok(words) => state.i18n.set(words),
                    Err(why) => i18n::unavailable(state, lang, &why),
                }
                start();
            });
        }
    });
}

/// The app shell: shares the state loaded from storage, shows the notice bar
/// and the screen at the current address.
#[component]
pub fn App(
    /// The state read from storage by [`mount`].
    state: AppState,
    /// The app's folder on its host (see [`base`]).
    base: String,
) -> impl IntoView {
    provide_context(state);
    provide_context(state.i18n);
    state.apply_theme();
    // Not needed for the first screen: watching other tabs, the service
    // worker and the pain warning; in the app's owner, so the listener goes
    // with the app.
    let owner = Owner::current();
    state.startup.after_start(move || match owner {
        Some(owner) => owner.with(|| state.start_background()),
        None => state.start_background(),
    });
    view! {
        <Router base=base>
            <AppRoutes state=state/>
        </Router>
    }
}

/// Everything inside the router: navigation for the app's actions, the
/// guard, the notice bars and the routes.
#[component]
fn AppRoutes(
    /// The app state.
    state: AppState,
) -> impl IntoView {
    state.nav.install();
    let on_screen = nav::OnScreen::provide();
    let page = on_screen.page();
    // A new language draws every screen again in it.
    move || {
        state.i18n.lang.track();
        view! {
            <nav::Guard/>
            <div class="app">
                <widgets::NoticeBar/>
                <update::UpdateBanner/>
                <main class="screen">
                    // Home and the screening show their own level-one heading; other screens start at h2.
                    <Show when=move || !matches!(page.get(), Some(Page::Home | Page::Screening) | None)>
                        <h1 class="sr-only">"Upright"</h1>
                    </Show>
                    // The route table: the segments `Page::path` writes links with. Each view reports
                    // its page (`nav::show`); Card, Summary and Report read their params and query.
                    <Routes fallback=|| { nav::show(|| None); view! { <home::Home/> } }>
                        <Route path=path!("/") view=|| { nav::show(|| Some(Page::Home)); view! { <home::Home/> } }/>
                        <Route path=StaticSegment(WELCOME) view=|| { nav::show(|| Some(Page::Screening)); view! { <screening::Screening/> } }/>
                        <Route path=StaticSegment(WORKOUT) view=|| { nav::show(|| Some(Page::Player)); view! { <player::Player/> } }/>
                        <Route path=StaticSegment(SUMMARY) view=summary::SummaryPage/>
                        <Route path=StaticSegment(HISTORY) view=|| { nav::show(|| Some(Page::History)); view! { <history::History/> } }/>
                        <Route path=StaticSegment(REPORT) view=report::ReportPage/>
                        <Route path=StaticSegment(SETTINGS) view=|| { nav::show(|| Some(Page::Settings)); view! { <settings::SettingsScreen/> } }/>
                        <Route path=ParamSegment("exercise") view=card::CardPage/>
                    </Routes>
                </main>
            </div>
        }
    }
}
