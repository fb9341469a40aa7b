//! The running workout as saved under `upright.active`, so a reload resumes
//! it. Here rather than in the UI so its stored form is tested on the host.

use super::Session;
use serde::{Deserialize, Serialize};

/// The workout in progress, as saved under `upright.active`:
/// `{"id":...,"session":...,"pain_before":...}`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ActiveWorkout {
    /// Id the session record will get.
    pub id: String,
    /// Plan, start instant and events.
    pub session: Session,
    /// Pain before, 0-10, if given.
    pub pain_before: Option<u8>,
}
