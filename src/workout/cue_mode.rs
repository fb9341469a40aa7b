//! What a cue mode gives on this device. Browsers differ: no iPhone browser
//! and no desktop Firefox can vibrate, some engines have no speech, and a
//! mode the device cannot do must never leave the person without cues or
//! take the app down. Pure: the browser layer feature-detects
//! (`browser::support`) and passes [`CueAbilities`] in.

use super::Channels;
use crate::progress::CueMode;

/// What the device can do for cues, as the browser layer detected it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CueAbilities {
    /// Web Audio (an `AudioContext` for beeps).
    pub audio: bool,
    /// Speech synthesis.
    pub speech: bool,
    /// `navigator.vibrate`.
    pub vibrate: bool,
}

impl CueAbilities {
    /// A device that can do everything (a typical Android phone).
    pub const ALL: CueAbilities = CueAbilities { audio: true, speech: true, vibrate: true };
}

/// How a chosen mode falls back on a device that cannot do all of it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fallback {
    /// "Vibrate only" without vibration: beeps instead.
    BeepsForVibration,
    /// "Voice and beeps" without speech: beeps only.
    BeepsWithoutVoice,
    /// "Voice and beeps" without Web Audio: the voice only.
    VoiceWithoutBeeps,
    /// Nothing the mode asks for works here: only the screen.
    ScreenOnly,
}

impl Fallback {
    /// What the player says about it, in plain words.
    pub fn message(self) -> &'static str {
        match self {
            Fallback::BeepsForVibration => "This browser cannot vibrate, so Upright beeps instead.",
            Fallback::BeepsWithoutVoice => "This browser cannot speak, so Upright only beeps.",
            Fallback::VoiceWithoutBeeps => "This browser cannot play beeps, so Upright only speaks.",
            Fallback::ScreenOnly => "This browser cannot play sounds or vibrate: follow the screen.",
        }
    }
}

/// The channels `mode` uses on a device with `can`, and the fallback taken
/// when the device cannot do what the mode says.
pub fn cue_channels(mode: CueMode, can: CueAbilities) -> (Channels, Option<Fallback>) {
    let none = Channels::default();
    let beeps = Channels { beeps: true, ..none };
    match mode {
        CueMode::Silent => (none, None),
        CueMode::VoiceAndBeeps => match (can.audio, can.speech) {
            (true, true) => (Channels { beeps: true, voice: true, vibrate: false }, None),
            (true, false) => (beeps, Some(Fallback::BeepsWithoutVoice)),
            (false, true) => (Channels { voice: true, ..none }, Some(Fallback::VoiceWithoutBeeps)),
            (false, false) => (none, Some(Fallback::ScreenOnly)),
        },
        CueMode::Beeps if can.audio => (beeps, None),
        // No Web Audio at all: vibration is the nearest thing where there is one.
        CueMode::Beeps if can.vibrate => (Channels { vibrate: true, ..none }, Some(Fallback::ScreenOnly)),
        CueMode::Beeps => (none, Some(Fallback::ScreenOnly)),
        CueMode::Vibrate if can.vibrate => (Channels { vibrate: true, ..none }, None),
        // The person wanted cues without looking: beeps are the nearest thing.
        CueMode::Vibrate if can.audio => (beeps, Some(Fallback::BeepsForVibration)),
        CueMode::Vibrate => (none, Some(Fallback::ScreenOnly)),
    }
}

/// Why settings cannot offer `mode` on a device with `can`, or `None` when
/// it works as it says.
pub fn unavailable_reason(mode: CueMode, can: CueAbilities) -> Option<&'static str> {
    match mode {
        CueMode::Silent => None,
        CueMode::VoiceAndBeeps if !can.speech => Some("Voice is not available: this browser cannot speak."),
        CueMode::VoiceAndBeeps if !can.audio => Some("Beeps are not available: this browser cannot play them."),
        CueMode::Beeps if !can.audio => Some("Beeps are not available: this browser cannot play them."),
        CueMode::Vibrate if !can.vibrate => {
            Some("Vibrate only is not available: this browser cannot vibrate (no iPhone browser can). Upright beeps instead.")
        }
        _ => None,
    }
}
