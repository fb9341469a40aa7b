//! Recovering what can be read from stored text that is not valid JSON as a
//! whole: a cut-off save, a flipped byte, garbage after the end.
//!
//! Values are found by brackets and quotes only, then each is parsed on its
//! own, so one damaged session costs only itself.

use super::plain::syntax_words;
use serde_json::{Map, Value};

/// Stands in for a session the salvage could not parse (already reported),
/// so the sessions after it keep their positions in messages.
pub(super) const UNREADABLE: &str = "\u{0}upright: unreadable session";

/// Each top-level entry of `text` that parses on its own, and each session
/// of the `sessions` list that does (cut-off saves keep every session before
/// the cut). None when `text` starts with neither an object nor a list.
pub(super) fn salvage(text: &str, problems: &mut Vec<String>) -> Option<Value> {
    let b = text.as_bytes();
    let i = skip_ws(b, 0);
    match b.get(i)? {
        b'{' => Some(Value::Object(salvage_object(text, i, problems))),
        b'[' => Some(Value::Array(salvage_items(text, i, problems))),
        _ => None,
    }
}

fn skip_ws(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && matches!(b[i], b' ' | b'\t' | b'\n' | b'\r') {
        i += 1;
    }
    i
}

/// End (exclusive) of the JSON string starting at `b[start] == '"'`.
fn string_end(b: &[u8], start: usize) -> Option<usize> {
    let mut i = start + 1;
    while i < b.len() {
        match b[i] {
            b'\\' => i += 2,
            b'"' => return Some(i + 1),
            _ => i += 1,
        }
    }
    None
}

/// End (exclusive) of the JSON value starting at `start`, found by brackets
/// and quotes only (the value is parsed properly afterwards). None when the
/// text ends first. Only ASCII delimiters are matched, so every index is a
/// char boundary.
fn value_end(b: &[u8], start: usize) -> Option<usize> {
    match *b.get(start)? {
        b'"' => string_end(b, start),
        b'{' | b'[' => {
            let mut depth = 0usize;
            let mut i = start;
            while i < b.len() {
                match b[i] {
                    b'"' => {
                        i = string_end(b, i)?;
                        continue;
                    }
                    b'{' | b'[' => depth += 1,
                    b'}' | b']' => {
                        depth -= 1;
                        if depth == 0 {
                            return Some(i + 1);
                        }
                    }
                    _ => {}
                }
                i += 1;
            }
            None
        }
        _ => {
            let mut i = start;
            while i < b.len() && !matches!(b[i], b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r') {
                i += 1;
            }
            // A number running into the end may have lost digits.
            (i < b.len()).then_some(i)
        }
    }
}

/// The entries of the object at `start` that parse, the sessions one by one.
fn salvage_object(text: &str, start: usize, problems: &mut Vec<String>) -> Map<String, Value> {
    let b = text.as_bytes();
    let mut map = Map::new();
    let mut i = start + 1;
    loop {
        i = skip_ws(b, i);
        if b.get(i) != Some(&b'"') {
            break;
        }
        let Some(key_end) = string_end(b, i) else { break };
        let Ok(key) = serde_json::from_str::<String>(&text[i..key_end]) else { break };
        i = skip_ws(b, key_end);
        if b.get(i) != Some(&b':') {
            break;
        }
        i = skip_ws(b, i + 1);
        if i >= b.len() {
            break;
        }
        let end = value_end(b, i);
        let parsed = end.and_then(|e| serde_json::from_str::<Value>(&text[i..e]).ok());
        match parsed {
            Some(v) => {
                map.insert(key, v);
            }
            None if key == "sessions" && b[i] == b'[' => {
                let items = salvage_items(text, i, problems);
                map.insert(key, Value::Array(items));
            }
            None => problems.push(format!("The saved `{key}` could not be read.")),
        }
        let Some(end) = end else { break };
        i = skip_ws(b, end);
        if b.get(i) != Some(&b',') {
            break;
        }
        i += 1;
    }
    map
}

/// The items of the list at `start` that parse; the rest are reported and
/// held by [`UNREADABLE`].
fn salvage_items(text: &str, start: usize, problems: &mut Vec<String>) -> Vec<Value> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = start + 1;
    let mut n = 0;
    loop {
        i = skip_ws(b, i);
        if matches!(b.get(i), None | Some(b']')) {
            break;
        }
        n += 1;
        let Some(end) = value_end(b, i) else {
            problems.push(format!("Saved session {n} was cut off and could not be read."));
            break;
        };
        match serde_json::from_str::<Value>(&text[i..end]) {
            Ok(v) => out.push(v),
            Err(e) => {
                // The position would be inside this session's text only.
                problems.push(format!("Saved session {n} could not be read ({}); it was left out.", syntax_words(&e)));
                // Holds its place so later sessions keep their numbers.
                out.push(Value::String(UNREADABLE.into()));
            }
        }
        i = skip_ws(b, end);
        if b.get(i) != Some(&b',') {
            break;
        }
        i += 1;
    }
    out
}
