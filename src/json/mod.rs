//! A small JSON codec for the stored formats: history documents, the running
//! workout and export files.
//!
//! Hand-written instead of serde + serde_json because those took about 140 KB
//! of the browser build for the few plain types Upright stores. The output is
//! byte for byte what serde_json wrote for the same types (field order, no
//! spaces, `1.0` for whole floats, `1e-7` for tiny ones), so every document
//! already in someone's browser or export folder reads and re-writes
//! unchanged. Pure: no DOM or storage access; only the float text
//! conversions use the JavaScript engine in the browser build (`float`).
//!
//! - [`parse`] turns text into a [`Value`] tree; errors say line and column.
//! - [`ToJson`] writes a value through a [`Writer`] without building a tree.
//! - [`FromJson`] reads a typed value back, with messages in plain words;
//!   [`Fields`] reads a record field by field, keeping what reads.

mod float;
mod parse;
mod read;
mod write;

pub use parse::{parse, ParseError, MAX_DEPTH};
pub(crate) use read::{object, words};
pub use read::{word, Fields, FromFields, FromJson};
pub use write::{display_f32, to_string, to_string_pretty, ToJson, Writer};

#[cfg(test)]
mod tests;

use std::borrow::Cow;
use std::fmt;
use std::ops::{Index, IndexMut};

/// Any JSON value. Text without escapes borrows from the parsed text (`'a`)
/// instead of being copied: a long history has hundreds of thousands of
/// keys and short strings, and allocating each made reading three times
/// slower.
#[derive(Clone, Debug, PartialEq)]
pub enum Value<'a> {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number, keeping whole numbers exact.
    Number(Number),
    /// Text.
    String(Cow<'a, str>),
    /// A list.
    Array(Vec<Value<'a>>),
    /// An object, keys in file order.
    Object(Map<'a>),
}

/// A JSON number as serde_json kept it: whole numbers that fit `u64` or
/// `i64` exactly (ids and ms timestamps must not round), anything else `f64`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Number(N);

#[derive(Clone, Copy, Debug, PartialEq)]
enum N {
    /// 0 and up.
    Whole(u64),
    /// Below 0.
    Negative(i64),
    /// With a fraction or exponent, or too large for the above.
    Float(f64),
}

impl Number {
    /// The value as `u64` when it is a whole number of 0 or more.
    pub fn as_u64(&self) -> Option<u64> {
        match self.0 {
            N::Whole(u) => Some(u),
            _ => None,
        }
    }

    /// The value as `i64` when it is a whole number in range.
    pub fn as_i64(&self) -> Option<i64> {
        match self.0 {
            N::Whole(u) => i64::try_from(u).ok(),
            N::Negative(i) => Some(i),
            N::Float(_) => None,
        }
    }

    /// The value as `f64` (whole numbers past 2^53 round).
    pub fn as_f64(&self) -> f64 {
        match self.0 {
            N::Whole(u) => u as f64,
            N::Negative(i) => i as f64,
            N::Float(f) => f,
        }
    }
}

impl fmt::Display for Number {
    /// As serde_json shows it: whole numbers plainly, floats shortest with
    /// `.0` or an exponent (`1.8446744073709552e+19`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            N::Whole(u) => write!(f, "{u}"),
            N::Negative(i) => write!(f, "{i}"),
            N::Float(x) => {
                let mut s = String::new();
                write::push_f64(&mut s, x);
                f.write_str(&s)
            }
        }
    }
}

impl From<u64> for Value<'_> {
    fn from(u: u64) -> Self {
        Value::Number(Number(N::Whole(u)))
    }
}

impl From<u32> for Value<'_> {
    fn from(u: u32) -> Self {
        Value::from(u64::from(u))
    }
}

impl From<i64> for Value<'_> {
    fn from(i: i64) -> Self {
        match u64::try_from(i) {
            Ok(u) => Value::from(u),
            Err(_) => Value::Number(Number(N::Negative(i))),
        }
    }
}

impl From<i32> for Value<'_> {
    fn from(i: i32) -> Self {
        Value::from(i64::from(i))
    }
}

impl From<f64> for Value<'_> {
    fn from(f: f64) -> Self {
        Value::Number(Number(N::Float(f)))
    }
}

impl From<bool> for Value<'_> {
    fn from(b: bool) -> Self {
        Value::Bool(b)
    }
}

impl<'a> From<&'a str> for Value<'a> {
    fn from(s: &'a str) -> Self {
        Value::String(Cow::Borrowed(s))
    }
}

/// An object's entries in file order.
///
/// A plain list: objects here have a dozen keys, where a list is smaller and
/// faster than a tree. Parsing appends without looking for duplicates (so a
/// hostile file with a million keys stays linear); lookups take the last
/// duplicate, as serde_json did.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Map<'a>(Vec<(Cow<'a, str>, Value<'a>)>);

