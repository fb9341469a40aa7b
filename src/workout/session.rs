//! A running workout as timestamps: the plan, when it started, and what the
//! person pressed when. Everything else (current step, remaining time, cues,
//! results) is recomputed from those by replaying the events, so a throttled
//! tab, a locked phone or a reload can never make the workout drift.
//!
//! Rules (all times in ms since the epoch, passed in):
//! - "Active" time is wall time minus pauses. A step ends when its active
//!   time reaches its duration; Reps steps wait for Done (or Next).
//! - Events are applied in order; an event earlier than the previous one is
//!   treated as happening at the previous one. Events that change nothing
//!   (pause while paused, Done on a timed step, anything after the end) are
//!   ignored on replay and never recorded by the methods.
//! - Next skips the step, Done completes a Reps step. Prev restarts the
//!   previous step (step 0 restarts itself). Navigation keeps the pause
//!   state: a paused session stays paused.
//! - Partial work counts: a run of a step left early (Next, Prev, "this
//!   hurts", Finish, a stop) credits what was done of it: the crunches a
//!   paced set ticked (a crunch counts when its tick was given), the
//!   seconds of a hold or a swing round. A breath counts once breathed to
//!   its end. A run completed (timer or Done) counts in full, and a step
//!   counts as done if any of its runs completed, so going back to redo
//!   something never erases earlier work. Crunches are the exception:
//!   every run credits its crunches again, because every crunch counts
//!   toward the day's cap.
//! - One ledger per local day counts every crunch the player asks for:
//!   each tick of a paced set on the day it sounds (the set's start is the
//!   first), an unpaced set once shown for [`UNPACED_ASKED_MS`] (or done)
//!   on the day it began, whichever day the workout started. The session's
//!   [`DayLedger`] holds what other sessions asked for, rebuilt from
//!   history, never stored with the workout. A crunch set opens only when
//!   the whole set fits in what is left of its day, and a paced set ends
//!   at a tick its day has no room for (a set running past midnight), so
//!   whatever is pressed, no day is asked for more than
//!   [`crate::routine::MAX_CRUNCHES_PER_DAY`].
//! - Steps that are closed are passed over, going forward and with Prev:
//!   every step of an exercise stopped with "this hurts" (the stretches
//!   excepted), and a crunch set with no room, with the rests and the
//!   transition leading only into such sets.
//! - "This hurts" goes to the stretches; in the cobra, on to the side
//!   reach; in the reach, it ends the workout. Stretch ("finish now, but
//!   stretch first") goes to the stretches blaming nothing.
//! - StopRound ends a swing round early ("too hard"): the seconds done are
//!   credited, the round is not. Extend adds 30 s to the round, when the
//!   plan's swing dosage allows longer rounds, up to
//!   [`MAX_SWING_ROUND_S`](crate::routine::MAX_SWING_ROUND_S).

use super::plan::Plan;
use super::replay::Replay;
use crate::progress::DayLedger;
use serde::{Deserialize, Serialize};

/// How long an unpaced crunch set (no ticks; the person counts) must be
/// on screen before its crunches count as asked for, ms: a glance while
/// skipping past does not ask for a set, a set read and started does.
pub const UNPACED_ASKED_MS: u64 = 5_000;

/// Something the person did, with when.
///
/// Stored as `{"type":"pause","at_ms":...}`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum Event {
    /// Freeze the clock.
    Pause {
        /// When.
        at_ms: u64,
    },
    /// Start the clock again.
    Resume {
        /// When.
        at_ms: u64,
    },
    /// Skip to the next step.
    Next {
        /// When.
        at_ms: u64,
    },
    /// Back to the previous step, restarting it.
    Prev {
        /// When.
        at_ms: u64,
    },
    /// Finished a Reps step.
    Done {
        /// When.
        at_ms: u64,
    },
    /// "This hurts": stop this exercise, go to the stretches.
    Hurt {
        /// When.
        at_ms: u64,
    },
    /// End the workout early.
    Finish {
        /// When.
        at_ms: u64,
    },
    /// "Too hard": end the current swing round early, crediting the
    /// seconds done.
    StopRound {
        /// When.
        at_ms: u64,
    },
    /// "+30 s": make the current swing round longer.
    Extend {
        /// When.
        at_ms: u64,
    },
    /// "Finish now, but stretch first": go to the stretches, blaming
    /// nothing.
    Stretch {
        /// When.
        at_ms: u64,
    },
}

impl Event {
    /// When the event happened.
    pub fn at_ms(&self) -> u64 {
        match *self {
            Event::Pause { at_ms }
            | Event::Resume { at_ms }
            | Event::Next { at_ms }
            | Event::Prev { at_ms }
            | Event::Done { at_ms }
            | Event::Hurt { at_ms }
            | Event::Finish { at_ms }
            | Event::StopRound { at_ms }
            | Event::Extend { at_ms }
            | Event::Stretch { at_ms } => at_ms,
        }
    }
}

