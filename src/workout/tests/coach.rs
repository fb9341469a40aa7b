//! The coach over fake instants: what each tick hands over, and the whole
//! script of a workout as heard (nothing talks over anything, every
//! moment is there).

use crate::workout::coach::script::{quiet_countdown, TICK_MS};
use crate::workout::coach::*;
use crate::i18n::{number_words, Lang, Words};
use crate::progress::Settings;
use crate::routine::ExerciseId;
use crate::tr;
use crate::workout::{build_plan, Cue, CueKind, Event, Session, Step, StepKind};

const T0: u64 = 1_700_000_000_000;
const ALL: Channels = Channels { beeps: true, voice: true, vibrate: false };

thread_local! {
    /// Each language's words, read once per test thread.
    static WORDS: std::cell::RefCell<Vec<&'static Words>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// The words of `lang` from the message files (English as built in).
fn words(lang: Lang) -> &'static Words {
    WORDS.with(|all| {
        if let Some(w) = all.borrow().iter().find(|w| w.lang() == lang) {
            return *w;
        }
        let w: &'static Words = Box::leak(Box::new(if lang == Lang::En { Words::english() } else { std::rc::Rc::new(Words::from_disk(lang).0) }));
        all.borrow_mut().push(w);
        w
    })
}

fn en() -> &'static Words {
    words(Lang::En)
}

fn session() -> Session {
    Session::start(build_plan(&Settings::default(), en()).expect("default plan"), T0)
}

/// Ticks every `step_ms` from T0 to `until`, gathering what each tick asked for.
fn run(coach: &mut Coach, s: &Session, channels: Channels, step_ms: u64, until: u64, hidden: bool) -> Vec<(u64, TickCues)> {
    (0..).map(|i| T0 + i * step_ms).take_while(|t| *t <= until).map(|t| (t, coach.tick(s, t, channels, hidden, en()))).collect()
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
    assert_eq!(spoken[0].1, &moments(en(), &s.plan.steps, 0)[0].1);
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
    let cues = Coach::new(T0).tick(&s, T0, ALL, true, en());
    assert_eq!(cues.beeps.len(), sound_instants(&s, T0 + LOOKAHEAD_HIDDEN_MS).len());
    let last = cues.beeps.iter().map(|b| b.delay_ms).max().expect("beeps in the first minute");
    assert!(last > 30_000, "furthest beep {last} ms ahead");
}

#[test]
fn speech_that_fell_due_long_ago_is_skipped_not_read_late() {
    let s = session();
    let mut coach = Coach::new(T0);
    // The first tick comes late (a phone waking up): the get-ready line is stale.
    let cues = coach.tick(&s, T0 + SPEECH_DELAY_MS + STALE_SPEECH_MS + 1, ALL, false, en());
    assert!(cues.speech.is_empty(), "{:?}", cues.speech);
}

#[test]
fn each_channel_carries_only_what_was_chosen() {
    let s = session();
    let beeps_only = Channels { beeps: true, voice: false, vibrate: false };
    let vibrate_only = Channels { beeps: false, voice: false, vibrate: true };
    let voice_only = Channels { beeps: false, voice: true, vibrate: false };
    let cues = Coach::new(T0).tick(&s, T0 + 600, beeps_only, false, en());
    assert!(!cues.beeps.is_empty() && cues.speech.is_empty() && cues.vibrations.is_empty());
    let cues = Coach::new(T0).tick(&s, T0, vibrate_only, false, en());
    assert_eq!((cues.beeps.len(), cues.speech.len()), (0, 0));
    assert_eq!(cues.vibrations, vec![CueKind::StepStart]);
    let cues = Coach::new(T0).tick(&s, T0 + 600, voice_only, false, en());
    assert_eq!((cues.beeps.len(), cues.speech.len(), cues.vibrations.len()), (0, 1, 0));
    assert_eq!(Coach::new(T0).tick(&s, T0 + 600, Channels::default(), false, en()), TickCues::default());
}

#[test]
fn a_coach_opened_just_after_the_start_still_cues_the_first_step() {
    let s = session();
    // The player opens 80 ms after the tap started the session, and cues from a moment before.
    let mut coach = Coach::new(T0 + 80 - STALE_SPEECH_MS);
    let cues = coach.tick(&s, T0 + 80, ALL, false, en());
    assert!(cues.beeps.iter().any(|b| b.kind == CueKind::StepStart && b.delay_ms == 0));
    assert_eq!(coach.tick(&s, T0 + 600, ALL, false, en()).speech.len(), 1);
}

