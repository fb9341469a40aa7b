//! The one way the stored document changes: a view sends an [`Action`],
//! [`Document::apply`] applies the routine's rules to it and says what came of
//! it ([`Outcome`]); the browser layer then only saves the bytes and shows the
//! words. Pure, so every rule about what the history may hold is tested here
//! on the host, once.

use super::{
    accept_suggestion, doctor_seen, doctor_seen_note, exercise_name, import_result_text, level_jump_warning, log_pain, merge,
    validate_settings, Document, Felt, SessionRecord, Settings, Suggestion,
};
use crate::i18n::Words;
use crate::routine::ExerciseId;
use crate::tr;

/// Longest note kept with a workout, in characters (the summary's field
/// allows as much).
pub const MAX_NOTE_CHARS: usize = 500;

/// Something the person did that changes what is stored.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// A workout ended: its record, as the workout core built it.
    FinishWorkout(SessionRecord),
    /// The summary's answers about a saved workout.
    AnswerSummary {
        /// The workout's id.
        id: String,
        /// Pain after, 0-10.
        pain_after: Option<u8>,
        /// How it felt.
        felt: Option<Felt>,
        /// The person's note; blank means none.
        note: String,
    },
    /// How the back feels today, without a workout.
    LogPain {
        /// 0-10.
        pain: u8,
        /// When.
        now_ms: u64,
        /// The local time zone's offset east of UTC, minutes.
        tz_offset_min: i32,
    },
    /// The first-run health screening was read and accepted.
    AcceptScreening {
        /// When.
        now_ms: u64,
    },
    /// A progression suggestion was taken, at one of the levels it offers.
    AcceptSuggestion {
        /// The suggestion as shown.
        suggestion: Suggestion,
        /// The level chosen.
        level: usize,
    },
    /// "Not yet" to a suggestion for an exercise.
    DeclineSuggestion {
        /// Which exercise.
        exercise: ExerciseId,
        /// When.
        now_ms: u64,
    },
    /// New settings from the settings screen. A raise of more than one
    /// level at once needs the person's yes: the same action again with
    /// `confirmed: true`.
    ChangeSettings {
        /// The settings as they would be.
        settings: Settings,
        /// The person already said yes to the question this change asks.
        confirmed: bool,
    },
    /// The history was downloaded as a backup.
    MarkExported {
        /// When.
        now_ms: u64,
    },
    /// A backup file read and checked (`validate_import`): merged in,
    /// nothing already here is replaced or lost.
    Import(Document),
    /// The doctor warning was shown to the person.
    PainWarningShown {
        /// When.
        now_ms: u64,
    },
    /// "I have seen a doctor about this", the answer to the warning: it
    /// stays quiet for four weeks unless the pain gets worse.
    DoctorSeen {
        /// When.
        now_ms: u64,
    },
    /// The browser's answer to the request for persistent storage.
    PersistAnswered(Option<bool>),
    /// The reminder notification was shown.
    ReminderShown {
        /// When.
        now_ms: u64,
    },
}

/// What came of an action.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// The document changed; words for the person, if there is something to say.
    Applied(Option<String>),
    /// Nothing needed to change (already so, or nothing to keep).
    Unchanged,
    /// Not applied until the person says yes to this question.
    NeedsConfirmation(String),
    /// Refused, with why, in words for the person; nothing changed.
    Refused(String),
}

impl Outcome {
    /// True when the document changed (and must be saved).
    pub fn changed(&self) -> bool {
        matches!(self, Outcome::Applied(_))
    }
}

