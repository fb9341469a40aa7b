//! What a session amounts to: the results of each exercise and the
//! history record, both read from the replay of its events (the rules of
//! credit are in [`super::session`]'s docs).

use super::plan::{Step, StepKind};
use super::replay::Replay;
use super::session::Session;
use crate::progress::{ExerciseResult, SessionRecord, WorkDone};
use crate::routine::{ExerciseId, ROUTINE_VERSION};

impl Session {
    /// Crunches this session asked for by `now_ms`, per local day of the
    /// ledger's zone: every tick of a paced set, an unpaced set once shown
    /// for [`super::UNPACED_ASKED_MS`] or done.
    pub fn crunch_days(&self, now_ms: u64) -> Vec<(i64, u32)> {
        let mut r = Replay::run(self, self.clamp(now_ms), None);
        r.settle();
        r.asked.days()
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
