//! Host tests of the storage codec: encode and decode, migrations, frozen
//! fixtures, corrupt input, import/export, CSV and calendar files.

mod codec;
pub(crate) mod fixtures;
mod golden;
#[cfg(not(target_arch = "wasm32"))]
mod ics;
mod import;
mod save;

pub(crate) use super::*;
pub(crate) use crate::progress::tests::{assert_problem, daily, doc_of, j, session, utc, DAY, MIN, NOW};
pub(crate) use crate::progress::*;
pub(crate) use crate::routine::ExerciseId;
