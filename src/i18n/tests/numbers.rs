//! Number words per language, as a voice should say them.

use crate::i18n::numbers::*;
use crate::i18n::Lang;

fn said(lang: Lang, numbers: &[u32]) -> Vec<String> {
    numbers.iter().map(|n| number_words(lang, *n)).collect()
}

#[test]
fn english_numbers_are_said_as_before() {
    let n = [0, 5, 15, 20, 21, 45, 99, 100];
    assert_eq!(said(Lang::En, &n), ["zero", "five", "fifteen", "twenty", "twenty-one", "forty-five", "ninety-nine", "one hundred"]);
}

#[test]
fn german_puts_the_ones_first() {
    let n = [0, 1, 15, 16, 17, 20, 21, 30, 37, 45, 61, 99, 100];
    let words = ["null", "eins", "fünfzehn", "sechzehn", "siebzehn", "zwanzig", "einundzwanzig", "dreißig", "siebenunddreißig",
        "fünfundvierzig", "einundsechzig", "neunundneunzig", "hundert"];
    assert_eq!(said(Lang::De, &n), words);
}

#[test]
fn spanish_joins_the_twenties_and_says_y_after() {
    let n = [0, 1, 15, 16, 20, 21, 22, 30, 31, 45, 99, 100];
    let words = ["cero", "uno", "quince", "dieciséis", "veinte", "veintiuno", "veintidós", "treinta", "treinta y uno",
        "cuarenta y cinco", "noventa y nueve", "cien"];
    assert_eq!(said(Lang::Es, &n), words);
}

#[test]
fn every_count_up_to_a_hundred_is_words_and_each_is_different() {
    for lang in Lang::CHOSEN {
        let all = said(lang, &(0..=100).collect::<Vec<_>>());
        assert!(all.iter().all(|w| !w.chars().any(|c| c.is_ascii_digit())), "{lang:?}");
        let mut unique = all.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), 101, "{lang:?}");
    }
    assert_eq!(number_words(Lang::De, 101), "101");
}
