//! The player's hook: the clock that moves a running workout on, and all
//! that keeps it honest while the phone lies on the floor (presence, the
//! wake lock, sound the browser stopped, the page hidden and shown).
//! The view reads its signals and calls its moves; the rules are the core's.

use super::super::widgets::OpenQuestions;
use super::super::AppState;
use crate::browser::{self, audio, cues, page, wake_lock};
use crate::progress::CueMode;
use crate::workout::{self, Channels, Coach, Session, Snapshot, Step, StepKind, STALE_SPEECH_MS};
use leptos::prelude::*;
use leptos_use_document_visibility::use_document_visibility;
use leptos_use_interval_fn::use_interval_fn;
use leptos_use_raf_fn::use_raf_fn;

/// Timer period for cue scheduling, ms. Hidden tabs get it about once a
/// minute, which the coach's lookahead covers.
const TICK_MS: u64 = 250;

/// How often the instant up to which the person was coached is saved with
/// the running workout, ms: a closed app stops its workout at most this
/// long before it closed.
const COACHED_SAVE_MS: u64 = 3_000;

/// Sound that has been off this long, while the cue mode wants it, asks for a
/// tap (a fresh context takes a moment to start after the Start tap).
const SOUND_OFF_GRACE_MS: u64 = 1_500;

/// The ways of cueing a cue mode stands for on this browser: a mode it
/// cannot do falls back (see `workout::cue_channels`; the player says so).
pub(super) fn channels(mode: CueMode) -> Channels {
    workout::cue_channels(mode, browser::support::cue_abilities()).0
}

/// The running workout as the player drives it (see [`use_driver`]). Copy:
/// every field is a handle into the player's reactive owner.
#[derive(Clone, Copy)]
pub struct Driver {
    /// The app's shared signals.
    pub state: AppState,
    /// The instant the screen shows, moved on every frame and tick.
    pub now: RwSignal<u64>,
    /// The session at `now`.
    pub snapshot: Memo<Option<Snapshot>>,
    /// Where in the plan `now` is.
    pub index: Memo<Option<usize>>,
    /// The step at `now`.
    pub step: Memo<Option<Step>>,
    /// The sound the cue mode wants is off and needs a tap to come back.
    pub sound_off: RwSignal<bool>,
    /// Back after a while away: how long, while the welcome-back question is open.
    pub away_asked: RwSignal<Option<u64>>,
    /// How many questions are open (see `widgets::OpenQuestions`).
    pub questions: RwSignal<u32>,
    coach: StoredValue<Coach>,
    sound_off_since: StoredValue<Option<u64>>,
    last_saved: StoredValue<u64>,
    // Whether the workout ran when the first open question held it.
    held: StoredValue<Option<bool>>,
}

impl Driver {
    /// Whether the workout is paused (tracked).
    pub fn paused(self) -> bool {
        self.snapshot.with(|s| s.as_ref().is_some_and(|s| s.paused))
    }

    /// Whether the step is a set of reps, ended by "Done" (tracked).
    pub fn is_reps(self) -> bool {
        self.step.with(|s| s.as_ref().is_some_and(|s| s.kind == StepKind::Reps))
    }

    /// Presence: records how far the person was coached, stops the clock
    /// where the coaching stopped, and on return asks or carries on.
    fn presence(self, t: u64) {
        let state = self.state;
        let hidden = browser::page_hidden();
        let stops = state.active.with_untracked(|a| a.as_ref().is_some_and(|a| a.tick_stops(t)));
        if stops {
            // The clock stops where the coaching stopped: the screen must show it.
            state.active.update(|a| a.iter_mut().for_each(|a| a.tick(t, hidden)));
        } else {
            state.active.update_untracked(|a| a.iter_mut().for_each(|a| a.tick(t, hidden)));
        }
        let away = state.active.with_untracked(|a| a.as_ref().is_some_and(|a| a.away_since_ms.is_some()));
        if away && !hidden {
            let ask = state.active.with_untracked(|a| a.as_ref().and_then(|a| a.ask_on_return(t)));
            // Back on the screen after the clock stopped: ask, or carry on.
            match ask {
                Some(ms) if self.away_asked.get_untracked().is_none() => self.away_asked.set(Some(ms)),
                Some(_) => {}
                None if self.away_asked.get_untracked().is_none() => state.active.update(|a| a.iter_mut().for_each(|a| a.back(t))),
                None => {}
            }
        }
        if stops || t.saturating_sub(self.last_saved.get_value()) >= COACHED_SAVE_MS {
            self.last_saved.set_value(t);
            state.save_active();
        }
    }