impl<'a> Map<'a> {
    /// An empty object.
    pub fn new() -> Map<'a> {
        Map(Vec::new())
    }

    fn position(&self, key: &str) -> Option<usize> {
        self.0.iter().rposition(|(k, _)| k == key)
    }

    /// The value under `key`.
    pub fn get(&self, key: &str) -> Option<&Value<'a>> {
        self.position(key).map(|i| &self.0[i].1)
    }

    /// The value under `key`, to change it.
    pub fn get_mut(&mut self, key: &str) -> Option<&mut Value<'a>> {
        self.position(key).map(move |i| &mut self.0[i].1)
    }

    /// Whether `key` is present.
    pub fn contains_key(&self, key: &str) -> bool {
        self.position(key).is_some()
    }

    /// Sets `key`, in place when present (returning the old value), else at
    /// the end.
    pub fn insert(&mut self, key: impl Into<Cow<'a, str>>, value: Value<'a>) -> Option<Value<'a>> {
        let key = key.into();
        match self.position(&key) {
            Some(i) => Some(std::mem::replace(&mut self.0[i].1, value)),
            None => {
                self.0.push((key, value));
                None
            }
        }
    }

    /// Removes `key` (every duplicate of it) and returns its value.
    pub fn remove(&mut self, key: &str) -> Option<Value<'a>> {
        let i = self.position(key)?;
        let (_, value) = self.0.remove(i);
        self.0.retain(|(k, _)| k != key);
        Some(value)
    }

    /// Entries in order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Value<'a>)> {
        self.0.iter().map(|(k, v)| (k.as_ref(), v))
    }

    /// Keys in order.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(|(k, _)| k.as_ref())
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// True without entries.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl<'a> Value<'a> {
    /// A field of an object (None for anything else).
    pub fn get(&self, key: &str) -> Option<&Value<'a>> {
        match self {
            Value::Object(m) => m.get(key),
            _ => None,
        }
    }

    /// The text, when it is text.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    /// The number as `u64` when it is a whole number of 0 or more.
    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Value::Number(n) => n.as_u64(),
            _ => None,
        }
    }

    /// The number as `i64` when it is a whole number in range.
    pub fn as_i64(&self) -> Option<i64> {
        match self {
            Value::Number(n) => n.as_i64(),
            _ => None,
        }
    }

    /// The number as `f64`.
    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Value::Number(n) => Some(n.as_f64()),
            _ => None,
        }
    }

    /// The boolean, when it is one.
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }

    /// The list, when it is one.
    pub fn as_array(&self) -> Option<&Vec<Value<'a>>> {
        match self {
            Value::Array(a) => Some(a),
            _ => None,
        }
    }

    /// The list, to change it.
    pub fn as_array_mut(&mut self) -> Option<&mut Vec<Value<'a>>> {
        match self {
            Value::Array(a) => Some(a),
            _ => None,
        }
    }

    /// The object, when it is one.
    pub fn as_object(&self) -> Option<&Map<'a>> {
        match self {
            Value::Object(m) => Some(m),
            _ => None,
        }
    }

    /// The object, to change it.
    pub fn as_object_mut(&mut self) -> Option<&mut Map<'a>> {
        match self {
            Value::Object(m) => Some(m),
            _ => None,
        }
    }

    /// True for `null`.
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    /// The same value, owning all its text, to keep after the parsed text.
    pub fn into_owned(self) -> Value<'static> {
        let own = |s: Cow<'_, str>| Cow::Owned(s.into_owned());
        match self {
            Value::Null => Value::Null,
            Value::Bool(b) => Value::Bool(b),
            Value::Number(n) => Value::Number(n),
            Value::String(s) => Value::String(own(s)),
            Value::Array(items) => Value::Array(items.into_iter().map(Value::into_owned).collect()),
            Value::Object(m) => Value::Object(Map(m.0.into_iter().map(|(k, v)| (own(k), v.into_owned())).collect())),
        }
    }
}

static NULL: Value<'static> = Value::Null;

impl<'a> Index<&str> for Value<'a> {
    type Output = Value<'a>;

    /// The field, or `null` when absent or not an object (as serde_json).
    fn index(&self, key: &str) -> &Value<'a> {
        self.get(key).unwrap_or(&NULL)
    }
}

impl<'a> Index<usize> for Value<'a> {
    type Output = Value<'a>;

    /// The item, or `null` when absent or not a list.
    fn index(&self, i: usize) -> &Value<'a> {
        self.as_array().and_then(|a| a.get(i)).unwrap_or(&NULL)
    }
}

impl<'a> IndexMut<&str> for Value<'a> {
    /// The field, added as `null` when absent; `null` becomes an object.
    /// Panics on other values, like serde_json: meant for tests and fixtures.
    fn index_mut(&mut self, key: &str) -> &mut Value<'a> {
        if self.is_null() {
            *self = Value::Object(Map::new());
        }
        let Value::Object(m) = self else { panic!("cannot index {} with {key:?}", describe(self)) };
        if !m.contains_key(key) {
            m.insert(key.to_string(), Value::Null);
        }
        m.get_mut(key).expect("just ensured")
    }
}

impl<'a> IndexMut<usize> for Value<'a> {
    /// The item; panics when absent or not a list (meant for tests).
    fn index_mut(&mut self, i: usize) -> &mut Value<'a> {
        match self {
            Value::Array(a) => &mut a[i],
            other => panic!("cannot index {} with {i}", describe(other)),
        }
    }
}

impl fmt::Display for Value<'_> {
    /// Compact JSON.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&to_string(self))
    }
}

/// A value as the person would recognise it in the file: numbers, `true`,
/// `null` and short text literally, containers by kind.
pub fn describe(v: &Value) -> String {
    match v {
        Value::Null => "null".to_string(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::String(s) => {
            let mut short: String = s.chars().take(40).collect();
            if short.len() < s.len() {
                short.push('…');
            }
            // Quoted and escaped as JSON, as it stands in the file.
            to_string(short.as_str())
        }
        Value::Array(_) => "a list".to_string(),
        Value::Object(_) => "an object".to_string(),
    }
}
