//! Safe progression: when to offer the next step on an exercise's ladder,
//! when to hold back or step down (`suggest`), checking a chosen level
//! against the routine's caps (`ladder`), and the "please see a doctor"
//! warning when pain stays high or climbs (`pain`).
//!
//! Everything here is a suggestion for the person to accept or decline;
//! nothing changes a level on its own. Pure: sessions, settings and the
//! clock (`now_ms`) are passed in.

mod ladder;
mod pain;
mod suggest;

pub use ladder::{accept, accept_suggestion, at_top, level_jump_warning, next_levels, previous_level, validate_settings};
pub use pain::{
    doctor_seen, pain_warning, pain_warning_due, pain_warning_reason, DOCTOR_QUIET_DAYS, DOCTOR_SEEN_NOTE, HIGH_PAIN, LASTING_DAYS, LASTING_PAIN,
    LASTING_WINDOW_DAYS, RECENT_DAYS, REGULAR_WORKOUT_DAYS, REPEAT_DAYS, SEVERE_DAYS, SEVERE_PAIN, SEVERE_PAIR_WINDOW_DAYS,
    SEVERE_WINDOW_DAYS, STEADY_PAIN, STEADY_WEEKS, WARNING_SIGNS, WEEKLY_MIN_DAYS, WEEKLY_RISE, WORSE_AVERAGE_RISE,
};
pub use suggest::{suggestions, Suggestion, DECLINE_QUIET_DAYS, PAIN_RISE_HOLD, REST_DAYS_WINDOW, SESSIONS_TO_STEP_UP, STEP_UP_MIN_DAYS};