impl Document {
    /// Applies `action` with the routine's rules; the document changes only
    /// when the outcome is [`Outcome::Applied`].
    /// Its words for the person are in `words`' language.
    pub fn apply(&mut self, action: Action, words: &Words) -> Outcome {
        match action {
            Action::FinishWorkout(record) => self.finish_workout(record),
            Action::AnswerSummary { id, pain_after, felt, note } => {
                if pain_after.is_some_and(|p| p > 10) {
                    return Outcome::Refused(tr!(words, "records-pain-range"));
                }
                let Some(r) = self.sessions.iter_mut().find(|s| s.id == id) else {
                    return Outcome::Refused(tr!(words, "records-no-such-workout"));
                };
                let note = note.trim();
                let note = (!note.is_empty()).then(|| note.chars().take(MAX_NOTE_CHARS).collect::<String>());
                if (r.pain_after, r.felt, &r.note) == (pain_after, felt, &note) {
                    return Outcome::Unchanged;
                }
                (r.pain_after, r.felt, r.note) = (pain_after, felt, note);
                Outcome::Applied(None)
            }
            Action::LogPain { pain, now_ms, tz_offset_min } => match log_pain(self, pain, now_ms, tz_offset_min) {
                Ok(()) => Outcome::Applied(Some(tr!(words, "records-pain-logged", pain = pain))),
                Err(why) => Outcome::Refused(why),
            },
            Action::AcceptScreening { now_ms } => {
                if self.meta.screening_accepted_ms.is_some() {
                    return Outcome::Unchanged;
                }
                self.meta.screening_accepted_ms = Some(now_ms);
                Outcome::Applied(None)
            }
            Action::AcceptSuggestion { suggestion, level } => {
                match accept_suggestion(&self.settings, &suggestion, Some(level), words) {
                    Ok(next) => {
                        let id = suggestion.exercise();
                        let text = id.exercise().levels.get(level).map(|l| {
                            tr!(words, "records-next-level", name = exercise_name(id, words), level = l.label(words))
                        });
                        self.settings = next;
                        Outcome::Applied(text)
                    }
                    Err(why) => Outcome::Refused(why),
                }
            }
            Action::DeclineSuggestion { exercise, now_ms } => {
                let list = &mut self.meta.suggestions_declined;
                list.retain(|(e, _)| e != exercise.as_str());
                list.push((exercise.as_str().to_string(), now_ms));
                Outcome::Applied(None)
            }
            Action::ChangeSettings { settings, confirmed } => self.change_settings(settings, confirmed, words),
            Action::MarkExported { now_ms } => {
                self.meta.last_export_ms = Some(now_ms);
                Outcome::Applied(None)
            }
            Action::Import(imported) => {
                let before = self.sessions.len();
                let merged = merge(self, &imported);
                let added = merged.sessions.len() - before;
                let changed = merged != *self;
                *self = merged;
                let text = import_result_text(imported.sessions.len(), added, words);
                if changed {
                    Outcome::Applied(Some(text))
                } else {
                    Outcome::Refused(text)
                }
            }
            Action::PainWarningShown { now_ms } => {
                self.meta.pain_warning_shown_ms = Some(now_ms);
                // Every one is kept for the doctor's report.
                self.meta.pain_warnings_shown_ms.push(now_ms);
                Outcome::Applied(None)
            }
            Action::DoctorSeen { now_ms } => {
                doctor_seen(&mut self.meta, now_ms);
                Outcome::Applied(Some(doctor_seen_note(words)))
            }
            Action::PersistAnswered(answer) => {
                if self.meta.persist == answer {
                    return Outcome::Unchanged;
                }
                self.meta.persist = answer;
                Outcome::Applied(None)
            }
            Action::ReminderShown { now_ms } => {
                self.meta.reminder_shown_ms = Some(now_ms);
                Outcome::Applied(None)
            }
        }
    }

    /// Keeps a finished workout's record, once (a second finish of the same
    /// workout, e.g. from another tab, replaces it), in start order. One with
    /// nothing done is kept as "Started, nothing done": stats, streaks and the
    /// report leave it out ([`SessionRecord::is_workout`]).
    fn finish_workout(&mut self, record: SessionRecord) -> Outcome {
        self.sessions.retain(|s| s.id != record.id);
        let at = self.sessions.partition_point(|s| s.cmp_by_start(&record).is_lt());
        self.sessions.insert(at, record);
        Outcome::Applied(None)
    }

    /// The settings rules: within the routine's caps and limits, stretches
    /// always on, and a raise of more than one level only with a yes.
    fn change_settings(&mut self, settings: Settings, confirmed: bool, words: &Words) -> Outcome {
        let old = self.settings.sanitized();
        if let Err(why) = validate_settings(&settings, words) {
            return Outcome::Refused(why);
        }
        let next = settings.sanitized();
        if !confirmed {
            if let Some(question) = level_jump_warning(&old, &next, words) {
                return Outcome::NeedsConfirmation(question);
            }
        }
        if next == self.settings {
            return Outcome::Unchanged;
        }
        self.settings = next;
        Outcome::Applied(None)
    }
}
