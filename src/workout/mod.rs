//! Plan -> timeline -> snapshot and cues. Pure: time is always passed in as
//! ms since the epoch, never read here, and never counted by ticks: every
//! remaining time is derived from the stored start and event timestamps.
//!
//! - plan: settings -> [`Plan`], a flat list of [`Step`]s ([`build_plan`]).
//! - session: a [`Session`] is the plan plus timestamps; [`Session::snapshot`]
//!   says what to show, [`Session::cues_between`] which cues sound when.
//! - scheduler: [`CueScheduler`] hands cues to the audio clock ahead of
//!   time from irregular timer ticks, dropping stale ones.
//! - active: [`ActiveWorkout`], the running workout as stored for a reload.

mod active;
mod plan;
mod scheduler;
mod session;

pub use active::ActiveWorkout;
pub use plan::{build_plan, build_plan_with, Plan, Side, Step, StepKind, COBRA_REST_S, MS_PER_REP_ESTIMATE};
pub use scheduler::{CueScheduler, STALE_MS};
pub use session::{Cue, CueKind, Event, Session, Snapshot};

#[cfg(test)]
mod tests;
