//! The "new version ready" banner.

use super::nav::OnScreen;
use super::{AppState, Page};
use leptos::prelude::*;
use crate::t;

/// Offers the new version of the app once it is installed and waiting
/// (`data-testid="update-ready"`, button `apply-update`). Updating reloads the
/// page, so the banner stays hidden while a workout runs (a workout in progress
/// or the player on screen) and appears once it is over.
#[component]
pub fn UpdateBanner() -> impl IntoView {
    let state = expect_context::<AppState>();
    let updating = RwSignal::new(false);
    let page = expect_context::<OnScreen>().page();
    let show = move || {
        state.update_ready.get() && state.active.with(Option::is_none) && page.with(|p| *p != Some(Page::Player))
    };
    let update = move |_| {
        updating.set(true);
        crate::browser::sw::apply_update();
    };
    view! {
        <Show when=show>
            <div class="notice update-banner" role="status" data-testid="update-ready">
                <p>{t!("ui-update-ready")}</p>
                <div class="notice-actions">
                    <button class="btn small" data-testid="apply-update" disabled=move || updating.get() on:click=update>
                        {Signal::derive(move || if updating.get() { t!("ui-updating") } else { t!("ui-update-now") })}
                    </button>
                </div>
            </div>
        </Show>
    }
}
