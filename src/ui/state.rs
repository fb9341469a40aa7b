//! App-wide state shared through context, and the few actions that touch
//! storage. Kept small: every rule it applies lives in the core.

use crate::browser::{self, storage};
use crate::progress::{self, Document, SessionRecord, Theme};
use crate::routine::ExerciseId;
use crate::workout::{self, Session};
use leptos::prelude::*;

pub use crate::workout::ActiveWorkout;

/// Which screen is showing.
#[derive(Clone, Debug, PartialEq)]
pub enum Screen {
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
    /// Settings.
    Settings,
    /// First-run health screening (also reachable from settings).
    Screening,
}

/// A message for the person: errors, recoveries, reminders.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    /// What happened, in plain words.
    pub message: String,
    /// Raw text set aside, offered as a download.
    pub raw: Option<String>,
    /// Offer an export button.
    pub offer_export: bool,
}

impl Notice {
    /// A notice with only a message.
    pub fn say(message: impl Into<String>) -> Notice {
        Notice { message: message.into(), raw: None, offer_export: false }
    }
}

/// Signals shared by every screen.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The stored document (history, settings, meta).
    pub doc: RwSignal<Document>,
    /// Current screen.
    pub screen: RwSignal<Screen>,
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
    /// The saved text of a workout a reload interrupted, until the player
    /// resumes it (see [`AppState::start_or_resume`]).
    pub resume: StoredValue<Option<String>>,
}

impl AppState {
    /// Loads the document from storage and notes any running workout.
    pub async fn load() -> AppState {
        let now = browser::now_ms();
        let loaded = storage::load(now).await;
        let notice = loaded.problem.map(|p| Notice { message: p.message, raw: p.raw, offer_export: p.offer_export });
        let state = AppState {
            doc: RwSignal::new(loaded.doc),
            screen: RwSignal::new(Screen::Home),
            notice: RwSignal::new(notice),
            active: RwSignal::new(None),
            pain_before: RwSignal::new(None),
            writable: RwSignal::new(loaded.writable),
            update_ready: RwSignal::new(false),
            resume: StoredValue::new(None),
        };
        // First run: the health screening comes before anything else.
        if state.doc.with_untracked(|d| d.meta.screening_accepted_ms.is_none()) {
            state.screen.set(Screen::Screening);
        }
        // A reload mid-workout opens the player, which reads the saved workout:
        // its stored form is only the player's business, so it stays out of
        // the code the first screen needs.
        if let Some(raw) = storage::load_active() {
            state.resume.set_value(Some(raw));
            state.screen.set(Screen::Player);
        }
        state
    }

    /// Saves the document (merging with other tabs). On failure the data
    /// stays in memory and the notice offers an export.
    pub fn persist(&self) {
        if !self.writable.get_untracked() {
            self.notice.set(Some(Notice {
                message: "Your new data is kept in this page only until the unreadable saved text is downloaded. Use the button below, then reload.".into(),
                raw: self.notice.get_untracked().and_then(|n| n.raw),
                offer_export: true,
            }));
            return;
        }
        let doc = self.doc.get_untracked();
        match storage::save(&doc) {
            Ok(merged) => {
                if merged != doc {
                    self.doc.set(merged);
                }
            }
            Err((merged, err)) => {
                self.doc.set(merged);
                let why = match err {
                    storage::WriteError::Full => "This device's storage for Upright is full.",
                    storage::WriteError::Unavailable => "This browser did not let Upright save.",
                };
                self.notice.set(Some(Notice {
                    message: format!("{why} Your workouts are safe in this page for now: export them so nothing is lost."),
                    raw: None,
                    offer_export: true,
                }));
            }
        }
    }

    /// Updates the document and saves it.
    pub fn change(&self, f: impl FnOnce(&mut Document)) {
        self.doc.update(f);
        self.persist();
    }

    /// Saves the running workout so a reload resumes it.
    pub fn save_active(&self) {
        let Some(active) = self.active.get_untracked() else { return };
        if !serde_json::to_string(&active).is_ok_and(|json| storage::save_active(&json).is_ok()) {
            self.notice.set(Some(Notice::say(
                "Storage is full: if this page reloads, the workout will restart from the beginning.",
            )));
        }
    }

    /// The Start tap. Its task only queues the next: the session starts in a
    /// task of its own (see [`AppState::start_or_resume`]), the player draws
    /// it in the next, and the AudioContext, which takes tens of ms to create,
    /// comes last. The tap's user activation still covers it, and browsers
    /// keep audio muted without one. When the workout's code is not in memory
    /// yet, the player starts the workout once it is.
    pub fn open_player(&self) {
        let state = *self;
        browser::next_task(move || {
            if super::screens::start_now(state) && state.active.with_untracked(Option::is_none) {
                return; // It could not start; the notice says why.
            }
            browser::next_task(move || {
                state.screen.set(Screen::Player);
                browser::next_task(browser::audio::unlock);
            });
        });
    }

