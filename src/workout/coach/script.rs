//! What the coach says when: the lines of each step as (ms into the
//! step, line), the lines on resuming, and about how long a line takes to
//! say, so that no line talks over a sound, another line or a step's start.

use crate::i18n::{number_words, Lang, Words};
use crate::routine::{ExerciseId, Pose};
use crate::tr;
use crate::workout::plan::{BreathTiming, Side, Step, StepKind};
use crate::workout::session::Session;

/// A count word follows its crunch's tick by this much.
const REP_WORD_DELAY_MS: u64 = 60;
/// "Go" follows a ticked set's first tick (its start sound) by this much.
const GO_DELAY_MS: u64 = 300;
/// The player ticks this often: a line may be said up to this late.
pub(in crate::workout) const TICK_MS: u64 = 250;
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
pub(in crate::workout) fn quiet_countdown(step: &Step) -> bool {
    matches!(step.kind, StepKind::Rest | StepKind::Transition) && step.duration_ms.unwrap_or(0) < SHORT_REST_MS
}

/// How fast a voice speaks one language, for [`speech_ms`]: a lead-in, a
/// length per letter, and the pauses at the end of a sentence and at a comma.
struct SpeechRate {
    lead_ms: u64,
    letter_ms: u64,
    stop_ms: u64,
    comma_ms: u64,
}

/// The rate of each language, fitted to espeak-ng's lengths at its default
/// 175 words a minute (about a browser voice at rate 1.0) for every line of
/// a workout in that language (`scripts/measure-speech en|de|es`: 75 lines
/// each), and kept on the long side, so that each measured line is shorter
/// than its estimate (the longest measured at 98 %, 98 % and 96 % of it). German pauses a little longer at its many commas; Spanish takes
/// a little longer a letter.
fn rate(lang: Lang) -> SpeechRate {
    match lang {
        // The pseudo-locale is read by an English voice.
        Lang::En | Lang::Pseudo => SpeechRate { lead_ms: 250, letter_ms: 62, stop_ms: 400, comma_ms: 300 },
        Lang::De => SpeechRate { lead_ms: 250, letter_ms: 62, stop_ms: 400, comma_ms: 320 },
        Lang::Es => SpeechRate { lead_ms: 250, letter_ms: 64, stop_ms: 400, comma_ms: 300 },
    }
}

/// About how long `line` takes to say in `lang`, ms: letters at the
/// language's rate, a pause at each full stop, colon or question mark and
/// at each comma, and a lead-in (see [`rate`]).
pub fn speech_ms(lang: Lang, line: &str) -> u64 {
    let r = rate(lang);
    let count = |f: fn(char) -> bool| line.chars().filter(|c| f(*c)).count() as u64;
    r.lead_ms
        + r.letter_ms * count(char::is_alphabetic)
        + r.stop_ms * count(|c| matches!(c, '.' | ':' | ';' | '!' | '?'))
        + r.comma_ms * count(|c| c == ',')
}

