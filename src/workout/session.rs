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
//!   plan's swing dosage allows longer rounds, up to [`MAX_SWING_ROUND_S`].

use super::plan::{Plan, Step, StepKind};
use crate::progress::{DayLedger, ExerciseResult, SessionRecord, WorkDone};
use crate::routine::{Dosage, ExerciseId, MAX_SWING_ROUND_S, ROUTINE_VERSION, SWING_EXTEND_S};
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

    /// Crunches this session asked for by `now_ms`, per local day of the
    /// ledger's zone: every tick of a paced set, an unpaced set once shown
    /// for [`UNPACED_ASKED_MS`] or done.
    pub fn crunch_days(&self, now_ms: u64) -> Vec<(i64, u32)> {
        let mut r = Replay::run(self, self.clamp(now_ms), None);
        r.settle();
        r.asked.days()
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

    /// Planned versus done for every exercise in the plan, in plan order.
    /// `done` counts: holds; reps and sets (every Done, re-done sets too);
    /// breaths (core breath: one per breath; stretches: one per cobra repeat,
    /// matching `ExerciseResult::complete`); sides (one per swing round run
    /// to its end or side reach); seconds of swinging (every run, rounds
    /// stopped early and extensions included). `rest_s` is the plan's rest
    /// between sets, holds or swings. `skipped` is true when nothing of it
    /// was done and it was not stopped for pain (skipped with Next, jumped
    /// over, or not reached).
    pub fn results(&self, now_ms: u64) -> Vec<ExerciseResult> {
        let mut r = Replay::run(self, self.clamp(now_ms), None);
        r.settle();
        let steps = &self.plan.steps;
        let mut ids: Vec<ExerciseId> = Vec::new();
        for s in steps {
            if !ids.contains(&s.exercise) {
                ids.push(s.exercise);
            }
        }
        ids.into_iter()
            .map(|id| {
                let mut done = WorkDone::default();
                let mut timed_ms = 0u64;
                for (i, s) in steps.iter().enumerate().filter(|(_, s)| s.exercise == id) {
                    credit(&mut done, s, r.completions[i]);
                    done.reps = done.reps.saturating_add(r.partial_reps[i]);
                    timed_ms += r.timed_ms[i];
                }
                done.seconds = u32::try_from(timed_ms / 1000).unwrap_or(u32::MAX);
                let rest_s = steps
                    .iter()
                    .find(|s| s.exercise == id && s.kind == StepKind::Rest)
                    .and_then(|s| s.duration_ms)
                    .map(|ms| u32::try_from(ms / 1000).unwrap_or(u32::MAX));
                let stopped_for_pain = r.pain.contains(&id);
                ExerciseResult {
                    exercise: id,
                    planned: self.plan.dosage(id).unwrap_or_else(|| id.exercise().start_dosage()),
                    done,
                    skipped: done == WorkDone::default() && !stopped_for_pain,
                    stopped_for_pain,
                    rest_s,
                }
            })
            .collect()
    }

    /// The history record at `now_ms`. Pain, feeling and note are left for the
    /// summary screen. `completed` is true only when the last step was left
    /// going forward (its timer, Done or Next) and "this hurts" was never used.
    pub fn record(&self, now_ms: u64, id: String, tz_offset_min: i32) -> SessionRecord {
        let now = self.clamp(now_ms);
        let r = Replay::run(self, now, None);
        SessionRecord {
            id,
            started_at_ms: self.started_at_ms,
            ended_at_ms: r.end.map_or(now, |e| e.at_ms),
            tz_offset_min,
            routine_version: ROUTINE_VERSION,
            exercises: self.results(now),
            pain_before: None,
            pain_after: None,
            felt: None,
            note: None,
            completed: r.end.is_some_and(|e| e.completed),
            crunch_days: self.crunch_days(now),
            away_s: 0,
        }
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
    fn clamp(&self, now_ms: u64) -> u64 {
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

/// Adds a step's work to the tally, given how many of its runs completed:
/// crunch sets count every run, other steps once.
fn credit(done: &mut WorkDone, s: &Step, runs: u32) {
    if runs == 0 {
        return;
    }
    match s.kind {
        StepKind::Hold => done.holds += 1,
        StepKind::Reps => {
            done.reps = done.reps.saturating_add(s.reps.unwrap_or(0).saturating_mul(runs));
            done.sets = done.sets.saturating_add(runs);
        }
        StepKind::Timed => done.sides += 1,
        StepKind::Breaths if s.side.is_some() => done.sides += 1,
        StepKind::Breaths => done.breaths += 1,
        StepKind::GetReady | StepKind::Rest | StepKind::Transition => {}
    }
}

/// How the session ended.
#[derive(Clone, Copy)]
struct End {
    at_ms: u64,
    completed: bool,
}

/// The replay of a session's events up to an instant. All state lives here,
/// rebuilt on every call: the event list is short, so this stays cheap.
struct Replay<'a> {
    plan: &'a Plan,
    started: u64,
    /// Total paused wall time of finished pauses.
    paused_total: u64,
    paused_at: Option<u64>,
    index: usize,
    /// Active time at which the current run of the current step began.
    step_start: u64,
    /// Active time replayed so far.
    clock: u64,
    end: Option<End>,
    hurt: bool,
    /// Per step: runs completed (timer or Done).
    completions: Vec<u32>,
    /// Per step: ms of timed movement credited (swing rounds, stopped early
    /// or not).
    timed_ms: Vec<u64>,
    /// Ms added to the current run with Extend.
    extra_ms: u64,
    /// Crunches done so far: every completed run of every crunch set, and
    /// the ticks given of sets left early.
    crunches: u32,
    /// Per step: crunches credited from runs left early (a paced set's
    /// ticks given).
    partial_reps: Vec<u32>,
    /// Crunches other sessions asked for, per day.
    ledger: &'a DayLedger,
    /// Crunches this session asked for, per day.
    asked: DayLedger,
    /// Crunches asked for in the current run of a crunch set.
    run_asked: u32,
    /// The local day the current run began on.
    run_day: i64,
    /// Exercises stopped with "this hurts".
    pain: Vec<ExerciseId>,
    /// Collect cues inside this (exclusive, inclusive] window.
    window: Option<(u64, u64)>,
    cues: Vec<Cue>,
}

impl<'a> Replay<'a> {
    fn run(session: &'a Session, until: u64, window: Option<(u64, u64)>) -> Replay<'a> {
        let plan = &session.plan;
        let started = session.started_at_ms;
        let mut r = Replay {
            plan,
            started,
            paused_total: 0,
            paused_at: None,
            index: 0,
            step_start: 0,
            clock: 0,
            end: None,
            hurt: false,
            completions: vec![0; plan.steps.len()],
            timed_ms: vec![0; plan.steps.len()],
            extra_ms: 0,
            crunches: 0,
            partial_reps: vec![0; plan.steps.len()],
            ledger: &session.ledger,
            asked: DayLedger::new(session.ledger.tz_offset_min),
            run_asked: 0,
            run_day: 0,
            pain: Vec::new(),
            window,
            cues: Vec::new(),
        };
        if plan.steps.is_empty() {
            // Only a hand-made plan can be empty; treat it as already over.
            r.end = Some(End { at_ms: started, completed: false });
            return r;
        }
        r.enter(0, started);
        let mut last = started;
        for e in &session.events {
            let t = e.at_ms().max(last);
            if t > until {
                break;
            }
            last = t;
            r.advance(t);
            if r.accepts(e) {
                r.apply(e, t);
            }
        }
        r.advance(until.max(last));
        r
    }

    /// Wall time of an active instant, valid while running.
    fn wall(&self, active: u64) -> u64 {
        active + self.started + self.paused_total
    }

    /// The current step's length with any extension; None on Reps steps.
    fn duration(&self) -> Option<u64> {
        self.plan.steps[self.index].duration_ms.map(|d| d.saturating_add(self.extra_ms))
    }

    /// Crunches done so far: every completed run of every crunch set.
    fn crunches_done(&self) -> u32 {
        self.crunches
    }

    /// Room left for crunches on `day`: the day's cap less what other
    /// sessions and this one asked for on it.
    fn room_on(&self, day: i64) -> u32 {
        self.ledger.room_on(day).saturating_sub(self.asked.asked_on(day))
    }

    /// Crunches this session asked for, all days together.
    fn asked_total(&self) -> u32 {
        self.asked.days().iter().fold(0u32, |sum, (_, n)| sum.saturating_add(*n))
    }

    /// Whether step `i` may be entered at wall time `wall` (see the module
    /// docs). The first step and the stretches always may; a crunch set
    /// only when the whole set fits in what is left of the day it starts
    /// on, and of the allowance a stored plan carries (which can only
    /// narrow it).
    fn open(&self, i: usize, wall: u64) -> bool {
        let steps = &self.plan.steps;
        let s = &steps[i];
        if s.exercise == ExerciseId::MidBackStretches {
            return true;
        }
        if self.pain.contains(&s.exercise) {
            return false;
        }
        match s.kind {
            StepKind::Reps => {
                let reps = s.reps.unwrap_or(0);
                reps <= self.room_on(self.ledger.day_of(wall))
                    && self.asked_total().saturating_add(reps) <= self.plan.crunch_limit()
            }
            // A rest or a transition leads into the next step of its
            // exercise; with that closed it leads nowhere.
            StepKind::Rest | StepKind::Transition => {
                steps.get(i + 1).is_none_or(|n| n.exercise != s.exercise || self.open(i + 1, wall))
            }
            _ => true,
        }
    }

    /// Whether the plan lets the current swing round grow.
    fn extendable(&self) -> bool {
        let step = &self.plan.steps[self.index];
        let allows = matches!(self.plan.dosage(step.exercise), Some(Dosage::Swings { extend: true, .. }));
        let longer = self.duration().unwrap_or(u64::MAX).saturating_add(u64::from(SWING_EXTEND_S) * 1000);
        allows && longer <= u64::from(MAX_SWING_ROUND_S) * 1000
    }

    /// Where "this hurts" goes from the current step: the first step of
    /// the stretches before them; in the cobra, on to the side reach (its
    /// transition); None ends the workout.
    fn after_hurt(&self) -> Option<usize> {
        let steps = &self.plan.steps;
        let first = self.plan.first_step_of(ExerciseId::MidBackStretches)?;
        if self.index < first {
            return Some(first);
        }
        let reach = steps.iter().position(|s| s.exercise == ExerciseId::MidBackStretches && s.side.is_some())?;
        let reach = if steps[reach - 1].kind == StepKind::Transition { reach - 1 } else { reach };
        (self.index < reach).then_some(reach)
    }

    /// Whether `e` would change anything now.
    fn accepts(&self, e: &Event) -> bool {
        if self.end.is_some() {
            return false;
        }
        let kind = self.plan.steps[self.index].kind;
        match e {
            Event::Pause { .. } => self.paused_at.is_none(),
            Event::Resume { .. } => self.paused_at.is_some(),
            Event::Done { .. } => kind == StepKind::Reps,
            Event::StopRound { .. } => kind == StepKind::Timed,
            Event::Extend { .. } => kind == StepKind::Timed && self.extendable(),
            Event::Stretch { .. } => {
                self.plan.first_step_of(ExerciseId::MidBackStretches).is_some_and(|s| self.index < s)
            }
            Event::Next { .. } | Event::Prev { .. } | Event::Hurt { .. } | Event::Finish { .. } => true,
        }
    }

    fn apply(&mut self, e: &Event, t: u64) {
        match e {
            Event::Pause { .. } => self.paused_at = Some(t),
            Event::Resume { .. } => {
                if let Some(p) = self.paused_at.take() {
                    self.paused_total += t - p;
                }
            }
            Event::Next { .. } => self.leave_forward(t, false),
            Event::Done { .. } => self.leave_forward(t, true),
            Event::StopRound { .. } => self.leave_forward(t, false),
            Event::Extend { .. } => self.extra_ms += u64::from(SWING_EXTEND_S) * 1000,
            Event::Prev { .. } => {
                self.close_run(false);
                let back = (0..self.index).rev().find(|&i| i == 0 || self.open(i, t)).unwrap_or(self.index);
                self.enter(back, t);
            }
            Event::Hurt { .. } => {
                self.hurt = true;
                let steps = &self.plan.steps;
                let step = &steps[self.index];
                let starts_exercise = self.index > 0 && steps[self.index - 1].exercise != step.exercise;
                let blamed = if starts_exercise && matches!(step.kind, StepKind::Transition | StepKind::GetReady) {
                    steps[self.index - 1].exercise
                } else {
                    step.exercise
                };
                if !self.pain.contains(&blamed) {
                    self.pain.push(blamed);
                }
                self.close_run(false);
                match self.after_hurt() {
                    Some(s) => self.enter(s, t),
                    None => self.finish(t, false),
                }
            }
            Event::Stretch { .. } => {
                self.close_run(false);
                if let Some(s) = self.plan.first_step_of(ExerciseId::MidBackStretches) {
                    self.enter(s, t);
                }
            }
            Event::Finish { .. } => {
                self.close_run(false);
                self.finish(t, false);
            }
        }
    }

    /// Runs the clock to wall time `t`, ending timed steps as their time
    /// comes, and a paced crunch set early at a tick the day has no room
    /// for.
    fn advance(&mut self, t: u64) {
        if self.paused_at.is_some() {
            return;
        }
        let target = t.saturating_sub(self.started + self.paused_total).max(self.clock);
        while self.end.is_none() {
            let end = self.duration().map(|d| self.step_start + d).filter(|e| *e <= target);
            let upto = end.unwrap_or(target);
            if let Some(cut) = self.emit_within_step(upto) {
                self.clock = cut;
                self.leave_forward(self.wall(cut), false);
                continue;
            }
            self.clock = upto;
            match end {
                Some(e) => self.leave_forward(self.wall(e), true),
                None => return,
            }
        }
    }

    /// Cues inside the current step (halfway, 3-2-1, crunch ticks) between
    /// the clock and `upto`, and the crunches they ask for. Returns the
    /// active instant of a crunch tick the day has no room for: the set
    /// ends there.
    fn emit_within_step(&mut self, upto: u64) -> Option<u64> {
        let step = &self.plan.steps[self.index];
        if step.kind == StepKind::Reps {
            return self.ask_crunches(upto);
        }
        let Some(d) = self.duration() else { return None };
        // An extended round has no honest halfway: the first one has passed.
        let halfway = step.halfway_ms().filter(|_| self.extra_ms == 0);
        // Breaths keep their calm: no 3-2-1.
        let counts = step.kind != StepKind::Breaths && d >= 4_000;
        let mut marks: [Option<(u64, CueKind)>; 4] = [None; 4];
        if let Some(at) = halfway {
            marks[0] = Some((at, CueKind::Halfway));
        }
        if counts {
            for n in 1..=3u8 {
                marks[n as usize] = Some((d - 1000 * u64::from(n), CueKind::Count(n)));
            }
            marks[1..].reverse(); // 3, 2, 1 in time order
        }
        for (offset, kind) in marks.into_iter().flatten() {
            let at = self.step_start + offset;
            if at > self.clock && at <= upto {
                self.emit(self.wall(at), kind);
            }
        }
        None
    }

    /// The crunches a set asks for up to `upto`: each tick of a paced set
    /// on the day it sounds (the first with the step's start), an unpaced
    /// set as a whole once shown for [`UNPACED_ASKED_MS`]. A tick with no
    /// room left on its day is not given: its instant is returned.
    fn ask_crunches(&mut self, upto: u64) -> Option<u64> {
        let step = &self.plan.steps[self.index];
        let reps = step.reps.unwrap_or(0);
        let Some(pace) = step.rep_pace_ms() else {
            if self.run_asked == 0 && self.step_start + UNPACED_ASKED_MS <= upto {
                self.charge_run(reps);
            }
            return None;
        };
        while self.run_asked < reps {
            let n = self.run_asked + 1;
            let at = self.step_start + pace * u64::from(n - 1);
            if at > upto {
                break;
            }
            let wall = self.wall(at);
            let day = self.ledger.day_of(wall);
            if self.room_on(day) == 0 {
                return Some(at);
            }
            self.asked.charge(day, 1);
            self.run_asked = n;
            if n >= 2 {
                self.emit(wall, CueKind::Rep(n));
            }
        }
        None
    }

    /// Books `n` more crunches of the current run to the day it began on.
    fn charge_run(&mut self, n: u32) {
        self.asked.charge(self.run_day, n);
        self.run_asked = self.run_asked.saturating_add(n);
    }

    /// Makes step `i` current, starting now.
    fn enter(&mut self, i: usize, wall: u64) {
        self.index = i;
        self.step_start = self.clock;
        self.extra_ms = 0;
        self.run_asked = 0;
        self.run_day = self.ledger.day_of(wall);
        self.emit(wall, CueKind::StepStart);
        let steps = &self.plan.steps;
        if let Some(side) = steps[i].side {
            let previous = steps[..i].iter().rev().find(|s| s.exercise == steps[i].exercise && s.side.is_some());
            if previous.is_some_and(|p| p.side != Some(side)) {
                self.emit(wall, CueKind::SwitchSide);
            }
        }
        if steps[i].kind == StepKind::Reps {
            // The set's start is its first crunch (or the unpaced set just shown).
            self.ask_crunches(self.clock);
        }
    }

    /// Credits the run of the current step that ends now: a full run
    /// (timer or Done) counts once, every crunch of it included; a run left
    /// early counts what was done of it: the ticks a paced set gave, the
    /// seconds of a hold or a swing round.
    fn close_run(&mut self, completed: bool) {
        let i = self.index;
        let step = &self.plan.steps[i];
        let elapsed = self.clock - self.step_start;
        if completed {
            self.completions[i] = self.completions[i].saturating_add(1);
        }
        match step.kind {
            StepKind::Timed | StepKind::Hold if completed => self.timed_ms[i] += self.duration().unwrap_or(0),
            StepKind::Timed | StepKind::Hold => self.timed_ms[i] += elapsed,
            StepKind::Reps if completed => {
                let reps = step.reps.unwrap_or(0);
                // Done before the last tick: the person did the set; it was
                // asked for on the day it began, which had room for it all.
                self.charge_run(reps.saturating_sub(self.run_asked));
                self.crunches = self.crunches.saturating_add(reps);
            }
            StepKind::Reps if step.duration_ms.is_some() => {
                self.partial_reps[i] = self.partial_reps[i].saturating_add(self.run_asked);
                self.crunches = self.crunches.saturating_add(self.run_asked);
            }
            _ => {}
        }
        self.run_asked = 0;
    }

    /// Counts the run still under way as if it ended now (for results and
    /// the record of a session not ended).
    fn settle(&mut self) {
        if self.end.is_none() {
            self.close_run(false);
        }
    }

    /// Leaves the current step forwards (timer, Done, Next, StopRound or a
    /// crunch tick with no room) for the next open step.
    fn leave_forward(&mut self, wall: u64, completed: bool) {
        let i = self.index;
        self.close_run(completed);
        let next = (i + 1..self.plan.steps.len()).find(|&j| self.open(j, wall));
        let steps = &self.plan.steps;
        if steps[i].kind == StepKind::Rest {
            self.emit(wall, CueKind::RestOver);
        }
        if next.is_none_or(|n| steps[n].exercise != steps[i].exercise) {
            self.emit(wall, CueKind::ExerciseDone);
        }
        match next {
            Some(n) => self.enter(n, wall),
            // Reaching the end over closed steps is still the end going forward.
            None => self.finish(wall, !self.hurt),
        }
    }

    fn finish(&mut self, wall: u64, completed: bool) {
        self.end = Some(End { at_ms: wall, completed });
        self.paused_at = None;
        self.emit(wall, CueKind::WorkoutDone);
    }

    fn emit(&mut self, at_ms: u64, kind: CueKind) {
        if let Some((from, to)) = self.window {
            if at_ms > from && at_ms <= to {
                self.cues.push(Cue { at_ms, kind, step: self.index });
            }
        }
    }
}
