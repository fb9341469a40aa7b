//! The domain: session records, settings, the pain log, reminders, the
//! stored [`Document`] and the one way it changes ([`Document::apply`]),
//! stats, progression rules and the doctor's report. Pure: no browser
//! access, time and time-zone offsets are passed in. How the document is
//! written and read back is [`crate::store`]'s job; nothing here uses it.

mod action;
mod document;
mod future;
mod ledger;
mod notice;
mod pain_log;
mod record;
mod reminder;
mod settings;

pub use action::{Action, Outcome, MAX_NOTE_CHARS};
pub use future::{is_future, set_aside_future, SetAside, FUTURE_SKEW_MS};
pub use ledger::DayLedger;
pub use notice::Notice;
pub use pain_log::{log_pain, pain_logged_on, PainEntry};
pub use record::{ExerciseResult, Felt, SessionRecord, WorkDone};
pub use reminder::{reminder_due, ClockTime, Reminder, ReminderDue, Weekday};
pub use settings::{
    CueMode, Limits, Settings, Theme, CHANGE_POSITION_S, CRUNCH_PACE_MS, CRUNCH_PACE_RANGE_MS, LIMITS, SLOW_BREATH_RANGE_S,
    SLOW_BREATH_S,
};

// Safe progression suggestions, settings checks and the pain warning.
mod progression;
pub use progression::{
    accept, accept_suggestion, at_top, doctor_seen, level_jump_warning, next_levels, pain_warning, pain_warning_due,
    pain_warning_reason, previous_level, suggestions, validate_settings, doctor_seen_note, warning_signs, Suggestion, DECLINE_QUIET_DAYS, DOCTOR_QUIET_DAYS,
    HIGH_PAIN, LASTING_DAYS, LASTING_PAIN, LASTING_WINDOW_DAYS, PAIN_RISE_HOLD, RECENT_DAYS, REST_DAYS_WINDOW, REGULAR_WORKOUT_DAYS, REPEAT_DAYS,
    SESSIONS_TO_STEP_UP, SEVERE_DAYS, SEVERE_PAIN, SEVERE_PAIR_WINDOW_DAYS, SEVERE_WINDOW_DAYS, STEADY_PAIN, STEADY_WEEKS,
    STEP_UP_MIN_DAYS, WARNING_SIGNS, WEEKLY_MIN_DAYS, WEEKLY_RISE, WORSE_AVERAGE_RISE,
};

// Combining two copies of the history, and what is read from it: stats,
// charts, the report and results in words.
mod chart;
mod merge;
mod dates;
mod report;
mod screening;
mod stats;
mod words;

pub use report::{
    date_text, day_text, minute_text, month_text, range_text, report, tenths_text, Block, ExerciseLevels, LevelRun,
    Note, PainRow, Period, Report, RestDay, Stop, Tenths, Unit, WarningShown,
};
pub use screening::{screening_words, ScreeningWords};
pub use words::{done_words, duration_words, exercise_name, import_result_text, result_line, result_lines, summary_title};
pub use chart::{chart_span, month_logged, ChartSpan, CHART_DAYS, CHART_MIN_DAYS};
pub use stats::{
    civil_from_days, crunch_series, crunches_today, days_from_civil, local_day, month_days, month_grid, pain_series,
    pain_series_with_log, plural, stats,
    summary_text, weekday, PainPoint, Stats, MAX_TZ_OFFSET_MIN, MS_PER_DAY,
};
pub use document::{new_session_id, should_remind_export, Document, Meta, CURRENT_VERSION, EXPORT_REMINDER_AFTER_MS};
pub use merge::merge;
// The store's field accessors the derives make in the browser build (see `Document`).
#[cfg(target_arch = "wasm32")]
pub use document::DocumentStoreFields;
#[cfg(target_arch = "wasm32")]
pub use record::SessionRecordStoreFields;
// For the codec (`crate::store`), which reads and writes these.
pub(crate) use merge::{ids_unique, unique_sorted};
pub(crate) use pain_log::tidy;
pub(crate) use stats::{local_ms_of_day, session_offset, ymd};

#[cfg(test)]
pub(crate) mod tests;
