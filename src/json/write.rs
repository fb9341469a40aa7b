//! Values to text, straight from the Rust types (no tree in between), in
//! serde_json's exact layout: compact, or pretty with two-space indents.

use super::{float, Map, Value, N};

/// Something that can be written as JSON.
pub trait ToJson {
    /// Writes `self` as one JSON value.
    fn write_json(&self, w: &mut Writer);
}

/// `v` as compact JSON (no spaces), as stored.
pub fn to_string<T: ToJson + ?Sized>(v: &T) -> String {
    let mut w = Writer::compact();
    v.write_json(&mut w);
    w.finish()
}

/// `v` as indented JSON, as in export files.
pub fn to_string_pretty<T: ToJson + ?Sized>(v: &T) -> String {
    let mut w = Writer::pretty();
    v.write_json(&mut w);
    w.finish()
}

/// Builds JSON text. Separators and indents are placed by [`Writer::key`]
/// and [`Writer::item`], so a `ToJson` impl only says what comes in which
/// order.
pub struct Writer {
    out: String,
    pretty: bool,
    depth: usize,
    /// Nothing written yet in the innermost list or object.
    fresh: bool,
}

impl Writer {
    /// A writer of compact JSON.
    pub fn compact() -> Writer {
        Writer { out: String::new(), pretty: false, depth: 0, fresh: true }
    }

    /// A writer of indented JSON (serde_json's pretty layout: one entry per
    /// line, `[]` and `{}` when empty).
    pub fn pretty() -> Writer {
        Writer { pretty: true, ..Writer::compact() }
    }

    /// The text written.
    pub fn finish(self) -> String {
        self.out
    }

    fn separate(&mut self) {
        if !self.fresh {
            self.out.push(',');
        }
        self.fresh = false;
        if self.pretty {
            self.out.push('\n');
            self.indent();
        }
    }

    fn indent(&mut self) {
        for _ in 0..self.depth {
            self.out.push_str("  ");
        }
    }

    fn open(&mut self, bracket: char) {
        self.out.push(bracket);
        self.depth += 1;
        self.fresh = true;
    }

    fn close(&mut self, bracket: char) {
        self.depth -= 1;
        if self.pretty && !self.fresh {
            self.out.push('\n');
            self.indent();
        }
        self.out.push(bracket);
        self.fresh = false;
    }

    /// Starts an object; fill it with [`Writer::field`] or [`Writer::key`].
    pub fn begin_object(&mut self) {
        self.open('{');
    }

    /// Ends the object.
    pub fn end_object(&mut self) {
        self.close('}');
    }

    /// Starts a list; fill it with [`Writer::item`].
    pub fn begin_array(&mut self) {
        self.open('[');
    }

    /// Ends the list.
    pub fn end_array(&mut self) {
        self.close(']');
    }

    /// Writes a key; the value written next belongs to it.
    pub fn key(&mut self, key: &str) {
        self.separate();
        self.str(key);
        self.out.push_str(if self.pretty { ": " } else { ":" });
    }

    /// Writes `"key": value`.
    pub fn field<T: ToJson + ?Sized>(&mut self, key: &str, value: &T) {
        self.key(key);
        value.write_json(self);
    }

    /// Writes one list item.
    pub fn item<T: ToJson + ?Sized>(&mut self, value: &T) {
        self.begin_item();
        value.write_json(self);
    }

    /// Starts a list item that the caller writes next, for items written
    /// by a function rather than a [`ToJson`] impl.
    pub fn begin_item(&mut self) {
        self.separate();
    }

    /// Writes `null`.
    pub fn null(&mut self) {
        self.out.push_str("null");
    }

    /// Writes `true` or `false`.
    pub fn bool(&mut self, b: bool) {
        self.out.push_str(if b { "true" } else { "false" });
    }

    /// Writes a whole number of 0 or more.
    pub fn u64(&mut self, u: u64) {
        self.out.push_str(&u.to_string());
    }

    /// Writes a whole number.
    pub fn i64(&mut self, i: i64) {
        self.out.push_str(&i.to_string());
    }

    /// Writes an `f32` with the fewest digits that read back as the same
    /// `f32` (0.8, not 0.800000011920929); `null` when not finite.
    pub fn f32(&mut self, f: f32) {
        if f.is_finite() {
            push_float(&mut self.out, &float::shortest_f32(f), -6, 12);
        } else {
            self.null();
        }
    }

    /// Writes an `f64` the same way; `null` when not finite.
    pub fn f64(&mut self, f: f64) {
        if f.is_finite() {
            push_f64(&mut self.out, f);
        } else {
            self.null();
        }
    }

    /// Writes text in quotes, escaped as serde_json did: `"` and `\`, short
    /// forms for common control characters, `\u00XX` for the rest, and
    /// everything else (including non-ASCII) as is.
    pub fn str(&mut self, s: &str) {
        self.out.push('"');
        let mut run = 0;
        for (i, b) in s.bytes().enumerate() {
            let short = match b {
                b'"' => '"',
                b'\\' => '\\',
                b'\n' => 'n',
                b'\r' => 'r',
                b'\t' => 't',
                0x08 => 'b',
                0x0c => 'f',
                0..=0x1f => 'u',
                _ => continue,
            };
            self.out.push_str(&s[run..i]);
            run = i + 1;
            self.out.push('\\');
            self.out.push(short);
            if short == 'u' {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                self.out.push_str("00");
                self.out.push(char::from(HEX[usize::from(b >> 4)]));
                self.out.push(char::from(HEX[usize::from(b & 0xf)]));
            }
        }
        self.out.push_str(&s[run..]);
        self.out.push('"');
    }
}

