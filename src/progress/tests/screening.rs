//! The first-run screening's words: every warning sign, in order, in each language.

use crate::i18n::{Lang, Words};
use crate::progress::{screening_words, warning_signs};

#[test]
fn every_warning_sign_is_listed_in_order_as_its_own_sentence() {
    for lang in Lang::CHOSEN {
        let words = Words::from_disk(lang).0;
        let screening = screening_words(&words);
        let signs = warning_signs(&words);
        assert_eq!(screening.signs.len(), signs.len());
        for (listed, sign) in screening.signs.iter().zip(&signs) {
            assert!(listed.starts_with(|c: char| c.is_uppercase()), "{listed}");
            assert_eq!(listed.to_lowercase(), sign.to_lowercase());
        }
    }
}

#[test]
fn it_says_it_is_no_medical_advice_and_when_to_see_a_doctor() {
    let words = screening_words(&Words::english());
    assert!(words.lead.contains("not medical advice"), "{}", words.lead);
    assert!(words.advice.iter().any(|p| p.contains("see a doctor")), "{:?}", words.advice);
}

#[test]
fn german_and_spanish_screenings_are_their_own_words() {
    let english = screening_words(&Words::english());
    for lang in [Lang::De, Lang::Es] {
        let words = Words::from_disk(lang).0;
        let screening = screening_words(&words);
        for (theirs, ours) in [(&screening.title, &english.title), (&screening.lead, &english.lead), (&screening.accept, &english.accept), (&screening.has_sign, &english.has_sign)] {
            assert_ne!(theirs, ours, "{}", lang.tag());
        }
    }
}