    /// One beat of the clock: presence, lost sound, and the cues due now
    /// handed to the browser.
    pub fn tick(self) {
        let state = self.state;
        let t = browser::now_ms();
        self.presence(t);
        self.now.set(t);
        let (mode, volume, voice) = state.doc.with_untracked(|d| (d.settings.cue_mode, d.settings.volume, d.settings.voice.clone()));
        let wants = channels(mode);
        let wants_sound = wants.beeps;
        if wants_sound {
            audio::try_resume();
        }
        // Beeps need a running context; the voice, a tap on this page (a cold reload has none).
        let silent = (wants_sound && !audio::is_running()) || (wants.voice && !cues::page_was_tapped());
        let off = silent && !self.paused();
        let since = if off { Some(self.sound_off_since.get_value().unwrap_or(t)) } else { None };
        self.sound_off_since.set_value(since);
        self.sound_off.set(since.is_some_and(|s| t.saturating_sub(s) >= SOUND_OFF_GRACE_MS));
        let Some(cues) = state
            .active
            .with_untracked(|a| {
                a.as_ref().map(|a| {
                    self.coach.try_update_value(|c| c.tick(&a.session, t, channels(mode), browser::page_hidden(), &state.i18n.words()))
                })
            })
            .flatten()
        else {
            return;
        };
        for beep in cues.beeps {
            audio::schedule(beep.kind, beep.rest_start, beep.delay_ms, volume);
        }
        for line in cues.speech {
            cues::speak(&line, state.i18n.words().lang(), voice.as_deref(), volume);
        }
        for kind in cues.vibrations {
            cues::vibrate(kind);
        }
        // The memo already holds the snapshot at `t`: no second replay of the events.
        if self.snapshot.with_untracked(|s| s.as_ref().is_some_and(|s| s.finished)) {
            state.finish_workout();
        }
    }

    /// A move the person made (`Session::pause`, `next`, ...): the future
    /// changes, so what was scheduled is dropped and planned again.
    pub fn act(self, f: fn(&mut Session, u64)) {
        audio::cancel_pending();
        cues::hush();
        self.state.act(f);
        self.coach.update_value(|c| c.reset(browser::now_ms()));
        if self.paused() {
            wake_lock::release();
        } else {
            wake_lock::acquire();
        }
        self.tick();
    }

    /// Pause or resume.
    pub fn toggle_pause(self) {
        self.act(if self.paused() { Session::resume } else { Session::pause });
    }

    /// Holds the workout under a question: nothing is said or counted under
    /// it. Remembers whether it ran, for [`Driver::release`].
    pub fn hold(self) {
        if self.held.get_value().is_some() {
            return;
        }
        let running = !self.paused();
        self.held.set_value(Some(running));
        if running && self.away_asked.get_untracked().is_some() {
            // A workout left for hours stopped where it stopped moving, not now
            // (so "Save what I did" keeps only the time really spent).
            self.act(|s, now| s.pause(workout::idle_since_ms(s, now)));
        } else if running {
            self.act(Session::pause);
        }
    }

    /// Runs the workout again if a question held it while it ran (answers that
    /// move on themselves, or end it, leave nothing to do).
    pub fn release(self) {
        let live = self.snapshot.with_untracked(|s| s.as_ref().is_some_and(|s| !s.finished));
        if self.held.try_update_value(Option::take).flatten() == Some(true) && live && self.paused() {
            self.act(Session::resume);
        }
    }

    /// The welcome-back question's "Resume": a workout paused for being away
    /// runs on from now; one held where it stopped moving runs on when the
    /// question closes.
    pub fn resume_after_away(self) {
        self.away_asked.set(None);
        self.state.active.update(|a| a.iter_mut().for_each(|a| a.back(browser::now_ms())));
        self.held.set_value(Some(true));
        self.tick();
    }

    /// The tap a browser needs before it plays sound again; what was scheduled
    /// while there was no sound is planned again from now.
    pub fn sound_on(self) {
        audio::unlock();
        cues::unlock();
        self.coach.update_value(|c| c.reset(browser::now_ms()));
        self.sound_off_since.set_value(None);
        self.sound_off.set(false);
        self.tick();
    }
}

