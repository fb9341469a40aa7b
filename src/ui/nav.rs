//! Screens as URLs. Every screen has an address one segment deep inside the
//! app's folder (`./history`, `./back-bridge`), so the build's relative file
//! names resolve the same on every screen, at the root of a host or under a
//! sub-path, and a reload or a shared link opens the same screen.

use crate::progress::Period;
use crate::routine::ExerciseId;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;
use leptos::prelude::*;
use std::rc::Rc;

use super::AppState;

/// A screen the app can show.
#[derive(Clone, Debug, PartialEq)]
pub enum Page {
    /// Routine overview and Start.
    Home,
    /// One exercise card; `true` when opened from the player (return there).
    Card(ExerciseId, bool),
    /// The running workout.
    Player,
    /// After a workout: the record with that id.
    Summary(String),
    /// History, stats, export and import.
    History,
    /// The printable report for a doctor, over a period (from History).
    Report(Period),
    /// Settings.
    Settings,
    /// The health screening (first run, and from settings).
    Screening,
}

/// The path segments of the screens, written once: [`Page::path`] writes
/// links with them and the `<Routes>` of `ui::AppRoutes` matches them.
pub mod segment {
    /// The running workout.
    pub const WORKOUT: &str = "workout";
    /// After a workout (`?session=<id>`).
    pub const SUMMARY: &str = "summary";
    /// History.
    pub const HISTORY: &str = "history";
    /// The report for a doctor (`?period=<key>`, four weeks without it).
    pub const REPORT: &str = "report";
    /// Settings.
    pub const SETTINGS: &str = "settings";
    /// The health screening.
    pub const WELCOME: &str = "welcome";
}

/// Query value that marks a card opened from the player (`?from=workout`).
pub const FROM_WORKOUT: &str = "workout";

impl Page {
    /// The page's path inside the app's folder, with its query. Query names
    /// are the fields of the pages' `Params` (card.rs, summary.rs, report.rs).
    pub fn path(&self) -> String {
        use segment::*;
        match self {
            Page::Home => "/".into(),
            Page::Card(id, false) => format!("/{}", id.as_str()),
            Page::Card(id, true) => format!("/{}?from={FROM_WORKOUT}", id.as_str()),
            Page::Player => format!("/{WORKOUT}"),
            Page::Summary(id) => format!("/{SUMMARY}?session={}", js_sys::encode_uri_component(id)),
            Page::History => format!("/{HISTORY}"),
            Page::Report(Period::FourWeeks) => format!("/{REPORT}"),
            Page::Report(period) => format!("/{REPORT}?period={}", period.key()),
            Page::Settings => format!("/{SETTINGS}"),
            Page::Screening => format!("/{WELCOME}"),
        }
    }

    /// The page's full address on its host (the app's folder, then [`Page::path`]),
    /// for links: the router leaves an absolute link as it is.
    pub fn href(&self) -> String {
        format!("{}{}", super::base(), self.path())
    }
}

/// The screen on show, as the matched route says it: each route's view
/// reports its page with [`show`] (`None` for an address the app does not
/// have). The guard, the level-one heading and the update banner read it, so
/// none of them parses the address again. Holds `None` until the first
/// route reports: the guard waits for it.
#[derive(Clone, Copy)]
pub struct OnScreen(RwSignal<Option<Option<Page>>>);

impl OnScreen {
    /// Shares a new, empty record of the screen on show; call once, inside the router.
    pub fn provide() -> OnScreen {
        let on_screen = OnScreen(RwSignal::new(None));
        provide_context(on_screen);
        on_screen
    }

    /// The page on record now, untracked: while a new screen is built, the
    /// one before it.
    pub fn now(&self) -> Option<Page> {
        self.0.get_untracked().flatten()
    }

    /// The page on show (`None` before the first report too); re-runs only when it changes.
    pub fn page(&self) -> Memo<Option<Page>> {
        let shown = self.0;
        Memo::new(move |_| shown.get().flatten())
    }
}

/// Reports the page a route shows; call in the route's view. `page` may read
/// the route's params and query: the report follows them.
pub fn show(page: impl Fn() -> Option<Page> + Send + Sync + 'static) {
    let shown = expect_context::<OnScreen>().0;
    // In an effect, as the address's params and query change: it runs after
    // the screen before has been taken down (the player notes when it was
    // left), so the guard always acts on a settled screen.
    Effect::new(move |_| shown.set(Some(page())));
}

