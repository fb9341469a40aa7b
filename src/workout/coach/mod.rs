//! The cue policy: from the session's cues, what the player does at each
//! timer tick — which beeps go on the audio clock (ahead of time, so a
//! throttled tab still beeps on time), which lines are spoken and which
//! cues vibrate. Pure: the browser layer passes the instant and whether the
//! page is hidden, and carries out what [`Coach::tick`] returns.
//!
//! - tones: the sound of each cue, and which beeps a tick puts on the audio
//!   clock.
//! - script: what is said when: the lines of each step, how long they take.
//! - dispatch: the [`Coach`], handing each tick's cues to the channels the
//!   person chose.

mod dispatch;
pub(super) mod script;
mod tones;

pub use dispatch::{Channels, Coach, TickCues, LOOKAHEAD_HIDDEN_MS, LOOKAHEAD_VISIBLE_MS, STALE_SPEECH_MS};
pub use script::{moments, number_words, speech_ms, SPEECH_DELAY_MS};
pub use tones::{sound_ms, tones, Beep, Tone};

