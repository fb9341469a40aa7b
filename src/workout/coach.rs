//! The cue policy: from the session's cues, what the player does at each
//! timer tick — which beeps go on the audio clock (ahead of time, so a
//! throttled tab still beeps on time), which lines are spoken and which
//! cues vibrate. Pure: the browser layer passes the instant and whether the
//! page is hidden, and carries out what [`Coach::tick`] returns.

use super::plan::{Side, Step, StepKind};
use super::scheduler::CueScheduler;
use super::session::{Cue, CueKind, Session};

/// How far ahead beeps are put on the audio clock while the page shows, ms.
pub const LOOKAHEAD_VISIBLE_MS: u64 = 1_500;
/// The same while hidden: hidden tabs get timers about once a minute, so
/// they schedule more than a minute ahead.
pub const LOOKAHEAD_HIDDEN_MS: u64 = 70_000;
/// Spoken cues older than this are skipped rather than read out late, ms.
pub const STALE_SPEECH_MS: u64 = 2_000;

/// Which ways of cueing the person chose.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Channels {
    /// Synthesized beeps on the audio clock.
    pub beeps: bool,
    /// Spoken step instructions.
    pub voice: bool,
    /// Vibration patterns.
    pub vibrate: bool,
}

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

/// What one tick asks of the browser.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TickCues {
    /// Beeps to schedule.
    pub beeps: Vec<Beep>,
    /// Lines to speak now, in order.
    pub speech: Vec<String>,
    /// Cues to vibrate now, in order.
    pub vibrations: Vec<CueKind>,
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

/// A count word follows its crunch's tick by this much.
const REP_WORD_DELAY_MS: u64 = 60;
/// Words start this long after their step's instant, after its start sound
/// (the longest, a finished exercise's chord, lasts 0.48 s).
pub const SPEECH_DELAY_MS: u64 = 550;
/// The end of a timed step is kept clear of speech: its 3-2-1 beeps, and a
/// moment before them.
const COUNTDOWN_CLEAR_MS: u64 = 3_500;
/// Rests shorter than this get no 3-2-1 when a voice coaches: their few
/// seconds are better spent saying what comes next.
const SHORT_REST_MS: u64 = 8_000;
/// Speech ends at least this long before the next step starts.
const STEP_CLEAR_MS: u64 = 500;

/// True when the voice, not a countdown, fills the end of this step: a
/// short rest or get-ready has only seconds enough to say what comes next.
fn quiet_countdown(step: &Step) -> bool {
    matches!(step.kind, StepKind::Rest | StepKind::Transition) && step.duration_ms.unwrap_or(0) < SHORT_REST_MS
}

/// About how long a line takes to say at the normal rate: a little over a
/// third of a second a word (170 words a minute) and a short lead-in. Kept on
/// the long side, so a line planned to fit really does.
pub fn speech_ms(line: &str) -> u64 {
    200 + 360 * line.split_whitespace().count() as u64
}

/// Whole numbers the way a voice should say them ("fifteen", not "1 5").
pub fn number_words(n: u32) -> String {
    const ONES: [&str; 20] = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ];
    const TENS: [&str; 10] = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
    match n {
        0..=19 => ONES[n as usize].to_string(),
        20..=99 if n.is_multiple_of(10) => TENS[(n / 10) as usize].to_string(),
        20..=99 => format!("{}-{}", TENS[(n / 10) as usize], ONES[(n % 10) as usize]),
        100 => "one hundred".to_string(),
        _ => n.to_string(),
    }
}

