//! The ladders: which level is one step up or down, and checking a chosen
//! level (or a whole set of settings) against the routine's caps before it
//! is used.

use super::Suggestion;
use crate::i18n::Words;
use crate::progress::{exercise_name, Settings, LIMITS};
use crate::tr;
use crate::routine::{
    check_dosage, ExerciseId, CRUNCH_REST_MAX_S, CRUNCH_REST_MIN_S, CRUNCH_REST_S, MAX_CORE_BREATHS, MIN_SWING_REST_S,
};

/// Levels one step above `level` on `id`'s ladder: one level, two for the
/// crunches' final choice, none at the top or for the stretches.
pub fn next_levels(id: ExerciseId, level: usize) -> Vec<usize> {
    let ex = id.exercise();
    let max = ex.max_level();
    if id == ExerciseId::MidBackStretches || level >= max {
        return Vec::new();
    }
    if id == ExerciseId::Crunches {
        // The last two rungs are side by side: both are the top.
        let fork = max - 1;
        return match level {
            l if l + 1 < fork => vec![l + 1],
            l if l + 1 == fork => vec![fork, max],
            _ => Vec::new(),
        };
    }
    vec![level + 1]
}

/// The level one step below `level` (the crunches' two top levels both step
/// back to 4×20). None at the first level and for the stretches.
pub fn previous_level(id: ExerciseId, level: usize) -> Option<usize> {
    if id == ExerciseId::MidBackStretches || level == 0 {
        return None;
    }
    let max = id.exercise().max_level();
    if id == ExerciseId::Crunches && level == max {
        return Some(max - 2);
    }
    Some(level - 1)
}

/// True when the level is a top of its ladder (no step up from it).
pub fn at_top(id: ExerciseId, level: usize) -> bool {
    next_levels(id, level).is_empty()
}

/// Checks settings a person (or an imported file) chose, without repairing
/// anything: every level on its ladder and within the routine's caps (no
/// more than 100 crunches), the stretches on, swing rests not below the
/// minimum, crunch rests near 45 s, every timing within [`LIMITS`], 1 to 30
/// core breaths, volume 0-1.
/// `Err` says why, for the person.
pub fn validate_settings(s: &Settings, words: &Words) -> Result<(), String> {
    for id in ExerciseId::ALL {
        let ex = id.exercise();
        let level = s.levels[Settings::slot(id)];
        if level > ex.max_level() {
            return Err(format!(
                "{} has levels 1 to {}; level {} does not exist.",
                ex.name(&crate::i18n::Words::english()), // i18n: words from caller
                ex.max_level() + 1,
                level + 1
            ));
        }
        check_dosage(id, &ex.levels[level].dosage).map_err(|e| e.text(&crate::i18n::Words::english()))?; // i18n: words from caller
    }
    if !s.enabled[Settings::slot(ExerciseId::MidBackStretches)] {
        return Err(tr!(words, "records-stretches-always"));
    }
    if s.swing_rest_s < MIN_SWING_REST_S {
        return Err(tr!(words, "records-swing-rest", min = MIN_SWING_REST_S));
    }
    if !(CRUNCH_REST_MIN_S..=CRUNCH_REST_MAX_S).contains(&s.crunch_rest_s) {
        return Err(tr!(words, "records-crunch-rest", about = CRUNCH_REST_S, min = CRUNCH_REST_MIN_S, max = CRUNCH_REST_MAX_S));
    }
    // Every timing within the one table the resume check reads too.
    if let Some((name, range)) = LIMITS.outside(s).into_iter().next() {
        return Err(tr!(words, "records-limit", name = tr!(words, name), min = *range.start(), max = *range.end()));
    }
    if !(1..=MAX_CORE_BREATHS).contains(&s.core_breaths) {
        return Err(tr!(words, "records-core-breaths", max = MAX_CORE_BREATHS));
    }
    if !s.volume.is_finite() || !(0.0..=1.0).contains(&s.volume) {
        return Err(tr!(words, "records-volume"));
    }
    Ok(())
}