/// Starts driving the running workout for the player's lifetime: the clock,
/// the keys, the wake lock, and the workout left waiting when the player goes.
pub fn use_driver(state: AppState) -> Driver {
    let now = RwSignal::new(browser::now_ms());
    let snapshot: Memo<Option<Snapshot>> =
        Memo::new(move |_| state.active.with(|a| a.as_ref().map(|a| a.session.snapshot(now.get()))));
    let index = Memo::new(move |_| snapshot.with(|s| s.as_ref().map(|s| s.index)));
    let step = Memo::new(move |_| {
        let i = index.get()?;
        state.active.with(|a| a.as_ref().and_then(|a| a.session.plan.steps.get(i).cloned()))
    });
    let questions = RwSignal::new(0u32);
    provide_context(OpenQuestions(questions));
    let d = Driver {
        state,
        now,
        snapshot,
        index,
        step,
        sound_off: RwSignal::new(false),
        away_asked: RwSignal::new(None),
        questions,
        // From a moment before: a workout started in the tap's task still gets its first cues.
        coach: StoredValue::new(Coach::new(now.get_untracked().saturating_sub(STALE_SPEECH_MS))),
        // Since when the sound the cue mode wants has been off (a reload leaves no
        // AudioContext; an interruption suspends it).
        sound_off_since: StoredValue::new(None),
        last_saved: StoredValue::new(0),
        held: StoredValue::new(None),
    };

    // Any question holds the workout until it is answered; when the last is
    // answered it runs again only if it ran before.
    Effect::new(move |_| {
        let open = questions.get() > 0;
        untrack(move || if open { d.hold() } else { d.release() });
    });

    // The interval drives cues and keeps going (throttled) while hidden; the
    // frame loop keeps the display within a frame of the timestamp truth, and
    // since a frame is drawn only while the page is on screen, each one also
    // proves the person can be coached. Both stop with the screen.
    use_interval_fn(move || d.tick(), TICK_MS);
    use_raf_fn(move |_| {
        let t = browser::now_ms();
        d.presence(t);
        now.set(t);
    });
    let visible = use_document_visibility();
    Effect::watch(
        move || visible.get(),
        move |_, _, _| {
            // The browser drops the lock while hidden: take it again on return.
            if !browser::page_hidden() && !d.paused() {
                wake_lock::acquire();
            }
            // Reschedule with the lookahead that fits the new visibility, and show
            // the true time at once on return.
            d.coach.update_value(|c| c.reset(browser::now_ms()));
            audio::cancel_pending();
            d.tick();
            // What the page has scheduled changed: a closed app stops there.
            state.save_active();
        },
        false,
    );
    let keys = page::on_key(move |key| {
        // Under a question only its answers act.
        if questions.get_untracked() > 0 {
            return false;
        }
        match key {
            " " | "Spacebar" => d.toggle_pause(),
            "ArrowLeft" => d.act(Session::prev),
            "ArrowRight" => d.act(Session::next),
            "Enter" if d.is_reps() => d.act(Session::done),
            _ => return false,
        }
        true
    });
    let pagehide = window_event_listener_untyped("pagehide", move |_| {
        state.active.update_untracked(|a| a.iter_mut().for_each(|a| a.closing(browser::now_ms())));
        state.save_active();
    });
    on_cleanup(move || {
        keys.remove();
        pagehide.remove();
        // Away from the player nobody is coached: the workout waits where it was left.
        let t = browser::now_ms();
        if state.active.try_update(|a| a.iter_mut().for_each(|a| a.left(t))).is_some() {
            state.save_active();
        }
        // Beeps already on the audio clock would sound over another screen;
        // the words that end a finished workout may finish.
        audio::cancel_pending();
        if state.active.try_with_untracked(Option::is_some).unwrap_or(false) {
            cues::hush();
        }
        wake_lock::release();
    });
    if !d.paused() {
        wake_lock::acquire();
    }

    // Coming back after a while away (or to a workout left for hours) asks
    // first: resume, save what was done, or discard.
    let t0 = browser::now_ms();
    d.away_asked.set(state.active.with_untracked(|a| a.as_ref().and_then(|a| a.ask_on_return(t0))));
    if d.away_asked.get_untracked().is_none() {
        // Back soon enough not to be asked: it carries on at once.
        state.active.update(|a| a.iter_mut().for_each(|a| a.back(t0)));
    }
    d
}
