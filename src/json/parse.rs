//! Text to [`Value`]: strict JSON (RFC 8259), one value, nothing after it.

use super::{Map, Number, Value, N};
use std::borrow::Cow;
use std::fmt;

/// Deepest nesting of lists and objects read. Upright's documents nest five
/// deep; the limit only stops a hostile import file from overflowing the
/// stack (serde_json used the same).
pub const MAX_DEPTH: usize = 128;

/// Why text is not JSON, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    /// 1-based line of the problem.
    pub line: usize,
    /// 1-based column (in characters) of the problem.
    pub column: usize,
    /// What is wrong, in plain words.
    pub message: &'static str,
    /// True when the text simply stops before the value is complete (a cut
    /// save or download), as opposed to something wrong in it.
    pub eof: bool,
}

impl fmt::Display for ParseError {
    /// `line 3, column 18: expected `,` or `}``.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}, column {}: {}", self.line, self.column, self.message)
    }
}

impl std::error::Error for ParseError {}

const EOF: &str = "the text ends too early";

/// A problem at a byte offset; turned into line and column only on failure.
struct Fail {
    at: usize,
    message: &'static str,
}

/// Parses one JSON value; whitespace around it is allowed, anything else
/// after it is an error ("trailing characters"). Text without escapes in the
/// result borrows from `text`.
pub fn parse(text: &str) -> Result<Value<'_>, ParseError> {
    let mut p = Parser { text, b: text.as_bytes(), i: 0, items: Vec::new(), entries: Vec::new() };
    let result = p.value(0).and_then(|v| {
        p.skip_ws();
        if p.i < p.b.len() {
            Err(Fail { at: p.i, message: "trailing characters" })
        } else {
            Ok(v)
        }
    });
    result.map_err(|f| {
        let before = &text[..f.at];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        ParseError {
            line: before.matches('\n').count() + 1,
            column: before[line_start..].chars().count() + 1,
            message: f.message,
            eof: f.message == EOF,
        }
    })
}

struct Parser<'a> {
    text: &'a str,
    b: &'a [u8],
    i: usize,
    /// Items of the lists being read, innermost last. Each list is moved out
    /// in one exact-size allocation when it ends, instead of growing its own
    /// vector step by step.
    items: Vec<Value<'a>>,
    /// The same for object entries.
    entries: Vec<(Cow<'a, str>, Value<'a>)>,
}

impl<'a> Parser<'a> {
    fn fail<T>(&self, message: &'static str) -> Result<T, Fail> {
        // Running out of text is its own problem, whatever was expected.
        let message = if self.i >= self.b.len() { EOF } else { message };
        Err(Fail { at: self.i.min(self.b.len()), message })
    }