#[test]
fn after_a_manual_move_the_new_step_is_cued_again() {
    let mut s = session();
    let mut coach = Coach::new(T0);
    coach.tick(&s, T0, ALL, false, en());
    s.next(T0 + 1_000);
    coach.reset(T0 + 1_000);
    let cues = coach.tick(&s, T0 + 1_000, ALL, false, en());
    assert!(cues.beeps.iter().any(|b| b.kind == CueKind::StepStart && b.delay_ms == 0));
    let cues = coach.tick(&s, T0 + 1_000 + SPEECH_DELAY_MS, ALL, false, en());
    assert_eq!(cues.speech, vec![moments(en(), &s.plan.steps, 1)[0].1.clone()]);
    // Previous restarts the step: its words come again.
    s.prev(T0 + 3_000);
    coach.reset(T0 + 3_000);
    coach.tick(&s, T0 + 3_000, ALL, false, en());
    let cues = coach.tick(&s, T0 + 3_000 + SPEECH_DELAY_MS, ALL, false, en());
    assert_eq!(cues.speech, vec![moments(en(), &s.plan.steps, 0)[0].1.clone()]);
}

#[test]
fn the_end_of_the_workout_is_said_once_instead_of_chimed() {
    let mut s = session();
    let mut coach = Coach::new(T0);
    coach.tick(&s, T0, ALL, false, en());
    s.finish(T0 + 5_000);
    coach.reset(T0 + 5_000);
    let cues = coach.tick(&s, T0 + 5_000, ALL, false, en());
    assert_eq!(cues.speech, vec!["Workout done. Well done.".to_string()]);
    assert!(cues.beeps.iter().all(|b| b.kind != CueKind::WorkoutDone));
    assert!(coach.tick(&s, T0 + 5_250, ALL, false, en()).speech.is_empty());
    let beeps_only = Channels { beeps: true, voice: false, vibrate: false };
    let mut quiet = Coach::new(T0 + 5_000);
    assert!(quiet.tick(&s, T0 + 5_000, beeps_only, false, en()).beeps.iter().any(|b| b.kind == CueKind::WorkoutDone));
}

/// What a whole workout said and sounded: (instant, line) and (instant, length, kind).
type Heard = (Vec<(u64, String)>, Vec<(u64, u64, CueKind)>);

/// A whole workout in English, as [`whole_workout_in`].
fn whole_workout_with(settings: &Settings, pauses: bool) -> (Session, Heard) {
    whole_workout_in(Lang::En, settings, pauses)
}

/// A whole workout in `lang`, ticked every 250 ms as the player does, with
/// Done after 2 s a rep, and with `pauses` a pause of 5 s 3 s into every
/// step: every line said and every sound (beeps the pause cancelled left out).
fn whole_workout_in(lang: Lang, settings: &Settings, pauses: bool) -> (Session, Heard) {
    let w = words(lang);
    let mut s = Session::start(build_plan(settings, w).expect("plan"), T0);
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
            said.retain(|(at, line)| at + speech_ms(lang, line) <= t);
            t += 5_000;
            s.resume(t);
            coach.reset(t);
        }
        let cues = coach.tick(&s, t, ALL, false, w);
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

