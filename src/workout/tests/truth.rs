//! The record is what the person did: partial credit, one day ledger of
//! crunches asked for, presence, endings. Each test names the case
//! it proves; the last one drives random sequences of every action.

use super::*;
use crate::progress::{crunches_today, local_day, DayLedger, SessionRecord, Settings};
use crate::routine::{ExerciseId, MAX_CRUNCHES_PER_DAY};

const S: u64 = 1_000;
const MIN: u64 = 60 * S;
const DAY: u64 = 24 * 60 * MIN;
/// 2023-11-14 22:13:20 UTC.
const T0: u64 = 1_700_000_000_000;

/// Crunches (and the stretches, which follow every workout) at a cadence.
fn crunches_only(pace_ms: u32) -> Settings {
    let mut s = Settings { crunch_pace_ms: pace_ms, ..Settings::default() };
    for id in ExerciseId::ALL {
        s.enabled[Settings::slot(id)] = id == ExerciseId::Crunches;
    }
    s
}

/// The instant the current run of the first crunch set starts, letting
/// timers run out from `t`.
fn wait_for_set(s: &Session, mut t: u64) -> u64 {
    loop {
        let snap = s.snapshot(t);
        assert!(!snap.finished, "no crunch set ahead");
        if s.plan.steps[snap.index].kind == StepKind::Reps {
            return t - snap.elapsed_ms;
        }
        t += snap.remaining_ms.expect("timed steps until the set");
    }
}

/// Lets every timer run out (a paced set ends by itself) from `t`; the end.
fn run_to_end(s: &Session, mut t: u64) -> u64 {
    loop {
        let snap = s.snapshot(t);
        if snap.finished {
            return s.ended_at_ms(t).unwrap();
        }
        t += snap.remaining_ms.expect("no set waits for Done").max(1);
    }
}

fn asked(record: &SessionRecord) -> u32 {
    record.crunch_days.iter().map(|(_, n)| n).sum()
}

// ---------------------------------------------------------------- partial credit

#[test]
fn this_hurts_at_crunch_8_records_the_8_crunches_done() {
    let pace = 1_500;
    let mut s = Session::start(build_plan(&crunches_only(pace)).unwrap(), T0);
    let set = wait_for_set(&s, T0);
    // Crunch 8's tick sounds 7 paces into the set.
    s.hurt(set + 7 * u64::from(pace) + 500);
    let record = s.record(set + 60 * S, "x".into(), 0);
    let crunches = record.result(ExerciseId::Crunches).unwrap();
    assert_eq!((crunches.done.reps, crunches.done.sets), (8, 0), "{crunches:?}");
    assert!(crunches.stopped_for_pain && !crunches.skipped);
    assert_eq!(asked(&record), 8, "asked for as many as ticked");
}

#[test]
fn skip_and_previous_on_a_paced_set_count_every_tick_and_never_pass_the_day() {
    let pace = 1_500;
    let mut s = Session::start(build_plan(&crunches_only(pace)).unwrap(), T0);
    let start = wait_for_set(&s, T0);
    let mut t = start;
    for _ in 0..40 {
        let snap = s.snapshot(t);
        if s.plan.steps[snap.index].kind != StepKind::Reps {
            break; // closed: the day has no room for a whole set
        }
        // Ten ticks, then Skip and Previous: the set starts again.
        t += 9 * u64::from(pace) + 100;
        s.next(t);
        s.prev(t);
    }
    // Every tick sounded: each set's start and its Rep cues.
    let cues = s.cues_between(start - 1, t);
    let sets_started = cues.iter().filter(|c| c.kind == CueKind::StepStart && s.plan.steps[c.step].kind == StepKind::Reps).count();
    let ticks = cues.iter().filter(|c| matches!(c.kind, CueKind::Rep(_))).count() + sets_started;
    let record = s.record(t, "x".into(), 0);
    assert_eq!(asked(&record) as usize, ticks, "asked for = ticks sounded");
    assert_eq!(record.crunch_reps(), asked(&record), "every tick given counts as done");
    assert!(asked(&record) <= MAX_CRUNCHES_PER_DAY, "asked for {}", asked(&record));
    assert!(asked(&record) > MAX_CRUNCHES_PER_DAY - 15, "the loop ran until the day was nearly full");
}

