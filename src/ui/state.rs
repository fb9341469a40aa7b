//! App-wide state shared through context, and the few actions that touch
//! storage. Kept small: every rule it applies lives in the core.

use super::nav::{Navigator, Page};
use crate::browser::{self, storage};
use crate::progress::{self, Action, DayLedger, Document, DocumentStoreFields, Outcome, SessionRecord, Theme};
use crate::store;
use crate::workout::{self, Session};
use leptos::prelude::*;
use reactive_stores::Store;

pub use crate::workout::ActiveWorkout;

/// A message for the person: the core makes it, the notice bar shows it.
pub use crate::progress::Notice;

/// Signals shared by every screen.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The stored document (history, settings, meta), as a store: a view may
    /// read one field (`doc.sessions().at_key(id)`) and re-run only when it
    /// changes; reading the whole (`doc.with`) re-runs on any change.
    /// Changed only through [`AppState::dispatch`] (and the merges of
    /// storage and other tabs, see [`AppState::replace_doc`]).
    pub doc: Store<Document>,
    /// Moves between screens (see [`AppState::go`]).
    pub nav: Navigator,
    /// Current notice.
    pub notice: RwSignal<Option<Notice>>,
    /// Running workout.
    pub active: RwSignal<Option<ActiveWorkout>>,
    /// Pain chosen on the home screen for the next workout.
    pub pain_before: RwSignal<Option<u8>>,
    /// False while unreadable stored text could not be set aside.
    pub writable: RwSignal<bool>,
    /// A new version of the app is installed and waiting (see `browser::sw`).
    pub update_ready: RwSignal<bool>,
    /// The back gesture tried to leave the running workout: the player asks.
    pub leave_asked: RwSignal<bool>,
    /// The person chose to leave the running workout: the next move away
    /// from the player is not asked about (see `nav::Guard`).
    pub leave_ok: StoredValue<bool>,
    /// Start-up staging (see `ui::startup`).
    pub startup: super::startup::Startup,
    /// The browser offers to install the app now (see `ui::install`).
    pub install_offered: RwSignal<bool>,
    /// The app's words in the person's language (see `ui::i18n`).
    pub i18n: super::i18n::I18n,
}

impl AppState {
    /// Loads the document from storage and resumes any running workout;
    /// `install_offered` is the install offer, watched from before this.
    pub fn load(install_offered: RwSignal<bool>) -> AppState {
        let now = browser::now_ms();
        // English until the settings just read ask for another language; one parse serves both.
        let i18n = super::i18n::I18n::new();
        let loaded = storage::load(now, &i18n.words());
        let state = AppState {
            doc: Store::new(loaded.doc),
            nav: Navigator::new(),
            notice: RwSignal::new(loaded.notice),
            active: RwSignal::new(None),
            pain_before: RwSignal::new(None),
            writable: RwSignal::new(loaded.writable),
            update_ready: RwSignal::new(false),
            leave_asked: RwSignal::new(false),
            leave_ok: StoredValue::new(false),
            startup: super::startup::Startup::new(),
            install_offered,
            i18n,
        };
        if let Some(raw) = storage::load_active() {
            state.resume_workout(raw);
        }
        state
    }

    /// Shows `page` as a new history entry.
    pub fn go(&self, page: Page) {
        self.nav.go(&page, false);
    }

    /// Shows `page` in place of the current history entry (a screen that
    /// should not come back with the back gesture, like a finished player).
    pub fn go_replace(&self, page: Page) {
        self.nav.go(&page, true);
    }

    /// Back a screen, as the back gesture does when the app came from
    /// there; else to `fallback` (a link opened the app on this screen).
    pub fn back(&self, fallback: Page) {
        self.nav.back(fallback);
    }