/// Settings with `exercise` moved to `to_level`, after checking that the move
/// is one the rules offer (one step up, the crunches' final choice, one step
/// back, or switching between the two crunch tops) and that the result passes
/// the routine's caps ([`check_dosage`], [`validate_settings`]).
pub fn accept(
    settings: &Settings,
    exercise: ExerciseId,
    to_level: usize,
    words: &Words,
) -> Result<Settings, String> {
    let ex = exercise.exercise();
    if exercise == ExerciseId::MidBackStretches {
        return Err(tr!(words, "records-stretches-fixed"));
    }
    if to_level > ex.max_level() {
        return Err(tr!(words, "records-no-level", name = exercise_name(exercise, words), level = to_level + 1));
    }
    let from = settings.levels[Settings::slot(exercise)].min(ex.max_level());
    let max = ex.max_level();
    let crunch_swap = exercise == ExerciseId::Crunches && from >= max - 1 && to_level >= max - 1;
    let allowed = to_level == from
        || next_levels(exercise, from).contains(&to_level)
        || previous_level(exercise, from) == Some(to_level)
        || crunch_swap;
    if !allowed {
        return Err(tr!(words, "records-one-step", name = exercise_name(exercise, words)));
    }
    check_dosage(exercise, &ex.levels[to_level].dosage).map_err(|e| e.text(&crate::i18n::Words::english()))?; // i18n: words from caller
    let mut next = settings.clone();
    next.levels[Settings::slot(exercise)] = to_level;
    validate_settings(&next, words)?;
    Ok(next)
}

/// [`accept`] with the first choice of a suggestion (or `choice`, one of
/// [`Suggestion::choices`]). A [`Suggestion::Stay`] changes nothing.
pub fn accept_suggestion(
    settings: &Settings,
    s: &Suggestion,
    choice: Option<usize>,
    words: &Words,
) -> Result<Settings, String> {
    let choices = s.choices();
    let Some(first) = choices.first().copied() else {
        return Ok(settings.clone());
    };
    let level = match choice {
        None => first,
        Some(c) if choices.contains(&c) => c,
        Some(_) => return Err(tr!(words, "records-not-a-choice")),
    };
    accept(settings, s.exercise(), level, words)
}

/// Where a level sits on its ladder, in steps from the start: the crunches'
/// two top levels are one step, side by side.
fn rung(id: ExerciseId, level: usize) -> usize {
    let max = id.exercise().max_level();
    let level = level.min(max);
    if id == ExerciseId::Crunches && level == max {
        max - 1
    } else {
        level
    }
}

/// The confirmation to ask before saving `new` settings over `old`, when
/// they raise an exercise by more than one step of its ladder; None when no
/// confirmation is needed (lowering, one step up, switching between the two
/// crunch tops, or anything else). The text states the routine's rule: build
/// up slowly, one step at a time, only when the current step is easy and the
/// back is no worse. The settings screen shows it with a confirm and a
/// cancel, and saves only on confirm.
pub fn level_jump_warning(old: &Settings, new: &Settings, words: &Words) -> Option<String> {
    let jumps: Vec<String> = ExerciseId::ALL
        .into_iter()
        .filter(|id| *id != ExerciseId::MidBackStretches)
        .filter_map(|id| {
            let ex = id.exercise();
            let (from, to) = (old.level(id), new.level(id));
            let steps = rung(id, to).checked_sub(rung(id, from)).filter(|s| *s > 1)?;
            Some(tr!(
                words,
                "records-jump",
                name = exercise_name(id, words),
                from = ex.levels[from].label(words),
                to = ex.levels[to].label(words),
                steps = steps
            ))
        })
        .collect();
    if jumps.is_empty() {
        return None;
    }
    let jumps = jumps.into_iter().reduce(|all, next| tr!(words, "records-and", first = all, then = next))?;
    Some(tr!(words, "records-jump-question", jumps = jumps))
}
