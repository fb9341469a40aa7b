//! What a cue mode gives on this device. Browsers differ: no iPhone browser
//! and no desktop Firefox can vibrate, some engines have no speech, and a
//! mode the device cannot do must never leave the person without cues or
//! take the app down. Pure: the browser layer feature-detects
//! (`browser::support`) and passes [`CueAbilities`] in.

use super::Channels;
use crate::i18n::Words;
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
    /// What the player says about it, in plain words in the language of `words`.
    pub fn message(self, words: &Words) -> String {
        words.text(
            match self {
                Fallback::BeepsForVibration => "coach-fallback-beeps-for-vibration",
                Fallback::BeepsWithoutVoice => "coach-fallback-beeps-without-voice",
                Fallback::VoiceWithoutBeeps => "coach-fallback-voice-without-beeps",
                Fallback::ScreenOnly => "coach-fallback-screen-only",
            },
            None,
        )
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

/// Why settings cannot offer `mode` on a device with `can`, in the language
/// of `words`, or `None` when it works as it says.
pub fn unavailable_reason(mode: CueMode, can: CueAbilities, words: &Words) -> Option<String> {
    let id = match mode {
        CueMode::Silent => None,
        CueMode::VoiceAndBeeps if !can.speech => Some("coach-unavailable-voice"),
        CueMode::VoiceAndBeeps | CueMode::Beeps if !can.audio => Some("coach-unavailable-beeps"),
        CueMode::Vibrate if !can.vibrate => Some("coach-unavailable-vibrate"),
        _ => None,
    };
    id.map(|id| words.text(id, None))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unavailable_reason(mode: CueMode, can: CueAbilities) -> Option<String> {
        super::unavailable_reason(mode, can, &Words::english())
    }

    const NO_VIBRATION: CueAbilities = CueAbilities { vibrate: false, ..CueAbilities::ALL };

    #[test]
    fn every_mode_is_itself_where_the_device_can_do_everything() {
        for mode in [CueMode::VoiceAndBeeps, CueMode::Beeps, CueMode::Vibrate, CueMode::Silent] {
            assert_eq!(cue_channels(mode, CueAbilities::ALL).1, None, "{mode:?}");
            assert_eq!(unavailable_reason(mode, CueAbilities::ALL), None, "{mode:?}");
        }
        assert!(cue_channels(CueMode::Vibrate, CueAbilities::ALL).0.vibrate);
        let both = cue_channels(CueMode::VoiceAndBeeps, CueAbilities::ALL).0;
        assert!(both.voice && both.beeps && !both.vibrate);
    }

    #[test]
    fn vibrate_only_without_vibration_beeps_and_says_so() {
        let (channels, fallback) = cue_channels(CueMode::Vibrate, NO_VIBRATION);
        assert_eq!(channels, Channels { beeps: true, voice: false, vibrate: false });
        assert_eq!(fallback, Some(Fallback::BeepsForVibration));
        assert!(unavailable_reason(CueMode::Vibrate, NO_VIBRATION).is_some_and(|r| r.contains("cannot vibrate")));
        // The other modes are unaffected.
        assert_eq!(unavailable_reason(CueMode::VoiceAndBeeps, NO_VIBRATION), None);
        assert_eq!(cue_channels(CueMode::Beeps, NO_VIBRATION).1, None);
    }

    #[test]
    fn no_mode_ever_vibrates_or_speaks_where_the_device_cannot() {
        for audio in [false, true] {
            for speech in [false, true] {
                for vibrate in [false, true] {
                    let can = CueAbilities { audio, speech, vibrate };
                    for mode in [CueMode::VoiceAndBeeps, CueMode::Beeps, CueMode::Vibrate, CueMode::Silent] {
                        let (c, fallback) = cue_channels(mode, can);
                        assert!(!c.vibrate || vibrate, "{mode:?} {can:?}");
                        assert!(!c.voice || speech, "{mode:?} {can:?}");
                        assert!(!c.beeps || audio, "{mode:?} {can:?}");
                        // A mode settings would not offer always falls back with a message.
                        if unavailable_reason(mode, can).is_some() {
                            assert!(fallback.is_some(), "{mode:?} {can:?}");
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn voice_and_beeps_keeps_what_works() {
        let no_speech = CueAbilities { speech: false, ..CueAbilities::ALL };
        assert_eq!(cue_channels(CueMode::VoiceAndBeeps, no_speech), (Channels { beeps: true, ..Channels::default() }, Some(Fallback::BeepsWithoutVoice)));
        let no_audio = CueAbilities { audio: false, ..CueAbilities::ALL };
        assert_eq!(cue_channels(CueMode::VoiceAndBeeps, no_audio), (Channels { voice: true, ..Channels::default() }, Some(Fallback::VoiceWithoutBeeps)));
        assert_eq!(cue_channels(CueMode::Silent, CueAbilities { audio: false, speech: false, vibrate: false }), (Channels::default(), None));
    }
}