fn assert_nothing_overlaps(lang: Lang, s: &Session, said: &[(u64, String)], sounds: &[(u64, u64, CueKind)]) {
    let spans: Vec<(u64, u64, &String)> = said.iter().map(|(t, l)| (*t, t + speech_ms(lang, l), l)).collect();
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
fn no_speech_talks_over_a_sound_another_line_or_the_start_of_a_step_in_any_language() {
    for lang in Lang::CHOSEN {
        for settings in variety() {
            for pauses in [false, true] {
                let (s, (said, sounds)) = whole_workout_in(lang, &settings, pauses);
                assert_nothing_overlaps(lang, &s, &said, &sounds);
                // Numbers are words in every language, never digits.
                assert!(said.iter().all(|(_, l)| !l.chars().any(|c| c.is_ascii_digit())), "{lang:?}: {said:#?}");
            }
        }
    }
}

#[test]
fn every_language_says_each_moment_of_the_workout_in_its_own_words() {
    let english: Vec<String> = whole_workout(&Settings::default()).1 .0.into_iter().map(|(_, l)| l).collect();
    for lang in [Lang::De, Lang::Es] {
        let w = words(lang);
        let (s, (said, _)) = whole_workout_in(lang, &Settings::default(), false);
        let lines: Vec<&str> = said.iter().map(|(_, l)| l.as_str()).collect();
        // As many moments as in English (a prep line may keep fewer parts, never drop the line).
        assert_eq!(lines.len(), english.len(), "{lang:?}: {lines:#?}");
        for id in ["coach-line-hold", "coach-line-last-hold", "coach-line-last-five", "coach-line-in", "coach-line-out-oo", "coach-line-left-leg",
            "coach-line-switch-legs", "coach-line-halfway", "coach-line-push-up", "coach-line-lean-left", "coach-line-back-up", "coach-line-done"]
        {
            let line = tr!(w, id);
            assert!(lines.iter().any(|l| l.contains(&line)), "{lang:?}: nothing says {line:?}: {lines:#?}");
            assert!(!english.contains(&line), "{lang:?}: {id} is English: {line}");
        }
        // How many crunches, in the language's number words.
        let count = number_words(lang, s.plan.steps.iter().find_map(|st| st.reps).expect("a crunch set"));
        assert!(lines.iter().any(|l| l.to_lowercase().contains(&count)), "{lang:?}: no {count}: {lines:#?}");
        // No line of another language slipped through.
        assert!(lines.iter().all(|l| !english.iter().any(|e| e == l)), "{lang:?}: an English line: {lines:#?}");
    }
}

#[test]
fn resuming_says_where_we_are_without_talking_over_anything() {
    let (s, (said, sounds)) = whole_workout_with(&Settings::default(), true);
    assert_nothing_overlaps(Lang::En, &s, &said, &sounds);
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
    coach.tick(&s, T0 + 3_000, ALL, false, en());
    s.pause(T0 + 3_000);
    coach.tick(&s, T0 + 8_000, ALL, false, en());
    s.resume(T0 + 8_000);
    assert_eq!(coach.tick(&s, T0 + 8_000, ALL, false, en()).speech, ["Going again. Next: bridge hold."]);
    assert!(coach.tick(&s, T0 + 8_250, ALL, false, en()).speech.is_empty(), "said once");
    // A workout picked up again after a reload says it too.
    let mut s = session();
    s.pause(T0 + 3_000);
    s.resume(T0 + 60_000);
    let mut reopened = Coach::new(T0 + 60_000 - STALE_SPEECH_MS);
    assert_eq!(reopened.tick(&s, T0 + 60_000, ALL, false, en()).speech, ["Going again. Next: bridge hold."]);
    assert!(reopened.tick(&s, T0 + 60_250, ALL, false, en()).speech.is_empty(), "said once");
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
            assert!(speech_ms(Lang::En, out_line) <= 2_500, "\"{out_line}\" is short");
            assert!(in_at + speech_ms(Lang::En, in_line) <= *out_at);
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
        assert!(*in_at >= (up_at + speech_ms(Lang::En, up) + 1_000).max(start + 3_500), "time to push up: breathe in at {} ms", in_at - start);
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
            let count = number_words(Lang::En, set.reps.unwrap_or(0));
            let before = said.iter().rev().find(|(t, _)| *t < start).map(|(_, l)| l.to_lowercase()).unwrap_or_default();
            let at_start = said.iter().find(|(t, _)| *t >= start).map(|(_, l)| l.as_str()).unwrap_or_default();
            assert!(before.contains(&format!("{count} crunches")) || at_start.to_lowercase().contains(&format!("{count} crunches")), "how many? {before} / {at_start}");
            let paced_fast = set.rep_pace_ms().is_some_and(|pace| pace < 1_400);
            assert!(paced_fast || at_start.ends_with("Go."), "no Go at the start: {at_start}");
        }
    }
}

#[test]
fn every_coaching_moment_is_there() {
    let (s, (said, _)) = whole_workout(&Settings::default());
    let lines: Vec<&str> = said.iter().map(|(_, l)| l.as_str()).collect();
    let has = |part: &str| lines.iter().any(|l| l.contains(part));
    let first = &s.plan.steps[0].exercise.exercise().name(&crate::i18n::Words::english());
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
fn a_step_stored_by_an_older_build_still_gets_its_words_in_turn_in_any_language() {
    for lang in Lang::CHOSEN {
        // Before movements had time of their own: a 6 s reach, a 12 s cobra.
        let mut plan = build_plan(&Settings::default(), words(lang)).expect("plan");
        for st in plan.steps.iter_mut().filter(|st| st.kind == StepKind::Breaths) {
            st.duration_ms = Some(6_000 * u64::from(st.breaths.unwrap_or(1)));
        }
        for (i, st) in plan.steps.iter().enumerate().filter(|(_, st)| st.kind == StepKind::Breaths) {
            let said = moments(words(lang), &plan.steps, i);
            for w in said.windows(2) {
                assert!(w[0].0 + speech_ms(lang, &w[0].1) <= w[1].0, "{lang:?}: {} overlaps in {said:?}", st.title);
            }
            let end = 6_000 * u64::from(st.breaths.unwrap_or(1));
            assert!(said.iter().all(|(at, l)| at + speech_ms(lang, l) <= end), "{lang:?}: {said:?}");
        }
    }
}
