//! What the coach says when: the lines of each step as (ms into the
//! step, line), the lines on resuming, and about how long a line takes to
//! say, so that no line talks over a sound, another line or a step's start.

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
pub(super) fn resume_lines(steps: &[Step], index: usize) -> Vec<String> {
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
pub(super) fn fits_now(session: &Session, step: &Step, lines: &[(u64, String)], line: &str, now_ms: u64, elapsed_ms: u64) -> bool {
    let len = speech_ms(line);
    let clear_of_end = step.duration_ms.is_none_or(|d| elapsed_ms + len + STEP_CLEAR_MS <= d);
    let clear_of_lines = lines.iter().all(|(at, _)| *at <= elapsed_ms || *at >= elapsed_ms + len);
    clear_of_end && clear_of_lines && session.cues_between(now_ms, now_ms + len).is_empty()
}
