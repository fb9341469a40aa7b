//! The one kind of message the app shows the person (`data-testid="app-notice"`):
//! made by the core (the pain warning, storage trouble, an action's outcome)
//! and only shown by the views.

/// A message for the person: errors, recoveries, reminders.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Notice {
    /// What happened, in plain words.
    pub message: String,
    /// Raw text set aside, offered as a download.
    pub raw: Option<String>,
    /// Offer an export button.
    pub offer_export: bool,
    /// The pain warning: offers "I have seen a doctor about this".
    pub doctor_answer: bool,
}

impl Notice {
    /// A notice with only a message.
    pub fn say(message: impl Into<String>) -> Notice {
        Notice { message: message.into(), ..Notice::default() }
    }
}
