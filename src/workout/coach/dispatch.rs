//! The [`Coach`]: at each timer tick, the session's cues handed to the
//! channels the person chose: beeps ahead of time on the audio clock, lines
//! to say now, cues to vibrate now.

use super::script::{fits_now, moments, resume_lines};
use super::tones::{beeps, Beep};
use crate::workout::scheduler::CueScheduler;
use crate::workout::session::{CueKind, Event, Session};

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
    /// Vibrations fire when their cue falls due, from this instant on.
    voiced_until_ms: u64,
    /// The step and the active ms into it at the last tick: a line is due
    /// once the step's clock passes its moment.
    seen: Option<(usize, u64)>,
    /// The end of the workout was said.
    pub(in crate::workout) said_done: bool,
    /// The instant of the last resume already answered: a tick at the very
    /// instant of a resume, before it was pressed, must not hide it.
    resume_heard_ms: u64,
    /// The current step's [`moments`], built once per step rather than at
    /// every tick (the plan is fixed for the session).
    lines: Option<(usize, Vec<(u64, String)>)>,
}

impl Coach {
    /// A coach that cues from `from_ms` on, inclusive: a session started at
    /// that instant gets its first step's cues. The player passes an instant
    /// a little before it opens, so the start of a workout begun in the tap's
    /// task is still cued; older cues are dropped as stale.
    pub fn new(from_ms: u64) -> Coach {
        Coach {
            scheduler: CueScheduler::new(from_ms),
            voiced_until_ms: from_ms.saturating_sub(1),
            seen: None,
            said_done: false,
            resume_heard_ms: from_ms.saturating_sub(1),
            lines: None,
        }
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
            out.beeps = beeps(session, due, channels.voice);
        }
        let from = std::mem::replace(&mut self.voiced_until_ms, now_ms);
        if channels.vibrate {
            out.vibrations = session
                .cues_between(from, now_ms)
                .into_iter()
                .filter(|c| now_ms.saturating_sub(c.at_ms) <= STALE_SPEECH_MS)
                .map(|c| c.kind)
                .collect();
        }
        let snap = session.snapshot(now_ms);
        if snap.finished {
            if !self.said_done && channels.voice && from < now_ms && now_ms.saturating_sub(session.ended_at_ms(now_ms).unwrap_or(now_ms)) <= STALE_SPEECH_MS {
                // After "this hurts", praise would ring false: a kind word instead.
                let words = if session.hurt_used() {
                    "That's all for today. Rest now, and be gentle with your back."
                } else {
                    "Workout done. Well done."
                };
                out.speech.push(words.to_string());
            }
            self.said_done = true;
            return out;
        }
        let since = match self.seen {
            // The same step, its clock running on (not restarted by Previous).
            Some((index, elapsed)) if index == snap.index && elapsed <= snap.elapsed_ms => Some(elapsed),
            _ => None,
        };
        self.seen = Some((snap.index, snap.elapsed_ms));
        if channels.voice {
            if self.lines.as_ref().is_none_or(|(index, _)| *index != snap.index) {
                self.lines = Some((snap.index, moments(&session.plan.steps, snap.index)));
            }
            let lines = self.lines.as_ref().map(|(_, lines)| lines.as_slice()).unwrap_or_default();
            let resumed = session.events.iter().rev().find_map(|e| match e {
                Event::Resume { at_ms } if self.resume_heard_ms < *at_ms && *at_ms <= now_ms => Some(*at_ms),
                _ => None,
            });
            if let Some(at) = resumed {
                self.resume_heard_ms = at;
            }
            if resumed.is_some_and(|at| now_ms - at <= STALE_SPEECH_MS) {
                let (steps, elapsed) = (&session.plan.steps, snap.elapsed_ms);
                let said = resume_lines(steps, snap.index);
                if let Some(line) = said.into_iter().find(|l| fits_now(session, &steps[snap.index], lines, l, now_ms, elapsed)) {
                    out.speech.push(line);
                }
            }
            for &(at, ref line) in lines {
                let passed = since.map_or(at <= snap.elapsed_ms, |s| s < at && at <= snap.elapsed_ms);
                if passed && snap.elapsed_ms - at <= STALE_SPEECH_MS {
                    out.speech.push(line.clone());
                }
            }
        }
        out
    }
}
