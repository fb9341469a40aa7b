//! Small shared widgets: the notice bar, illustrations, the pain scale, shared
//! button and `When` views, and start-up staging (`Later`, `after_start`).

use super::{AppState, Notice};
use crate::browser::next_task;
use crate::routine::{Illustration, Pose};
use leptos::prelude::*;
use std::sync::atomic::{AtomicBool, Ordering};

/// True while the app's first screen is being put together (see [`Later`]).
static STARTING: AtomicBool = AtomicBool::new(true);

thread_local! {
    /// Start-up work that can wait until the first screen is whole.
    static AFTER_START: std::cell::RefCell<Vec<Box<dyn FnOnce()>>> = Default::default();
}

/// Runs `job` after the first screen is whole, in a task of its own; at once
/// once the app has started.
pub fn after_start(job: impl FnOnce() + 'static) {
    if STARTING.load(Ordering::Relaxed) {
        AFTER_START.with(|q| q.borrow_mut().push(Box::new(job)));
    } else {
        job();
    }
}

/// Ends start-up staging: from now on [`Later`] shows its children at once.
/// Called by `mount` after the first render, so its task runs after those of
/// every [`Later`] on the first screen; then each [`after_start`] job runs in
/// a task of its own.
pub fn end_startup_staging() {
    next_task(|| {
        STARTING.store(false, Ordering::Relaxed);
        for job in AFTER_START.with(|q| std::mem::take(&mut *q.borrow_mut())) {
            next_task(job);
        }
    });
}

/// Shows its children one task later: while the app starts, or on every
/// mount with `always`.
///
/// The first render of a screen runs its wasm for the first time, and the
/// browser compiles each function on that first call, so one render of the
/// whole home screen is a single long task on a slow phone. Each `Later`
/// waits for a task of its own, so the work is cut into pieces short enough
/// that a tap never waits long. Sections come in page order and are appended
/// below what is already shown, so nothing on screen moves. `always` is for
/// a screen opened by a tap (the player): the tap's own task stays short.
#[component]
pub fn Later(
    /// Defers on every mount, not only while the app starts.
    #[prop(optional)]
    always: bool,
    /// Shown from the next task on.
    children: ChildrenFn,
) -> impl IntoView {
    let shown = RwSignal::new(!always && !STARTING.load(Ordering::Relaxed));
    if !shown.get_untracked() {
        // `try_set`: the screen may be gone by the time its task runs.
        next_task(move || _ = shown.try_set(true));
    }
    move || shown.get().then(|| children())
}

/// Starts a new screen at its top with focus on its heading, so a screen
/// reader announces it. Waits for the heading to be in the document: a view is
/// built before it is attached, and `focus` does nothing on a detached element.
pub fn focus_heading(heading: NodeRef<leptos::html::H2>) {
    Effect::new(move |_| {
        if heading.get().is_some() {
            focus_when_attached(heading);
        }
    });
}

/// Focuses the heading once it is attached, checking again each task; stops
/// when its screen is gone (the node reference is disposed with it).
fn focus_when_attached(heading: NodeRef<leptos::html::H2>) {
    let Some(Some(h)) = heading.try_get_untracked() else { return };
    if h.is_connected() {
        window().scroll_to_with_x_and_y(0.0, 0.0);
        let _ = h.focus();
    } else {
        next_task(move || focus_when_attached(heading));
    }
}

// Reactive text in the screens is written `Signal::derive(move || ...)`
// rather than a bare closure: every `Signal<String>` (or `Signal<Option<String>>`)
// renders through one copy of the code, a bare closure through one per closure.

/// A button with a fixed label. Every such button in the app shares one view
/// type (the handler is boxed), so the wasm carries one copy of the code that
/// builds, mounts and removes a button instead of one per button.
pub fn button(
    class: &'static str,
    testid: Option<&'static str>,
    aria_label: Option<&'static str>,
    label: &'static str,
    on_click: impl Fn() + 'static,
) -> impl IntoView {
    button_view(class, testid, aria_label, label, Box::new(on_click))
}

/// Not generic, so its view type is the same for every caller of [`button`].
fn button_view(
    class: &'static str,
    testid: Option<&'static str>,
    aria_label: Option<&'static str>,
    label: &'static str,
    on_click: Box<dyn Fn()>,
) -> impl IntoView {
    view! { <button class=class data-testid=testid aria-label=aria_label on:click=move |_| on_click()>{label}</button> }
}

/// `Show` with its condition and views boxed: every use shares one type and
/// one copy of the code, where each `Show` is a generic instance of its own.
#[component]
pub fn When(
    /// Shows the children while true.
    #[prop(into)]
    when: Signal<bool>,
    /// Shown while `when` is true.
    children: ChildrenFn,
    /// Shown while `when` is false (nothing by default).
    #[prop(optional, into)]
    fallback: ViewFn,
) -> impl IntoView {
    // Memoized as in `Show`: the children are built again only when the
    // condition flips, not whenever something it reads changes.
    let when = Memo::new(move |_| when.get());
    move || if when.get() { children() } else { fallback.run() }
}

