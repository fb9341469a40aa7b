//! Results and answers put into words, once, for every place that shows
//! them: the summary after a workout, the history list, the doctor's report
//! and the CSV. A new kind of partial work (say "8 of 15" of a set) is added
//! here and reaches all of them.

use super::{ExerciseResult, Felt, SessionRecord};
use crate::i18n::Words;
use crate::routine::{Dosage, ExerciseId};
use crate::tr;

/// A length in seconds as a person says it: "45 s", "4 min", "3 min 30 s".
pub fn duration_words(seconds: u32, words: &Words) -> String {
    match (seconds / 60, seconds % 60) {
        (0, s) => tr!(words, "records-seconds", s = s),
        (m, 0) => tr!(words, "records-minutes", m = m),
        (m, s) => tr!(words, "records-minutes-seconds", m = m, s = s),
    }
}

/// An exercise's name in `words`' language.
// The routine's messages name each exercise `routine-<id>-name`; until a
// language has them the routine's own (English) name stands in.
pub fn exercise_name(id: ExerciseId, words: &Words) -> String {
    id.exercise().name(words)
}

/// What was done of an exercise against its plan, in a few words
/// ("30 reps in 2 of 2 sets of 15", "8 of 8 rounds, 4 min in all").
pub fn done_words(r: &ExerciseResult, words: &Words) -> String {
    let d = r.done;
    match r.planned {
        // Seconds held tell what a hold left early was worth (records before
        // they were kept have none).
        Dosage::Holds { repeats, .. } if d.seconds > 0 => {
            tr!(words, "records-done-holds-held", done = d.holds, planned = repeats, held = duration_words(d.seconds, words))
        }
        Dosage::Holds { repeats, .. } => tr!(words, "records-done-holds", done = d.holds, planned = repeats),
        Dosage::Reps { reps, sets } => {
            tr!(words, "records-done-reps", reps = d.reps, sets = d.sets, planned_sets = sets, planned_reps = reps)
        }
        Dosage::Breaths { count } => tr!(words, "records-done-breaths", done = d.breaths, planned = count),
        Dosage::Swings { front_rounds, side_rounds, .. } => {
            let planned = 2 * (front_rounds + side_rounds);
            // Records before format 3 kept no seconds: say only the rounds.
            if d.seconds > 0 {
                tr!(words, "records-done-rounds-time", done = d.sides, planned = planned, time = duration_words(d.seconds, words))
            } else {
                tr!(words, "records-done-rounds", done = d.sides, planned = planned)
            }
        }
        Dosage::Stretches { cobra_repeats, reach_per_side, .. } => tr!(
            words,
            "records-done-stretches",
            cobras = d.breaths,
            planned_cobras = cobra_repeats,
            reaches = d.sides,
            planned_reaches = 2 * reach_per_side
        ),
    }
}

/// One exercise of a workout as a line: "Crunches: 30 reps in 2 of 2 sets
/// of 15, 45 s rest". Skipped or stopped with nothing done, the line says
/// only that, not a row of zeros.
pub fn result_line(r: &ExerciseResult, words: &Words) -> String {
    let name = exercise_name(r.exercise, words);
    let flag = if r.stopped_for_pain {
        Some(tr!(words, "records-flag-pain"))
    } else if r.skipped {
        Some(tr!(words, "records-flag-skipped"))
    } else {
        None
    };
    if !r.done.any() {
        if let Some(flag) = flag {
            return tr!(words, "records-line-only-flag", name = name, flag = flag);
        }
    }
    let done = done_words(r, words);
    match (r.rest_s, flag) {
        (None, None) => tr!(words, "records-line", name = name, done = done),
        (Some(rest), None) => tr!(words, "records-line-rest", name = name, done = done, rest = rest),
        (None, Some(flag)) => tr!(words, "records-line-flag", name = name, done = done, flag = flag),
        (Some(rest), Some(flag)) => tr!(words, "records-line-rest-flag", name = name, done = done, rest = rest, flag = flag),
    }
}

/// A workout's lines, one per exercise; a session started with nothing
/// done says only that (it is kept so the pain rated before it is not lost,
/// but it counts nowhere).
pub fn result_lines(record: &SessionRecord, words: &Words) -> Vec<String> {
    if !record.is_workout() {
        return vec![tr!(words, "records-nothing-done")];
    }
    record.exercises.iter().map(|r| result_line(r, words)).collect()
}

/// The summary's heading: praise for a whole workout, a kind word after
/// "this hurts", plain words for one finished early or with nothing done.
pub fn summary_title(record: &SessionRecord, words: &Words) -> String {
    let id = if !record.is_workout() {
        "records-nothing-done"
    } else if record.exercises.iter().any(|r| r.stopped_for_pain) {
        "records-title-pain"
    } else if record.completed {
        "records-title-done"
    } else {
        "records-title-early"
    };
    tr!(words, id)
}

impl Felt {
    /// The words the person chose on the summary screen.
    pub fn label(self, words: &Words) -> String {
        let id = match self {
            Felt::Easy => "records-felt-easy",
            Felt::Good => "records-felt-good",
            Felt::Hard => "records-felt-hard",
        };
        tr!(words, id)
    }
}

/// What an import did, in words: how many sessions the file held and how
/// many of them were new here (`added`, counted after merging).
pub fn import_result_text(in_file: usize, added: usize, words: &Words) -> String {
    let id = if in_file == 0 {
        "records-imported-empty"
    } else if added == in_file {
        "records-imported-all-new"
    } else if added == 0 {
        "records-imported-none-new"
    } else {
        "records-imported-some-new"
    };
    tr!(words, id, count = in_file, added = added)
}