    /// Start-up work the first screen does not wait for: watching other
    /// tabs, the service worker, History's date formatter (when there are
    /// dates to format and no workout runs) and the pain warning.
    pub fn start_background(&self) {
        let state = *self;
        state.watch_other_tabs();
        browser::sw::register(move || state.update_ready.set(true));
        if state.active.with_untracked(Option::is_none) {
            // History formats a date per workout and per pain entry; with
            // none yet it formats nothing, and warming would cost a new
            // person a long pause on home for no use. Nor while a workout
            // runs: such a pause would hold up the coach's next line.
            if state.doc.with_untracked(|d| !d.sessions.is_empty() || !d.pain_log.is_empty()) {
                browser::when_loaded_and_idle(browser::warm_date_format);
            }
            state.check_pain_warning();
        }
        super::reminders::watch(state);
    }

    /// Saves the document (merging with other tabs). On failure the data
    /// stays in memory and the notice offers an export.
    pub fn persist(&self) {
        if !self.writable.get_untracked() {
            self.notice.set(Some(store::held_in_page(self.notice.get_untracked().and_then(|n| n.raw), &self.i18n.words())));
            return;
        }
        let doc = self.doc.get_untracked();
        match storage::save(&doc) {
            Ok(merged) => self.replace_doc(merged),
            Err((merged, err)) => {
                self.replace_doc(merged);
                self.notice.set(Some(err.notice(&self.i18n.words())));
            }
        }
    }

    /// Puts `new` in place of the document, waking only the readers of what
    /// changed: when only some sessions' records differ (an answer, here or
    /// in another tab), each is written through its own keyed field, so
    /// History redraws those rows and leaves the others alone; anything
    /// else replaces the whole document.
    fn replace_doc(&self, new: Document) {
        let Some(rows) = self.doc.with_untracked(|old| old.edited_sessions(&new)) else {
            self.doc.set(new);
            return;
        };
        let sessions = self.doc.sessions();
        // The key map may predate sessions added while no list read it.
        sessions.update_keys();
        for i in rows {
            let record = new.sessions[i].clone();
            if sessions.at_key(record.id.clone()).try_set(record).is_some() {
                // Not written (no such key): never lose the change.
                self.doc.set(new);
                return;
            }
        }
    }

    /// Sends an action to the document: the core applies its rules
    /// ([`Document::apply`]), then this saves what changed and shows the
    /// outcome's words (a refusal's reason too). A question
    /// ([`Outcome::NeedsConfirmation`]) is left to the caller to ask.
    pub fn dispatch(&self, action: Action) -> Outcome {
        let outcome = self.commit(action);
        match &outcome {
            Outcome::Applied(Some(words)) | Outcome::Refused(words) => self.notice.set(Some(Notice::say(words.clone()))),
            Outcome::Applied(None) | Outcome::Unchanged | Outcome::NeedsConfirmation(_) => {}
        }
        outcome
    }

    /// [`AppState::dispatch`] without the words: applies the action, updates
    /// the views that read what changed, and saves.
    /// For a caller that says the outcome itself (a suggestion's answer).
    pub(super) fn commit(&self, action: Action) -> Outcome {
        // Only a change of the history can change the crunches a day has left.
        let history = matches!(action, Action::FinishWorkout(_) | Action::Import(_));
        // Applied to a copy, so readers re-run only for what changed (see `replace_doc`).
        let mut next = self.doc.get_untracked();
        let outcome = next.apply(action, &self.i18n.words());
        if outcome.changed() {
            self.replace_doc(next);
            self.persist();
            if history {
                // An import may have brought crunches for today.
                self.refresh_ledger();
            }
        }
        outcome
    }

    /// Saves the running workout so a reload resumes it.
    pub fn save_active(&self) {
        let Some(active) = self.active.get_untracked() else { return };
        if !serde_json::to_string(&active).is_ok_and(|json| storage::save_active(&json).is_ok()) {
            self.notice.set(Some(Notice::say(self.i18n.words().text("ui-storage-full", None))));
        }
    }

    /// The Start tap: creates or resumes the AudioContext and unlocks speech
    /// in the tap's own handler (Safari on iOS starts audio and speech only
    /// from there: a task the tap posted, as `next_task` does, no longer
    /// counts as the tap), then starts a workout (or returns to the running
    /// one) in the next task and opens the player in the one after, so no
    /// task keeps a slow phone busy for long.
    pub fn open_player(&self) {
        self.open_player_with(false);
    }

