//! Whole numbers as a voice says them in each language ("fifteen",
//! "fünfzehn", "quince"), so a spoken line never reads digits one by one.

use super::Lang;

/// `n` in words in `lang`, for 0 to 100 (the counts a workout says);
/// larger numbers stay digits.
pub fn number_words(lang: Lang, n: u32) -> String {
    match lang {
        Lang::En | Lang::Pseudo => english(n),
        Lang::De => german(n),
        Lang::Es => spanish(n),
    }
}

fn english(n: u32) -> String {
    const ONES: [&str; 20] = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ];
    const TENS: [&str; 10] = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
    match n {
        0..=19 => ONES[n as usize].to_string(),
        20..=99 if n.is_multiple_of(10) => TENS[(n / 10) as usize].to_string(),
        20..=99 => format!("{}-{}", TENS[(n / 10) as usize], ONES[(n % 10) as usize]),
        100 => "one hundred".to_string(),
        _ => n.to_string(),
    }
}

fn german(n: u32) -> String {
    const ONES: [&str; 20] = [
        "null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf",
        "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn", "achtzehn", "neunzehn",
    ];
    const TENS: [&str; 10] = ["", "", "zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig"];
    match n {
        0..=19 => ONES[n as usize].to_string(),
        20..=99 if n.is_multiple_of(10) => TENS[(n / 10) as usize].to_string(),
        // The ones come first, joined by "und"; "eins" loses its s: "einundzwanzig".
        20..=99 => {
            let one = if n % 10 == 1 { "ein" } else { ONES[(n % 10) as usize] };
            format!("{one}und{}", TENS[(n / 10) as usize])
        }
        100 => "hundert".to_string(),
        _ => n.to_string(),
    }
}

fn spanish(n: u32) -> String {
    const ONES: [&str; 30] = [
        "cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce",
        "trece", "catorce", "quince", "dieciséis", "diecisiete", "dieciocho", "diecinueve", "veinte", "veintiuno",
        "veintidós", "veintitrés", "veinticuatro", "veinticinco", "veintiséis", "veintisiete", "veintiocho", "veintinueve",
    ];
    const TENS: [&str; 10] = ["", "", "", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"];
    match n {
        0..=29 => ONES[n as usize].to_string(),
        30..=99 if n.is_multiple_of(10) => TENS[(n / 10) as usize].to_string(),
        30..=99 => format!("{} y {}", TENS[(n / 10) as usize], ONES[(n % 10) as usize]),
        100 => "cien".to_string(),
        _ => n.to_string(),
    }
}