/// What a cue means; the audio layer picks the sound and words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CueKind {
    /// 3, 2, 1: that many seconds before a timed step ends. Only on timed steps
    /// of at least 4 s that are not Breaths (a countdown in every breath would
    /// fight the calm; each breath already gets a StepStart).
    Count(u8),
    /// A paced crunch set: crunch number n (2 and up; the set's start is the
    /// first) begins now.
    Rep(u32),
    /// A step begins (also after Next, Prev, Done or a jump).
    StepStart,
    /// Half of a Hold or Timed step of at least 20 s has passed
    /// ([`super::Step::halfway_ms`]).
    Halfway,
    /// At the start of a step whose side differs from the last sided step of the same exercise.
    SwitchSide,
    /// A Rest step ends (by its timer, or skipped with Next).
    RestOver,
    /// The last step of an exercise ends going forward (timer, Done or Next).
    ExerciseDone,
    /// The workout ends, by any route. Exactly once per session.
    WorkoutDone,
}

/// A cue at an instant, for the step it belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cue {
    /// When it should sound, ms since the epoch.
    pub at_ms: u64,
    /// What it means.
    pub kind: CueKind,
    /// Index of the step it belongs to.
    pub step: usize,
}

/// What the player shows at one instant.
#[derive(Clone, Debug, PartialEq)]
pub struct Snapshot {
    /// Current step (the last one once finished).
    pub index: usize,
    /// Active ms spent in the current step (pauses excluded).
    pub elapsed_ms: u64,
    /// Ms left on a timed step; `None` on Reps steps.
    pub remaining_ms: Option<u64>,
    /// 0.0..=1.0 over the plan's estimated length; 1.0 once finished.
    pub progress: f64,
    /// True while paused (never once finished).
    pub paused: bool,
    /// True after the last step ends, Done on a last Reps step, "this hurts"
    /// with nowhere to go, or Finish.
    pub finished: bool,
    /// Workout time so far, pauses excluded (frozen once finished).
    pub active_ms: u64,
    /// True when the current step is a swing round the person may end early
    /// ([`Session::stop_round`], button [`super::STOP_ROUND_LABEL`]).
    pub can_stop_round: bool,
    /// True when the current round may be made 30 s longer
    /// ([`Session::extend`], button [`super::EXTEND_LABEL`]).
    pub can_extend: bool,
    /// Crunches done so far in this session: every run completed, and the
    /// ticks given of paced sets left early.
    pub crunches_done: u32,
}

/// A workout in progress (or finished): the plan plus timestamps. Stored
/// with serde (inside [`super::ActiveWorkout`]) to survive a reload.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Session {
    /// The plan it follows, fixed at start.
    pub plan: Plan,
    /// Start instant.
    pub started_at_ms: u64,
    /// What the person pressed, in order.
    pub events: Vec<Event>,
    /// Crunches other sessions asked for, per local day, rebuilt from
    /// history whenever the workout starts or is read back: never stored
    /// with the workout, so nothing a stored workout carries can widen the
    /// day's cap. Empty (UTC) until [`Session::set_ledger`].
    #[serde(skip)]
    pub ledger: DayLedger,
}

impl Session {
    /// Starts a session now. The first step begins at `now_ms`.
    pub fn start(plan: Plan, now_ms: u64) -> Session {
        Session { plan, started_at_ms: now_ms, events: Vec::new(), ledger: DayLedger::default() }
    }

    /// Sets the day ledger of the crunches every other session asked for
    /// ([`DayLedger::from_history`] without this workout's own id) and the
    /// zone that says which day an instant is on.
    pub fn set_ledger(&mut self, ledger: DayLedger) {
        self.ledger = ledger;
    }


    /// True once "this hurts" has been used in this session: its ending
    /// words are kind, not "well done".
    pub fn hurt_used(&self) -> bool {
        self.events.iter().any(|e| matches!(e, Event::Hurt { .. }))
    }

    /// "Finish now, stretch first": goes to the stretches without blaming
    /// any exercise (no-op once they are under way, or with none).
    pub fn stretch(&mut self, now_ms: u64) {
        self.push(now_ms, |at_ms| Event::Stretch { at_ms });
    }

    /// Freezes the clock (no-op when paused or finished).
    pub fn pause(&mut self, now_ms: u64) {
        self.push(now_ms, |at_ms| Event::Pause { at_ms });
    }

    /// Restarts the clock (no-op unless paused).
    pub fn resume(&mut self, now_ms: u64) {
        self.push(now_ms, |at_ms| Event::Resume { at_ms });
    }