    /// [`AppState::open_player`] for a new workout of the gentle stretches
    /// only (offered when the back hurts a lot today) when `stretches_only`.
    pub fn open_player_with(&self, stretches_only: bool) {
        browser::audio::unlock();
        browser::cues::unlock();
        let state = *self;
        browser::next_task(move || {
            if state.active.with_untracked(Option::is_none) && !state.start_workout(stretches_only) {
                return; // It could not start; the notice says why.
            }
            browser::next_task(move || state.go(Page::Player));
        });
    }

    /// Resumes the workout saved as `raw`. Unreadable text is set aside under
    /// a quarantine key and offered as a download, never dropped.
    fn resume_workout(&self, raw: String) {
        let now = browser::now_ms();
        // A saved workout is checked against the routine's rules again: one
        // that breaks them (damaged or edited) is set aside, never run.
        let words = self.i18n.words();
        let message = match serde_json::from_str::<ActiveWorkout>(&raw) {
            Ok(mut active) => match workout::check_resumed(&active, now) {
                Ok(()) => {
                    // The day's crunches come from history, never from the
                    // stored workout; and it stops where it was last coached.
                    active.session.set_ledger(self.ledger_without(&active.id, now));
                    active.loaded(now);
                    self.active.set(Some(active));
                    return;
                }
                Err(why) => crate::tr!(words, "ui-resume-failed-limits", why = why),
            },
            Err(_) => words.text("ui-resume-failed-unreadable", None),
        };
        storage::quarantine(&raw, now);
        storage::clear_active();
        self.notice.set(Some(Notice {
            message,
            raw: Some(raw),
            offer_export: false,
            doctor_answer: false,
        }));
    }

    /// The crunches every session in history except `id` asked for, per
    /// local day of this device's zone at `now_ms`.
    fn ledger_without(&self, id: &str, now_ms: u64) -> DayLedger {
        let tz = browser::tz_offset_min(now_ms);
        self.doc.with_untracked(|d| DayLedger::from_history(&d.sessions, Some(id), tz))
    }

    /// Rebuilds the running workout's day ledger from history (another tab
    /// or an import changed it).
    fn refresh_ledger(&self) {
        let Some(id) = self.active.with_untracked(|a| a.as_ref().map(|a| a.id.clone())) else { return };
        let ledger = self.ledger_without(&id, browser::now_ms());
        self.active.update(|a| {
            if let Some(a) = a {
                a.session.set_ledger(ledger);
            }
        });
    }

    /// The plan a workout started now would follow, with the day's crunch
    /// limit applied (crunches already done today count).
    pub fn day_plan(&self) -> Result<workout::DayPlan, String> {
        let now = browser::now_ms();
        let tz = browser::tz_offset_min(now);
        let words = self.i18n.words();
        self.doc.with(|d| workout::build_plan_for_day(&d.settings, progress::crunches_today(&d.sessions, now, tz), &words))
    }

    /// Logs how the back feels today without a workout (the rating chosen on
    /// home), so rest days count toward the doctor warning.
    pub fn log_pain_today(&self) {
        let Some(pain) = self.pain_before.get_untracked() else {
            self.notice.set(Some(Notice::say(self.i18n.words().text("ui-pain-choose-first", None))));
            return;
        };
        let now = browser::now_ms();
        let tz = browser::tz_offset_min(now);
        if self.dispatch(Action::LogPain { pain, now_ms: now, tz_offset_min: tz }).changed() {
            self.pain_before.set(None);
            // The doctor warning, when this rating calls for it, says more than a receipt.
            self.notice.set(None);
            self.check_pain_warning();
            if self.notice.with_untracked(Option::is_none) {
                self.notice.set(Some(Notice::say(crate::tr!(self.i18n.words(), "ui-pain-logged", pain = pain))));
            }
        }
    }

