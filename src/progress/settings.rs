//! The person's choices: cues, timing, levels, theme.

use crate::routine::{
    Dosage, ExerciseId, CRUNCH_REST_MAX_S, CRUNCH_REST_MIN_S, MAX_CORE_BREATHS, MIN_SWING_REST_S,
};
use super::reminder::Reminder;
use crate::i18n::{Lang, Words};
use crate::tr;
use serde::{Deserialize, Serialize};
use std::ops::RangeInclusive;

/// How the player talks to the person.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CueMode {
    /// Spoken instructions and beeps.
    #[default]
    VoiceAndBeeps,
    /// Beeps only.
    Beeps,
    /// Vibration only.
    Vibrate,
    /// Nothing audible.
    Silent,
}

/// Colour theme.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Theme {
    /// Follow the system.
    #[default]
    System,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

/// Everything the person can set. Unknown or missing fields fall back to
/// defaults so old documents keep loading.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Cue mode.
    pub cue_mode: CueMode,
    /// Beep and voice volume, 0.0-1.0.
    pub volume: f32,
    /// Preferred speech voice name, when the browser offers several.
    pub voice: Option<String>,
    /// Countdown before the first step and before each exercise, seconds.
    pub get_ready_s: u32,
    /// The breath length of format 3's first builds (6 s, rushed for a full
    /// breath pushed out through a small "oo"). No longer used for timing,
    /// which [`Settings::slow_breath_s`] took over; kept so documents are
    /// read and written as before.
    pub breath_s: u32,
    /// Rest between bridge holds, seconds.
    pub bridge_rest_s: u32,
    /// Rest between crunch sets, seconds ([`CRUNCH_REST_MIN_S`] to
    /// [`CRUNCH_REST_MAX_S`], around the source's 45).
    pub crunch_rest_s: u32,
    /// Rest between leg swings, seconds (never below [`MIN_SWING_REST_S`]).
    pub swing_rest_s: u32,
    /// Level index on each exercise's ladder, in routine order.
    pub levels: [usize; 5],
    /// Which exercises are in the plan, in routine order. The stretches'
    /// entry is always taken as true: they follow every workout.
    pub enabled: [bool; 5],
    /// Colour theme.
    pub theme: Theme,
    /// Larger text everywhere.
    pub large_text: bool,
    /// Core breaths per workout, chosen freely (1 to [`MAX_CORE_BREATHS`]):
    /// the source lets the person do as many as they like. Added in format 3,
    /// which moved it off the level ladder.
    pub core_breaths: u32,
    /// The get-ready before an exercise in another position (onto the floor,
    /// up to standing, onto the stomach), seconds: a sore back needs more
    /// than the usual countdown for that. Stored only when changed.
    #[serde(skip_serializing_if = "is_default_change_position")]
    pub change_position_s: u32,
    /// The crunch cadence: one crunch every this many ms, ticked and counted
    /// aloud, ending the set by itself; 0 for counting yourself and tapping
    /// Done. Stored only when changed.
    #[serde(skip_serializing_if = "is_default_crunch_pace")]
    pub crunch_pace_ms: u32,
    /// The reminder's days and time (see `reminder.rs`). Added after format
    /// 3 shipped: not written while it is the default, so documents of
    /// people who never set one are written byte for byte as before.
    #[serde(skip_serializing_if = "Reminder::is_default")]
    pub reminder: Reminder,
    /// One slow paced breath, in and out, seconds ([`SLOW_BREATH_RANGE_S`]):
    /// about 4 s in, the rest out (`workout::in_breath_ms`). Paces the core
    /// breath and the stretches' breaths. Stored only when changed, so
    /// documents written before it existed read and write as before.
    #[serde(skip_serializing_if = "is_default_slow_breath")]
    pub slow_breath_s: u32,
    /// The language chosen in Settings; none to follow the phone's. Stored
    /// only when chosen, so other documents are written as before.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<Lang>,
}