#[test]
fn a_hold_or_round_left_early_keeps_its_seconds() {
    let mut settings = Settings::default();
    for id in ExerciseId::ALL {
        settings.enabled[Settings::slot(id)] = id == ExerciseId::BackBridge;
    }
    let mut s = Session::start(build_plan(&settings).unwrap(), T0);
    let ready = s.snapshot(T0).remaining_ms.unwrap();
    s.next(T0 + ready + 6 * S); // 6 s into the first 10 s hold
    let bridge = &s.results(T0 + ready + 7 * S)[0];
    assert_eq!((bridge.done.holds, bridge.done.seconds), (0, 6));
    assert!(!bridge.skipped);
}

// ---------------------------------------------------------------- the day ledger

#[test]
fn crunches_after_local_midnight_count_on_the_new_day() {
    let tz = 60;
    let pace = 1_500;
    let settings = crunches_only(pace);
    let plan = build_plan(&settings).unwrap();
    // Start so that local midnight falls in the rest between the two sets.
    let probe = Session::start(plan.clone(), 0);
    let set_offset = wait_for_set(&probe, 0);
    let midnight = (local_day(T0, tz) + 1) as u64 * DAY - 60 * MIN; // local midnight at +01:00
    let start = midnight - set_offset - 30 * S;
    let mut s = Session::start(plan, start);
    s.set_ledger(DayLedger::new(tz));
    let end = run_to_end(&s, start);
    let record = s.record(end, "late".into(), tz);
    let before = local_day(start, tz);
    assert_eq!(record.crunch_days, vec![(before, 15), (before + 1, 15)]);
    // The next morning already holds 15: another workout gets 85.
    let morning = midnight + 8 * 60 * MIN;
    assert_eq!(crunches_today(&[record.clone()], morning, tz), 15);
    assert_eq!(crunches_today(&[record], midnight - MIN, tz), 15);
}

#[test]
fn a_set_running_past_midnight_into_a_full_day_stops_at_its_last_allowed_tick() {
    let tz = 0;
    let pace = 1_500u64;
    let plan = build_plan(&crunches_only(pace as u32)).unwrap();
    let probe = Session::start(plan.clone(), 0);
    let set_offset = wait_for_set(&probe, 0);
    let midnight = (local_day(T0, tz) + 1) as u64 * DAY;
    // The set starts 5 ticks before midnight; the new day is already full
    // (another tab's workout, dated there).
    let start = midnight - set_offset - 5 * pace + 1;
    let mut other = probe.record(0, "other".into(), tz);
    other.crunch_days = vec![(local_day(midnight, tz), MAX_CRUNCHES_PER_DAY)];
    let mut s = Session::start(plan, start);
    s.set_ledger(DayLedger::from_history(&[other], None, tz));
    let end = run_to_end(&s, start);
    let record = s.record(end, "x".into(), tz);
    assert_eq!(record.crunch_days, vec![(local_day(start, tz), 5)]);
    assert_eq!(record.crunch_reps(), 5);
}

#[test]
fn a_resumed_workout_with_its_allowance_deleted_gets_no_fresh_hundred() {
    let tz = 0;
    let now = T0 + 10 * MIN;
    // 100 crunches already asked for today, in history.
    let mut full = Session::start(build_plan(&crunches_only(1_500)).unwrap(), T0).record(T0, "earlier".into(), tz);
    full.crunch_days = vec![(local_day(T0, tz), MAX_CRUNCHES_PER_DAY)];
    let history = vec![full];
    // A workout whose plan still holds crunch sets, its allowance deleted.
    let plan = build_plan(&crunches_only(1_500)).unwrap();
    let active = ActiveWorkout::new("now".into(), Session::start(plan, now), None);
    let mut json: serde_json::Value = serde_json::to_value(&active).unwrap();
    json["session"]["plan"].as_object_mut().unwrap().remove("crunch_allowance");
    let mut back: ActiveWorkout = serde_json::from_value(json).unwrap();
    assert_eq!(check_resumed(&back, now), Ok(()));
    // What the app does on a reload: the ledger comes from history.
    back.session.set_ledger(DayLedger::from_history(&history, Some(&back.id), tz));
    let end = run_to_end(&back.session, now);
    let record = back.session.record(end, back.id.clone(), tz);
    assert_eq!(record.crunch_reps(), 0);
    assert!(record.crunch_days.is_empty(), "{:?}", record.crunch_days);
}