    /// Starts a workout from the current settings and saves it in a task of
    /// its own, after the player's first frame; false (with the reason in
    /// the notice) when no workout can be built.
    fn start_workout(&self, stretches_only: bool) -> bool {
        let plan = if stretches_only {
            self.doc.with_untracked(|d| workout::stretches_only_plan(&d.settings, &self.i18n.words()))
        } else {
            self.day_plan().map(|day| day.plan)
        };
        match plan {
            Ok(plan) => {
                let now = browser::now_ms();
                let id = progress::new_session_id(now, browser::entropy());
                let pain_before = self.pain_before.get_untracked();
                let mut session = Session::start(plan, now);
                session.set_ledger(self.ledger_without(&id, now));
                self.active.set(Some(ActiveWorkout::new(id, session, pain_before)));
                let state = *self;
                browser::next_task(move || state.save_active());
                true
            }
            Err(reason) => {
                self.notice.set(Some(Notice::say(reason)));
                false
            }
        }
    }

    /// Applies a player action to the running workout and saves it.
    pub fn act(&self, f: impl FnOnce(&mut Session, u64)) {
        let now = browser::now_ms();
        self.active.update(|a| {
            if let Some(a) = a {
                f(&mut a.session, now);
            }
        });
        self.save_active();
    }

    /// Turns the running workout into a history record, saves it and shows
    /// the summary. The record is stored before the summary asks anything,
    /// so a reload there loses nothing.
    pub fn finish_workout(&self) {
        let Some(active) = self.active.get_untracked() else { return };
        let now = browser::now_ms();
        let record: SessionRecord = active.record(now, browser::tz_offset_min(now));
        let first = self.doc.with_untracked(|d| d.sessions.is_empty());
        self.dispatch(Action::FinishWorkout(record));
        storage::clear_active();
        self.active.set(None);
        self.pain_before.set(None);
        browser::wake_lock::release();
        // In place of the player: the back gesture from the summary goes home.
        self.go_replace(Page::Summary(active.id));
        if first {
            self.ask_persist();
        }
    }

    /// Abandons the running workout without a record.
    pub fn abandon_workout(&self) {
        browser::audio::cancel_pending();
        browser::wake_lock::release();
        storage::clear_active();
        self.active.set(None);
        self.go_replace(Page::Home);
    }

    /// Asks the browser for persistent storage and remembers the answer.
    pub fn ask_persist(&self) {
        let state = *self;
        leptos::task::spawn_local(async move {
            let answer = storage::request_persist().await;
            state.dispatch(Action::PersistAnswered(answer));
        });
    }

    /// Reloads the document when another tab saved it.
    pub fn watch_other_tabs(&self) {
        let state = *self;
        let handle = browser::page::on_other_tab_write(store::STORE_KEY, move |raw| {
            let now = browser::now_ms();
            let merged = state.doc.with_untracked(|d| store::merge_other_tab(d, &raw, now, browser::tz_offset_min(now)));
            if let Some(merged) = merged {
                state.replace_doc(merged);
                state.refresh_ledger();
            }
        });
        on_cleanup(move || handle.remove());
    }

    /// Keeps `<html data-theme>` and the text size in step with settings.
    pub fn apply_theme(&self) {
        let doc = self.doc;
        Effect::new(move |_| {
            let (theme, large) = doc.with(|d| (d.settings.theme, d.settings.large_text));
            let theme = match theme {
                Theme::System => None,
                Theme::Light => Some("light"),
                Theme::Dark => Some("dark"),
            };
            browser::page::set_display(theme, large);
        });
    }

    /// Downloads the whole history as JSON and remembers when.
    pub fn export_json(&self) {
        let now = browser::now_ms();
        let name = store::export_file_name("json", now, browser::tz_offset_min(now));
        let text = self.doc.with_untracked(store::export_json);
        match browser::files::download(&name, "application/json", &text, &self.i18n.words()) {
            Ok(()) => {
                self.dispatch(Action::MarkExported { now_ms: now });
            }
            Err(e) => self.notice.set(Some(Notice::say(e))),
        }
    }

    /// Downloads one CSV row per session.
    pub fn export_csv(&self) {
        let now = browser::now_ms();
        let name = store::export_file_name("csv", now, browser::tz_offset_min(now));
        let text = self.doc.with_untracked(|d| store::export_csv(d, &self.i18n.words()));
        if let Err(e) = browser::files::download(&name, "text/csv", &text, &self.i18n.words()) {
            self.notice.set(Some(Notice::say(e)));
        }
    }
}
