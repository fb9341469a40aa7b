//! Results and answers put into words, once, for every place that shows
//! them: the summary after a workout, the history list, the doctor's report
//! and the CSV. A new kind of partial work (say "8 of 15" of a set) is added
//! here and reaches all of them.

use super::{ExerciseResult, Felt, SessionRecord};
use crate::routine::Dosage;

/// A length in seconds as a person says it: "45 s", "4 min", "3 min 30 s".
pub fn duration_words(seconds: u32) -> String {
    match (seconds / 60, seconds % 60) {
        (0, s) => format!("{s} s"),
        (m, 0) => format!("{m} min"),
        (m, s) => format!("{m} min {s} s"),
    }
}

/// What was done of an exercise against its plan, in a few words
/// ("30 reps in 2 of 2 sets of 15", "8 of 8 rounds, 4 min in all").
pub fn done_words(r: &ExerciseResult) -> String {
    let d = r.done;
    match r.planned {
        // Seconds held tell what a hold left early was worth (records before
        // they were kept have none).
        Dosage::Holds { repeats, .. } if d.seconds > 0 => {
            format!("{} of {repeats} holds, {} held", d.holds, duration_words(d.seconds))
        }
        Dosage::Holds { repeats, .. } => format!("{} of {repeats} holds", d.holds),
        Dosage::Reps { reps, sets } => format!("{} reps in {} of {sets} sets of {reps}", d.reps, d.sets),
        Dosage::Breaths { count } => format!("{} of {count} breaths", d.breaths),
        Dosage::Swings { front_rounds, side_rounds, .. } => {
            let rounds = format!("{} of {} rounds", d.sides, 2 * (front_rounds + side_rounds));
            // Records before format 3 kept no seconds: say only the rounds.
            if d.seconds > 0 {
                format!("{rounds}, {} in all", duration_words(d.seconds))
            } else {
                rounds
            }
        }
        Dosage::Stretches { cobra_repeats, reach_per_side, .. } => {
            format!("{} of {cobra_repeats} cobras, {} of {} side reaches", d.breaths, d.sides, 2 * reach_per_side)
        }
    }
}

/// One exercise of a workout as a line: "Crunches: 30 reps in 2 of 2 sets
/// of 15, 45 s rest". Skipped or stopped with nothing done, the line says
/// only that, not a row of zeros.
pub fn result_line(r: &ExerciseResult) -> String {
    let name = r.exercise.exercise().name(&crate::i18n::Words::english()); // i18n: words from caller
    let flag = if r.stopped_for_pain {
        "stopped: it hurt"
    } else if r.skipped {
        "skipped"
    } else {
        ""
    };
    if !r.done.any() && !flag.is_empty() {
        return format!("{name}: {flag}");
    }
    let rest = r.rest_s.map(|s| format!(", {s} s rest")).unwrap_or_default();
    let flag = if flag.is_empty() { String::new() } else { format!(" — {flag}") };
    format!("{name}: {}{rest}{flag}", done_words(r))
}

/// A workout's lines, one per exercise; a session started with nothing
/// done says only that (it is kept so the pain rated before it is not lost,
/// but it counts nowhere).
pub fn result_lines(record: &SessionRecord) -> Vec<String> {
    if !record.is_workout() {
        return vec!["Started, nothing done".to_string()];
    }
    record.exercises.iter().map(result_line).collect()
}

/// The summary's heading: praise for a whole workout, a kind word after
/// "this hurts", plain words for one finished early or with nothing done.
pub fn summary_title(record: &SessionRecord) -> &'static str {
    if !record.is_workout() {
        "Started, nothing done"
    } else if record.exercises.iter().any(|r| r.stopped_for_pain) {
        "You stopped when it hurt: the right call. Rest and go gently."
    } else if record.completed {
        "Workout done"
    } else {
        "Workout ended early"
    }
}

impl Felt {
    /// The words the person chose on the summary screen.
    pub fn label(self) -> &'static str {
        match self {
            Felt::Easy => "Easy",
            Felt::Good => "About right",
            Felt::Hard => "Hard",
        }
    }
}

/// What an import did, in words: how many sessions the file held and how
/// many of them were new here (`added`, counted after merging).
pub fn import_result_text(in_file: usize, added: usize) -> String {
    let sessions = super::plural(in_file as u64, "session", "sessions");
    if in_file == 0 {
        "Imported the file: it held no sessions.".to_string()
    } else if added == in_file {
        if in_file == 1 {
            "Imported 1 session: it is new.".to_string()
        } else {
            format!("Imported {sessions}: all new.")
        }
    } else if added == 0 {
        format!("Imported {sessions}: all were already here, nothing new.")
    } else {
        format!("Imported {sessions}: {added} new, the rest were already here.")
    }
}