// ---------------------------------------------------------------- presence

/// The player ticking every 250 ms from `from` to `to`, saving the
/// workout every 3 s as the app does; returns the last saved text.
fn play(active: &mut ActiveWorkout, from: u64, to: u64, hidden: bool) -> String {
    let mut saved = serde_json::to_string(active).unwrap();
    let mut last_save = from;
    let mut t = from;
    while t <= to {
        active.tick(t, hidden);
        if t - last_save >= 3 * S {
            saved = serde_json::to_string(active).unwrap();
            last_save = t;
        }
        t += 250;
    }
    saved
}

#[test]
fn left_running_for_45_minutes_the_record_holds_only_the_coached_time() {
    let mut active = ActiveWorkout::new("a".into(), Session::start(default_plan(), T0), None);
    // 20 s of workout, then the app is closed while running (no goodbye).
    let saved = play(&mut active, T0, T0 + 20 * S, false);
    let back_at = T0 + 45 * MIN;
    let mut back: ActiveWorkout = serde_json::from_str(&saved).unwrap();
    back.loaded(back_at);
    assert!(back.session.snapshot(back_at).paused, "stopped where it was last coached");
    let away = back.ask_on_return(back_at).expect("45 minutes away asks");
    assert!(away > 44 * MIN);
    back.end_where_left(back_at);
    let record = back.record(back_at, 0);
    assert!((17..=20).contains(&record.duration_s()), "{} s", record.duration_s());
}

#[test]
fn leave_for_now_then_resume_leaves_the_time_away_out() {
    let mut active = ActiveWorkout::new("a".into(), Session::start(default_plan(), T0), None);
    play(&mut active, T0, T0 + 20 * S, false);
    active.left(T0 + 20 * S);
    let back_at = T0 + 20 * S + 45 * MIN;
    assert!(active.ask_on_return(back_at).is_some());
    active.back(back_at);
    assert!(!active.session.snapshot(back_at).paused);
    play(&mut active, back_at, back_at + 10 * S, false);
    active.session.finish(back_at + 10 * S);
    let record = active.record(back_at + 10 * S, 0);
    assert_eq!(record.duration_s(), 30);
    // Back within a minute: no question, it just carries on.
    let mut quick = ActiveWorkout::new("b".into(), Session::start(default_plan(), T0), None);
    quick.left(T0 + 5 * S);
    assert_eq!(quick.ask_on_return(T0 + 50 * S), None);
}

#[test]
fn a_page_hidden_past_its_scheduled_cues_stops_where_they_ran_out() {
    let mut active = ActiveWorkout::new("a".into(), Session::start(default_plan(), T0), None);
    play(&mut active, T0, T0 + 20 * S, false);
    active.tick(T0 + 20 * S, true);
    // Hidden for ten minutes with no timer at all (the browser froze it).
    let back_at = T0 + 20 * S + 10 * MIN;
    active.tick(back_at, false);
    let snap = active.session.snapshot(back_at);
    assert!(snap.paused);
    assert_eq!(snap.active_ms, 20 * S + LOOKAHEAD_HIDDEN_MS);
    assert!(active.ask_on_return(back_at).is_some());
    // Hidden a moment, the coaching goes on: no pause.
    let mut brief = ActiveWorkout::new("b".into(), Session::start(default_plan(), T0), None);
    brief.tick(T0 + S, true);
    brief.tick(T0 + 40 * S, false);
    assert!(!brief.session.snapshot(T0 + 40 * S).paused);
}

