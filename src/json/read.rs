//! [`Value`] to Rust types, with what went wrong in the words Upright shows
//! people ("expected a whole number of 0 or more, found \"ten\"").
//!
//! The rules are serde's for the derives the stored types used to have, so
//! every document that read before reads the same now: unknown fields are
//! ignored, an absent `Option` field is `None`, `null` is `None`, whole
//! numbers must be written without a fraction, and any number reads as a
//! float.

use super::{describe, Map, Value};

/// A type that can be read back from JSON.
pub trait FromJson: Sized {
    /// Reads the value, or says in plain words what is wrong with it.
    fn from_json(v: &Value) -> Result<Self, String>;

    /// What an absent field reads as; `None` makes the field required.
    fn absent() -> Option<Self> {
        None
    }
}

/// A record read field by field where each field has a default, so one bad
/// field does not lose the others (settings, meta, work counts).
pub trait FromFields {
    /// Reads every field through `f`, which keeps the problems.
    fn from_fields(f: &mut Fields) -> Self;
}

/// "expected {what}, found {value}".
fn wrong(what: &str, v: &Value) -> String {
    format!("expected {what}, found {}", describe(v))
}

impl Map<'_> {
    /// A required field (an `Option` field may be absent). The error names
    /// the field.
    pub fn field<T: FromJson>(&self, name: &str) -> Result<T, String> {
        match self.get(name) {
            Some(v) => T::from_json(v).map_err(|e| format!("`{name}`: {e}")),
            None => T::absent().ok_or_else(|| format!("field `{name}` is missing")),
        }
    }

    /// A field that reads as `default` when absent.
    pub fn field_or<T: FromJson>(&self, name: &str, default: T) -> Result<T, String> {
        match self.get(name) {
            Some(_) => self.field(name),
            None => Ok(default),
        }
    }
}

impl<'a> Value<'a> {
    /// The object, or "expected {what}, found ...".
    pub fn object(&self, what: &str) -> Result<&Map<'a>, String> {
        self.as_object().ok_or_else(|| wrong(what, self))
    }
}

/// Reads an object one field at a time: a field that is absent or does not
/// read takes the default given, and the latter is noted in
/// [`Fields::problems`].
pub struct Fields<'a> {
    map: Option<&'a Map<'a>>,
    /// `(field, what is wrong)`; the field is empty when the value is not an
    /// object at all.
    pub problems: Vec<(String, String)>,
}

impl<'a> Fields<'a> {
    /// Starts reading `v`; a non-object reads as all defaults, with one problem.
    pub fn new(v: &'a Value<'a>) -> Fields<'a> {
        match v {
            Value::Object(m) => Fields { map: Some(m), problems: Vec::new() },
            other => Fields { map: None, problems: vec![(String::new(), wrong("an object", other))] },
        }
    }

    /// The field, or `default` when absent or unreadable.
    pub fn get<T: FromJson>(&mut self, name: &str, default: T) -> T {
        let Some(v) = self.map.and_then(|m| m.get(name)) else { return default };
        T::from_json(v).unwrap_or_else(|e| {
            self.problems.push((name.to_string(), e));
            default
        })
    }

    /// Reads a whole record; see [`FromFields`].
    pub fn read<T: FromFields>(v: &Value<'_>) -> (T, Vec<(String, String)>) {
        let mut f = Fields::new(v);
        let t = T::from_fields(&mut f);
        (t, f.problems)
    }
}

/// Reads one of `words` (an enum's stored names) and returns its index.
pub fn word(v: &Value, words: &[&str]) -> Result<usize, String> {
    let list = || words.iter().map(|w| format!("\"{w}\"")).collect::<Vec<_>>().join(", ");
    match v {
        Value::String(s) => words
            .iter()
            .position(|w| w == s)
            .ok_or_else(|| format!("\"{s}\" is not a known value (expected one of {})", list())),
        other => Err(wrong(&format!("one of {}", list()), other)),
    }
}

/// A whole number of 0 or more that fits `T`.
fn unsigned<T: TryFrom<u64>>(v: &Value) -> Result<T, String> {
    v.as_u64().and_then(|u| T::try_from(u).ok()).ok_or_else(|| wrong("a whole number of 0 or more", v))
}