/// An `f64` as serde_json writes it (finite values only).
pub(super) fn push_f64(out: &mut String, f: f64) {
    push_float(out, &float::shortest_f64(f), -5, 15);
}

/// `f` as `format!("{f}")` shows it (plain decimal, shortest digits, no
/// `.0`), built on the JSON layout below so the app does not also carry
/// Rust's `Display` float code.
pub fn display_f32(f: f32) -> String {
    if !f.is_finite() {
        let text = if f.is_nan() { "NaN" } else if f > 0.0 { "inf" } else { "-inf" };
        return text.to_string();
    }
    let mut out = String::new();
    push_float(&mut out, &float::shortest_f32(f), i32::MIN, i32::MAX);
    // Only whole numbers get the `.0`: shortest digits never end in 0.
    if out.ends_with(".0") {
        out.truncate(out.len() - 2);
    }
    out
}

/// Lays out the shortest round-trip digits of a float the way serde_json
/// (its `zmij` formatter) does: plain notation with at least one decimal
/// (`1.0`, `0.001`, `123456790.0`) while the decimal exponent is within
/// `lo..=hi`, else `1e-7`, `1.5e+16`.
fn push_float(out: &mut String, value: &float::Digits, lo: i32, hi: i32) {
    let float::Digits { negative, digits, exp } = value;
    let (negative, exp) = (*negative, *exp);
    let n = digits.len() as i32;
    if negative {
        out.push('-');
    }
    let zeros = |out: &mut String, k: i32| (0..k).for_each(|_| out.push('0'));
    if (lo..=hi).contains(&exp) {
        if exp >= n - 1 {
            out.push_str(digits);
            zeros(out, exp - (n - 1));
            out.push_str(".0");
        } else if exp >= 0 {
            let point = exp as usize + 1;
            out.push_str(&digits[..point]);
            out.push('.');
            out.push_str(&digits[point..]);
        } else {
            out.push_str("0.");
            zeros(out, -exp - 1);
            out.push_str(digits);
        }
    } else {
        out.push_str(&digits[..1]);
        if n > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        out.push_str(if exp < 0 { "e-" } else { "e+" });
        out.push_str(&exp.unsigned_abs().to_string());
    }
}

impl ToJson for Value<'_> {
    fn write_json(&self, w: &mut Writer) {
        match self {
            Value::Null => w.null(),
            Value::Bool(b) => w.bool(*b),
            Value::Number(n) => match n.0 {
                N::Whole(u) => w.u64(u),
                N::Negative(i) => w.i64(i),
                N::Float(f) => w.f64(f),
            },
            Value::String(s) => w.str(s),
            Value::Array(items) => items.write_json(w),
            Value::Object(m) => m.write_json(w),
        }
    }
}

impl ToJson for Map<'_> {
    fn write_json(&self, w: &mut Writer) {
        w.begin_object();
        for (k, v) in self.iter() {
            w.field(k, v);
        }
        w.end_object();
    }
}

impl ToJson for bool {
    fn write_json(&self, w: &mut Writer) {
        w.bool(*self);
    }
}

/// The unsigned whole numbers, each written as a `u64`.
macro_rules! unsigned_to_json {
    ($($t:ty),+) => {$(
        impl ToJson for $t {
            fn write_json(&self, w: &mut Writer) {
                w.u64(*self as u64);
            }
        }
    )+};
}
unsigned_to_json!(u8, u32, u64, usize);

impl ToJson for i32 {
    fn write_json(&self, w: &mut Writer) {
        w.i64(i64::from(*self));
    }
}

impl ToJson for f32 {
    fn write_json(&self, w: &mut Writer) {
        w.f32(*self);
    }
}

impl ToJson for str {
    fn write_json(&self, w: &mut Writer) {
        w.str(self);
    }
}

impl ToJson for String {
    fn write_json(&self, w: &mut Writer) {
        w.str(self);
    }
}

impl<T: ToJson> ToJson for Option<T> {
    fn write_json(&self, w: &mut Writer) {
        match self {
            Some(v) => v.write_json(w),
            None => w.null(),
        }
    }
}

impl<T: ToJson> ToJson for [T] {
    fn write_json(&self, w: &mut Writer) {
        w.begin_array();
        for v in self {
            w.item(v);
        }
        w.end_array();
    }
}

impl<T: ToJson> ToJson for Vec<T> {
    fn write_json(&self, w: &mut Writer) {
        self.as_slice().write_json(w);
    }
}

impl<T: ToJson, const LEN: usize> ToJson for [T; LEN] {
    fn write_json(&self, w: &mut Writer) {
        self.as_slice().write_json(w);
    }
}

impl<A: ToJson, B: ToJson> ToJson for (A, B) {
    /// A pair is a two-item list, as serde wrote tuples.
    fn write_json(&self, w: &mut Writer) {
        w.begin_array();
        w.item(&self.0);
        w.item(&self.1);
        w.end_array();
    }
}
