//! The sounds of the cues: the tones of each, and which beeps one tick
//! puts on the audio clock (one sound per instant, the telling one).

use super::script::quiet_countdown;
use crate::workout::plan::StepKind;
use crate::workout::session::{Cue, CueKind, Session};

/// A beep to put on the audio clock.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Beep {
    /// What it marks.
    pub kind: CueKind,
    /// True when the cue starts a rest (a softer sound).
    pub rest_start: bool,
    /// Delay from the tick's instant, ms.
    pub delay_ms: u64,
}

/// One tone of a cue's sound: frequency (Hz), start and length (s) from the
/// cue's instant. The browser plays them; the coach needs their length so
/// that speech never talks over a beep.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Tone {
    /// Pitch, Hz.
    pub hz: f32,
    /// Start after the cue's instant, s.
    pub at_s: f64,
    /// Length, s.
    pub len_s: f64,
}

/// The tones for each cue: short ticks for 3-2-1, rising for starts, falling
/// into rests, a two-note "switch", a chord for done.
pub fn tones(kind: CueKind, rest_start: bool) -> &'static [Tone] {
    use Tone as T;
    match kind {
        CueKind::Count(_) => &[T { hz: 880.0, at_s: 0.0, len_s: 0.07 }],
        CueKind::Rep(_) => &[T { hz: 1318.0, at_s: 0.0, len_s: 0.03 }],
        CueKind::StepStart if rest_start => &[T { hz: 660.0, at_s: 0.0, len_s: 0.14 }, T { hz: 440.0, at_s: 0.16, len_s: 0.22 }],
        CueKind::StepStart => &[T { hz: 1046.0, at_s: 0.0, len_s: 0.25 }],
        CueKind::Halfway => &[T { hz: 740.0, at_s: 0.0, len_s: 0.08 }, T { hz: 740.0, at_s: 0.14, len_s: 0.08 }],
        CueKind::SwitchSide => &[T { hz: 523.0, at_s: 0.0, len_s: 0.12 }, T { hz: 784.0, at_s: 0.14, len_s: 0.12 }, T { hz: 523.0, at_s: 0.28, len_s: 0.12 }],
        CueKind::RestOver => &[T { hz: 988.0, at_s: 0.0, len_s: 0.18 }],
        CueKind::ExerciseDone => &[T { hz: 523.0, at_s: 0.0, len_s: 0.12 }, T { hz: 659.0, at_s: 0.13, len_s: 0.12 }, T { hz: 784.0, at_s: 0.26, len_s: 0.22 }],
        CueKind::WorkoutDone => &[T { hz: 523.0, at_s: 0.0, len_s: 0.15 }, T { hz: 659.0, at_s: 0.16, len_s: 0.15 }, T { hz: 784.0, at_s: 0.32, len_s: 0.15 }, T { hz: 1046.0, at_s: 0.48, len_s: 0.45 }],
    }
}

/// How long a cue's sound lasts, ms.
pub fn sound_ms(kind: CueKind, rest_start: bool) -> u64 {
    let end = tones(kind, rest_start).iter().map(|t| t.at_s + t.len_s).fold(0.0, f64::max);
    (end * 1000.0).ceil() as u64
}

/// The beeps of the due cues, one sound per instant: where two cues meet
/// (a switch of side as a step starts, a rest ending as the next begins),
/// the more telling one plays. With a voice, the workout's end is said,
/// not chimed.
pub(super) fn beeps(session: &Session, due: Vec<(Cue, u64)>, voice: bool) -> Vec<Beep> {
    fn rank(kind: CueKind) -> u8 {
        match kind {
            CueKind::WorkoutDone => 6,
            CueKind::ExerciseDone => 5,
            CueKind::SwitchSide => 4,
            CueKind::RestOver => 3,
            CueKind::StepStart => 2,
            CueKind::Halfway => 1,
            CueKind::Count(_) | CueKind::Rep(_) => 0,
        }
    }
    let said_end = due.iter().find(|(c, _)| c.kind == CueKind::WorkoutDone).map(|(c, _)| c.at_ms).filter(|_| voice);
    let mut out: Vec<Beep> = Vec::new();
    for (cue, delay_ms) in due {
        let voiced = voice && session.plan.steps.get(cue.step).is_some_and(quiet_countdown);
        if said_end == Some(cue.at_ms) || (voiced && matches!(cue.kind, CueKind::Count(_))) {
            continue;
        }
        let beep = Beep { kind: cue.kind, rest_start: starts_rest(session, &cue), delay_ms };
        match out.last_mut() {
            Some(prev) if prev.delay_ms == delay_ms => {
                if rank(beep.kind) > rank(prev.kind) {
                    *prev = beep;
                }
            }
            _ => out.push(beep),
        }
    }
    out
}

/// True when the cue belongs to a rest step.
fn starts_rest(session: &Session, cue: &Cue) -> bool {
    session.plan.steps.get(cue.step).is_some_and(|s| s.kind == StepKind::Rest)
}