/// The router's navigate function.
type Navigate = Rc<dyn Fn(&str, NavigateOptions)>;

/// The router's navigation, kept for code outside components (the app
/// state's actions). Set by [`Navigator::install`] inside the router.
#[derive(Clone, Copy)]
pub struct Navigator {
    navigate: StoredValue<Option<Navigate>, LocalStorage>,
    /// Paths visited in this tab's history, newest last, so Back can go back
    /// in history when the previous screen is the app's own.
    trail: StoredValue<Vec<String>, LocalStorage>,
    /// The next location change replaces the current entry (see [`Navigator::go`]).
    replacing: StoredValue<bool, LocalStorage>,
}

/// The trail keeps this many entries; older ones are only needed by a very
/// long run of Back taps, which then ends at home.
const TRAIL_MAX: usize = 50;

impl Navigator {
    /// A navigator with nothing to navigate yet.
    pub fn new() -> Navigator {
        Navigator {
            navigate: StoredValue::new_local(None),
            trail: StoredValue::new_local(Vec::new()),
            replacing: StoredValue::new_local(false),
        }
    }

    /// Takes the router's navigation; call inside `<Router>`.
    pub fn install(&self) {
        let navigate = use_navigate();
        self.navigate.set_value(Some(Rc::new(navigate)));
        let location = use_location();
        let (trail, replacing) = (self.trail, self.replacing);
        Effect::new(move |_| {
            let here = format!("{}{}", location.pathname.get(), location.search.get());
            let replaced = replacing.try_update_value(std::mem::take).unwrap_or(false);
            trail.update_value(|t| {
                if replaced {
                    t.pop();
                    t.push(here);
                } else if t.len() >= 2 && t[t.len() - 2] == here {
                    // Back to the entry before: a step back, not a new one.
                    t.pop();
                } else if t.last() != Some(&here) {
                    t.push(here);
                }
                if t.len() > TRAIL_MAX {
                    t.remove(0);
                }
            });
        });
    }

    /// Shows `page` as a new history entry (`replace`: in place of this one).
    pub fn go(&self, page: &Page, replace: bool) {
        if let Some(navigate) = self.navigate.get_value() {
            self.replacing.set_value(replace);
            // The full address, unresolved: the router would drop home's trailing slash under
            // a sub-path (`/upright` for `/upright/`), and relative file names need it.
            navigate(&page.href(), NavigateOptions { replace, resolve: false, ..Default::default() });
        }
    }

    /// Back a screen: through history when the screen before is the app's
    /// own, else to `fallback` in place of this entry.
    pub fn back(&self, fallback: Page) {
        if self.trail.with_value(|t| t.len() >= 2) {
            crate::browser::page::history_back();
        } else {
            self.go(&fallback, true);
        }
    }
}

impl Default for Navigator {
    fn default() -> Self {
        Navigator::new()
    }
}

/// Keeps the screens consistent with the app's state as the location
/// changes: the screening comes first on a first run; the player needs a
/// workout; and leaving a running workout by the back gesture asks first
/// (the workout keeps its time from its timestamps either way).
#[component]
pub fn Guard() -> impl IntoView {
    let state = expect_context::<AppState>();
    let shown = expect_context::<OnScreen>().0;
    let reported = Memo::new(move |_| shown.get());
    Effect::new(move |before: Option<Option<Option<Page>>>| {
        // Nothing to keep consistent before the first route has said what it shows.
        let now = reported.get()?;
        let before = before.flatten();
        let first_run = state.doc.with_untracked(|d| d.meta.screening_accepted_ms.is_none());
        let running = state.active.with_untracked(Option::is_some);
        match &now {
            _ if first_run && now != Some(Page::Screening) => state.go_replace(Page::Screening),
            None => state.go_replace(Page::Home),
            Some(Page::Player) if !running => state.go_replace(Page::Home),
            Some(Page::Player | Page::Card(_, true)) => {}
            Some(_) if running && matches!(before, Some(Some(Page::Player))) && !state.leave_ok.get_value() => {
                state.leave_asked.set(true);
                state.go(Page::Player);
            }
            Some(_) => {}
        }
        state.leave_ok.set_value(false);
        Some(now)
    });
}