/// Text as a voice should read it: every whole number in words ("2 deep
/// breaths" -> "two deep breaths").
fn spoken(words: &Words, text: &str) -> String {
    text.split(' ')
        .map(|word| {
            let digits = word.trim_end_matches(|c: char| !c.is_ascii_digit());
            match digits.parse::<u32>() {
                Ok(n) if !digits.is_empty() => format!("{}{}", said_number(words, n), &word[digits.len()..]),
                _ => word.to_string(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A number in words in the language of `words`.
fn said_number(words: &Words, n: u32) -> String {
    number_words(words.lang(), n)
}

/// Capitalises the first letter (sentences built from parts).
fn capitalised(s: &str) -> String {
    let mut chars = s.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// `which` as the selector word of a message: "left" or "right".
fn side_key(side: Option<Side>) -> &'static str {
    side.map_or("none", Side::word)
}

/// A step as said inside a sentence ("front swings, left leg"), from what
/// the step is rather than its title, so each language words it its own way.
fn spoken_step(words: &Words, step: &Step) -> String {
    let key = match step.kind {
        StepKind::GetReady => "get-ready",
        StepKind::Rest => "rest",
        StepKind::Transition => "next",
        StepKind::Hold if step.pose == Pose::BallBridge => "ball-bridge",
        StepKind::Hold => "bridge",
        StepKind::Reps => "crunches",
        StepKind::Breaths if step.exercise == ExerciseId::CoreBreath => "core-breath",
        StepKind::Breaths if step.side.is_some() => "side-reach",
        StepKind::Breaths => "cobra",
        StepKind::Timed if step.pose == Pose::SwingSide => "side-swings",
        StepKind::Timed => "front-swings",
    };
    tr!(words, "coach-say-step", step = key, side = side_key(step.side), exercise = exercise_key(step))
}

/// The exercise a step leads into, as `coach-say-exercise` knows it: the
/// get-ready of the side reach leads into the reach, not the stretches.
fn exercise_key(step: &Step) -> &'static str {
    if step.kind == StepKind::Transition && step.pose == Pose::ReachUp {
        "side-reach"
    } else {
        step.exercise.as_str()
    }
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
fn next_parts(words: &Words, next: &Step, new_exercise: bool) -> (String, Option<String>) {
    let what = spoken_step(words, next);
    let what = match next.kind {
        StepKind::Reps => tr!(words, "coach-say-count", count = next.reps.map(|n| said_number(words, n)).unwrap_or_default(), what = what),
        _ => what,
    };
    let what = match (next.kind, next.set) {
        // "The last one" of a leg's rounds sounds like the end of the workout.
        (StepKind::Timed, Some((round, _))) if round > 1 => tr!(words, "coach-say-round", what = what, round = said_number(words, round)),
        (StepKind::Reps, _) if is_last(next) => tr!(words, "coach-say-last-set", what = what),
        (StepKind::Hold, _) if is_last(next) => tr!(words, "coach-say-last-hold", what = what),
        _ => what,
    };
    (what, new_exercise.then(|| spoken(words, &next.instruction)))
}

/// The line said at the start of a rest or a get-ready: what to do now and
/// what comes next, cut to what can be said before the step's last seconds.
fn prep_line(words: &Words, steps: &[Step], index: usize) -> String {
    let step = &steps[index];
    let clear = if quiet_countdown(step) { STEP_CLEAR_MS } else { COUNTDOWN_CLEAR_MS };
    let budget = step.duration_ms.unwrap_or(0).saturating_sub(clear + SPEECH_DELAY_MS);
    let next = steps.get(index + 1);
    let new_exercise = next.is_some_and(|n| n.exercise != step.exercise || step.kind != StepKind::Rest);
    let paced_set = next.filter(|n| n.kind == StepKind::Reps && n.duration_ms.is_some());
    let opener = match (step.kind, next) {
        // "Rest. Rest on your back…" would say it twice.
        (StepKind::Rest, _) if says_rest(words, &step.instruction) => String::new(),
        (StepKind::Rest, _) => tr!(words, "coach-line-rest"),
        // A ticked set starts on its first tick with no words of its own: how many is said here.
        (_, Some(n)) if paced_set.is_some() => format!("{}.", capitalised(&next_parts(words, n, false).0)),
        (_, Some(n)) if n.exercise != steps.get(index.wrapping_sub(1)).map_or(n.exercise, |p| p.exercise) || index == 0 => {
            let exercise = tr!(words, "coach-say-exercise", exercise = n.exercise.as_str());
            format!("{}.", capitalised(&exercise))
        }
        _ => tr!(words, "coach-line-get-ready"),
    };
    // The parts in the order they are said; kept by need while they fit:
    // what comes next, then what to do now, then how to do what comes next.
    let (what, how) = match next {
        Some(next) => {
            let (what, how) = next_parts(words, next, new_exercise);
            (Some(what), how)
        }
        None => (None, None),
    };
    let now_part = Some(spoken(words, &step.instruction));
    let next_part = what.filter(|_| step.kind == StepKind::Rest).map(|w| tr!(words, "coach-line-next", what = w));
    let parts = [now_part, next_part, how];
    let mut kept = [false; 3];
    for i in [1, 0, 2] {
        kept[i] = parts[i].is_some();
        let line = said(&opener, &parts, &kept);
        if speech_ms(words.lang(), &line) > budget {
            kept[i] = false;
        }
    }
    said(&opener, &parts, &kept)
}

/// True when a line already says the language's word for a rest (any case),
/// so a rest's opener would repeat it.
fn says_rest(words: &Words, line: &str) -> bool {
    let rest = tr!(words, "coach-say-step", step = "rest", side = "none", exercise = "none").to_lowercase();
    line.split(|c: char| !c.is_alphabetic()).any(|w| w.to_lowercase() == rest)
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

/// What the coach says during a step, as (ms into the step, line), in the
/// language of `words`: the prep line of a rest or get-ready; one short
/// word or two as a hold, a set or a swing starts; halfway in long steps;
/// the breath's own rhythm, in and out.
pub fn moments(words: &Words, steps: &[Step], index: usize) -> Vec<(u64, String)> {
    let Some(step) = steps.get(index) else { return Vec::new() };
    let lang = words.lang();
    let duration = step.duration_ms.unwrap_or(0);
    let switched = step.side.is_some() && previous_side(steps, index).is_some_and(|side| Some(side) != step.side);
    let mut out = Vec::new();
    match step.kind {
        StepKind::GetReady | StepKind::Transition | StepKind::Rest => out.push((SPEECH_DELAY_MS, prep_line(words, steps, index))),
        StepKind::Hold if is_last(step) => out.push((SPEECH_DELAY_MS, tr!(words, "coach-line-last-hold"))),
        StepKind::Hold => out.push((SPEECH_DELAY_MS, tr!(words, "coach-line-hold"))),
        StepKind::Reps if duration > 0 => {
            // A paced set: its start is the first crunch, with "Go" when it is said before
            // the second; then a word after a tick every five, and "last five" (how many
            // is said during the rest or get-ready before it).
            let reps = step.reps.unwrap_or(0).max(1);
            let pace = step.rep_pace_ms().unwrap_or(duration);
            // Only words said before the next tick, late as a tick may be: at a fast pace the
            // count on screen does without them.
            let fits = |delay: u64, word: &str| delay + TICK_MS + speech_ms(lang, word) <= pace;
            let go = tr!(words, "coach-line-go");
            if fits(GO_DELAY_MS, &go) {
                out.push((GO_DELAY_MS, go));
            }
            for n in 2..=reps {
                let left = reps - n + 1;
                let word = if left == 5 && reps > 5 {
                    tr!(words, "coach-line-last-five")
                } else if (n - 1) % 5 == 0 && left > 5 {
                    format!("{}.", capitalised(&said_number(words, n - 1)))
                } else {
                    continue;
                };
                if fits(REP_WORD_DELAY_MS, &word) {
                    out.push((pace * u64::from(n - 1) + REP_WORD_DELAY_MS, word));
                }
            }
        }
        StepKind::Reps => {
            let id = if is_last(step) { "coach-line-last-set" } else { "coach-line-set" };
            let count = step.reps.map(|n| capitalised(&said_number(words, n))).unwrap_or_default();
            out.push((SPEECH_DELAY_MS, tr!(words, id, count = count, what = spoken_step(words, step))));
        }
        StepKind::Timed => {
            let id = match (switched, step.side) {
                (true, _) => "coach-line-switch-legs",
                (false, Some(Side::Left)) => "coach-line-left-leg",
                (false, Some(Side::Right)) => "coach-line-right-leg",
                (false, None) => "coach-line-go",
            };
            out.push((SPEECH_DELAY_MS, tr!(words, id)));
        }
        StepKind::Breaths => breath_moments(words, step, &mut out),
    }
    if let Some(halfway) = step.halfway_ms() {
        out.push((halfway + SPEECH_DELAY_MS, tr!(words, "coach-line-halfway")));
    }
    out
}

/// The words of a paced breathing step: its movement first (the cobra's
/// push-up, the reach's lean), then each breath's in and, at the turn, its
/// out; a reach ends with the slow return. Words vary from one side or
/// breath to the next, so a series does not sound like a machine.
fn breath_moments(words: &Words, step: &Step, out: &mut Vec<(u64, String)>) {
    let Some(t) = BreathTiming::of(step) else { return };
    let breaths = u64::from(step.breaths.unwrap_or(1).max(1));
    let last = is_last(step);
    let (i, n) = step.set.unwrap_or((1, 1));
    let first_of_exercise = i == 1 && step.side.is_none_or(|s| s == Side::Left);
    let opener = match step.side {
        Some(side) => Some(match (side, i, last) {
            (Side::Left, 1, _) => "coach-line-lean-left",
            (Side::Right, 1, _) => "coach-line-lean-right",
            (Side::Left, _, true) => "coach-line-last-left",
            (Side::Right, _, true) => "coach-line-last-right",
            (Side::Left, _, _) => "coach-line-again-left",
            (Side::Right, _, _) => "coach-line-again-right",
        }),
        None if breaths > 1 && last => Some("coach-line-last-push-up"),
        None if breaths > 1 => Some("coach-line-push-up"),
        None => None,
    };
    if let Some(opener) = opener {
        out.push((SPEECH_DELAY_MS, tr!(words, opener)));
    }
    // A long series of core breaths says when five are left, as a set of crunches does.
    let in_word = |b: u64| match (b, opener, last && n > 1) {
        (0, None, true) => "coach-line-last-in",
        (0, None, false) if n > 5 && n - i == 4 => "coach-line-last-five-in",
        (0, _, _) => "coach-line-in",
        _ => "coach-line-in-again",
    };
    let out_word = match (step.side, breaths) {
        (None, 1) if first_of_exercise => "coach-line-out-oo",
        (None, 1) => "coach-line-out-slowly",
        _ => "coach-line-out",
    };
    for b in 0..breaths {
        let start = t.lead_ms + b * t.breath_ms;
        out.push((start.max(SPEECH_DELAY_MS), tr!(words, in_word(b))));
        out.push((start + t.in_ms, tr!(words, out_word)));
    }
    if t.tail_ms > 0 {
        let back = if step.side == Some(Side::Left) { "coach-line-back-up" } else { "coach-line-back-middle" };
        out.push((t.lead_ms + breaths * t.breath_ms, tr!(words, back)));
    }
    // A step stored by an older build has no time for its movement: what
    // would overlap is said as one line.
    let mut merged: Vec<(u64, String)> = Vec::new();
    for (at, line) in out.drain(..) {
        match merged.last_mut() {
            Some((prev_at, prev)) if *prev_at + speech_ms(words.lang(), prev) > at => {
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
pub(super) fn resume_lines(words: &Words, steps: &[Step], index: usize) -> Vec<String> {
    let step = &steps[index];
    let next = steps.get(index + 1).map(|n| next_parts(words, n, false).0);
    match (step.kind, next) {
        (StepKind::Rest, Some(next)) => {
            vec![tr!(words, "coach-resume-rest", next = next.as_str()), tr!(words, "coach-line-next", what = next)]
        }
        (StepKind::GetReady | StepKind::Transition, Some(next)) => {
            vec![tr!(words, "coach-resume-get-ready", next = next.as_str()), tr!(words, "coach-line-next", what = next)]
        }
        _ => vec![tr!(words, "coach-resume-step", what = next_parts(words, step, false).0), tr!(words, "coach-resume")],
    }
}

/// True when `line`, said at `now_ms`, is over before the step's next line
/// or sound and well before the step ends: otherwise those say where we are.
pub(super) fn fits_now(lang: Lang, session: &Session, step: &Step, lines: &[(u64, String)], line: &str, now_ms: u64, elapsed_ms: u64) -> bool {
    let len = speech_ms(lang, line);
    let clear_of_end = step.duration_ms.is_none_or(|d| elapsed_ms + len + STEP_CLEAR_MS <= d);
    let clear_of_lines = lines.iter().all(|(at, _)| *at <= elapsed_ms || *at >= elapsed_ms + len);
    clear_of_end && clear_of_lines && session.cues_between(now_ms, now_ms + len).is_empty()
}
