//! Install help in settings: an "Install Upright" button where the browser
//! offers an install dialog (Chromium's `beforeinstallprompt`), a short
//! illustrated "Share → Add to Home Screen" on iPhones and iPads (Safari has
//! no such event), and nothing once the app runs installed.

use super::widgets::Button;
use super::AppState;
use crate::browser::{self, support};
use leptos::prelude::*;

/// Starts listening for the browser's install offer and returns whether it
/// is offered now (kept in the app state, so it outlives every screen).
/// Called once at start, before any screen: the offer can come at any moment
/// after the page loads.
pub fn watch() -> RwSignal<bool> {
    let offered = RwSignal::new(false);
    browser::install::listen(move |now| offered.set(now));
    offered
}

/// Safari's Share icon: a box with an arrow out of its top.
fn share_icon() -> impl IntoView {
    view! {
        <svg class="install-icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
            <path d="M8 9H6v11h12V9h-2M12 3v12M8.5 6.5 12 3l3.5 3.5" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round"/>
        </svg>
    }
}

/// The "Add to Home Screen" icon: a rounded square with a plus.
fn add_icon() -> impl IntoView {
    view! {
        <svg class="install-icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
            <rect x="4" y="4" width="16" height="16" rx="4" fill="none" stroke="currentColor" stroke-width="1.8"/>
            <path d="M12 8.5v7M8.5 12h7" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round"/>
        </svg>
    }
}

/// The install section of settings (`data-testid="install-help"`): the
/// browser's own install dialog behind a button (`install-app`) where it
/// offers one, the Home Screen steps on iOS (`install-ios`), nothing when
/// installed or when the browser offers no way to install.
#[component]
pub fn InstallHelp() -> impl IntoView {
    if support::is_standalone() {
        return None;
    }
    let offered = expect_context::<AppState>().install_offered;
    let ios = support::is_ios();
    // In the tap itself: the browser shows its dialog only from a user gesture.
    // The answer may come after this screen closed: the app state's signal outlives it.
    let install = move || browser::install::prompt(move |_accepted| offered.set(false));
    Some(view! {
        <Show when=move || ios || offered.get()>
            <fieldset class="install" data-testid="install-help">
                <legend>"Install"</legend>
                <Show when=move || offered.get()>
                    <p>"Install Upright to open it from your home screen, full screen and offline, like any other app."</p>
                    <Button class="btn primary" testid="install-app" on_click=install>"Install Upright"</Button>
                </Show>
                <Show when=move || ios>
                    <div class="install-ios" data-testid="install-ios">
                        <p>"Add Upright to your Home Screen: it opens full screen, works offline, and Safari keeps its data."</p>
                        <ol class="install-steps">
                            <li>{share_icon()}<span>"Tap " <strong>"Share"</strong> " in Safari's toolbar."</span></li>
                            <li>{add_icon()}<span>"Choose " <strong>"Add to Home Screen"</strong> ", then " <strong>"Add"</strong> "."</span></li>
                        </ol>
                    </div>
                </Show>
            </fieldset>
        </Show>
    })
}