#[test]
fn a_reload_with_a_goodbye_resumes_at_once_without_the_gap() {
    let mut active = ActiveWorkout::new("a".into(), Session::start(default_plan(), T0), None);
    play(&mut active, T0, T0 + 4 * S, false);
    active.closing(T0 + 4 * S);
    let text = serde_json::to_string(&active).unwrap();
    let mut back: ActiveWorkout = serde_json::from_str(&text).unwrap();
    back.loaded(T0 + 6 * S);
    assert_eq!(back.ask_on_return(T0 + 6 * S), None);
    back.back(T0 + 6 * S);
    assert_eq!(back.session.snapshot(T0 + 6 * S).active_ms, 4 * S);
}

#[test]
fn a_stored_coached_instant_far_in_the_future_is_not_trusted() {
    let mut active = ActiveWorkout::new("a".into(), Session::start(default_plan(), T0), None);
    active.session.pause(T0 + 3 * S);
    active.session.resume(T0 + 4 * S);
    active.coached_until_ms = Some(T0 + DAY);
    active.loaded(T0 + 30 * MIN);
    assert_eq!(active.session.snapshot(T0 + 30 * MIN).active_ms, 3 * S, "stopped at its last event");
}

// ---------------------------------------------------------------- endings

#[test]
fn finish_now_can_go_to_the_stretches_first_blaming_nothing() {
    let mut s = Session::start(default_plan(), T0);
    s.stretch(T0 + 3 * S);
    let snap = s.snapshot(T0 + 3 * S);
    assert_eq!(Some(snap.index), s.plan.first_step_of(ExerciseId::MidBackStretches));
    let end = run_to_end(&s, T0 + 3 * S);
    let record = s.record(end, "x".into(), 0);
    assert!(record.exercises.iter().all(|r| !r.stopped_for_pain));
    assert!(record.result(ExerciseId::MidBackStretches).unwrap().complete());
    let before = s.events.len();
    s.stretch(end);
    assert_eq!(s.events.len(), before, "no stretch once over");
}

#[test]
fn after_this_hurts_the_coach_says_no_well_done() {
    let all = Channels { beeps: true, voice: true, vibrate: false };
    let mut s = Session::start(default_plan(), T0);
    let mut coach = Coach::new(T0);
    coach.tick(&s, T0, all, false);
    s.hurt(T0 + 5 * S);
    s.finish(T0 + 5 * S);
    coach.reset(T0 + 5 * S);
    let words = coach.tick(&s, T0 + 5 * S, all, false).speech.join(" ");
    assert!(!words.is_empty() && !words.contains("Well done"), "{words:?}");
}

#[test]
fn a_session_with_nothing_done_is_no_workout() {
    let mut s = Session::start(default_plan(), T0);
    s.finish(T0 + 2 * S);
    assert!(!s.record(T0 + 2 * S, "x".into(), 0).is_workout());
}

fn default_plan() -> Plan {
    build_plan(&Settings::default()).unwrap()
}

// ---------------------------------------------------------------- random sequences

/// SplitMix64: a small seeded generator, so every failure replays.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn between(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.below(hi - lo + 1)
    }
}

/// One simulated person on one device: history, the running workout, the
/// text last saved, and how much time they were really there for.
struct World {
    rng: Rng,
    tz: i32,
    t: u64,
    history: Vec<SessionRecord>,
    active: Option<ActiveWorkout>,
    saved: String,
    last_save: u64,
    /// Ms the person could be coached during the running workout.
    present_ms: u64,
    paced: bool,
    seed: u64,
}

impl World {
    fn ledger(&self, except: &str) -> DayLedger {
        DayLedger::from_history(&self.history, Some(except), self.tz)
    }

    fn save(&mut self) {
        if let Some(a) = &self.active {
            self.saved = serde_json::to_string(a).unwrap();
            self.last_save = self.t;
        }
    }

