//! Small shared widgets: the notice bar, illustrations, the pain scale.

use super::{AppState, Notice};
use crate::routine::{Illustration, Pose};
use leptos::prelude::*;

/// The app-wide notice (`data-testid="app-notice"`): errors, recoveries and
/// reminders, with a download for raw text set aside and an export button.
#[component]
pub fn NoticeBar() -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        state.notice.get().map(|Notice { message, raw, offer_export }| {
            let download_raw = raw.map(|raw| {
                let on_click = move |_| {
                    let name = format!("upright-unreadable-{}.txt", crate::browser::now_ms());
                    if crate::browser::files::download(&name, "text/plain", &raw).is_ok() {
                        state.writable.set(true);
                    }
                };
                view! { <button class="btn small" data-testid="download-raw" on:click=on_click>"Download the original text"</button> }
            });
            let export = offer_export.then(|| {
                view! { <button class="btn small" on:click=move |_| state.export_json()>"Export history"</button> }
            });
            view! {
                <div class="notice" role="alert" data-testid="app-notice">
                    <p>{message}</p>
                    <div class="notice-actions">
                        {download_raw}
                        {export}
                        <button class="btn small ghost" on:click=move |_| state.notice.set(None)>"Dismiss"</button>
                    </div>
                </div>
            }
        })
    }
}

fn use_tag(pose: Pose, class: &str) -> String {
    format!(r##"<use class="{class}" href="poses.svg#{}"></use>"##, pose.as_str())
}

/// Markup of a pose figure. Built as a string because the content is our own
/// static sprite ids, never user text.
fn figure_markup(from: Pose, to: Option<Pose>, alt: &str) -> String {
    let alt = alt.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;");
    match to {
        None => format!(
            r#"<svg class="pose pose-anim" viewBox="0 0 240 140" role="img" aria-label="{alt}">{}</svg>"#,
            use_tag(from, "pose-a")
        ),
        Some(to) => format!(
            concat!(
                r#"<svg class="pose pose-anim" viewBox="0 0 240 140" role="img" aria-label="{alt}">{a}{b}</svg>"#,
                r#"<div class="pose-still" aria-hidden="true">"#,
                r#"<svg class="pose" viewBox="0 0 240 140">{sa}</svg><svg class="pose" viewBox="0 0 240 140">{sb}</svg></div>"#
            ),
            alt = alt,
            a = use_tag(from, "pose-a"),
            b = use_tag(to, "pose-b"),
            sa = use_tag(from, ""),
            sb = use_tag(to, ""),
        ),
    }
}

/// An exercise illustration (`data-testid="card-illustration"`): one pose,
/// or two the figure moves between. `phase` pins it to one position
/// ("a" or "b"), e.g. hips up during a bridge hold.
#[component]
pub fn Figure(
    /// The first (or only) pose.
    from: Pose,
    /// The second pose, when the movement has two.
    #[prop(default = None)]
    to: Option<Pose>,
    /// Text alternative.
    alt: &'static str,
    /// Pins the figure to one position.
    #[prop(optional, into)]
    phase: Signal<Option<&'static str>>,
) -> impl IntoView {
    let class = if to.is_some() { "pose-fig pose-fig--two" } else { "pose-fig pose-fig--one" };
    view! {
        <figure
            class=class
            data-testid="card-illustration"
            data-pose=from.as_str()
            data-phase=move || phase.get()
            inner_html=figure_markup(from, to, alt)
        ></figure>
    }
}

/// An [`Illustration`] from the routine data as a [`Figure`].
#[component]
pub fn RoutineFigure(
    /// The illustration.
    illustration: Illustration,
) -> impl IntoView {
    view! { <Figure from=illustration.from to=illustration.to alt=illustration.alt/> }
}

/// Eleven large buttons for a 0-10 pain rating, with a skip.
#[component]
pub fn PainScale(
    /// `data-testid` of the group (`pain-before` or `pain-after`).
    testid: &'static str,
    /// The chosen value.
    value: RwSignal<Option<u8>>,
    /// The question shown above.
    label: &'static str,
) -> impl IntoView {
    let buttons = (0u8..=10)
        .map(|n| {
            view! {
                <button
                    class="pain-btn"
                    data-value=n
                    aria-pressed=move || (value.get() == Some(n)).to_string()
                    on:click=move |_| value.set(if value.get_untracked() == Some(n) { None } else { Some(n) })
                >
                    {n}
                </button>
            }
        })
        .collect_view();
    view! {
        <fieldset class="pain" data-testid=testid>
            <legend>{label}</legend>
            <div class="pain-scale">{buttons}</div>
            <p class="hint">"0 is no pain, 10 the worst you can imagine. Optional: tap again to clear."</p>
        </fieldset>
    }
}
