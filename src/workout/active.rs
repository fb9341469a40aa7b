//! The running workout as saved under `upright.active`, so a reload resumes
//! it. Here rather than in the UI so its stored form is tested on the host.

use super::Session;
use crate::json::{FromJson, ToJson, Value, Writer};

/// The workout in progress, as saved under `upright.active`.
#[derive(Clone, Debug, PartialEq)]
pub struct ActiveWorkout {
    /// Id the session record will get.
    pub id: String,
    /// Plan, start instant and events.
    pub session: Session,
    /// Pain before, 0-10, if given.
    pub pain_before: Option<u8>,
}

impl ToJson for ActiveWorkout {
    /// `{"id":...,"session":...,"pain_before":...}`, as the serde derive wrote it.
    fn write_json(&self, w: &mut Writer) {
        let ActiveWorkout { id, session, pain_before } = self;
        w.begin_object();
        w.field("id", id);
        w.field("session", session);
        w.field("pain_before", pain_before);
        w.end_object();
    }
}

impl FromJson for ActiveWorkout {
    fn from_json(v: &Value) -> Result<ActiveWorkout, String> {
        let o = v.object("a running workout (an object)")?;
        Ok(ActiveWorkout { id: o.field("id")?, session: o.field("session")?, pain_before: o.field("pain_before")? })
    }
}
