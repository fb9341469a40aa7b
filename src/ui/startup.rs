//! Start-up staging: the first screen comes in short tasks ([`Later`]), and
//! work it does not need waits until it is whole ([`Startup::after_start`]).
//!
//! The first render of a screen runs its wasm for the first time, and the
//! browser compiles each function on that first call, so one render of the
//! whole home screen would be a single long task on a slow phone.

use crate::browser::next_task;
use leptos::prelude::*;

/// The app's start-up state, shared through the app state.
#[derive(Clone, Copy)]
pub struct Startup {
    /// True while the first screen is being put together.
    starting: StoredValue<bool>,
    /// Work that can wait until the first screen is whole.
    waiting: StoredValue<Vec<Box<dyn FnOnce()>>, LocalStorage>,
}

impl Startup {
    /// Staging from the app's first task on.
    pub fn new() -> Startup {
        Startup { starting: StoredValue::new(true), waiting: StoredValue::new_local(Vec::new()) }
    }

    /// True until [`Startup::end`] has run.
    pub fn is_starting(&self) -> bool {
        self.starting.try_get_value().unwrap_or(false)
    }

    /// Runs `job` after the first screen is whole, in a task of its own; at
    /// once once the app has started.
    pub fn after_start(&self, job: impl FnOnce() + 'static) {
        if self.is_starting() {
            self.waiting.update_value(|w| w.push(Box::new(job)));
        } else {
            job();
        }
    }

    /// Ends staging: from now on [`Later`] shows its children at once. Called
    /// by `mount` after the first render, so its task runs after those of
    /// every [`Later`] on the first screen; then each waiting job runs in a
    /// task of its own.
    pub fn end(&self) {
        let this = *self;
        next_task(move || {
            this.starting.set_value(false);
            for job in this.waiting.try_update_value(std::mem::take).unwrap_or_default() {
                next_task(job);
            }
        });
    }
}

impl Default for Startup {
    fn default() -> Self {
        Startup::new()
    }
}

/// Shows its children one task later: while the app starts, or on every
/// mount with `always`.
///
/// Each `Later` waits for a task of its own, so the first render is cut into
/// pieces short enough that a tap never waits long. Sections come in page
/// order and are appended below what is already shown, so nothing on screen
/// moves. `always` is for a screen opened by a tap (the player): the tap's
/// own task stays short.
#[component]
pub fn Later(
    /// Defers on every mount, not only while the app starts.
    #[prop(optional)]
    always: bool,
    /// Shown from the next task on.
    children: ChildrenFn,
) -> impl IntoView {
    let starting = use_context::<super::AppState>().is_none_or(|s| s.startup.is_starting());
    let shown = RwSignal::new(!always && !starting);
    if !shown.get_untracked() {
        // `try_set`: the screen may be gone by the time its task runs.
        next_task(move || _ = shown.try_set(true));
    }
    move || shown.get().then(|| children())
}
