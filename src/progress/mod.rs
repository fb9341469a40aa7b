//! Session records, settings, stats, progression rules and the versioned
//! storage document with its migrations. Pure: no browser access, time and
//! time-zone offsets are passed in.

mod record;
mod settings;

pub use record::{ExerciseResult, Felt, SessionRecord, WorkDone};
pub use settings::{CueMode, Settings, Theme};
