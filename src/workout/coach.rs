//! The cue policy: from the session's cues, what the player does at each
//! timer tick — which beeps go on the audio clock (ahead of time, so a
//! throttled tab still beeps on time), which lines are spoken and which
//! cues vibrate. Pure: the browser layer passes the instant and whether the
//! page is hidden, and carries out what [`Coach::tick`] returns.

use super::scheduler::CueScheduler;
use super::session::{Cue, CueKind, Session};
use super::plan::StepKind;

/// How far ahead beeps are put on the audio clock while the page shows, ms.
pub const LOOKAHEAD_VISIBLE_MS: u64 = 1_500;
/// The same while hidden: hidden tabs get timers about once a minute, so
/// they schedule more than a minute ahead.
pub const LOOKAHEAD_HIDDEN_MS: u64 = 70_000;
/// Spoken cues older than this are skipped rather than read out late, ms.
pub const STALE_SPEECH_MS: u64 = 2_000;

/// Which ways of cueing the person chose.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Channels {
    /// Synthesized beeps on the audio clock.
    pub beeps: bool,
    /// Spoken step instructions.
    pub voice: bool,
    /// Vibration patterns.
    pub vibrate: bool,
}

/// A beep to put on the audio clock.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Beep {
    /// What it marks.
    pub kind: CueKind,
    /// True when the cue starts a rest (a softer sound).
    pub rest_start: bool,
    /// Delay from the tick's instant, ms.
    pub delay_ms: u64,
}

/// What one tick asks of the browser.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TickCues {
    /// Beeps to schedule.
    pub beeps: Vec<Beep>,
    /// Lines to speak now, in order.
    pub speech: Vec<String>,
    /// Cues to vibrate now, in order.
    pub vibrations: Vec<CueKind>,
}

/// Remembers what was already handed over, so each cue sounds once however
/// irregular the ticks are.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Coach {
    scheduler: CueScheduler,
    /// Speech and vibration fire when their cue falls due, from this instant on.
    voiced_until_ms: u64,
}

impl Coach {
    /// A coach that cues from `from_ms` on, inclusive: a session started at
    /// that instant gets its first step's cues. The player passes an instant
    /// a little before it opens, so the start of a workout begun in the tap's
    /// task is still cued; older cues are dropped as stale.
    pub fn new(from_ms: u64) -> Coach {
        Coach { scheduler: CueScheduler::new(from_ms), voiced_until_ms: from_ms.saturating_sub(1) }
    }

    /// Forgets what was scheduled from `now_ms` on: call after any manual
    /// move (pause, next, …) once the browser has cancelled its pending beeps.
    pub fn reset(&mut self, now_ms: u64) {
        self.scheduler.reset(now_ms);
    }

    /// The cues to carry out at `now_ms`.
    pub fn tick(&mut self, session: &Session, now_ms: u64, channels: Channels, hidden: bool) -> TickCues {
        let mut out = TickCues::default();
        let lookahead = if hidden { LOOKAHEAD_HIDDEN_MS } else { LOOKAHEAD_VISIBLE_MS };
        let due = self.scheduler.due(session, now_ms, lookahead);
        if channels.beeps {
            out.beeps = due
                .into_iter()
                .map(|(cue, delay_ms)| Beep { kind: cue.kind, rest_start: starts_rest(session, &cue), delay_ms })
                .collect();
        }
        let from = std::mem::replace(&mut self.voiced_until_ms, now_ms);
        for cue in session.cues_between(from, now_ms) {
            if now_ms.saturating_sub(cue.at_ms) > STALE_SPEECH_MS {
                continue;
            }
            if channels.voice {
                out.speech.extend(spoken_line(session, &cue));
            }
            if channels.vibrate {
                out.vibrations.push(cue.kind);
            }
        }
        out
    }
}

/// True when the cue belongs to a rest step.
fn starts_rest(session: &Session, cue: &Cue) -> bool {
    session.plan.steps.get(cue.step).is_some_and(|s| s.kind == StepKind::Rest)
}

