//! The three float conversions the codec needs: text to `f64`, and the
//! shortest digits that read back as the same `f64` or `f32`.
//!
//! On the host they are Rust's own. In the browser build they are the
//! JavaScript engine's (`parseFloat`, `Number.prototype.toString` and
//! `toPrecision`), which are exact as well and already in every browser:
//! Rust's float formatting and parsing, with their tables, were 20 KB of
//! the gzipped wasm (209.9 -> 189.7 KB measured). Both sides agree on every
//! value the tests try (`tests.rs` on the host, `tests/browser.rs` in Chromium).

/// A finite float as its shortest round-trip digits: `0.8` is digits `"8"`,
/// exponent `-1`; zero is `"0"`, exponent 0.
#[derive(Debug, PartialEq)]
pub struct Digits {
    /// Whether the sign bit is set (`-0.0` included).
    pub negative: bool,
    /// Significant digits without leading or trailing zeros (`"0"` for zero).
    pub digits: String,
    /// The decimal exponent of the first digit.
    pub exp: i32,
}

/// Reads any text in decimal or scientific form (`-0.080`, `1.5e+16`,
/// `8e-1`, `123456790`) into [`Digits`]; the caller gives the sign.
fn split(text: &str, negative: bool) -> Digits {
    let text = text.trim_start_matches('-');
    let (mantissa, exp) = match text.split_once(['e', 'E']) {
        Some((m, e)) => (m, e.parse::<i32>().unwrap_or(0)),
        None => (text, 0),
    };
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let all = [whole, fraction].concat();
    let lead = all.len() - all.trim_start_matches('0').len();
    let digits = all[lead..].trim_end_matches('0');
    if digits.is_empty() {
        return Digits { negative, digits: "0".to_string(), exp: 0 };
    }
    Digits { negative, digits: digits.to_string(), exp: exp + whole.len() as i32 - 1 - lead as i32 }
}

/// The shortest digits of a finite `f64`.
pub fn shortest_f64(f: f64) -> Digits {
    split(&engine::f64_text(f.abs()), f.is_sign_negative())
}

/// The shortest digits of a finite `f32` (`0.8`, not `0.800000011920929`).
pub fn shortest_f32(f: f32) -> Digits {
    split(&engine::f32_text(f.abs()), f.is_sign_negative())
}

/// A JSON number literal (already checked against the JSON grammar) as the
/// nearest `f64`; `None` when it is out of range.
pub fn parse(literal: &str) -> Option<f64> {
    Some(engine::parse(literal)).filter(|f| f.is_finite())
}

#[cfg(not(target_arch = "wasm32"))]
mod engine {
    pub fn f64_text(f: f64) -> String {
        format!("{f:e}")
    }

    pub fn f32_text(f: f32) -> String {
        format!("{f:e}")
    }

    pub fn parse(literal: &str) -> f64 {
        literal.parse().unwrap_or(f64::INFINITY)
    }
}

#[cfg(target_arch = "wasm32")]
mod engine {
    use js_sys::Number;

    /// `toString` already gives the shortest digits that round-trip an `f64`.
    pub fn f64_text(f: f64) -> String {
        Number::from(f).to_string_with_radix(10).map(String::from).unwrap_or_default()
    }

    /// JavaScript has no `f32`, so this tries 1, 2, ... 9 significant digits
    /// (9 always round-trip an `f32`) and keeps the first that reads back
    /// as the same `f32`.
    pub fn f32_text(f: f32) -> String {
        let number = Number::from(f64::from(f));
        let mut text = String::new();
        for precision in 1..=9 {
            text = number.to_precision(precision).map(String::from).unwrap_or_default();
            if parse(&text) as f32 == f {
                break;
            }
        }
        text
    }

    pub fn parse(literal: &str) -> f64 {
        js_sys::parse_float(literal)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn digits(negative: bool, digits: &str, exp: i32) -> Digits {
        Digits { negative, digits: digits.to_string(), exp }
    }

    #[test]
    fn split_reads_every_layout_the_engines_print() {
        assert_eq!(split("8e-1", false), digits(false, "8", -1));
        assert_eq!(split("0.8", false), digits(false, "8", -1));
        assert_eq!(split("0.0800", true), digits(true, "8", -2));
        assert_eq!(split("123456790", false), digits(false, "12345679", 8));
        assert_eq!(split("1.5e+16", false), digits(false, "15", 16));
        assert_eq!(split("1.5e16", false), digits(false, "15", 16));
        assert_eq!(split("1e-7", false), digits(false, "1", -7));
        assert_eq!(split("0", true), digits(true, "0", 0));
        assert_eq!(split("0e0", false), digits(false, "0", 0));
    }

    #[test]
    fn shortest_keeps_the_sign_of_negative_zero() {
        assert_eq!(shortest_f64(-0.0), digits(true, "0", 0));
        assert_eq!(shortest_f32(-0.25), digits(true, "25", -1));
    }

    #[test]
    fn parse_rejects_what_does_not_fit_an_f64() {
        assert_eq!(parse("1e400"), None);
        assert_eq!(parse("-2.5E-3"), Some(-0.0025));
    }
}
