//! Synthesized beeps scheduled ahead on the `AudioContext` clock, so a cue
//! sounds on time even when the page's timers are throttled. Which tones
//! each cue plays is the core's (`workout::tones`), so the coach can keep
//! speech clear of them.

use crate::workout::{tones, CueKind, Tone};
use std::cell::RefCell;
use web_sys::{AudioContext, AudioContextState, GainNode, OscillatorNode, OscillatorType};

struct Scheduled {
    osc: OscillatorNode,
    gain: GainNode,
    start: f64,
}

thread_local! {
    static CONTEXT: RefCell<Option<AudioContext>> = const { RefCell::new(None) };
    static PENDING: RefCell<Vec<Scheduled>> = const { RefCell::new(Vec::new()) };
}

/// Creates or resumes the one `AudioContext`. Must run inside a user gesture
/// (the Start tap), in the tap's own event handler: Safari on iOS lets a
/// context start only there, not from a task the tap posted. Nothing where
/// the engine has no Web Audio.
pub fn unlock() {
    if !super::support::has_audio() {
        return;
    }
    CONTEXT.with(|c| {
        let mut c = c.borrow_mut();
        if c.as_ref().is_none_or(|ctx| ctx.state() == AudioContextState::Closed) {
            *c = AudioContext::new().ok();
        }
        if let Some(ctx) = c.as_ref() {
            if ctx.state() != AudioContextState::Running {
                let _ = ctx.resume();
            }
        }
    });
}

/// Asks a context that was started once but stopped since (a phone call,
/// another app's audio, a long time hidden) to run again. Browsers allow
/// this without a new tap where they allow it at all; after a reload there
/// is no context yet, and only a tap ([`unlock`]) makes one. iOS reports an
/// interrupted context as "interrupted", a state web-sys does not name, so
/// anything but running or closed is asked to resume.
pub fn try_resume() {
    CONTEXT.with(|c| {
        if let Some(ctx) = c.borrow().as_ref() {
            if !matches!(ctx.state(), AudioContextState::Running | AudioContextState::Closed) {
                let _ = ctx.resume();
            }
        }
    });
}

/// True when an audio context exists and runs.
pub fn is_running() -> bool {
    CONTEXT.with(|c| c.borrow().as_ref().is_some_and(|ctx| ctx.state() == AudioContextState::Running))
}

/// Schedules the beeps of a cue `delay_ms` from now at `volume` (0-1).
pub fn schedule(kind: CueKind, rest_start: bool, delay_ms: u64, volume: f32) {
    CONTEXT.with(|c| {
        let Some(ctx) = c.borrow().clone() else { return };
        let at = ctx.current_time() + delay_ms as f64 / 1000.0;
        for tone in tones(kind, rest_start) {
            if let Some(s) = beep(&ctx, tone, at, volume) {
                PENDING.with(|p| p.borrow_mut().push(s));
            }
        }
        // Forget nodes that have played, so the list stays small over an hour.
        let now = ctx.current_time();
        PENDING.with(|p| p.borrow_mut().retain(|s| s.start + 1.0 > now));
    });
}

fn beep(ctx: &AudioContext, tone: &Tone, at: f64, volume: f32) -> Option<Scheduled> {
    let Tone { hz: freq, at_s: offset, len_s: len } = *tone;
    let start = at + offset;
    let osc = ctx.create_oscillator().ok()?;
    osc.set_type(OscillatorType::Sine);
    osc.frequency().set_value_at_time(freq, start).ok()?;
    let gain = ctx.create_gain().ok()?;
    let g = gain.gain();
    let peak = (volume.clamp(0.0, 1.0) * 0.5).max(0.0001);
    // A short attack and release avoid clicks.
    g.set_value_at_time(0.0001, start).ok()?;
    g.exponential_ramp_to_value_at_time(peak, start + 0.01).ok()?;
    g.exponential_ramp_to_value_at_time(0.0001, start + len).ok()?;
    osc.connect_with_audio_node(&gain).ok()?;
    gain.connect_with_audio_node(&ctx.destination()).ok()?;
    osc.start_with_when(start).ok()?;
    osc.stop_with_when(start + len + 0.02).ok()?;
    Some(Scheduled { osc, gain, start })
}

/// Silences every beep not yet played (after pause, skip or finish).
pub fn cancel_pending() {
    let now = CONTEXT.with(|c| c.borrow().as_ref().map(|ctx| ctx.current_time()));
    PENDING.with(|p| {
        for s in p.borrow_mut().drain(..) {
            if now.is_none_or(|n| s.start > n) {
                let _ = s.gain.disconnect();
                let _ = s.osc.disconnect();
            }
        }
    });
}

/// Plays one test beep now (settings' test button).
pub fn test_beep(volume: f32) {
    unlock();
    schedule(CueKind::StepStart, false, 30, volume);
}