/// What is said for `cue`, if anything: a step's title and instruction as it
/// starts, and a word of thanks at the end.
pub fn spoken_line(session: &Session, cue: &Cue) -> Option<String> {
    match cue.kind {
        CueKind::StepStart => session.plan.steps.get(cue.step).map(|s| format!("{}. {}", s.title, s.instruction)),
        CueKind::WorkoutDone => Some("Workout done. Well done.".to_string()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::Settings;
    use crate::workout::build_plan;

    const T0: u64 = 1_700_000_000_000;
    const ALL: Channels = Channels { beeps: true, voice: true, vibrate: false };

    fn session() -> Session {
        Session::start(build_plan(&Settings::default()).expect("default plan"), T0)
    }

    /// Ticks every `step_ms` from T0 to `until`, gathering what each tick asked for.
    fn run(coach: &mut Coach, s: &Session, channels: Channels, step_ms: u64, until: u64, hidden: bool) -> Vec<(u64, TickCues)> {
        (0..).map(|i| T0 + i * step_ms).take_while(|t| *t <= until).map(|t| (t, coach.tick(s, t, channels, hidden))).collect()
    }

    #[test]
    fn the_first_step_is_spoken_once_as_the_workout_starts() {
        let s = session();
        let mut coach = Coach::new(T0);
        let ticks = run(&mut coach, &s, ALL, 250, T0 + 2_000, false);
        let spoken: Vec<&String> = ticks.iter().flat_map(|(_, c)| &c.speech).collect();
        let first = &s.plan.steps[0];
        assert_eq!(spoken, vec![&format!("{}. {}", first.title, first.instruction)]);
    }

    #[test]
    fn every_beep_is_handed_over_once_and_ahead_of_its_time() {
        let s = session();
        let mut coach = Coach::new(T0);
        let until = T0 + 60_000;
        let ticks = run(&mut coach, &s, ALL, 250, until, false);
        let beeps: Vec<u64> = ticks.iter().flat_map(|(t, c)| c.beeps.iter().map(move |b| t + b.delay_ms)).collect();
        let expected: Vec<u64> = s.cues_between(T0 - 1, until + LOOKAHEAD_VISIBLE_MS).iter().map(|c| c.at_ms).collect();
        assert_eq!(beeps, expected);
        assert!(ticks.iter().flat_map(|(_, c)| &c.beeps).all(|b| b.delay_ms <= LOOKAHEAD_VISIBLE_MS));
    }

    #[test]
    fn a_hidden_page_schedules_beeps_a_minute_ahead() {
        let s = session();
        let mut coach = Coach::new(T0);
        let cues = coach.tick(&s, T0, ALL, true);
        assert_eq!(cues.beeps.len(), s.cues_between(T0 - 1, T0 + LOOKAHEAD_HIDDEN_MS).len());
        let last = cues.beeps.iter().map(|b| b.delay_ms).max().expect("beeps in the first minute");
        assert!(last > 30_000, "furthest beep {last} ms ahead");
    }

    #[test]
    fn speech_that_fell_due_long_ago_is_skipped_not_read_late() {
        let s = session();
        let mut coach = Coach::new(T0);
        // The first tick comes 10 s late (a phone waking up): the start line is stale.
        let cues = coach.tick(&s, T0 + 10_000, ALL, false);
        assert!(cues.speech.is_empty(), "{:?}", cues.speech);
    }

    #[test]
    fn each_channel_carries_only_what_was_chosen() {
        let s = session();
        let beeps_only = Channels { beeps: true, voice: false, vibrate: false };
        let vibrate_only = Channels { beeps: false, voice: false, vibrate: true };
        let silent = Channels::default();
        let cues = Coach::new(T0).tick(&s, T0, beeps_only, false);
        assert!(!cues.beeps.is_empty() && cues.speech.is_empty() && cues.vibrations.is_empty());
        let cues = Coach::new(T0).tick(&s, T0, vibrate_only, false);
        assert_eq!((cues.beeps.len(), cues.speech.len()), (0, 0));
        assert_eq!(cues.vibrations, vec![CueKind::StepStart]);
        assert_eq!(Coach::new(T0).tick(&s, T0, silent, false), TickCues::default());
    }

    #[test]
    fn after_a_manual_move_the_new_step_is_cued_again() {
        let mut s = session();
        let mut coach = Coach::new(T0);
        coach.tick(&s, T0, ALL, false);
        s.next(T0 + 1_000);
        coach.reset(T0 + 1_000);
        let cues = coach.tick(&s, T0 + 1_000, ALL, false);
        let second = &s.plan.steps[1];
        assert_eq!(cues.speech, vec![format!("{}. {}", second.title, second.instruction)]);
        assert!(cues.beeps.iter().any(|b| b.kind == CueKind::StepStart && b.delay_ms == 0));
    }

    #[test]
    fn a_coach_opened_just_after_the_start_still_speaks_the_first_step() {
        let s = session();
        // The player opens 80 ms after the tap started the session, and cues from a moment before.
        let mut coach = Coach::new(T0 + 80 - STALE_SPEECH_MS);
        let cues = coach.tick(&s, T0 + 80, ALL, false);
        assert_eq!(cues.speech.len(), 1);
        assert!(cues.beeps.iter().any(|b| b.kind == CueKind::StepStart && b.delay_ms == 0));
    }

    #[test]
    fn the_end_of_the_workout_is_spoken() {
        let mut s = session();
        let mut coach = Coach::new(T0);
        coach.tick(&s, T0, ALL, false);
        s.finish(T0 + 5_000);
        coach.reset(T0 + 5_000);
        let cues = coach.tick(&s, T0 + 5_000, ALL, false);
        assert!(cues.speech.contains(&"Workout done. Well done.".to_string()), "{:?}", cues.speech);
    }
}
