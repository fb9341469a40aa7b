//! Small shared widgets: the notice bar, illustrations, the pain scale and
//! the app's `Button`.

use super::{AppState, Notice};
use crate::browser::next_task;
use crate::routine::{Illustration, Pose};
use leptos::prelude::*;

/// Starts a new screen at its top with focus on its heading, so a screen
/// reader announces it. Waits for the heading to be in the document: a view is
/// built before it is attached, and `focus` does nothing on a detached element.
pub fn focus_heading<E>(heading: NodeRef<E>)
where
    E: leptos::html::ElementType + 'static,
    E::Output: wasm_bindgen::JsCast + Clone + 'static,
{
    focus_when_shown(heading, true);
}

/// Moves focus to an element once it is drawn, without scrolling to the
/// top, so focus does not fall back to the page when the control the person
/// used goes: the first row a button has just added, the message that took
/// the button's place, the control to carry on with. A row or a message needs
/// `tabindex="-1"`.
pub fn focus_in_place<E>(node: NodeRef<E>)
where
    E: leptos::html::ElementType + 'static,
    E::Output: wasm_bindgen::JsCast + Clone + 'static,
{
    focus_when_shown(node, false);
}

/// Focus on arriving at a screen: `link_back` (the address of the screen
/// the person has come back from, when a link here opened it) takes it;
/// otherwise the screen's heading, as on any other way in.
pub fn focus_arrival<E>(heading: NodeRef<E>, link_back: Option<String>)
where
    E: leptos::html::ElementType + 'static,
    E::Output: wasm_bindgen::JsCast + Clone + 'static,
{
    match link_back {
        Some(href) => focus_link_back(href),
        None => focus_heading(heading),
    }
}

/// Gives focus to the link to `href` once it is drawn, for a person who
/// has come back from the screen that link opened: they carry on where they
/// were, not at the top of the page. Home draws its lower parts a few tasks
/// after the screen, so this tries again each task, for a few tasks only.
fn focus_link_back(href: String) {
    fn attempt(selector: String, tries: u8) {
        if !crate::browser::page::focus_first(&selector) && tries > 0 {
            next_task(move || attempt(selector, tries - 1));
        }
    }
    attempt(format!("a[href=\"{href}\"]"), 20);
}

/// Focuses the element once its view is built and attached (see
/// [`focus_when_attached`]).
fn focus_when_shown<E>(node: NodeRef<E>, to_top: bool)
where
    E: leptos::html::ElementType + 'static,
    E::Output: wasm_bindgen::JsCast + Clone + 'static,
{
    Effect::new(move |_| {
        if node.get().is_some() {
            focus_when_attached(node, to_top);
        }
    });
}

/// Focuses the element once it is attached (after scrolling to the top when
/// `to_top`), checking again each task; stops when its screen is gone (the
/// node reference is disposed with it).
fn focus_when_attached<E>(node: NodeRef<E>, to_top: bool)
where
    E: leptos::html::ElementType + 'static,
    E::Output: wasm_bindgen::JsCast + Clone + 'static,
{
    use wasm_bindgen::JsCast;
    let Some(Some(el)) = node.try_get_untracked() else { return };
    if !crate::browser::page::focus_if_attached(el.unchecked_ref(), to_top) {
        next_task(move || focus_when_attached(node, to_top));
    }
}

/// A button: its label is its children, `on_click` runs on every tap.
#[component]
pub fn Button(
    /// What a tap does.
    on_click: impl Fn() + 'static,
    /// The label.
    children: Children,
    /// CSS classes.
    #[prop(default = "btn")]
    class: &'static str,
    /// The `data-testid` hook for tests.
    #[prop(optional)]
    testid: Option<&'static str>,
    /// The accessible name, where the label alone would be unclear.
    #[prop(optional, into)]
    aria_label: Option<String>,
) -> impl IntoView {
    // One copy of the button's code for all its uses: only the boxing is
    // stamped out per tap handler (about 50 of them).
    button_view(Box::new(on_click), children, class, testid, aria_label)
}

/// [`Button`]'s view, with its tap handler boxed.
fn button_view(on_click: Box<dyn Fn()>, children: Children, class: &'static str, testid: Option<&'static str>, aria_label: Option<String>) -> impl IntoView {
    view! { <button class=class data-testid=testid aria-label=aria_label on:click=move |_| on_click()>{children()}</button> }
}

