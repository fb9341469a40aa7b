//! Plan -> timeline -> snapshot and cues. Pure: time is always passed in as
//! ms since the epoch, never read here, and never counted by ticks: every
//! remaining time is derived from the stored start and event timestamps.
//!
//! - plan: the [`Plan`], a flat list of [`Step`]s, and the rules a step
//!   carries ([`Step::halfway_ms`], [`Step::rep_pace_ms`]); build: settings
//!   -> plan ([`build_plan`]).
//! - session: a [`Session`] is the plan plus timestamps; [`Session::snapshot`]
//!   says what to show, [`Session::cues_between`] which cues sound when.
//! - replay: the state machine that replays a session's events; gate: which
//!   steps and events are open at an instant of it.
//! - record: what a session amounts to, [`Session::results`] and the
//!   history record [`Session::record`].
//! - scheduler: [`CueScheduler`] hands cues to the audio clock ahead of
//!   time from irregular timer ticks, dropping stale ones.
//! - coach: [`Coach`], the cue policy: which cues beep ahead of time, which
//!   are spoken or vibrate, from each timer tick (coach/: tones, script,
//!   dispatch).
//! - cue_mode: what a cue mode gives on a device that cannot vibrate, speak
//!   or beep ([`cue_channels`]), and why settings leaves a mode out.
//! - stale: a workout left running for hours is not resumed without asking.
//! - active: [`ActiveWorkout`], the running workout as stored for a reload;
//!   check: [`check_resumed`], the routine's rules applied to one read back.

mod active;
mod build;
mod check;
mod coach;
mod cue_mode;
mod gate;
mod gentle;
mod next_up;
mod plan;
mod record;
mod replay;
mod scheduler;
mod session;
mod stale;

pub use active::{ActiveWorkout, AWAY_ASK_MS, TICK_GAP_MS};
pub use check::check_resumed;
pub use coach::{
    moments, number_words, sound_ms, speech_ms, tones, Beep, Channels, Coach, TickCues, Tone, LOOKAHEAD_HIDDEN_MS,
    LOOKAHEAD_VISIBLE_MS, SPEECH_DELAY_MS, STALE_SPEECH_MS,
};
pub use build::{build_plan, build_plan_for_day, build_plan_with};
pub use plan::{
    in_breath_ms, BreathTiming, DayPlan, Plan, Side, Step, StepKind,
    COBRA_PUSH_UP_MS, COBRA_REST_S, EXTEND_LABEL, MS_PER_REP_ESTIMATE, REACH_LEAN_MS,
    REACH_RETURN_MS, STOP_ROUND_LABEL,
};
pub use next_up::next_up_text;
pub use gentle::{asks_before_start, stretches_only_plan, ASK_BEFORE_START_FROM};
pub use cue_mode::{cue_channels, unavailable_reason, CueAbilities, Fallback};
pub use scheduler::{CueScheduler, STALE_MS};
pub use session::{Cue, CueKind, Event, Session, Snapshot, UNPACED_ASKED_MS};
pub use stale::{finish_where_it_stopped, idle_since_ms, is_stale, STALE_AFTER_MS};

#[cfg(test)]
mod tests;
