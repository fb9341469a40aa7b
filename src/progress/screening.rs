//! The first-run screening in words, once: the live screen
//! (`ui::screening`) and the static copy written into `index.html` at build
//! time (`src/bin/boot_screening.rs`) both read [`screening_words`], so the
//! text a first visit reads before the app has loaded is the app's own.

use super::WARNING_SIGNS;

/// What the first-run screening says, in reading order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScreeningWords {
    /// The heading.
    pub title: &'static str,
    /// What Upright is and is not (general guidance, not medical advice).
    pub lead: &'static str,
    /// The heading over the warning signs.
    pub signs_heading: &'static str,
    /// The warning signs, each as a list item in sentence case.
    pub signs: Vec<String>,
    /// What to keep in mind while exercising, one paragraph each.
    pub advice: [&'static str; 2],
    /// The button that accepts the screening.
    pub accept: &'static str,
    /// The button for a person who has one of the signs.
    pub has_sign: &'static str,
}

/// The screening's words. The one source of them: the build's static copy
/// calls this too, so a translation changes both at once.
pub fn screening_words() -> ScreeningWords {
    ScreeningWords {
        title: "Before you start",
        lead: "Upright guides you through a short routine of general exercises for middle back pain. \
               It is not medical advice and does not replace a doctor or physiotherapist.",
        signs_heading: "See a doctor before you exercise if you have",
        signs: WARNING_SIGNS.iter().map(|s| sentence(s)).collect(),
        advice: [
            "While you exercise, listen to your body: stop any movement that hurts, and never go past the routine's limits.",
            "If back pain lasts more than a few days, or comes with other symptoms, see a doctor.",
        ],
        accept: "I understand",
        has_sign: "I have one of these",
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_warning_sign_is_listed_in_order_as_its_own_sentence() {
        let words = screening_words();
        assert_eq!(words.signs.len(), WARNING_SIGNS.len());
        for (listed, sign) in words.signs.iter().zip(WARNING_SIGNS) {
            assert!(listed.starts_with(|c: char| c.is_uppercase()), "{listed}");
            assert_eq!(listed.to_lowercase(), sign.to_lowercase());
        }
    }

    #[test]
    fn it_says_it_is_no_medical_advice_and_when_to_see_a_doctor() {
        let words = screening_words();
        assert!(words.lead.contains("not medical advice"), "{}", words.lead);
        assert!(words.advice.iter().any(|p| p.contains("see a doctor")), "{:?}", words.advice);
    }
}