    // Inlined even at opt-level "z": it runs for every byte.
    #[inline(always)]
    fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }

    fn skip_ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.i += 1;
        }
    }

    fn value(&mut self, depth: usize) -> Result<Value<'a>, Fail> {
        self.skip_ws();
        match self.peek() {
            Some(b'n') => self.literal("null", Value::Null),
            Some(b't') => self.literal("true", Value::Bool(true)),
            Some(b'f') => self.literal("false", Value::Bool(false)),
            Some(b'"') => self.string().map(Value::String),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(b'[') => self.array(depth + 1),
            Some(b'{') => self.object(depth + 1),
            _ => self.fail("expected a value"),
        }
    }

    fn literal(&mut self, word: &str, v: Value<'a>) -> Result<Value<'a>, Fail> {
        let rest = &self.b[self.i..];
        if rest.starts_with(word.as_bytes()) {
            self.i += word.len();
            Ok(v)
        } else if word.as_bytes().starts_with(rest) {
            self.i = self.b.len();
            self.fail(EOF)
        } else {
            self.fail("expected a value")
        }
    }

    fn nest(&self, depth: usize) -> Result<(), Fail> {
        if depth > MAX_DEPTH {
            return Err(Fail { at: self.i, message: "lists and objects are nested too deeply" });
        }
        Ok(())
    }

    fn array(&mut self, depth: usize) -> Result<Value<'a>, Fail> {
        self.nest(depth)?;
        self.i += 1;
        self.skip_ws();
        if self.peek() == Some(b']') {
            self.i += 1;
            return Ok(Value::Array(Vec::new()));
        }
        let base = self.items.len();
        loop {
            let v = self.value(depth)?;
            self.items.push(v);
            self.skip_ws();
            match self.peek() {
                Some(b',') => {
                    self.i += 1;
                    self.skip_ws();
                    if self.peek() == Some(b']') {
                        return self.fail("trailing comma");
                    }
                }
                Some(b']') => {
                    self.i += 1;
                    return Ok(Value::Array(self.items.drain(base..).collect()));
                }
                _ => return self.fail("expected `,` or `]`"),
            }
        }
    }

    fn object(&mut self, depth: usize) -> Result<Value<'a>, Fail> {
        self.nest(depth)?;
        self.i += 1;
        self.skip_ws();
        if self.peek() == Some(b'}') {
            self.i += 1;
            return Ok(Value::Object(Map::new()));
        }
        let base = self.entries.len();
        loop {
            match self.peek() {
                Some(b'"') => {}
                Some(b'}') => return self.fail("trailing comma"),
                _ => return self.fail("expected a field name in double quotes"),
            }
            let key = self.string()?;
            self.skip_ws();
            if self.peek() != Some(b':') {
                return self.fail("expected `:`");
            }
            self.i += 1;
            let v = self.value(depth)?;
            self.entries.push((key, v));
            self.skip_ws();
            match self.peek() {
                Some(b',') => {
                    self.i += 1;
                    self.skip_ws();
                }
                Some(b'}') => {
                    self.i += 1;
                    return Ok(Value::Object(Map(self.entries.drain(base..).collect())));
                }
                _ => return self.fail("expected `,` or `}`"),
            }
        }
    }

    /// A string starting at the opening quote: borrowed when it has no
    /// escapes, else built from the runs between them. Every index used is at
    /// an ASCII byte, so slicing the `&str` never splits a character.
    fn string(&mut self) -> Result<Cow<'a, str>, Fail> {
        self.i += 1;
        let start = self.i;
        let mut out = String::new();
        let mut run = self.i;
        loop {
            match self.peek() {
                None => return self.fail(EOF),
                Some(b'"') => {
                    let text: &'a str = self.text;
                    let tail = &text[run..self.i];
                    self.i += 1;
                    if run == start {
                        return Ok(Cow::Borrowed(tail));
                    }
                    out.push_str(tail);
                    return Ok(Cow::Owned(out));
                }
                Some(b'\\') => {
                    out.push_str(&self.text[run..self.i]);
                    self.i += 1;
                    self.escape(&mut out)?;
                    run = self.i;
                }
                Some(0..=0x1f) => return self.fail("control character (such as a line break) inside text"),
                Some(_) => self.i += 1,
            }
        }
    }

    /// One escape after the backslash.
    fn escape(&mut self, out: &mut String) -> Result<(), Fail> {
        let c = match self.peek() {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                let start = self.i - 1;
                self.i += 1;
                let first = self.hex4()?;
                let code = match first {
                    0xD800..=0xDBFF => {
                        // A character past U+FFFF: a high surrogate must be
                        // followed by an escaped low one.
                        if !self.b[self.i..].starts_with(b"\\u") {
                            return Err(Fail { at: start, message: "unpaired surrogate in a \\u escape" });
                        }
                        self.i += 2;
                        let second = self.hex4()?;
                        if !(0xDC00..=0xDFFF).contains(&second) {
                            return Err(Fail { at: start, message: "unpaired surrogate in a \\u escape" });
                        }
                        0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
                    }
                    0xDC00..=0xDFFF => return Err(Fail { at: start, message: "unpaired surrogate in a \\u escape" }),
                    c => c,
                };
                out.push(char::from_u32(code).expect("surrogates are excluded above"));
                return Ok(());
            }
            _ => return self.fail("invalid escape"),
        };
        self.i += 1;
        out.push(c);
        Ok(())
    }

    fn hex4(&mut self) -> Result<u32, Fail> {
        let mut n = 0;
        for _ in 0..4 {
            let d = match self.peek() {
                Some(c @ b'0'..=b'9') => c - b'0',
                Some(c @ b'a'..=b'f') => c - b'a' + 10,
                Some(c @ b'A'..=b'F') => c - b'A' + 10,
                _ => return self.fail("invalid \\u escape: expected 4 hex digits"),
            };
            n = n * 16 + u32::from(d);
            self.i += 1;
        }
        Ok(n)
    }

    fn digits(&mut self) -> usize {
        let start = self.i;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.i += 1;
        }
        self.i - start
    }

    /// A number. Whole numbers stay exact when they fit `u64` (or `i64`
    /// below zero); larger ones and fractions become `f64`, as serde_json.
    fn number(&mut self) -> Result<Value<'a>, Fail> {
        let start = self.i;
        let negative = self.peek() == Some(b'-');
        if negative {
            self.i += 1;
        }
        match self.peek() {
            Some(b'0') => {
                self.i += 1;
                if matches!(self.peek(), Some(b'0'..=b'9')) {
                    return self.fail("invalid number (no leading zeros)");
                }
            }
            Some(b'1'..=b'9') => {
                self.digits();
            }
            _ => return self.fail("invalid number"),
        }
        let int_end = self.i;
        let mut whole = true;
        if self.peek() == Some(b'.') {
            whole = false;
            self.i += 1;
            if self.digits() == 0 {
                return self.fail("invalid number");
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            whole = false;
            self.i += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.i += 1;
            }
            if self.digits() == 0 {
                return self.fail("invalid number");
            }
        }
        let text: &'a str = self.text;
        let literal = &text[start..self.i];
        if whole {
            let digits = &self.text[start + usize::from(negative)..int_end];
            if let Ok(u) = digits.parse::<u64>() {
                if !negative {
                    return Ok(Value::Number(Number(N::Whole(u))));
                }
                // -0 has no exact integer form; serde_json kept it as -0.0.
                if (1..=1 << 63).contains(&u) {
                    return Ok(Value::Number(Number(N::Negative(0i64.wrapping_sub(u as i64)))));
                }
            }
        }
        match super::float::parse(literal) {
            Some(f) => Ok(Value::Number(Number(N::Float(f)))),
            None => Err(Fail { at: start, message: "number out of range" }),
        }
    }
}