/// Text as a voice should read it: every whole number in words ("2 deep
/// breaths" -> "two deep breaths").
fn spoken(text: &str) -> String {
    text.split(' ')
        .map(|word| {
            let digits = word.trim_end_matches(|c: char| !c.is_ascii_digit());
            match digits.parse::<u32>() {
                Ok(n) if !digits.is_empty() => format!("{}{}", number_words(n), &word[digits.len()..]),
                _ => word.to_string(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Capitalises the first letter (sentences built from parts).
fn capitalised(s: &str) -> String {
    let mut chars = s.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// A title as a voice should read it: no dash to pronounce, lower case after the first word.
fn spoken_title(title: &str) -> String {
    title.replace(" – ", ", ").to_lowercase()
}

/// True for the last of a counted series of steps (and a series of more than one).
fn is_last(step: &Step) -> bool {
    step.set.is_some_and(|(i, n)| n > 1 && i == n)
}

/// The side the person last worked, among the sided steps before `index` of the same exercise.
fn previous_side(steps: &[Step], index: usize) -> Option<Side> {
    let step = &steps[index];
    steps[..index].iter().rev().take_while(|s| s.exercise == step.exercise).find_map(|s| s.side)
}

/// What the coach says about a step that comes next, from most to least
/// needed: what it is, then how to do it (only when a new exercise starts).
fn next_parts(next: &Step, new_exercise: bool) -> (String, Option<String>) {
    let what = match next.kind {
        StepKind::Reps => format!("{} {}", next.reps.map(number_words).unwrap_or_default(), spoken_title(&next.title)),
        _ => spoken_title(&next.title),
    };
    let what = if is_last(next) && !matches!(next.kind, StepKind::Breaths) {
        let last = if next.kind == StepKind::Reps { "the last set" } else { "the last one" };
        format!("{what}, {last}")
    } else {
        what
    };
    (what, new_exercise.then(|| spoken(&next.instruction)))
}

/// The line said at the start of a rest or a get-ready: what to do now and
/// what comes next, cut to what can be said before the step's last seconds.
fn prep_line(steps: &[Step], index: usize) -> String {
    let step = &steps[index];
    let clear = if quiet_countdown(step) { STEP_CLEAR_MS } else { COUNTDOWN_CLEAR_MS };
    let budget = step.duration_ms.unwrap_or(0).saturating_sub(clear + SPEECH_DELAY_MS);
    let next = steps.get(index + 1);
    let new_exercise = next.is_some_and(|n| n.exercise != step.exercise || step.kind != StepKind::Rest);
    let opener = match (step.kind, next) {
        // "Rest. Rest on your back…" would say it twice.
        (StepKind::Rest, _) if step.instruction.starts_with("Rest") => String::new(),
        (StepKind::Rest, _) => "Rest.".to_string(),
        (_, Some(n)) if n.exercise != steps.get(index.wrapping_sub(1)).map_or(n.exercise, |p| p.exercise) || index == 0 => {
            format!("{}.", n.exercise.exercise().name)
        }
        _ => "Get ready.".to_string(),
    };
    // The parts in the order they are said; kept by need while they fit:
    // what comes next, then what to do now, then how to do what comes next.
    let (what, how) = match next {
        Some(next) => {
            let (what, how) = next_parts(next, new_exercise);
            (Some(what), how)
        }
        None => (None, None),
    };
    let now_part = Some(spoken(&step.instruction));
    let next_part = what.filter(|_| step.kind == StepKind::Rest).map(|w| format!("Next: {w}."));
    let parts = [now_part, next_part, how];
    let mut kept = [false; 3];
    for i in [1, 0, 2] {
        kept[i] = parts[i].is_some();
        let line = said(&opener, &parts, &kept);
        if speech_ms(&line) > budget {
            kept[i] = false;
        }
    }
    said(&opener, &parts, &kept)
}

/// The opener and the kept parts, in order.
fn said(opener: &str, parts: &[Option<String>; 3], kept: &[bool; 3]) -> String {
    let mut line = opener.to_string();
    for (part, keep) in parts.iter().zip(kept) {
        if let (Some(part), true) = (part, keep) {
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(part);
        }
    }
    line
}

/// What the coach says during a step, as (ms into the step, line): the prep
/// line of a rest or get-ready; one short word or two as a hold, a set or a
/// swing starts; halfway in long steps; the breath's own rhythm, in and out.
pub fn moments(steps: &[Step], index: usize) -> Vec<(u64, String)> {
    let Some(step) = steps.get(index) else { return Vec::new() };
    let duration = step.duration_ms.unwrap_or(0);
    let last = if is_last(step) { "Last one. " } else { "" };
    let switched = step.side.is_some() && previous_side(steps, index).is_some_and(|side| Some(side) != step.side);
    let mut out = Vec::new();
    match step.kind {
        StepKind::GetReady | StepKind::Transition | StepKind::Rest => out.push((SPEECH_DELAY_MS, prep_line(steps, index))),
        StepKind::Hold => out.push((SPEECH_DELAY_MS, format!("{last}Hold."))),
        StepKind::Reps if duration > 0 => {
            // A paced set: its start is the first crunch; then a word after a tick every five,
            // and "last five" (the set is said during the rest or get-ready before it).
            let reps = step.reps.unwrap_or(0).max(1);
            let pace = duration / u64::from(reps);
            for n in 2..=reps {
                let left = reps - n + 1;
                let word = if left == 5 && reps > 5 {
                    "Last five.".to_string()
                } else if (n - 1) % 5 == 0 && left > 5 {
                    format!("{}.", capitalised(&number_words(n - 1)))
                } else {
                    continue;
                };
                out.push((pace * u64::from(n - 1) + REP_WORD_DELAY_MS, word));
            }
        }
        StepKind::Reps => {
            let last = if is_last(step) { "Last set. " } else { "" };
            let count = step.reps.map(number_words).map(|n| capitalised(&n)).unwrap_or_default();
            out.push((SPEECH_DELAY_MS, format!("{last}{count} {}. Go.", spoken_title(&step.title))));
        }
        StepKind::Timed => {
            let side = match (switched, step.side) {
                (true, _) => "Switch legs. ".to_string(),
                (false, Some(side)) => format!("{} leg. ", capitalised(side.word())),
                (false, None) => String::new(),
            };
            out.push((SPEECH_DELAY_MS, format!("{side}Go.")));
        }
        StepKind::Breaths => {
            let breaths = u64::from(step.breaths.unwrap_or(1).max(1));
            let half = duration / (2 * breaths);
            let first_in = match step.side {
                Some(_) if switched => "Other side. Breathe in.".to_string(),
                Some(side) => format!("Lean {}. Breathe in.", side.word()),
                None if breaths > 1 => "Push up slowly. Breathe in.".to_string(),
                None => format!("{last}Breathe in."),
            };
            let out_word = if breaths == 1 && step.side.is_none() { "Out, through a small oo." } else { "And out." };
            for b in 0..breaths {
                let start = b * 2 * half;
                out.push((start.max(SPEECH_DELAY_MS), if b == 0 { first_in.clone() } else { "In.".to_string() }));
                out.push((start + half, out_word.to_string()));
            }
        }
    }
    if matches!(step.kind, StepKind::Hold | StepKind::Timed) && duration >= 20_000 {
        out.push((duration / 2 + SPEECH_DELAY_MS, "Halfway.".to_string()));
    }
    out
}

/// Remembers what was already handed over, so each cue sounds once however
/// irregular the ticks are.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Coach {
    scheduler: CueScheduler,
    /// Vibrations fire when their cue falls due, from this instant on.
    voiced_until_ms: u64,
    /// The step and the active ms into it at the last tick: a line is due
    /// once the step's clock passes its moment.
    seen: Option<(usize, u64)>,
    /// The end of the workout was said.
    said_done: bool,
    /// The current step's [`moments`], built once per step rather than at
    /// every tick (the plan is fixed for the session).
    lines: Option<(usize, Vec<(u64, String)>)>,
}

impl Coach {
    /// A coach that cues from `from_ms` on, inclusive: a session started at
    /// that instant gets its first step's cues. The player passes an instant
    /// a little before it opens, so the start of a workout begun in the tap's
    /// task is still cued; older cues are dropped as stale.
    pub fn new(from_ms: u64) -> Coach {
        Coach { scheduler: CueScheduler::new(from_ms), voiced_until_ms: from_ms.saturating_sub(1), seen: None, said_done: false, lines: None }
    }

    /// Forgets what was scheduled from `now_ms` on: call after any manual
    /// move (pause, next, …) once the browser has cancelled its pending beeps.
    pub fn reset(&mut self, now_ms: u64) {
        self.scheduler.reset(now_ms);
    }

    /// The cues to carry out at `now_ms`.
    pub fn tick(&mut self, session: &Session, now_ms: u64, channels: Channels, hidden: bool) -> TickCues {
        let mut out = TickCues::default();
        let lookahead = if hidden { LOOKAHEAD_HIDDEN_MS } else { LOOKAHEAD_VISIBLE_MS };
        let due = self.scheduler.due(session, now_ms, lookahead);
        if channels.beeps {
            out.beeps = beeps(session, due, channels.voice);
        }
        let from = std::mem::replace(&mut self.voiced_until_ms, now_ms);
        if channels.vibrate {
            out.vibrations = session
                .cues_between(from, now_ms)
                .into_iter()
                .filter(|c| now_ms.saturating_sub(c.at_ms) <= STALE_SPEECH_MS)
                .map(|c| c.kind)
                .collect();
        }
        let snap = session.snapshot(now_ms);
        if snap.finished {
            if !self.said_done && channels.voice && from < now_ms && now_ms.saturating_sub(session.ended_at_ms(now_ms).unwrap_or(now_ms)) <= STALE_SPEECH_MS {
                // After "this hurts", praise would ring false: a kind word instead.
                let words = if session.hurt_used() {
                    "That's all for today. Rest now, and be gentle with your back."
                } else {
                    "Workout done. Well done."
                };
                out.speech.push(words.to_string());
            }
            self.said_done = true;
            return out;
        }
        let since = match self.seen {
            // The same step, its clock running on (not restarted by Previous).
            Some((index, elapsed)) if index == snap.index && elapsed <= snap.elapsed_ms => Some(elapsed),
            _ => None,
        };
        self.seen = Some((snap.index, snap.elapsed_ms));
        if channels.voice {
            if self.lines.as_ref().is_none_or(|(index, _)| *index != snap.index) {
                self.lines = Some((snap.index, moments(&session.plan.steps, snap.index)));
            }
            let lines = self.lines.as_ref().map(|(_, lines)| lines.as_slice()).unwrap_or_default();
            for &(at, ref line) in lines {
                let passed = since.map_or(at <= snap.elapsed_ms, |s| s < at && at <= snap.elapsed_ms);
                if passed && snap.elapsed_ms - at <= STALE_SPEECH_MS {
                    out.speech.push(line.clone());
                }
            }
        }
        out
    }
}

/// The beeps of the due cues, one sound per instant: where two cues meet
/// (a switch of side as a step starts, a rest ending as the next begins),
/// the more telling one plays. With a voice, the workout's end is said,
/// not chimed.
fn beeps(session: &Session, due: Vec<(Cue, u64)>, voice: bool) -> Vec<Beep> {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::Settings;
    use crate::workout::build_plan;

    const T0: u64 = 1_700_000_000_000;
    const ALL: Channels = Channels { beeps: true, voice: true, vibrate: false };

    fn session() -> Session {
        Session::start(build_plan(&Settings::default()).expect("default plan"), T0)
    }

    /// Ticks every `step_ms` from T0 to `until`, gathering what each tick asked for.
    fn run(coach: &mut Coach, s: &Session, channels: Channels, step_ms: u64, until: u64, hidden: bool) -> Vec<(u64, TickCues)> {
        (0..).map(|i| T0 + i * step_ms).take_while(|t| *t <= until).map(|t| (t, coach.tick(s, t, channels, hidden))).collect()
    }

    /// The instants of the session's cues up to `until`, one per instant (the coach plays one
    /// sound each), less the 3-2-1 of short rests and get-readies, which the voice fills.
    fn sound_instants(s: &Session, until: u64) -> Vec<u64> {
        let quiet = |c: &Cue| matches!(c.kind, CueKind::Count(_)) && quiet_countdown(&s.plan.steps[c.step]);
        let mut at: Vec<u64> = s.cues_between(T0 - 1, until).iter().filter(|c| !quiet(c)).map(|c| c.at_ms).collect();
        at.dedup();
        at
    }

    #[test]
    fn the_first_get_ready_is_spoken_once_after_its_start_sound() {
        let s = session();
        let mut coach = Coach::new(T0);
        let ticks = run(&mut coach, &s, ALL, 250, T0 + 4_000, false);
        let spoken: Vec<(u64, &String)> = ticks.iter().flat_map(|(t, c)| c.speech.iter().map(move |l| (*t, l))).collect();
        assert_eq!(spoken.len(), 1, "{spoken:?}");
        assert_eq!(spoken[0].1, &moments(&s.plan.steps, 0)[0].1);
        assert!(spoken[0].0 >= T0 + SPEECH_DELAY_MS, "said at +{} ms, over the start sound", spoken[0].0 - T0);
    }

    #[test]
    fn every_sound_is_handed_over_once_and_ahead_of_its_time() {
        let s = session();
        let mut coach = Coach::new(T0);
        let until = T0 + 60_000;
        let ticks = run(&mut coach, &s, ALL, 250, until, false);
        let beeps: Vec<u64> = ticks.iter().flat_map(|(t, c)| c.beeps.iter().map(move |b| t + b.delay_ms)).collect();
        assert_eq!(beeps, sound_instants(&s, until + LOOKAHEAD_VISIBLE_MS));
        assert!(ticks.iter().flat_map(|(_, c)| &c.beeps).all(|b| b.delay_ms <= LOOKAHEAD_VISIBLE_MS));
    }

    #[test]
    fn a_hidden_page_schedules_beeps_a_minute_ahead() {
        let s = session();
        let cues = Coach::new(T0).tick(&s, T0, ALL, true);
        assert_eq!(cues.beeps.len(), sound_instants(&s, T0 + LOOKAHEAD_HIDDEN_MS).len());
        let last = cues.beeps.iter().map(|b| b.delay_ms).max().expect("beeps in the first minute");
        assert!(last > 30_000, "furthest beep {last} ms ahead");
    }

    #[test]
    fn speech_that_fell_due_long_ago_is_skipped_not_read_late() {
        let s = session();
        let mut coach = Coach::new(T0);
        // The first tick comes late (a phone waking up): the get-ready line is stale.
        let cues = coach.tick(&s, T0 + SPEECH_DELAY_MS + STALE_SPEECH_MS + 1, ALL, false);
        assert!(cues.speech.is_empty(), "{:?}", cues.speech);
    }

    #[test]
    fn each_channel_carries_only_what_was_chosen() {
        let s = session();
        let beeps_only = Channels { beeps: true, voice: false, vibrate: false };
        let vibrate_only = Channels { beeps: false, voice: false, vibrate: true };
        let voice_only = Channels { beeps: false, voice: true, vibrate: false };
        let cues = Coach::new(T0).tick(&s, T0 + 600, beeps_only, false);
        assert!(!cues.beeps.is_empty() && cues.speech.is_empty() && cues.vibrations.is_empty());
        let cues = Coach::new(T0).tick(&s, T0, vibrate_only, false);
        assert_eq!((cues.beeps.len(), cues.speech.len()), (0, 0));
        assert_eq!(cues.vibrations, vec![CueKind::StepStart]);
        let cues = Coach::new(T0).tick(&s, T0 + 600, voice_only, false);
        assert_eq!((cues.beeps.len(), cues.speech.len(), cues.vibrations.len()), (0, 1, 0));
        assert_eq!(Coach::new(T0).tick(&s, T0 + 600, Channels::default(), false), TickCues::default());
    }

    #[test]
    fn a_coach_opened_just_after_the_start_still_cues_the_first_step() {
        let s = session();
        // The player opens 80 ms after the tap started the session, and cues from a moment before.
        let mut coach = Coach::new(T0 + 80 - STALE_SPEECH_MS);
        let cues = coach.tick(&s, T0 + 80, ALL, false);
        assert!(cues.beeps.iter().any(|b| b.kind == CueKind::StepStart && b.delay_ms == 0));
        assert_eq!(coach.tick(&s, T0 + 600, ALL, false).speech.len(), 1);
    }

    #[test]
    fn after_a_manual_move_the_new_step_is_cued_again() {
        let mut s = session();
        let mut coach = Coach::new(T0);
        coach.tick(&s, T0, ALL, false);
        s.next(T0 + 1_000);
        coach.reset(T0 + 1_000);
        let cues = coach.tick(&s, T0 + 1_000, ALL, false);
        assert!(cues.beeps.iter().any(|b| b.kind == CueKind::StepStart && b.delay_ms == 0));
        let cues = coach.tick(&s, T0 + 1_000 + SPEECH_DELAY_MS, ALL, false);
        assert_eq!(cues.speech, vec![moments(&s.plan.steps, 1)[0].1.clone()]);
        // Previous restarts the step: its words come again.
        s.prev(T0 + 3_000);
        coach.reset(T0 + 3_000);
        coach.tick(&s, T0 + 3_000, ALL, false);
        let cues = coach.tick(&s, T0 + 3_000 + SPEECH_DELAY_MS, ALL, false);
        assert_eq!(cues.speech, vec![moments(&s.plan.steps, 0)[0].1.clone()]);
    }

    #[test]
    fn the_end_of_the_workout_is_said_once_instead_of_chimed() {
        let mut s = session();
        let mut coach = Coach::new(T0);
        coach.tick(&s, T0, ALL, false);
        s.finish(T0 + 5_000);
        coach.reset(T0 + 5_000);
        let cues = coach.tick(&s, T0 + 5_000, ALL, false);
        assert_eq!(cues.speech, vec!["Workout done. Well done.".to_string()]);
        assert!(cues.beeps.iter().all(|b| b.kind != CueKind::WorkoutDone));
        assert!(coach.tick(&s, T0 + 5_250, ALL, false).speech.is_empty());
        let beeps_only = Channels { beeps: true, voice: false, vibrate: false };
        let mut quiet = Coach::new(T0 + 5_000);
        assert!(quiet.tick(&s, T0 + 5_000, beeps_only, false).beeps.iter().any(|b| b.kind == CueKind::WorkoutDone));
    }

    #[test]
    fn numbers_are_said_as_words() {
        let said: Vec<String> = [0, 5, 15, 20, 21, 45, 99, 100].into_iter().map(number_words).collect();
        assert_eq!(said, ["zero", "five", "fifteen", "twenty", "twenty-one", "forty-five", "ninety-nine", "one hundred"]);
    }

    /// A whole default workout, ticked every 250 ms as the player does, with
    /// Done after 2 s a rep: every line said (instant, text) and every sound
    /// (instant, length, kind), and the instants steps started.
    /// What a whole workout said and sounded: (instant, line) and (instant, length, kind).
    type Heard = (Vec<(u64, String)>, Vec<(u64, u64, CueKind)>);

    fn whole_workout(settings: &Settings) -> (Session, Heard) {
        let mut s = Session::start(build_plan(settings).expect("plan"), T0);
        let mut coach = Coach::new(T0);
        let (mut said, mut sounds) = (Vec::new(), Vec::new());
        let mut t = T0;
        let mut reps_since: Option<(usize, u64)> = None;
        while !s.snapshot(t).finished || !coach.said_done {
            let cues = coach.tick(&s, t, ALL, false);
            said.extend(cues.speech.into_iter().map(|l| (t, l)));
            sounds.extend(cues.beeps.iter().map(|b| (t + b.delay_ms, sound_ms(b.kind, b.rest_start), b.kind)));
            let snap = s.snapshot(t);
            let step = &s.plan.steps[snap.index];
            if step.kind == StepKind::Reps && !snap.finished {
                let since = match reps_since {
                    Some((i, at)) if i == snap.index => at,
                    _ => t,
                };
                reps_since = Some((snap.index, since));
                if t >= since + u64::from(step.reps.unwrap_or(0)) * 2_000 {
                    s.done(t);
                    coach.reset(t);
                }
            }
            t += 250;
            assert!(t < T0 + 3_600_000, "the workout never ended");
        }
        (s, (said, sounds))
    }

    #[test]
    fn no_speech_talks_over_a_sound_another_line_or_the_start_of_a_step() {
        let (s, (said, sounds)) = whole_workout(&Settings::default());
        let spans: Vec<(u64, u64, &String)> = said.iter().map(|(t, l)| (*t, t + speech_ms(l), l)).collect();
        for &(a, b, line) in &spans {
            for &(at, len, kind) in &sounds {
                assert!(b <= at || at + len <= a, "\"{line}\" ({}..{} ms) over the {kind:?} sound at {} ms", a - T0, b - T0, at - T0);
            }
        }
        for w in spans.windows(2) {
            assert!(w[0].1 <= w[1].0, "\"{}\" is cut off by \"{}\"", w[0].2, w[1].2);
        }
        // Whatever is said before a step starts is over by then: no instruction eats a step.
        let starts: Vec<u64> = s.cues_between(T0 - 1, u64::MAX / 2).iter().filter(|c| c.kind == CueKind::StepStart).map(|c| c.at_ms).collect();
        for &(a, b, line) in &spans {
            for &start in &starts {
                assert!(!(a < start && start < b), "\"{line}\" runs into the step starting at {} ms", start - T0);
            }
        }
    }

    #[test]
    fn every_coaching_moment_is_there() {
        let (s, (said, _)) = whole_workout(&Settings::default());
        let lines: Vec<&str> = said.iter().map(|(_, l)| l.as_str()).collect();
        let has = |part: &str| lines.iter().any(|l| l.contains(part));
        let first = s.plan.steps[0].exercise.exercise().name;
        assert!(lines[0].starts_with(first), "the first get-ready names the exercise: {}", lines[0]);
        for part in ["Hold.", "Last one. Hold.", "Five.", "Last five.", "the last set", "Breathe in.", "through a small oo", "Left leg. Go.",
            "Switch legs.", "Halfway.", "Push up slowly.", "Lean left.", "Other side.", "And out.", "Workout done."]
        {
            assert!(has(part), "nothing says {part:?}: {lines:#?}");
        }
        // Every rest says what comes next.
        let rests = lines.iter().filter(|l| l.starts_with("Rest.")).count();
        let nexts = lines.iter().filter(|l| l.starts_with("Rest.") && l.contains("Next:")).count();
        assert!(rests > 0 && nexts == rests, "{nexts} of {rests} rests say what comes next: {lines:#?}");
        // Numbers are words, never digits.
        assert!(lines.iter().all(|l| !l.chars().any(|c| c.is_ascii_digit())), "{lines:#?}");
    }
}