/// The limits of the timing settings, in seconds, each an inclusive range.
/// One table ([`LIMITS`]) read by the settings screen's fields,
/// [`Settings::sanitized`], `validate_settings` and the check of a running
/// workout read back from storage (`workout::check`), so a value settings
/// allow is never refused on reload.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Limits {
    /// The usual countdown before an exercise.
    pub get_ready_s: RangeInclusive<u32>,
    /// The countdown before an exercise in another position.
    pub change_position_s: RangeInclusive<u32>,
    /// One paced breath of the older setting (read and kept, no longer pacing anything).
    pub breath_s: RangeInclusive<u32>,
    /// One slow breath, in and out.
    pub slow_breath_s: RangeInclusive<u32>,
    /// Rest between bridge holds.
    pub bridge_rest_s: RangeInclusive<u32>,
    /// Rest between crunch sets (around the source's 45 s).
    pub crunch_rest_s: RangeInclusive<u32>,
    /// Rest between leg swings (never below the routine's minimum).
    pub swing_rest_s: RangeInclusive<u32>,
}

/// The one table of timing limits (see [`Limits`]).
pub const LIMITS: Limits = Limits {
    get_ready_s: 3..=30,
    change_position_s: 3..=60,
    breath_s: 3..=15,
    slow_breath_s: SLOW_BREATH_RANGE_S,
    bridge_rest_s: 5..=120,
    crunch_rest_s: CRUNCH_REST_MIN_S..=CRUNCH_REST_MAX_S,
    swing_rest_s: MIN_SWING_REST_S..=120,
};

impl Limits {
    /// Any countdown a plan may hold before an exercise: the usual get-ready
    /// or the longer one for a change of position.
    pub fn countdown_s(&self) -> RangeInclusive<u32> {
        let (a, b) = (&self.get_ready_s, &self.change_position_s);
        *a.start().min(b.start())..=*a.end().max(b.end())
    }

    /// Each timing setting of `s` outside its range, as (the message id of
    /// the setting's name for the person, its range), in the settings
    /// screen's order.
    pub fn outside(&self, s: &Settings) -> Vec<(&'static str, RangeInclusive<u32>)> {
        [
            ("records-limit-get-ready", s.get_ready_s, &self.get_ready_s),
            ("records-limit-breath", s.slow_breath_s, &self.slow_breath_s),
            ("records-limit-bridge-rest", s.bridge_rest_s, &self.bridge_rest_s),
            ("records-limit-change", s.change_position_s, &self.change_position_s),
            ("records-limit-crunch-rest", s.crunch_rest_s, &self.crunch_rest_s),
            ("records-limit-swing-rest", s.swing_rest_s, &self.swing_rest_s),
        ]
        .into_iter()
        .filter(|(_, v, range)| !range.contains(v))
        .map(|(name, _, range)| (name, range.clone()))
        .collect()
    }
}

/// `v` pulled inside `range`.
fn clamp_to(v: u32, range: &RangeInclusive<u32>) -> u32 {
    v.clamp(*range.start(), *range.end())
}

/// Default get-ready before a change of position, seconds.
pub const CHANGE_POSITION_S: u32 = 15;
/// Default crunch cadence, ms a crunch: quick, as the routine asks, yet easy to follow.
pub const CRUNCH_PACE_MS: u32 = 1_500;
/// The quickest and slowest cadence offered, ms a crunch.
pub const CRUNCH_PACE_RANGE_MS: std::ops::RangeInclusive<u32> = 1_200..=3_000;

/// Default slow breath, seconds: about 4 s in and 7 s out.
pub const SLOW_BREATH_S: u32 = 11;
/// The quickest and slowest breath offered, seconds: never less than about
/// 6 s out, never so slow it strains.
pub const SLOW_BREATH_RANGE_S: std::ops::RangeInclusive<u32> = 10..=16;

fn is_default_slow_breath(s: &u32) -> bool {
    *s == SLOW_BREATH_S
}

fn is_default_change_position(s: &u32) -> bool {
    *s == CHANGE_POSITION_S
}