    /// The player's tick at the current instant.
    fn tick(&mut self, hidden: bool) {
        let t = self.t;
        let Some(a) = self.active.as_mut() else { return };
        let stops = a.tick_stops(t);
        a.tick(t, hidden);
        if stops || t - self.last_save >= 3 * S {
            self.save();
        }
    }

    /// Back on the player: the question, answered at random, or carry on.
    fn come_back(&mut self) {
        let t = self.t;
        let Some(a) = self.active.as_mut() else { return };
        match a.ask_on_return(t) {
            Some(_) => match self.rng.below(3) {
                0 => {
                    a.back(t);
                    a.session.resume(t);
                }
                1 => a.end_where_left(t),
                _ => {
                    self.active = None;
                    return;
                }
            },
            None => a.back(t),
        }
        self.save();
    }

    fn start(&mut self) {
        let level = self.rng.below(8) as usize;
        let pace = [0u32, 1_200, 1_500, 3_000][self.rng.below(4) as usize];
        let mut settings = Settings { crunch_pace_ms: pace, ..Settings::default() };
        settings.levels[Settings::slot(ExerciseId::Crunches)] = level;
        for id in [ExerciseId::BackBridge, ExerciseId::CoreBreath, ExerciseId::LegSwings] {
            settings.enabled[Settings::slot(id)] = self.rng.below(3) == 0;
        }
        let done = crunches_today(&self.history, self.t, self.tz);
        let plan = build_plan_for_day(&settings, done).expect("a plan").plan;
        let id = format!("w{}-{}", self.t, self.rng.next() % 1000);
        let mut session = Session::start(plan, self.t);
        session.set_ledger(self.ledger(&id));
        self.active = Some(ActiveWorkout::new(id, session, None));
        self.paced = pace != 0;
        self.present_ms = 0;
        self.save();
    }

    /// How long the person is away: mostly minutes, now and then hours.
    fn absence(&mut self, at_least: u64) -> u64 {
        let most = if self.rng.below(5) == 0 { 3 * 60 * MIN } else { 10 * MIN };
        self.rng.between(at_least, most)
    }

    /// One random action of the person, the device or the calendar.
    fn step(&mut self) {
        if self.active.is_none() {
            // Back-to-back workouts, now and then an hour or a day apart.
            self.t += [0, 0, 5 * S, 5 * S, 30 * MIN, 30 * MIN, 90 * MIN, DAY][self.rng.below(8) as usize];
            self.start();
            return;
        }
        let roll = self.rng.below(100);
        match roll {
            // On the player, a few seconds go by.
            0..=29 => {
                let d = self.rng.between(100, 4 * S);
                self.t += d;
                self.present_ms += d;
                self.tick(false);
            }
            // A button.
            30..=74 => {
                self.tick(false);
                let t = self.t;
                let a = self.active.as_mut().unwrap();
                let s = &mut a.session;
                // Moving about is common, ending rare: long sessions, many
                // sets, and on a crunch set Previous most of all (the way
                // to ask for one set after another).
                let on_set = s.plan.steps[s.snapshot(t).index].kind == StepKind::Reps;
                if on_set && self.rng.below(2) == 0 {
                    s.prev(t);
                } else if !on_set && self.rng.below(3) == 0 {
                    s.next(t);
                } else {
                    match self.rng.below(40) {
                    0..=2 => s.pause(t),
                    3..=5 => s.resume(t),
                    6..=15 => s.next(t),
                    16..=27 => s.prev(t),
                    28..=33 => s.done(t),
                    34 => s.hurt(t),
                    35 => s.finish(t),
                    36 => s.stretch(t),
                    37 => s.stop_round(t),
                    _ => s.extend(t),
                    }
                }
                self.save();
            }
            // The page hidden for a while.
            75..=81 => {
                self.tick(true);
                self.save();
                let d = self.absence(S);
                self.t += d;
                self.present_ms += if d <= LOOKAHEAD_HIDDEN_MS + TICK_GAP_MS { d } else { LOOKAHEAD_HIDDEN_MS };
                self.tick(false);
                self.save();
                self.come_back();
            }
            // The device sleeps with the player showing.
            82..=85 => {
                self.t += self.absence(TICK_GAP_MS + S);
                self.tick(false);
                self.come_back();
            }
            // "Leave for now", back later.
            86..=90 => {
                let t = self.t;
                self.active.as_mut().unwrap().left(t);
                self.save();
                self.t += self.absence(S);
                self.come_back();
            }
            // A reload, or the app closed and opened again.
            91..=96 => {
                if self.rng.below(2) == 0 {
                    let t = self.t;
                    self.active.as_mut().unwrap().closing(t);
                    self.save();
                }
                self.t += self.absence(0);
                let mut back: ActiveWorkout = serde_json::from_str(&self.saved).unwrap();
                assert_eq!(check_resumed(&back, self.t), Ok(()), "seed {}", self.seed);
                back.session.set_ledger(self.ledger(&back.id));
                back.loaded(self.t);
                self.active = Some(back);
                self.come_back();
            }
            // To just before the next local midnight (a sleep on the player).
            _ => {
                let next = (local_day(self.t, self.tz) + 1) * DAY as i64 - i64::from(self.tz) * MIN as i64;
                let to = self.t.max(next as u64 - self.rng.between(S, 90 * S));
                if to - self.t <= TICK_GAP_MS {
                    self.present_ms += to - self.t; // too short a jump to be a sleep
                }
                self.t = to;
                self.tick(false);
                self.come_back();
            }
        }
        self.check_day_caps();
        self.end_if_finished();
    }