    /// Skips the current step without credit; on the last step this ends the workout.
    pub fn next(&mut self, now_ms: u64) {
        self.push(now_ms, |at_ms| Event::Next { at_ms });
    }

    /// Goes to the previous step and restarts it; on step 0 restarts step 0.
    pub fn prev(&mut self, now_ms: u64) {
        self.push(now_ms, |at_ms| Event::Prev { at_ms });
    }

    /// Finishes a Reps step with its reps credited (no-op on other steps).
    pub fn done(&mut self, now_ms: u64) {
        self.push(now_ms, |at_ms| Event::Done { at_ms });
    }

    /// "This hurts": marks the exercise being worked as stopped for pain and
    /// jumps to the first step of the stretches, or finishes when there are
    /// none or they are already under way. During a Transition into a new
    /// exercise the pain is blamed on the exercise just done.
    pub fn hurt(&mut self, now_ms: u64) {
        self.push(now_ms, |at_ms| Event::Hurt { at_ms });
    }

    /// Ends the workout early.
    pub fn finish(&mut self, now_ms: u64) {
        self.push(now_ms, |at_ms| Event::Finish { at_ms });
    }

    /// "Too hard, stop this round": ends the current swing round early and
    /// moves on, crediting the seconds done (no-op on other steps).
    pub fn stop_round(&mut self, now_ms: u64) {
        self.push(now_ms, |at_ms| Event::StopRound { at_ms });
    }

    /// "+30 s": makes the current swing round 30 s longer (no-op unless
    /// [`Snapshot::can_extend`]).
    pub fn extend(&mut self, now_ms: u64) {
        self.push(now_ms, |at_ms| Event::Extend { at_ms });
    }

    /// The state at `now_ms` (never earlier than the last recorded event).
    pub fn snapshot(&self, now_ms: u64) -> Snapshot {
        let r = Replay::run(self, self.clamp(now_ms), None);
        let steps = &self.plan.steps;
        let crunches_done = r.crunches_done();
        if r.end.is_some() {
            let last = steps.last();
            let duration = last.and_then(|s| s.duration_ms);
            return Snapshot {
                index: steps.len().saturating_sub(1),
                elapsed_ms: duration.unwrap_or(0),
                remaining_ms: duration.map(|_| 0),
                progress: 1.0,
                paused: false,
                finished: true,
                active_ms: r.clock,
                can_stop_round: false,
                can_extend: false,
                crunches_done,
            };
        }
        let step = &steps[r.index];
        let elapsed = r.clock - r.step_start;
        let at = r.clock;
        let before: u64 = steps[..r.index].iter().map(|s| s.estimate_ms).sum();
        let total = self.plan.total_estimate_ms();
        let progress = if total == 0 {
            0.0
        } else {
            ((before + elapsed.min(step.estimate_ms)) as f64 / total as f64).clamp(0.0, 1.0)
        };
        Snapshot {
            index: r.index,
            elapsed_ms: elapsed,
            remaining_ms: r.duration().map(|d| d.saturating_sub(elapsed)),
            progress,
            paused: r.paused_at.is_some(),
            finished: false,
            active_ms: r.clock,
            can_stop_round: r.accepts(&Event::StopRound { at_ms: at }),
            can_extend: r.accepts(&Event::Extend { at_ms: at }),
            crunches_done,
        }
    }

    /// Cues with `from_ms < at_ms <= to_ms`, in time order. Uses the events
    /// recorded up to `to_ms`; cues after the last event assume nothing else
    /// is pressed (and none are due while paused).
    pub fn cues_between(&self, from_ms: u64, to_ms: u64) -> Vec<Cue> {
        if to_ms <= from_ms {
            return Vec::new();
        }
        let mut r = Replay::run(self, to_ms, Some((from_ms, to_ms)));
        // Emission is already chronological; the stable sort only guards that.
        r.cues.sort_by_key(|c| c.at_ms);
        r.cues
    }


    /// When the last event happened (the start if none).
    pub fn last_event_ms(&self) -> u64 {
        self.events.iter().map(Event::at_ms).fold(self.started_at_ms, u64::max)
    }

    /// The instant the session ended, if it has by `now_ms`.
    pub fn ended_at_ms(&self, now_ms: u64) -> Option<u64> {
        Replay::run(self, self.clamp(now_ms), None).end.map(|e| e.at_ms)
    }

    /// Time never runs backwards: nothing is computed before the last event.
    pub(super) fn clamp(&self, now_ms: u64) -> u64 {
        now_ms.max(self.last_event_ms())
    }

    /// Records an event only if it changes something at that instant.
    fn push(&mut self, now_ms: u64, make: fn(u64) -> Event) {
        let at = self.clamp(now_ms);
        let event = make(at);
        if Replay::run(self, at, None).accepts(&event) {
            self.events.push(event);
        }
    }
}
