//! Install help in settings: an "Install Upright" button where the browser
//! offers an install dialog (Chromium's `beforeinstallprompt`), a short
//! illustrated "Share → Add to Home Screen" on iPhones and iPads (Safari has
//! no such event), and nothing once the app runs installed.

use super::widgets::Button;
use super::AppState;
use crate::browser::{self, support};
use leptos::prelude::*;
use crate::t;

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

/// `text` with each of `names` in it made strong (Safari's button names
/// inside a sentence whose word order is the language's own).
fn with_strong(text: String, names: &[String]) -> Vec<AnyView> {
    let mut parts = Vec::new();
    let mut rest = text.as_str();
    while let Some((at, name)) = names.iter().filter_map(|n| rest.find(n.as_str()).map(|i| (i, n))).min_by_key(|(i, _)| *i) {
        parts.push(rest[..at].to_string().into_any());
        parts.push(view! { <strong>{name.clone()}</strong> }.into_any());
        rest = &rest[at + name.len()..];
    }
    parts.push(rest.to_string().into_any());
    parts
}

/// "Tap Share in Safari's toolbar.", with Share made strong.
fn share_step() -> Vec<AnyView> {
    let share = t!("ui-ios-share");
    with_strong(t!("ui-install-step-share", share = share.clone()), &[share])
}

/// "Choose Add to Home Screen, then Add.", with both names made strong.
fn add_step() -> Vec<AnyView> {
    let (home, add) = (t!("ui-ios-add-home"), t!("ui-ios-add"));
    with_strong(t!("ui-install-step-add", home = home.clone(), add = add.clone()), &[home, add])
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
                <legend>{t!("ui-install")}</legend>
                <Show when=move || offered.get()>
                    <p>{t!("ui-install-text")}</p>
                    <Button class="btn primary" testid="install-app" on_click=install>{t!("ui-install-button")}</Button>
                </Show>
                <Show when=move || ios>
                    <div class="install-ios" data-testid="install-ios">
                        <p>{t!("ui-install-ios")}</p>
                        <ol class="install-steps">
                            <li>{share_icon()}<span>{share_step()}</span></li>
                            <li>{add_icon()}<span>{add_step()}</span></li>
                        </ol>
                    </div>
                </Show>
            </fieldset>
        </Show>
    })
}
