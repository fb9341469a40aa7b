//! The first-run screening in words, once: the live screen
//! (`ui::screening`) and the static copy written into `index.html` at build
//! time (`src/bin/boot_screening.rs`) both read [`screening_words`], so the
//! text a first visit reads before the app has loaded is the app's own.

use super::warning_signs;
use crate::i18n::Words;

/// What the first-run screening says, in reading order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScreeningWords {
    /// The heading.
    pub title: String,
    /// What Upright is and is not (general guidance, not medical advice).
    pub lead: String,
    /// The heading over the warning signs.
    pub signs_heading: String,
    /// The warning signs, each as a list item in sentence case.
    pub signs: Vec<String>,
    /// What to keep in mind while exercising, one paragraph each.
    pub advice: [String; 2],
    /// The button that accepts the screening.
    pub accept: String,
    /// The button for a person who has one of the signs.
    pub has_sign: String,
}

/// The screening's words in `words`' language. The one source of them: the
/// build's static copy calls this too (in English), so a change of words
/// changes both at once.
pub fn screening_words(words: &Words) -> ScreeningWords {
    let t = |id: &str| words.text(id, None);
    ScreeningWords {
        title: t("safety-screening-title"),
        lead: t("safety-screening-lead"),
        signs_heading: t("safety-screening-signs"),
        signs: warning_signs(words).iter().map(|s| sentence(s)).collect(),
        advice: [t("safety-screening-listen"), t("safety-screening-lasting")],
        accept: t("safety-screening-accept"),
        has_sign: t("safety-screening-has-sign"),
    }
}

/// `s` with its first letter capitalised: the signs are written to run on
/// inside the pain warning's sentence, and stand alone as list items here.
fn sentence(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