fn is_default_crunch_pace(ms: &u32) -> bool {
    *ms == CRUNCH_PACE_MS
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            cue_mode: CueMode::default(),
            volume: 0.8,
            voice: None,
            get_ready_s: 5,
            breath_s: 6,
            bridge_rest_s: crate::routine::BRIDGE_REST_S,
            crunch_rest_s: crate::routine::CRUNCH_REST_S,
            swing_rest_s: MIN_SWING_REST_S,
            levels: [0; 5],
            enabled: [true; 5],
            theme: Theme::default(),
            large_text: false,
            core_breaths: 5,
            change_position_s: CHANGE_POSITION_S,
            crunch_pace_ms: CRUNCH_PACE_MS,
            reminder: Reminder::default(),
            slow_breath_s: SLOW_BREATH_S,
            language: None,
        }
    }
}

impl Settings {
    /// Index of an exercise in the per-exercise arrays.
    pub fn slot(id: ExerciseId) -> usize {
        ExerciseId::ALL.iter().position(|e| *e == id).unwrap_or(0)
    }

    /// The level chosen for an exercise, clamped to its ladder.
    pub fn level(&self, id: ExerciseId) -> usize {
        self.levels[Self::slot(id)].min(id.exercise().max_level())
    }

    /// The dosage the next plan uses for an exercise.
    pub fn dosage(&self, id: ExerciseId) -> Dosage {
        match id {
            ExerciseId::CoreBreath => Dosage::Breaths { count: self.core_breaths.clamp(1, MAX_CORE_BREATHS) },
            _ => id.exercise().dosage_at(self.level(id)),
        }
    }

    /// Whether an exercise is in the plan. The stretches always are.
    pub fn is_enabled(&self, id: ExerciseId) -> bool {
        id == ExerciseId::MidBackStretches || self.enabled[Self::slot(id)]
    }

    /// The line home and the card show for an exercise's next dosage, with
    /// the rest these settings give it, e.g. "2 × 15 reps, 45 s rest" or
    /// "2 × 10 s hold, 10 s rest between holds".
    pub fn dosage_text(&self, id: ExerciseId, words: &Words) -> String {
        let s = self.sanitized();
        let dosage = s.dosage(id);
        let summary = dosage.summary(words);
        match dosage {
            Dosage::Holds { repeats, .. } if repeats > 1 => tr!(words, "records-dosage-hold-rest", dosage = summary, seconds = s.bridge_rest_s),
            Dosage::Reps { sets, .. } if sets > 1 => tr!(words, "records-dosage-set-rest", dosage = summary, seconds = s.crunch_rest_s),
            Dosage::Swings { .. } => tr!(words, "records-dosage-swing-rest", dosage = summary, seconds = s.swing_rest_s),
            _ => summary,
        }
    }

    /// Settings with every value pulled back inside the routine's limits:
    /// rests never below the minimums (crunch rests near 45 s), breaths and
    /// countdowns sensible, the stretches always on.
    pub fn sanitized(&self) -> Settings {
        let mut s = self.clone();
        s.volume = if s.volume.is_finite() { s.volume.clamp(0.0, 1.0) } else { 0.8 };
        s.get_ready_s = clamp_to(s.get_ready_s, &LIMITS.get_ready_s);
        s.breath_s = clamp_to(s.breath_s, &LIMITS.breath_s);
        s.slow_breath_s = clamp_to(s.slow_breath_s, &LIMITS.slow_breath_s);
        s.bridge_rest_s = clamp_to(s.bridge_rest_s, &LIMITS.bridge_rest_s);
        s.crunch_rest_s = clamp_to(s.crunch_rest_s, &LIMITS.crunch_rest_s);
        s.change_position_s = clamp_to(s.change_position_s, &LIMITS.change_position_s);
        if s.crunch_pace_ms != 0 {
            s.crunch_pace_ms = s.crunch_pace_ms.clamp(*CRUNCH_PACE_RANGE_MS.start(), *CRUNCH_PACE_RANGE_MS.end());
        }
        s.swing_rest_s = clamp_to(s.swing_rest_s, &LIMITS.swing_rest_s);
        s.core_breaths = s.core_breaths.clamp(1, MAX_CORE_BREATHS);
        for id in ExerciseId::ALL {
            let i = Self::slot(id);
            s.levels[i] = s.levels[i].min(id.exercise().max_level());
        }
        s.enabled[Self::slot(ExerciseId::MidBackStretches)] = true;
        s
    }
}
