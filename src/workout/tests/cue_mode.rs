//! What each cue mode gives on a device that cannot vibrate, speak or beep.

use crate::progress::CueMode;
use crate::workout::cue_mode::*;
use crate::workout::Channels;

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
