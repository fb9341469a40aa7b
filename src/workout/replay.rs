//! The replay of a session's events: the state machine that turns the
//! plan, the start and the events into the current step, the clock, the
//! cues and the credit (rules in [`super::session`]'s docs). Which steps
//! and events are open at an instant is decided in [`super::gate`].

use super::plan::{Plan, StepKind};
use super::session::{Cue, CueKind, Event, Session, UNPACED_ASKED_MS};
use crate::progress::DayLedger;
use crate::routine::{ExerciseId, SWING_EXTEND_S};

/// How the session ended.
#[derive(Clone, Copy)]
pub(super) struct End {
    pub(super) at_ms: u64,
    pub(super) completed: bool,
}

/// The replay of a session's events up to an instant. All state lives here,
/// rebuilt on every call: the event list is short, so this stays cheap.
pub(super) struct Replay<'a> {
    pub(super) plan: &'a Plan,
    pub(super) started: u64,
    /// Total paused wall time of finished pauses.
    pub(super) paused_total: u64,
    pub(super) paused_at: Option<u64>,
    pub(super) index: usize,
    /// Active time at which the current run of the current step began.
    pub(super) step_start: u64,
    /// Active time replayed so far.
    pub(super) clock: u64,
    pub(super) end: Option<End>,
    pub(super) hurt: bool,
    /// Per step: runs completed (timer or Done).
    pub(super) completions: Vec<u32>,
    /// Per step: ms of timed movement credited (swing rounds, stopped early
    /// or not).
    pub(super) timed_ms: Vec<u64>,
    /// Ms added to the current run with Extend.
    pub(super) extra_ms: u64,
    /// Crunches done so far: every completed run of every crunch set, and
    /// the ticks given of sets left early.
    pub(super) crunches: u32,
    /// Per step: crunches credited from runs left early (a paced set's
    /// ticks given).
    pub(super) partial_reps: Vec<u32>,
    /// Crunches other sessions asked for, per day.
    pub(super) ledger: &'a DayLedger,
    /// Crunches this session asked for, per day.
    pub(super) asked: DayLedger,
    /// Crunches asked for in the current run of a crunch set.
    pub(super) run_asked: u32,
    /// The local day the current run began on.
    pub(super) run_day: i64,
    /// Exercises stopped with "this hurts".
    pub(super) pain: Vec<ExerciseId>,
    /// Collect cues inside this (exclusive, inclusive] window.
    pub(super) window: Option<(u64, u64)>,
    pub(super) cues: Vec<Cue>,
}

impl<'a> Replay<'a> {
    pub(super) fn run(session: &'a Session, until: u64, window: Option<(u64, u64)>) -> Replay<'a> {
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
    pub(super) fn wall(&self, active: u64) -> u64 {
        active + self.started + self.paused_total
    }

    /// The current step's length with any extension; None on Reps steps.
    pub(super) fn duration(&self) -> Option<u64> {
        self.plan.steps[self.index].duration_ms.map(|d| d.saturating_add(self.extra_ms))
    }

    /// Crunches done so far: every completed run of every crunch set.
    pub(super) fn crunches_done(&self) -> u32 {
        self.crunches
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
        let d = self.duration()?;
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
    pub(super) fn settle(&mut self) {
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