/// The app-wide notice (`data-testid="app-notice"`): errors, recoveries and
/// reminders, with a download for raw text set aside and an export button.
#[component]
pub fn NoticeBar() -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        state.notice.get().map(|Notice { message, raw, offer_export }| {
            let download_raw = raw.map(|raw| {
                let on_click = move || {
                    let name = format!("upright-unreadable-{}.txt", crate::browser::now_ms());
                    if crate::browser::files::download(&name, "text/plain", &raw).is_ok() {
                        state.writable.set(true);
                    }
                };
                button("btn small", Some("download-raw"), None, "Download the original text", on_click)
            });
            let export = offer_export.then(|| {
                button("btn small", None, None, "Export history", move || state.export_json())
            });
            view! {
                <div class="notice" role="alert" data-testid="app-notice">
                    <p>{message}</p>
                    <div class="notice-actions">
                        {download_raw}
                        {export}
                        {button("btn small ghost", None, None, "Dismiss", move || state.notice.set(None))}
                    </div>
                </div>
            }
        })
    }
}

/// Sprite ids are drawn in a 240 x 140 box. Poses lying on the floor use only
/// its lower part, so their figures crop the empty space above them (a card or
/// the player gains about 40 % of the figure's height for text and buttons).
const VIEW_STANDING: &str = "0 0 240 140";
const VIEW_FLOOR: &str = "0 44 240 96";

/// Whether a pose lies on the floor (and so is drawn with [`VIEW_FLOOR`]).
fn on_floor(pose: Pose) -> bool {
    !matches!(
        pose,
        Pose::SwingFront
            | Pose::SwingBack
            | Pose::SwingSide
            | Pose::SwingAcross
            | Pose::ReachUp
            | Pose::ReachLeft
            | Pose::ReachRight
    )
}

/// The two-position movement a pose belongs to, from the routine's own
/// illustrations (e.g. bridge-up is the second position of bridge-down ->
/// bridge-up). Lets a figure pinned to a phase show the move into it.
fn movement_of(pose: Pose) -> Option<(Pose, Pose)> {
    crate::routine::routine()
        .iter()
        .flat_map(|ex| std::iter::once(&ex.illustration).chain(ex.variations.iter().map(|v| &v.illustration)))
        .find_map(|ill| ill.to.map(|to| (ill.from, to)).filter(|&(a, b)| a == pose || b == pose))
}

fn use_tag(pose: Pose, class: &str) -> String {
    // Explicit size: the symbol keeps its 240 x 140 box whatever the figure crops.
    format!(r##"<use class="{class}" href="poses.svg#{}" width="240" height="140"></use>"##, pose.as_str())
}

/// Markup of a pose figure. Built as a string because the content is our own
/// static sprite ids, never user text. `alt` of `None` makes it decorative.
fn figure_markup(from: Pose, to: Option<Pose>, alt: Option<&str>) -> String {
    let view = if on_floor(from) { VIEW_FLOOR } else { VIEW_STANDING };
    let kind = if on_floor(from) { "pose--floor" } else { "pose--standing" };
    let label = match alt {
        Some(alt) => {
            let alt = alt.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;");
            format!(r#"role="img" aria-label="{alt}""#)
        }
        None => r#"aria-hidden="true" focusable="false""#.to_string(),
    };
    let svg = |class: &str, attrs: &str, body: String| {
        format!(r#"<svg class="pose {kind} {class}" viewBox="{view}" {attrs}>{body}</svg>"#)
    };
    match to {
        None => svg("pose--one", &label, use_tag(from, "pose-a")),
        Some(to) => format!(
            r#"{anim}<div class="pose-still" aria-hidden="true">{sa}{sb}</div>"#,
            anim = svg("pose-anim", &label, use_tag(from, "pose-a") + &use_tag(to, "pose-b")),
            sa = svg("", "", use_tag(from, "")),
            sb = svg("", "", use_tag(to, "")),
        ),
    }
}

/// An exercise illustration (`data-testid="card-illustration"`): one pose,
/// or two the figure moves between. `phase` pins it to one position
/// ("a" or "b"), e.g. hips up during a bridge hold. A single pose pinned to a
/// phase is shown as the movement it belongs to, held in that position, so a
/// hold visibly lifts into place when it starts.
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
    /// Marks the exercise's main picture (`data-role="main"`) on a card.
    #[prop(optional)]
    main: bool,
    /// Hides the picture from assistive technology, for a thumbnail next to
    /// text that already names the exercise.
    #[prop(optional)]
    decorative: bool,
) -> impl IntoView {
    // `data-pose` names the pose asked for (the one a pinned figure shows).
    let pose = from.as_str();
    let (from, to) = match (to, phase.get_untracked(), movement_of(from)) {
        (None, Some("a"), Some((a, b))) if a == from => (a, Some(b)),
        (None, Some("b"), Some((a, b))) if b == from => (a, Some(b)),
        _ => (from, to),
    };
    let class = if to.is_some() { "pose-fig pose-fig--two" } else { "pose-fig pose-fig--one" };
    view! {
        <figure
            class=class
            data-testid="card-illustration"
            data-role=main.then_some("main")
            data-pose=pose
            data-phase=move || phase.get()
            aria-hidden=decorative.then_some("true")
            inner_html=figure_markup(from, to, (!decorative).then_some(alt))
        ></figure>
    }
}

/// An [`Illustration`] from the routine data as a [`Figure`].
#[component]
pub fn RoutineFigure(
    /// The illustration.
    illustration: Illustration,
    /// Marks the exercise's main picture on a card.
    #[prop(optional)]
    main: bool,
    /// Hides the picture from assistive technology (see [`Figure`]).
    #[prop(optional)]
    decorative: bool,
) -> impl IntoView {
    view! { <Figure from=illustration.from to=illustration.to alt=illustration.alt main=main decorative=decorative/> }
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
