//! The cue policy: from the session's cues, what the player does at each
//! timer tick — which beeps go on the audio clock (ahead of time, so a
//! throttled tab still beeps on time), which lines are spoken and which
//! cues vibrate. Pure: the browser layer passes the instant and whether the
//! page is hidden, and carries out what [`Coach::tick`] returns.

use super::plan::{BreathTiming, Side, Step, StepKind};
use super::scheduler::CueScheduler;
use super::session::{Cue, CueKind, Event, Session};

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
/// "Go" follows a ticked set's first tick (its start sound) by this much.
const GO_DELAY_MS: u64 = 300;
/// The player ticks this often: a line may be said up to this late.
const TICK_MS: u64 = 250;
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

/// About how long a line takes to say, ms: fitted to espeak-ng's lengths at
/// its default 175 words a minute (about a browser voice at rate 1.0) for
/// every line of a workout (`scripts/measure-speech`), and kept on the long
/// side, so that each measured line is shorter than this: 62 ms a letter,
/// a pause of 400 ms at each full stop, colon or question mark and 300 ms at
/// each comma, and a lead-in.
pub fn speech_ms(line: &str) -> u64 {
    let count = |f: fn(char) -> bool| line.chars().filter(|c| f(*c)).count() as u64;
    250 + 62 * count(char::is_alphabetic) + 400 * count(|c| matches!(c, '.' | ':' | ';' | '!' | '?')) + 300 * count(|c| c == ',')
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
    let what = match (next.kind, next.set) {
        // "The last one" of a leg's rounds sounds like the end of the workout.
        (StepKind::Timed, Some((round, _))) if round > 1 => format!("{what}, round {}", number_words(round)),
        (StepKind::Reps, _) if is_last(next) => format!("{what}, the last set"),
        (StepKind::Hold, _) if is_last(next) => format!("{what}, the last one"),
        _ => what,
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
    let paced_set = next.filter(|n| n.kind == StepKind::Reps && n.duration_ms.is_some());
    let opener = match (step.kind, next) {
        // "Rest. Rest on your back…" would say it twice.
        (StepKind::Rest, _) if says_rest(&step.instruction) => String::new(),
        (StepKind::Rest, _) => "Rest.".to_string(),
        // A ticked set starts on its first tick with no words of its own: how many is said here.
        (_, Some(n)) if paced_set.is_some() => format!("{}.", capitalised(&next_parts(n, false).0)),
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

/// True when a line already says "rest" (any case), so a rest's opener would repeat it.
fn says_rest(line: &str) -> bool {
    line.split(|c: char| !c.is_alphabetic()).any(|w| w.eq_ignore_ascii_case("rest"))
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
            // A paced set: its start is the first crunch, with "Go" when it is said before
            // the second; then a word after a tick every five, and "last five" (how many
            // is said during the rest or get-ready before it).
            let reps = step.reps.unwrap_or(0).max(1);
            let pace = step.rep_pace_ms().unwrap_or(duration);
            // Only words said before the next tick, late as a tick may be: at a fast pace the
            // count on screen does without them.
            let fits = |delay: u64, word: &str| delay + TICK_MS + speech_ms(word) <= pace;
            if fits(GO_DELAY_MS, "Go.") {
                out.push((GO_DELAY_MS, "Go.".to_string()));
            }
            for n in 2..=reps {
                let left = reps - n + 1;
                let word = if left == 5 && reps > 5 {
                    "Last five.".to_string()
                } else if (n - 1) % 5 == 0 && left > 5 {
                    format!("{}.", capitalised(&number_words(n - 1)))
                } else {
                    continue;
                };
                if fits(REP_WORD_DELAY_MS, &word) {
                    out.push((pace * u64::from(n - 1) + REP_WORD_DELAY_MS, word));
                }
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
        StepKind::Breaths => breath_moments(step, &mut out),
    }
    if let Some(halfway) = step.halfway_ms() {
        out.push((halfway + SPEECH_DELAY_MS, "Halfway.".to_string()));
    }
    out
}

/// The words of a paced breathing step: its movement first (the cobra's
/// push-up, the reach's lean), then each breath's in and, at the turn, its
/// out; a reach ends with the slow return. Words vary from one side or
/// breath to the next, so a series does not sound like a machine.
fn breath_moments(step: &Step, out: &mut Vec<(u64, String)>) {
    let Some(t) = BreathTiming::of(step) else { return };
    let breaths = u64::from(step.breaths.unwrap_or(1).max(1));
    let last = is_last(step);
    let (i, n) = step.set.unwrap_or((1, 1));
    let first_of_exercise = i == 1 && step.side.is_none_or(|s| s == Side::Left);
    let opener = match step.side {
        Some(side) => Some(match (side, i, last) {
            (Side::Left, 1, _) => "Lean slowly to the left.",
            (Side::Right, 1, _) => "Now slowly to the right.",
            (Side::Left, _, true) => "Last time: lean to the left.",
            (Side::Right, _, true) => "And the last one, to the right.",
            (Side::Left, _, _) => "Over to the left again.",
            (Side::Right, _, _) => "And over to the right.",
        }),
        None if breaths > 1 && last => Some("Last one. Push up slowly."),
        None if breaths > 1 => Some("Push up slowly."),
        None => None,
    };
    if let Some(opener) = opener {
        out.push((SPEECH_DELAY_MS, opener.to_string()));
    }
    // A long series of core breaths says when five are left, as a set of crunches does.
    let in_word = |b: u64| match (b, opener, last && n > 1) {
        (0, None, true) => "Last one. Breathe in.",
        (0, None, false) if n > 5 && n - i == 4 => "Last five. Breathe in.",
        (0, _, _) => "Breathe in.",
        _ => "In again.",
    };
    let out_word = match (step.side, breaths) {
        (None, 1) if first_of_exercise => "Out, through a small oo.",
        (None, 1) => "Slowly out.",
        _ => "And out.",
    };
    for b in 0..breaths {
        let start = t.lead_ms + b * t.breath_ms;
        out.push((start.max(SPEECH_DELAY_MS), in_word(b).to_string()));
        out.push((start + t.in_ms, out_word.to_string()));
    }
    if t.tail_ms > 0 {
        let back = if step.side == Some(Side::Left) { "Slowly back up." } else { "And slowly back to the middle." };
        out.push((t.lead_ms + breaths * t.breath_ms, back.to_string()));
    }
    // A step stored by an older build has no time for its movement: what
    // would overlap is said as one line.
    let mut merged: Vec<(u64, String)> = Vec::new();
    for (at, line) in out.drain(..) {
        match merged.last_mut() {
            Some((prev_at, prev)) if *prev_at + speech_ms(prev) > at => {
                prev.push(' ');
                prev.push_str(&line);
            }
            _ => merged.push((at, line)),
        }
    }
    *out = merged;
}

/// What the coach may say as the person resumes after a pause: where they
/// are, from the fullest line to the shortest.
fn resume_lines(steps: &[Step], index: usize) -> Vec<String> {
    let step = &steps[index];
    let next = steps.get(index + 1).map(|n| next_parts(n, false).0);
    match (step.kind, next) {
        (StepKind::Rest, Some(next)) => vec![format!("Going again: rest, then {next}."), format!("Next: {next}.")],
        (StepKind::GetReady | StepKind::Transition, Some(next)) => vec![format!("Going again. Next: {next}."), format!("Next: {next}.")],
        _ => vec![format!("Going again: {}.", next_parts(step, false).0), "Going again.".to_string()],
    }
}

/// True when `line`, said at `now_ms`, is over before the step's next line
/// or sound and well before the step ends: otherwise those say where we are.
fn fits_now(session: &Session, step: &Step, lines: &[(u64, String)], line: &str, now_ms: u64, elapsed_ms: u64) -> bool {
    let len = speech_ms(line);
    let clear_of_end = step.duration_ms.is_none_or(|d| elapsed_ms + len + STEP_CLEAR_MS <= d);
    let clear_of_lines = lines.iter().all(|(at, _)| *at <= elapsed_ms || *at >= elapsed_ms + len);
    clear_of_end && clear_of_lines && session.cues_between(now_ms, now_ms + len).is_empty()
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
    /// The instant of the last resume already answered: a tick at the very
    /// instant of a resume, before it was pressed, must not hide it.
    resume_heard_ms: u64,
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
        Coach {
            scheduler: CueScheduler::new(from_ms),
            voiced_until_ms: from_ms.saturating_sub(1),
            seen: None,
            said_done: false,
            resume_heard_ms: from_ms.saturating_sub(1),
            lines: None,
        }
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
            let resumed = session.events.iter().rev().find_map(|e| match e {
                Event::Resume { at_ms } if self.resume_heard_ms < *at_ms && *at_ms <= now_ms => Some(*at_ms),
                _ => None,
            });
            if let Some(at) = resumed {
                self.resume_heard_ms = at;
            }
            if resumed.is_some_and(|at| now_ms - at <= STALE_SPEECH_MS) {
                let (steps, elapsed) = (&session.plan.steps, snap.elapsed_ms);
                let said = resume_lines(steps, snap.index);
                if let Some(line) = said.into_iter().find(|l| fits_now(session, &steps[snap.index], lines, l, now_ms, elapsed)) {
                    out.speech.push(line);
                }
            }
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
    use crate::routine::ExerciseId;
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

    /// What a whole workout said and sounded: (instant, line) and (instant, length, kind).
    type Heard = (Vec<(u64, String)>, Vec<(u64, u64, CueKind)>);

    /// A whole workout, ticked every 250 ms as the player does, with Done
    /// after 2 s a rep, and with `pauses` a pause of 5 s 3 s into every step:
    /// every line said and every sound (beeps the pause cancelled left out).
    fn whole_workout_with(settings: &Settings, pauses: bool) -> (Session, Heard) {
        let mut s = Session::start(build_plan(settings).expect("plan"), T0);
        let mut coach = Coach::new(T0);
        let (mut said, mut sounds): Heard = (Vec::new(), Vec::new());
        let mut t = T0;
        let mut reps_since: Option<(usize, u64)> = None;
        let mut paused_in = None;
        while !s.snapshot(t).finished || !coach.said_done {
            let snap = s.snapshot(t);
            if pauses && !snap.finished && snap.elapsed_ms >= 3_000 && paused_in != Some(snap.index) {
                paused_in = Some(snap.index);
                s.pause(t);
                coach.reset(t);
                // The pause cancels the beeps ahead and hushes the line being said.
                sounds.retain(|(at, _, _)| *at <= t);
                said.retain(|(at, line)| at + speech_ms(line) <= t);
                t += 5_000;
                s.resume(t);
                coach.reset(t);
            }
            let cues = coach.tick(&s, t, ALL, false);
            said.extend(cues.speech.into_iter().map(|l| (t, l)));
            sounds.extend(cues.beeps.iter().map(|b| (t + b.delay_ms, sound_ms(b.kind, b.rest_start), b.kind)));
            let snap = s.snapshot(t);
            let step = &s.plan.steps[snap.index];
            if step.kind == StepKind::Reps && step.duration_ms.is_none() && !snap.finished {
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
            t += TICK_MS;
            assert!(t < T0 + 3_600_000, "the workout never ended");
        }
        (s, (said, sounds))
    }

    fn whole_workout(settings: &Settings) -> (Session, Heard) {
        whole_workout_with(settings, false)
    }

    /// The settings the script is checked with: the defaults, the top of every ladder with the
    /// most breaths, the quickest crunch pace and the shortest breath, the slowest of both,
    /// and counting crunches yourself.
    fn variety() -> Vec<Settings> {
        let top = Settings {
            levels: ExerciseId::ALL.map(|id| id.exercise().max_level()),
            core_breaths: crate::routine::MAX_CORE_BREATHS,
            ..Settings::default()
        };
        let (fast, slow) = (crate::progress::CRUNCH_PACE_RANGE_MS, crate::progress::SLOW_BREATH_RANGE_S);
        vec![
            Settings::default(),
            Settings { crunch_pace_ms: *fast.start(), slow_breath_s: *slow.start(), ..top.clone() },
            Settings { crunch_pace_ms: *fast.end(), slow_breath_s: *slow.end(), ..top.clone() },
            Settings { crunch_pace_ms: 0, ..Settings::default() },
        ]
    }

    /// Every sentence said, in order, with the instant of its line.
    fn sentences(said: &[(u64, String)]) -> Vec<(u64, String)> {
        said.iter()
            .flat_map(|(t, line)| {
                line.split_inclusive(['.', '?', '!']).map(|s| (*t, s.trim().to_string())).filter(|(_, s)| !s.is_empty())
            })
            .collect()
    }

    fn assert_nothing_overlaps(s: &Session, said: &[(u64, String)], sounds: &[(u64, u64, CueKind)]) {
        let spans: Vec<(u64, u64, &String)> = said.iter().map(|(t, l)| (*t, t + speech_ms(l), l)).collect();
        for &(a, b, line) in &spans {
            for &(at, len, kind) in sounds {
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
    fn no_speech_talks_over_a_sound_another_line_or_the_start_of_a_step() {
        for settings in variety() {
            let (s, (said, sounds)) = whole_workout(&settings);
            assert_nothing_overlaps(&s, &said, &sounds);
        }
    }

    #[test]
    fn resuming_says_where_we_are_without_talking_over_anything() {
        let (s, (said, sounds)) = whole_workout_with(&Settings::default(), true);
        assert_nothing_overlaps(&s, &said, &sounds);
        let lines: Vec<&str> = said.iter().map(|(_, l)| l.as_str()).collect();
        for line in ["Going again: bridge hold.", "Next: bridge hold, the last one.", "Going again: front swings, left leg.",
            "Going again: rest, then fifteen crunches, the last set."]
        {
            assert!(lines.contains(&line), "nothing says {line:?}: {lines:#?}");
        }
        // Said once a resume, at the instant of it.
        let resumes: Vec<u64> = s.events.iter().filter(|e| matches!(e, Event::Resume { .. })).map(Event::at_ms).collect();
        for (t, line) in said.iter().filter(|(_, l)| l.starts_with("Going again") || l.starts_with("Next")) {
            assert!(resumes.contains(t), "\"{line}\" at {} ms, not as the workout resumed", t - T0);
        }
        // A tick at the very instant of the resume, just before it was pressed, hides nothing.
        let mut s = session();
        let mut coach = Coach::new(T0);
        coach.tick(&s, T0 + 3_000, ALL, false);
        s.pause(T0 + 3_000);
        coach.tick(&s, T0 + 8_000, ALL, false);
        s.resume(T0 + 8_000);
        assert_eq!(coach.tick(&s, T0 + 8_000, ALL, false).speech, ["Going again. Next: bridge hold."]);
        assert!(coach.tick(&s, T0 + 8_250, ALL, false).speech.is_empty(), "said once");
        // A workout picked up again after a reload says it too.
        let mut s = session();
        s.pause(T0 + 3_000);
        s.resume(T0 + 60_000);
        let mut reopened = Coach::new(T0 + 60_000 - STALE_SPEECH_MS);
        assert_eq!(reopened.tick(&s, T0 + 60_000, ALL, false).speech, ["Going again. Next: bridge hold."]);
        assert!(reopened.tick(&s, T0 + 60_250, ALL, false).speech.is_empty(), "said once");
    }

    #[test]
    fn a_core_breath_turns_after_about_four_seconds_and_breathes_out_for_at_least_five() {
        for settings in variety() {
            let (s, (said, _)) = whole_workout(&settings);
            let starts: Vec<Cue> = s.cues_between(T0 - 1, u64::MAX / 2).into_iter().filter(|c| c.kind == CueKind::StepStart).collect();
            let mut breaths = 0;
            for (n, start) in starts.iter().enumerate().filter(|(_, c)| s.plan.steps[c.step].exercise == ExerciseId::CoreBreath) {
                let Some(end) = starts.get(n + 1).map(|c| c.at_ms) else { continue };
                if s.plan.steps[start.step].kind != StepKind::Breaths {
                    continue;
                }
                breaths += 1;
                let heard: Vec<&(u64, String)> = said.iter().filter(|(t, _)| start.at_ms <= *t && *t < end).collect();
                let [(in_at, in_line), (out_at, out_line)] = heard.as_slice() else { panic!("a breath says in and out: {heard:?}") };
                assert!(in_line.ends_with("Breathe in."), "{in_line}");
                assert!(out_line.contains("out") || out_line.contains("Out"), "{out_line}");
                let (turn, out_ms) = (out_at - start.at_ms, end - out_at);
                assert!((3_500..=5_000 + TICK_MS).contains(&turn), "the exhale cue {turn} ms into the breath: at the turn of a full breath in");
                assert!(out_ms >= 5_000, "{out_ms} ms to breathe out");
                assert!(speech_ms(out_line) <= 2_500, "\"{out_line}\" is short");
                assert!(in_at + speech_ms(in_line) <= *out_at);
            }
            assert_eq!(breaths, settings.sanitized().core_breaths, "every breath checked");
        }
    }

    #[test]
    fn the_cobra_breathes_after_the_push_up_and_rests_longer_between() {
        let (s, (said, _)) = whole_workout(&Settings::default());
        let cobra_starts: Vec<u64> =
            s.cues_between(T0 - 1, u64::MAX / 2).iter().filter(|c| s.plan.steps[c.step].title == "Cobra" && matches!(c.kind, CueKind::StepStart | CueKind::RestOver)).map(|c| c.at_ms).collect();
        assert_eq!(cobra_starts.len(), 3);
        for start in cobra_starts {
            let heard: Vec<&(u64, String)> = said.iter().filter(|(t, _)| *t >= start).take(3).collect();
            let (up_at, up) = heard[0];
            assert!(up.ends_with("Push up slowly."), "{up}");
            let (in_at, breathe_in) = heard[1];
            assert_eq!(breathe_in, "Breathe in.");
            assert!(*in_at >= (up_at + speech_ms(up) + 1_000).max(start + 3_500), "time to push up: breathe in at {} ms", in_at - start);
            let (out_at, _) = heard[2];
            assert!(out_at - in_at >= 3_500, "a full breath in");
        }
        let rests: Vec<u64> = s.plan.steps.iter().filter(|st| st.kind == StepKind::Rest && st.exercise == ExerciseId::MidBackStretches).filter_map(|st| st.duration_ms).collect();
        assert!(rests.len() == 2 && rests.iter().all(|ms| *ms >= 8_000), "{rests:?}");
    }

    #[test]
    fn each_side_reach_has_a_slow_lean_a_slow_breath_and_a_slow_return_in_words_that_vary() {
        let (s, (said, _)) = whole_workout(&Settings::default());
        let reach = |st: &Step| st.title.starts_with("Side reach –");
        let starts: Vec<u64> = s.cues_between(T0 - 1, u64::MAX / 2).iter().filter(|c| c.step < s.plan.steps.len() && reach(&s.plan.steps[c.step]) && matches!(c.kind, CueKind::StepStart | CueKind::SwitchSide)).map(|c| c.at_ms).collect();
        let mut starts = starts;
        starts.dedup();
        assert_eq!(starts.len(), 6);
        let mut openers = Vec::new();
        for (n, start) in starts.iter().enumerate() {
            let end = starts.get(n + 1).copied().unwrap_or(u64::MAX);
            let heard: Vec<&(u64, String)> = said.iter().filter(|(t, l)| start <= t && *t < end && !l.starts_with("Workout")).collect();
            let [(lean_at, lean), (in_at, _), (out_at, _), (back_at, back)] = heard.as_slice() else { panic!("lean, in, out, back: {heard:?}") };
            assert!(lean.contains("left") || lean.contains("right"), "{lean}");
            assert!(in_at - lean_at >= 3_000, "a slow lean");
            assert!(out_at - in_at >= 3_500 && back_at - out_at >= 5_000, "a slow breath");
            assert!(back.contains("back"), "{back}");
            let step_end = if end == u64::MAX { s.ended_at_ms(u64::MAX / 2).expect("ended") } else { end };
            assert!(step_end - back_at >= 3_000, "a slow return");
            openers.push(lean.clone());
        }
        openers.sort_unstable();
        openers.dedup();
        assert_eq!(openers.len(), 6, "different words for each reach: {openers:?}");
    }

    #[test]
    fn no_sentence_is_said_more_than_twice_in_a_row_nor_rest_twice_in_a_line() {
        for settings in variety() {
            for pauses in [false, true] {
                let (_, (said, _)) = whole_workout_with(&settings, pauses);
                let all = sentences(&said);
                for w in all.windows(3) {
                    assert!(!(w[0].1 == w[1].1 && w[1].1 == w[2].1), "\"{}\" three times in a row at {} ms", w[0].1, w[0].0 - T0);
                }
                for (_, line) in &said {
                    assert!(line.to_lowercase().matches("rest").count() <= 1, "says rest twice: {line}");
                    assert!(!(line.contains("swings") && line.contains("last")), "a swing round called the last: {line}");
                }
            }
        }
    }

    #[test]
    fn every_crunch_set_says_how_many_and_go() {
        for settings in variety() {
            let (s, (said, _)) = whole_workout(&settings);
            let sets: Vec<(u64, &Step)> = s.cues_between(T0 - 1, u64::MAX / 2).iter().filter(|c| matches!(c.kind, CueKind::StepStart | CueKind::RestOver)).map(|c| (c.at_ms, &s.plan.steps[c.step])).filter(|(_, st)| st.kind == StepKind::Reps).collect();
            assert!(!sets.is_empty());
            for (start, set) in sets {
                let count = number_words(set.reps.unwrap_or(0));
                let before = said.iter().rev().find(|(t, _)| *t < start).map(|(_, l)| l.to_lowercase()).unwrap_or_default();
                let at_start = said.iter().find(|(t, _)| *t >= start).map(|(_, l)| l.as_str()).unwrap_or_default();
                assert!(before.contains(&format!("{count} crunches")) || at_start.to_lowercase().contains(&format!("{count} crunches")), "how many? {before} / {at_start}");
                let paced_fast = set.duration_ms.is_some_and(|d| d / u64::from(set.reps.unwrap_or(1)) < 1_400);
                assert!(paced_fast || at_start.ends_with("Go."), "no Go at the start: {at_start}");
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
            "Switch legs.", "Halfway.", "Push up slowly.", "Lean slowly to the left.", "Now slowly to the right.", "And out.", "round two", "Slowly back up.",
            "Workout done."]
        {
            assert!(has(part), "nothing says {part:?}: {lines:#?}");
        }
        // Every rest says what comes next.
        let rests = lines.iter().filter(|l| l.starts_with("Rest")).count();
        let nexts = lines.iter().filter(|l| l.starts_with("Rest") && l.contains("Next:")).count();
        assert!(rests > 0 && nexts == rests, "{nexts} of {rests} rests say what comes next: {lines:#?}");
        // Numbers are words, never digits.
        assert!(lines.iter().all(|l| !l.chars().any(|c| c.is_ascii_digit())), "{lines:#?}");
    }

    #[test]
    fn a_step_stored_by_an_older_build_still_gets_its_words_in_turn() {
        // Before movements had time of their own: a 6 s reach, a 12 s cobra.
        let mut plan = build_plan(&Settings::default()).expect("plan");
        for st in plan.steps.iter_mut().filter(|st| st.kind == StepKind::Breaths) {
            st.duration_ms = Some(6_000 * u64::from(st.breaths.unwrap_or(1)));
        }
        for (i, st) in plan.steps.iter().enumerate().filter(|(_, st)| st.kind == StepKind::Breaths) {
            let said = moments(&plan.steps, i);
            for w in said.windows(2) {
                assert!(w[0].0 + speech_ms(&w[0].1) <= w[1].0, "{} overlaps in {said:?}", st.title);
            }
            assert!(said.iter().all(|(at, l)| at + speech_ms(l) <= 6_000 * u64::from(st.breaths.unwrap_or(1))), "{said:?}");
        }
    }
}