    /// Resumes the workout a reload interrupted, else starts one from the
    /// current settings; nothing while one runs. Called from the workout
    /// module only (the Start tap's first task, or the player as it opens),
    /// so in the split build its code (plans and the stored form of a
    /// session) comes with the player's.
    pub fn start_or_resume(&self) {
        if self.active.with_untracked(Option::is_some) {
            return;
        }
        match self.resume.try_update_value(Option::take).flatten() {
            Some(raw) => self.resume_workout(raw),
            None => self.start_workout(),
        }
    }

    /// Resumes the workout saved as `raw`. Unreadable text is set aside under
    /// a quarantine key and offered as a download, never dropped.
    fn resume_workout(&self, raw: String) {
        match serde_json::from_str::<ActiveWorkout>(&raw) {
            Ok(active) => self.active.set(Some(active)),
            Err(_) => {
                let key = format!("{}{}", storage::QUARANTINE_PREFIX, browser::now_ms());
                let _ = web_sys::window()
                    .and_then(|w| w.local_storage().ok().flatten())
                    .map(|s| s.set_item(&key, &raw));
                storage::clear_active();
                self.notice.set(Some(Notice {
                    message: "The workout in progress could not be resumed: its saved state was unreadable. It was kept aside and you can download it.".into(),
                    raw: Some(raw),
                    offer_export: false,
                }));
                self.screen.set(Screen::Home);
            }
        }
    }

    /// Starts a workout from the current settings; saves it in a task of
    /// its own, after the player's first frame.
    fn start_workout(&self) {
        let settings = self.doc.with_untracked(|d| d.settings.clone());
        match workout::build_plan(&settings) {
            Ok(plan) => {
                let now = browser::now_ms();
                let id = progress::new_session_id(now, browser::entropy());
                let pain_before = self.pain_before.get_untracked();
                self.active.set(Some(ActiveWorkout { id, session: Session::start(plan, now), pain_before }));
                let state = *self;
                browser::next_task(move || state.save_active());
            }
            Err(reason) => {
                self.notice.set(Some(Notice::say(reason)));
                self.screen.set(Screen::Home);
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
        let mut record: SessionRecord = active.session.record(now, active.id.clone(), browser::tz_offset_min(now));
        record.pain_before = active.pain_before;
        let first = self.doc.with_untracked(|d| d.sessions.is_empty());
        self.change(|d| {
            d.sessions.retain(|s| s.id != record.id);
            d.sessions.push(record);
        });
        storage::clear_active();
        self.active.set(None);
        self.pain_before.set(None);
        browser::wake_lock::release();
        self.screen.set(Screen::Summary(active.id));
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
        self.screen.set(Screen::Home);
    }

    /// Asks the browser for persistent storage and remembers the answer.
    pub fn ask_persist(&self) {
        let state = *self;
        leptos::task::spawn_local(async move {
            let answer = storage::request_persist().await;
            state.change(|d| d.meta.persist = answer);
        });
    }

    /// Reloads the document when another tab saved it.
    pub fn watch_other_tabs(&self) {
        let state = *self;
        let handle = window_event_listener(leptos::ev::storage, move |ev: web_sys::StorageEvent| {
            if ev.key().as_deref() != Some(progress::STORE_KEY) {
                return;
            }
            let Some(raw) = ev.new_value() else { return };
            let theirs = progress::decode(&raw);
            if !theirs.needs_quarantine {
                state.doc.update(|d| *d = progress::merge(d, &theirs.doc));
            }
        });
        on_cleanup(move || handle.remove());
    }

    /// Keeps `<html data-theme>` and the text size in step with settings.
    pub fn apply_theme(&self) {
        let doc = self.doc;
        Effect::new(move |_| {
            let (theme, large) = doc.with(|d| (d.settings.theme, d.settings.large_text));
            let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) else {
                return;
            };
            let _ = match theme {
                Theme::System => root.remove_attribute("data-theme"),
                Theme::Light => root.set_attribute("data-theme", "light"),
                Theme::Dark => root.set_attribute("data-theme", "dark"),
            };
            let _ = root.set_attribute("data-text", if large { "large" } else { "normal" });
        });
    }

    /// Downloads the whole history as JSON and remembers when.
    pub fn export_json(&self) {
        let now = browser::now_ms();
        let name = progress::export_file_name("json", now, browser::tz_offset_min(now));
        let text = self.doc.with_untracked(progress::export_json);
        match browser::files::download(&name, "application/json", &text) {
            Ok(()) => self.change(|d| d.meta.last_export_ms = Some(now)),
            Err(e) => self.notice.set(Some(Notice::say(e))),
        }
    }

    /// Downloads one CSV row per session.
    pub fn export_csv(&self) {
        let now = browser::now_ms();
        let name = progress::export_file_name("csv", now, browser::tz_offset_min(now));
        let text = self.doc.with_untracked(progress::export_csv);
        if let Err(e) = browser::files::download(&name, "text/csv", &text) {
            self.notice.set(Some(Notice::say(e)));
        }
    }
}
