//! The person's choices: cues, timing, levels, theme.

use crate::json::{self, Fields, FromFields, ToJson, Writer};
use crate::routine::{ExerciseId, MIN_SWING_REST_S};

/// How the player talks to the person.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
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
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
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
#[derive(Clone, Debug, PartialEq)]
pub struct Settings {
    /// Cue mode.
    pub cue_mode: CueMode,
    /// Beep and voice volume, 0.0-1.0.
    pub volume: f32,
    /// Preferred speech voice name, when the browser offers several.
    pub voice: Option<String>,
    /// Countdown before the first step and before each exercise, seconds.
    pub get_ready_s: u32,
    /// Length of one paced breath, seconds.
    pub breath_s: u32,
    /// Rest between bridge holds, seconds.
    pub bridge_rest_s: u32,
    /// Rest between crunch sets, seconds.
    pub crunch_rest_s: u32,
    /// Rest between leg swings, seconds (never below [`MIN_SWING_REST_S`]).
    pub swing_rest_s: u32,
    /// Level index on each exercise's ladder, in routine order.
    pub levels: [usize; 5],
    /// Which exercises are in the plan, in routine order.
    pub enabled: [bool; 5],
    /// Colour theme.
    pub theme: Theme,
    /// Larger text everywhere.
    pub large_text: bool,
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
    pub fn dosage(&self, id: ExerciseId) -> crate::routine::Dosage {
        id.exercise().dosage_at(self.level(id))
    }

    /// Whether an exercise is in the plan.
    pub fn is_enabled(&self, id: ExerciseId) -> bool {
        self.enabled[Self::slot(id)]
    }

    /// Settings with every value pulled back inside the routine's limits:
    /// rests never below the minimums, breaths and countdowns sensible.
    pub fn sanitized(&self) -> Settings {
        let mut s = self.clone();
        s.volume = if s.volume.is_finite() { s.volume.clamp(0.0, 1.0) } else { 0.8 };
        s.get_ready_s = s.get_ready_s.clamp(3, 30);
        s.breath_s = s.breath_s.clamp(3, 15);
        s.bridge_rest_s = s.bridge_rest_s.clamp(5, 120);
        s.crunch_rest_s = s.crunch_rest_s.clamp(15, 180);
        s.swing_rest_s = s.swing_rest_s.clamp(MIN_SWING_REST_S, 120);
        for id in ExerciseId::ALL {
            let i = Self::slot(id);
            s.levels[i] = s.levels[i].min(id.exercise().max_level());
        }
        s
    }
}

// Stored form: every field under its Rust name, in declaration order.

json::words!(CueMode { VoiceAndBeeps = "voice-and-beeps", Beeps = "beeps", Vibrate = "vibrate", Silent = "silent" });
json::words!(Theme { System = "system", Light = "light", Dark = "dark" });

impl FromFields for Settings {
    fn from_fields(f: &mut Fields) -> Settings {
        let d = Settings::default();
        Settings {
            cue_mode: f.get("cue_mode", d.cue_mode),
            volume: f.get("volume", d.volume),
            voice: f.get("voice", d.voice),
            get_ready_s: f.get("get_ready_s", d.get_ready_s),
            breath_s: f.get("breath_s", d.breath_s),
            bridge_rest_s: f.get("bridge_rest_s", d.bridge_rest_s),
            crunch_rest_s: f.get("crunch_rest_s", d.crunch_rest_s),
            swing_rest_s: f.get("swing_rest_s", d.swing_rest_s),
            levels: f.get("levels", d.levels),
            enabled: f.get("enabled", d.enabled),
            theme: f.get("theme", d.theme),
            large_text: f.get("large_text", d.large_text),
        }
    }
}

impl ToJson for Settings {
    fn write_json(&self, w: &mut Writer) {
        let Settings {
            cue_mode,
            volume,
            voice,
            get_ready_s,
            breath_s,
            bridge_rest_s,
            crunch_rest_s,
            swing_rest_s,
            levels,
            enabled,
            theme,
            large_text,
        } = self;
        w.begin_object();
        w.field("cue_mode", cue_mode);
        w.field("volume", volume);
        w.field("voice", voice);
        w.field("get_ready_s", get_ready_s);
        w.field("breath_s", breath_s);
        w.field("bridge_rest_s", bridge_rest_s);
        w.field("crunch_rest_s", crunch_rest_s);
        w.field("swing_rest_s", swing_rest_s);
        w.field("levels", levels);
        w.field("enabled", enabled);
        w.field("theme", theme);
        w.field("large_text", large_text);
        w.end_object();
    }
}
