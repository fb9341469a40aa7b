//! Host tests of the workout layer over fake instants (no sleeps, no clock: every
//! time is passed in), one file per module checked; `truth` checks what a session
//! records across modules (partial work, the day ledger, presence, endings).

mod coach;
mod cue_mode;
mod gentle;
mod next_up;
mod session;
mod stale;
mod truth;

use super::*;