/// Counts the questions ([`Ask`]) open on a screen that provides it as
/// context: the player holds the workout while any is open.
#[derive(Clone, Copy)]
pub struct OpenQuestions(pub RwSignal<u32>);

/// A question the app asks in a sheet at the bottom of the screen
/// (`role="alertdialog"`, labelled by its heading), following the WAI-ARIA
/// dialog pattern: focus moves to the safe answer when it opens, Tab stays
/// in the sheet, Escape presses the safe answer, and focus returns to the
/// control that was focused before. While it is open it counts in the
/// screen's [`OpenQuestions`], if any.
#[component]
pub fn Ask(
    /// The sheet's `data-testid` hook.
    testid: &'static str,
    /// The question, as the sheet's heading.
    #[prop(into)]
    title: String,
    /// The `data-testid` of the safe answer (focused first, pressed by
    /// Escape); without it, the first answer.
    #[prop(optional)]
    safe: Option<&'static str>,
    /// What it says, and a `leave-actions` row of answers.
    children: Children,
) -> impl IntoView {
    let heading = format!("{testid}-title");
    let label = heading.clone();
    if let Some(OpenQuestions(open)) = use_context::<OpenQuestions>() {
        open.update(|n| *n += 1);
        on_cleanup(move || _ = open.try_update(|n| *n = n.saturating_sub(1)));
    }
    // Where focus goes back to when the question is answered.
    let opener = StoredValue::new_local(crate::browser::window().and_then(|w| w.document()).and_then(|d| d.active_element()));
    on_cleanup(move || {
        let Some(el) = opener.try_update_value(Option::take).flatten() else { return };
        // A task later: what was under the question is inert until it has gone.
        next_task(move || {
            if let Ok(el) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el) {
                if el.is_connected() {
                    let _ = el.focus();
                }
            }
        });
    });
    let sheet = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        if sheet.get().is_some() {
            focus_safe_when_attached(sheet, safe);
        }
    });
    let on_keydown = move |ev: web_sys::KeyboardEvent| {
        let Some(el) = sheet.get_untracked() else { return };
        match ev.key().as_str() {
            "Escape" => {
                if let Some(b) = safe_answer(&el, safe) {
                    b.click();
                }
            }
            "Tab" => {
                let answers = answers(&el);
                let (Some(first), Some(last)) = (answers.first(), answers.last()) else { return };
                let active = el.owner_document().and_then(|d| d.active_element());
                let at = |b: &web_sys::HtmlElement| active.as_ref().is_some_and(|a| a == b.as_ref());
                let inside = active.as_ref().is_some_and(|a| el.contains(Some(a)));
                match (ev.shift_key(), inside) {
                    (true, _) if at(first) || !inside => _ = last.focus(),
                    (false, _) if at(last) || !inside => _ = first.focus(),
                    _ => return,
                }
            }
            // Page-wide shortcuts (the player's Space, arrows) do not act under a question.
            _ => {
                ev.stop_propagation();
                return;
            }
        }
        ev.prevent_default();
        ev.stop_propagation();
    };
    view! {
        <div class="leave" role="alertdialog" aria-modal="true" aria-labelledby=label data-testid=testid node_ref=sheet on:keydown=on_keydown>
            <h2 id=heading>{title}</h2>
            {children()}
        </div>
    }
}

/// The sheet's focusable controls, in order.
fn answers(sheet: &web_sys::HtmlDivElement) -> Vec<web_sys::HtmlElement> {
    use wasm_bindgen::JsCast;
    let Ok(list) = sheet.query_selector_all("button:not([disabled]), a[href], input, select, textarea") else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.get(i)?.dyn_into::<web_sys::HtmlElement>().ok()).collect()
}

/// The sheet's safe answer: the one named, or the first.
fn safe_answer(sheet: &web_sys::HtmlDivElement, safe: Option<&'static str>) -> Option<web_sys::HtmlElement> {
    use wasm_bindgen::JsCast;
    match safe {
        Some(id) => sheet.query_selector(&format!("[data-testid=\"{id}\"]")).ok()??.dyn_into().ok(),
        None => answers(sheet).into_iter().next(),
    }
}

/// Focuses the sheet's safe answer once the sheet is in the document (a view
/// is built before it is attached), checking again each task; stops when the
/// sheet is gone.
fn focus_safe_when_attached(sheet: NodeRef<leptos::html::Div>, safe: Option<&'static str>) {
    let Some(Some(el)) = sheet.try_get_untracked() else { return };
    if el.is_connected() {
        if let Some(b) = safe_answer(&el, safe) {
            let _ = b.focus();
        }
    } else {
        next_task(move || focus_safe_when_attached(sheet, safe));
    }
}