    /// No local day holds more than the cap: history and the running
    /// workout together.
    fn check_day_caps(&self) {
        let Some(a) = &self.active else { return };
        let mut ledger = self.ledger(&a.id);
        for (day, n) in a.session.crunch_days(self.t) {
            ledger.charge(day, n);
        }
        for (day, n) in ledger.days() {
            assert!(n <= MAX_CRUNCHES_PER_DAY, "seed {}: day {day} asked for {n}", self.seed);
        }
    }

    /// A finished workout is saved (when anything was done) and checked.
    fn end_if_finished(&mut self) {
        let Some(a) = &self.active else { return };
        if !a.session.snapshot(self.t).finished {
            return;
        }
        let active_ms = a.session.snapshot(self.t).active_ms;
        assert!(
            active_ms <= self.present_ms,
            "seed {}: {active_ms} ms of workout time, the person was there {} ms",
            self.seed,
            self.present_ms
        );
        let record = a.record(self.t, self.tz);
        let asked = asked(&record);
        assert!(record.crunch_reps() <= asked, "seed {}: done {} > asked {asked}", self.seed, record.crunch_reps());
        if self.paced {
            assert_eq!(record.crunch_reps(), asked, "seed {}: a paced set's ticks are what was done", self.seed);
        }
        let span = (record.ended_at_ms - record.started_at_ms) / 1000;
        assert!(record.duration_s() <= span);
        if record.is_workout() {
            self.history.retain(|r| r.id != record.id);
            self.history.push(record);
        }
        self.active = None;
    }
}

#[test]
fn random_days_never_ask_past_the_cap_nor_credit_time_away() {
    for seed in 0..60u64 {
        let mut rng = Rng(seed);
        let tz = [-300, 0, 60, 330, 840][rng.below(5) as usize];
        // Start a few minutes before some local midnight, so days change mid-workout.
        let day = local_day(T0, tz) + rng.below(30) as i64;
        let t = (day * DAY as i64 - i64::from(tz) * MIN as i64) as u64 - rng.between(S, 20 * MIN);
        let mut world = World {
            rng,
            tz,
            t,
            history: Vec::new(),
            active: None,
            saved: String::new(),
            last_save: t,
            present_ms: 0,
            paced: true,
            seed,
        };
        for _ in 0..300 {
            world.step();
        }
        for (day, n) in DayLedger::from_history(&world.history, None, tz).days() {
            assert!(n <= MAX_CRUNCHES_PER_DAY, "seed {seed}: day {day} holds {n}");
        }
    }
}