/// The unsigned whole numbers, each through [`unsigned`].
macro_rules! unsigned_from_json {
    ($($t:ty),+) => {$(
        impl FromJson for $t {
            fn from_json(v: &Value) -> Result<$t, String> {
                unsigned(v)
            }
        }
    )+};
}
unsigned_from_json!(u8, u32, u64, usize);

impl FromJson for i32 {
    fn from_json(v: &Value) -> Result<i32, String> {
        v.as_i64().and_then(|i| i32::try_from(i).ok()).ok_or_else(|| wrong("a whole number", v))
    }
}

impl FromJson for f32 {
    /// Any number, as serde read it: through `f64`, rounded to `f32`.
    fn from_json(v: &Value) -> Result<f32, String> {
        v.as_f64().map(|f| f as f32).ok_or_else(|| wrong("a number", v))
    }
}

impl FromJson for bool {
    fn from_json(v: &Value) -> Result<bool, String> {
        v.as_bool().ok_or_else(|| wrong("true or false", v))
    }
}

impl FromJson for String {
    fn from_json(v: &Value) -> Result<String, String> {
        v.as_str().map(str::to_string).ok_or_else(|| wrong("text", v))
    }
}

impl<T: FromJson> FromJson for Option<T> {
    fn from_json(v: &Value) -> Result<Option<T>, String> {
        match v {
            Value::Null => Ok(None),
            v => T::from_json(v).map(Some),
        }
    }

    fn absent() -> Option<Option<T>> {
        Some(None)
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    fn from_json(v: &Value) -> Result<Vec<T>, String> {
        let items = v.as_array().ok_or_else(|| wrong("a list", v))?;
        items.iter().map(T::from_json).collect()
    }
}

impl<T: FromJson, const LEN: usize> FromJson for [T; LEN] {
    fn from_json(v: &Value) -> Result<[T; LEN], String> {
        let what = format!("a list of {LEN} values");
        let items = v.as_array().ok_or_else(|| wrong(&what, v))?;
        if items.len() != LEN {
            return Err(format!("expected {what}, found {} values", items.len()));
        }
        let read: Vec<T> = items.iter().map(T::from_json).collect::<Result<_, _>>()?;
        read.try_into().map_err(|_| what)
    }
}

impl<A: FromJson, B: FromJson> FromJson for (A, B) {
    /// A two-item list.
    fn from_json(v: &Value) -> Result<(A, B), String> {
        match v.as_array().map(Vec::as_slice) {
            Some([a, b]) => Ok((A::from_json(a)?, B::from_json(b)?)),
            Some(items) => Err(format!("expected a pair, found {} values", items.len())),
            None => Err(wrong("a pair", v)),
        }
    }
}

/// Writing and reading for enums stored as kebab-case words, from one table
/// so the two directions cannot disagree.
macro_rules! words {
    ($ty:ty { $($variant:ident = $word:literal),+ $(,)? }) => {
        impl $crate::json::ToJson for $ty {
            fn write_json(&self, w: &mut $crate::json::Writer) {
                w.str(match self { $(Self::$variant => $word),+ });
            }
        }

        impl $crate::json::FromJson for $ty {
            fn from_json(v: &$crate::json::Value) -> Result<Self, String> {
                $crate::json::word(v, &[$($word),+]).map(|i| [$(Self::$variant),+][i])
            }
        }
    };
}
pub(crate) use words;

/// Writing and reading for a plain struct stored as an object with one key
/// per field, named as the field and in this order; every field is required.
/// One list serves both directions, as `words!` does for enums. `$what` names
/// the value in the error when it is not an object.
macro_rules! object {
    ($ty:ident, $what:literal { $($field:ident),+ $(,)? }) => {
        impl $crate::json::ToJson for $ty {
            fn write_json(&self, w: &mut $crate::json::Writer) {
                let $ty { $($field),+ } = self;
                w.begin_object();
                $(w.field(stringify!($field), $field);)+
                w.end_object();
            }
        }

        impl $crate::json::FromJson for $ty {
            fn from_json(v: &$crate::json::Value) -> Result<$ty, String> {
                let o = v.object($what)?;
                Ok($ty { $($field: o.field(stringify!($field))?),+ })
            }
        }
    };
}
pub(crate) use object;