/// The app-wide notice (`data-testid="app-notice"`): errors, recoveries and
/// reminders, with a download for raw text set aside and an export button.
#[component]
pub fn NoticeBar() -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        state.notice.get().map(|Notice { message, raw, offer_export, doctor_answer }| {
            let download_raw = raw.map(|raw| {
                let on_click = move || {
                    let name = format!("upright-unreadable-{}.txt", crate::browser::now_ms());
                    if crate::browser::files::download(&name, "text/plain", &raw, &state.i18n.words()).is_ok() {
                        state.writable.set(true);
                    }
                };
                view! { <Button class="btn small" testid="download-raw" on_click=on_click>{crate::t!("ui-download-raw")}</Button> }
            });
            let export = offer_export.then(|| {
                view! { <Button class="btn small" on_click=move || state.export_json()>{crate::t!("ui-export-history")}</Button> }
            });
            // The pain warning's answer; the rule it feeds lives in the core.
            let doctor = doctor_answer.then(|| {
                view! { <Button class="btn small" testid="doctor-seen" on_click=move || state.answer_doctor_seen()>{crate::t!("ui-doctor-seen")}</Button> }
            });
            view! {
                <div class="notice" role="alert" data-testid="app-notice">
                    <p>{message}</p>
                    <div class="notice-actions">
                        {doctor}
                        {download_raw}
                        {export}
                        <Button class="btn small ghost" on_click=move || state.notice.set(None)>{crate::t!("ui-dismiss")}</Button>
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

/// One pose from the sprite, at its full 240 x 140 box whatever the figure crops.
fn pose_use(pose: Pose, class: &'static str) -> impl IntoView {
    view! { <use class=class href=format!("poses.svg#{}", pose.as_str()) width="240" height="140"></use> }
}

/// The figure's SVG: one pose, or two the figure moves between, with a still
/// pair beside for reduced motion. `alt` of `None` makes it decorative.
fn figure_svg(from: Pose, to: Option<Pose>, alt: Option<String>) -> impl IntoView {
    let (view_box, kind) = if on_floor(from) { (VIEW_FLOOR, "pose--floor") } else { (VIEW_STANDING, "pose--standing") };
    let role = alt.as_ref().map(|_| "img");
    let hidden = alt.is_none().then_some("true");
    let focusable = alt.is_none().then_some("false");
    match to {
        None => view! {
            <svg class=format!("pose {kind} pose--one") viewBox=view_box role=role aria-label=alt aria-hidden=hidden focusable=focusable>
                {pose_use(from, "pose-a")}
            </svg>
        }
        .into_any(),
        Some(to) => view! {
            <svg class=format!("pose {kind} pose-anim") viewBox=view_box role=role aria-label=alt aria-hidden=hidden focusable=focusable>
                {pose_use(from, "pose-a")}
                {pose_use(to, "pose-b")}
            </svg>
            // Still, side by side, the pair reads left to right as the movement goes: the
            // start first, even when the animation opens on the working position (the
            // bridge card opens hips up; shown first, still, it would read "lower down").
            {
                let (first, second) = if movement_of(from) == Some((to, from)) { (to, from) } else { (from, to) };
                view! {
                    <div class="pose-still" aria-hidden="true">
                        <svg class=format!("pose {kind}") viewBox=view_box>{pose_use(first, "")}</svg>
                        <svg class=format!("pose {kind}") viewBox=view_box>{pose_use(second, "")}</svg>
                    </div>
                }
            }
        }
        .into_any(),
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
    #[prop(into)]
    alt: String,
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
        >
            {figure_svg(from, to, (!decorative).then_some(alt))}
        </figure>
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
    view! { <Figure from=illustration.from to=illustration.to alt=illustration.alt(&crate::ui::i18n::words()) main=main decorative=decorative/> }
}

/// Eleven large buttons for a 0-10 pain rating, with a skip.
#[component]
pub fn PainScale(
    /// `data-testid` of the group (`pain-before` or `pain-after`).
    testid: &'static str,
    /// The chosen value.
    value: RwSignal<Option<u8>>,
    /// The question shown above.
    #[prop(into)]
    label: String,
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
            <p class="hint">{crate::t!("ui-pain-hint")}</p>
        </fieldset>
    }
}
