//! Values and serde_json's errors in the plain words Upright shows people:
//! `expected a whole number of 0 or more, found "ten"`, or
//! `line 3, column 7: expected `,` or `}``.
//!
//! serde's messages name Rust types ("expected u8", "invalid type: string");
//! the person never wrote Rust, and tests hold the wording below, so every
//! message the history code shows passes through here.

use serde_json::Value;

/// Longest text quoted back in a message, in characters; a pasted novel in
/// a field must not flood the notice.
const QUOTE_CHARS: usize = 40;

/// A value as the person would recognise it in the file: numbers, `true`,
/// `null` and short text literally, containers by kind.
pub(crate) fn describe(v: &Value) -> String {
    match v {
        Value::Null => "null".to_string(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::String(s) => quote(s),
        Value::Array(_) => "a list".to_string(),
        Value::Object(_) => "an object".to_string(),
    }
}

/// Text quoted and escaped as it stands in a JSON file, cut short.
fn quote(s: &str) -> String {
    let mut short: String = s.chars().take(QUOTE_CHARS).collect();
    if short.len() < s.len() {
        short.push('…');
    }
    Value::String(short).to_string()
}

/// A JSON syntax error as "line L, column C: what", the column counted in
/// characters as an editor shows it (serde_json counts bytes).
pub(crate) fn syntax_error(text: &str, e: &serde_json::Error) -> String {
    let line_text = text.split('\n').nth(e.line().saturating_sub(1)).unwrap_or("");
    let mut end = e.column().min(line_text.len());
    while !line_text.is_char_boundary(end) {
        end += 1;
    }
    let column = line_text[..end].chars().count();
    format!("line {}, column {column}: {}", e.line(), syntax_words(e))
}

/// What a JSON syntax error is, without where.
pub(crate) fn syntax_words(e: &serde_json::Error) -> String {
    if e.is_eof() {
        return "the text ends too early".to_string();
    }
    let msg = e.to_string();
    let words = match strip_position(&msg) {
        "expected value" | "expected ident" => "expected a value",
        "key must be a string" | "expected `\"`" => "expected a field name in double quotes",
        "recursion limit exceeded" => "lists and objects are nested too deeply",
        "lone leading surrogate in hex escape" | "invalid unicode code point" => "unpaired surrogate in a \\u escape",
        "unexpected end of hex escape" => "invalid \\u escape: expected 4 hex digits",
        m if m.starts_with("control character") => "control character (such as a line break) inside text",
        // "expected `:`", "trailing comma", "number out of range", ... are plain already.
        m => m,
    };
    words.to_string()
}

/// Removes serde_json's " at line L column C" suffix (callers say where).
fn strip_position(msg: &str) -> &str {
    match msg.rfind(" at line ") {
        Some(i) if msg[i..].contains(" column ") => &msg[..i],
        _ => msg,
    }
}

/// serde's name for what it wanted, in our words.
fn plain_expected(e: &str) -> String {
    match e {
        "u8" | "u16" | "u32" | "u64" | "usize" => "a whole number of 0 or more".into(),
        "i8" | "i16" | "i32" | "i64" | "isize" => "a whole number".into(),
        "f32" | "f64" => "a number".into(),
        "a boolean" => "true or false".into(),
        "a string" => "text".into(),
        "a sequence" => "a list".into(),
        "a tuple of size 2" | "tuple of 2 elements" => "a pair".into(),
        _ => {
            if let Some(n) = e.strip_prefix("an array of length ") {
                format!("a list of {n} values")
            } else if e.starts_with("struct ") || e.starts_with("internally tagged enum") {
                "an object".into()
            } else {
                e.replace('`', "\"")
            }
        }
    }
}

/// serde's description of what it found ("string \"x\"", "integer `300`").
fn plain_found(f: &str) -> String {
    if let Some(quoted) = f.strip_prefix("string ") {
        // serde quotes with Rust's escapes; cut as `quote` does.
        let inner = quoted.strip_prefix('"').and_then(|q| q.strip_suffix('"')).unwrap_or(quoted);
        if inner.chars().count() > QUOTE_CHARS {
            return format!("\"{}…\"", inner.chars().take(QUOTE_CHARS).collect::<String>());
        }
        return quoted.to_string();
    }
    for prefix in ["integer `", "floating point `", "boolean `"] {
        if let Some(rest) = f.strip_prefix(prefix) {
            return rest.trim_end_matches('`').to_string();
        }
    }
    match f {
        "null" | "unit value" | "unit" => "null".into(),
        "sequence" => "a list".into(),
        "map" => "an object".into(),
        other => other.to_string(),
    }
}

/// A serde data error ("invalid type: string \"x\", expected u8") as
/// "expected a whole number of 0 or more, found \"x\"".
pub(crate) fn data_error(e: &serde_json::Error) -> String {
    let msg = e.to_string();
    let msg = strip_position(&msg);
    if let Some(name) = msg.strip_prefix("missing field `").and_then(|r| r.strip_suffix('`')) {
        return format!("field `{name}` is missing");
    }
    for prefix in ["invalid type: ", "invalid value: "] {
        if let Some((found, expected)) = msg.strip_prefix(prefix).and_then(|r| r.split_once(", expected ")) {
            return format!("expected {}, found {}", plain_expected(expected), plain_found(found));
        }
    }
    if let Some((variant, expected)) = msg.strip_prefix("unknown variant `").and_then(|r| r.split_once("`, expected ")) {
        return format!("\"{variant}\" is not a known value (expected {})", expected.replace('`', "\""));
    }
    if let Some((n, expected)) = msg.strip_prefix("invalid length ").and_then(|r| r.split_once(", expected ")) {
        return format!("expected {}, found {n} values", plain_expected(expected));
    }
    msg.to_string()
}
