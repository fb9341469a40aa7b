//! The codec on its own: parsing, errors with positions, writing, and the
//! exact number and escape layout serde_json used (expected strings below
//! were produced by serde_json 1.0.154 before it was removed).

use super::*;

#[track_caller]
fn p(text: &str) -> Value<'_> {
    parse(text).unwrap_or_else(|e| panic!("{text:?}: {e}"))
}

#[track_caller]
fn err(text: &str) -> ParseError {
    match parse(text) {
        Ok(v) => panic!("{text:?} parsed as {v:?}"),
        Err(e) => e,
    }
}

/// Asserts the error's line, column and wording.
#[track_caller]
fn assert_err(text: &str, line: usize, column: usize, message: &str) {
    let e = err(text);
    assert_eq!((e.line, e.column, e.message), (line, column, message), "{text:?}");
}

// ---------------------------------------------------------------- parsing

#[test]
fn compact_text_round_trips_byte_for_byte() {
    let text = r#"{"a":[1,-2,3.5,true,false,null,"x"],"b":{},"c":[],"d":{"e":[{"f":"g"}]}}"#;
    assert_eq!(p(text).to_string(), text);
}

#[test]
fn whitespace_around_and_between_tokens_is_allowed() {
    let v = p(" \t\r\n{ \"a\" : [ 1 , 2 ] }\n ");
    assert_eq!(v["a"][1].as_u64(), Some(2));
    assert_eq!(v.to_string(), r#"{"a":[1,2]}"#);
}

#[test]
fn objects_keep_file_order_and_the_last_duplicate_wins() {
    let v = p(r#"{"z":1,"a":2,"z":3}"#);
    assert_eq!(v["z"].as_u64(), Some(3));
    let keys: Vec<&str> = v.as_object().unwrap().keys().collect();
    assert_eq!(keys, ["z", "a", "z"]);
    let mut m = v.as_object().unwrap().clone();
    assert_eq!(m.insert("a", Value::from(9)), Some(Value::from(2)));
    assert_eq!(m.remove("z"), Some(Value::from(3)));
    assert!(!m.contains_key("z"));
    assert_eq!(Value::Object(m).to_string(), r#"{"a":9}"#);
}

#[test]
fn indexing_a_missing_field_or_item_gives_null() {
    let v = p(r#"{"a":[1]}"#);
    assert!(v["b"].is_null());
    assert!(v["a"][5].is_null());
    assert!(v["a"]["x"].is_null());
    let mut v = v;
    v["b"]["c"] = Value::from("new");
    assert_eq!(v.to_string(), r#"{"a":[1],"b":{"c":"new"}}"#);
}

#[test]
fn escapes_read_including_surrogate_pairs() {
    let v = p(r#""q\" b\\ s\/ \b\f\n\r\t \u00e9\u00C9 \u2713 \ud83d\ude00 \uD83D\uDE00""#);
    assert_eq!(v.as_str(), Some("q\" b\\ s/ \u{8}\u{c}\n\r\t éÉ ✓ 😀 😀"));
    // Raw non-ASCII passes through.
    assert_eq!(p("\"ünï ✓ 😀\"").as_str(), Some("ünï ✓ 😀"));
}

#[test]
fn unpaired_surrogates_and_bad_escapes_are_refused() {
    for text in [r#""\ud83d""#, r#""\ud83dx""#, r#""\ud83d\u0041""#, r#""\ude00""#] {
        assert_eq!(err(text).message, "unpaired surrogate in a \\u escape", "{text}");
    }
    assert_err(r#""a\x""#, 1, 4, "invalid escape");
    assert_err(r#""\u12G4""#, 1, 6, "invalid \\u escape: expected 4 hex digits");
    assert_err("\"a\nb\"", 1, 3, "control character (such as a line break) inside text");
}

#[test]
fn nesting_is_limited_so_hostile_files_cannot_overflow_the_stack() {
    let ok = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
    assert!(parse(&ok).is_ok());
    let deep = format!("{}{}", "[".repeat(MAX_DEPTH + 1), "]".repeat(MAX_DEPTH + 1));
    assert_err(&deep, 1, MAX_DEPTH + 1, "lists and objects are nested too deeply");
    // Far deeper, objects and lists mixed: still an error, not a crash.
    let hostile = "{\"a\":[".repeat(100_000);
    assert_eq!(err(&hostile).message, "lists and objects are nested too deeply");
}

#[test]
fn numbers_keep_integers_exact_like_serde_json() {
    assert_eq!(p("0").as_u64(), Some(0));
    assert_eq!(p("-1").as_i64(), Some(-1));
    assert_eq!(p("-1").as_u64(), None);
    assert_eq!(p("9007199254740992").as_u64(), Some(1 << 53));
    assert_eq!(p("9007199254740993").as_u64(), Some((1 << 53) + 1), "past 2^53 still exact");
    assert_eq!(p("18446744073709551615").as_u64(), Some(u64::MAX));
    assert_eq!(p("-9223372036854775808").as_i64(), Some(i64::MIN));
    assert_eq!(p("1793575800000").as_u64(), Some(1_793_575_800_000));
    // Past u64: a float, as serde_json read it.
    let big = p("18446744073709551616");
    assert_eq!((big.as_u64(), big.as_f64()), (None, Some(18446744073709551616.0)));
    // A fraction or exponent makes a float, even when whole.
    assert_eq!(p("1.0").as_u64(), None);
    assert_eq!(p("1e2").as_f64(), Some(100.0));
    assert_eq!(p("1e-7").as_f64(), Some(1e-7));
    assert_eq!(p("0.8").as_f64(), Some(0.8));
    assert_eq!(p("-2.5E+3").as_f64(), Some(-2500.0));
    let zero = p("-0").as_f64().unwrap();
    assert!(zero == 0.0 && zero.is_sign_negative());
}

#[test]
fn malformed_numbers_are_refused() {
    assert_err("01", 1, 2, "invalid number (no leading zeros)");
    assert_err("1.x", 1, 3, "invalid number");
    assert_err("1ex", 1, 3, "invalid number");
    assert_err("-x", 1, 2, "invalid number");
    assert_err("+1", 1, 1, "expected a value");
    assert_err(".5", 1, 1, "expected a value");
    assert_err("[1e400]", 1, 2, "number out of range");
    assert_err("-1e400", 1, 1, "number out of range");
}

#[test]
fn syntax_errors_say_line_and_column_in_characters() {
    assert_err("[1 2]", 1, 4, "expected `,` or `]`");
    assert_err("{\"a\" 1}", 1, 6, "expected `:`");
    assert_err("{\"a\":1 \"b\":2}", 1, 8, "expected `,` or `}`");
    assert_err("{\"a\":1,}", 1, 8, "trailing comma");
    assert_err("[1,]", 1, 4, "trailing comma");
    assert_err("{1:2}", 1, 2, "expected a field name in double quotes");
    assert_err("nulx", 1, 1, "expected a value");
    assert_err("1 2", 1, 3, "trailing characters");
    assert_err("{}}", 1, 3, "trailing characters");
    assert_err("{\n  \"a\": [1,\n  2 3]\n}", 3, 5, "expected `,` or `]`");
    // Columns count characters, not bytes: é is two bytes.
    assert_err("[\"é\" 1]", 1, 6, "expected `,` or `]`");
    assert_eq!(err("[1 2]").to_string(), "line 1, column 4: expected `,` or `]`");
}

#[test]
fn text_that_stops_early_says_so() {
    for text in ["", "  ", "[", "[1,", "{\"a\"", "{\"a\":", "\"abc", "nu", "tru", "-", "1.", "1e", "\"\\u12"] {
        let e = err(text);
        assert!(e.eof, "{text:?}: {e}");
        assert_eq!(e.message, "the text ends too early", "{text:?}");
    }
    let e = err("{\n  \"a\": [1,");
    assert_eq!((e.line, e.column), (2, 11));
    assert!(!err("[1 2]").eof);
}

// ---------------------------------------------------------------- writing

#[test]
fn text_is_escaped_exactly_as_serde_json_did() {
    let s = "a\"b\\c/d\n\r\t\u{8}\u{c}\u{0}\u{1f}\u{7f}é✓😀";
    let written = to_string(s);
    assert_eq!(written, "\"a\\\"b\\\\c/d\\n\\r\\t\\b\\f\\u0000\\u001f\u{7f}é✓😀\"");
    assert_eq!(p(&written).as_str(), Some(s));
}

#[test]
fn f32_values_are_written_shortest_as_serde_json_did() {
    let cases: [(f32, &str); 19] = [
        (0.0, "0.0"),
        (-0.0, "-0.0"),
        (1.0, "1.0"),
        (0.8, "0.8"),
        (0.65, "0.65"),
        (0.05, "0.05"),
        (1e-7, "1e-7"),
        (1e-6, "0.000001"),
        (1.5e-6, "0.0000015"),
        (0.333, "0.333"),
        (0.1 + 0.2, "0.3"),
        (f32::MIN_POSITIVE, "1.1754944e-38"),
        (1e-45, "1e-45"),
        (123456789.0, "123456790.0"),
        (1e12, "1000000000000.0"),
        (1e13, "1e+13"),
        (3.4e38, "3.4e+38"),
        (16777216.0, "16777216.0"),
        (0.1, "0.1"),
    ];
    for (f, want) in cases {
        assert_eq!(to_string(&f), want, "{f:e}");
        assert_eq!(f32::from_json(&p(want)), Ok(f), "{want} reads back");
    }
    assert_eq!(to_string(&f32::NAN), "null");
    assert_eq!(to_string(&f32::INFINITY), "null");
}

#[test]
fn f64_values_are_written_shortest_as_serde_json_did() {
    let cases: [(f64, &str); 16] = [
        (0.0, "0.0"),
        (-0.0, "-0.0"),
        (1.0, "1.0"),
        (0.8, "0.8"),
        (1e-5, "0.00001"),
        (1e-6, "1e-6"),
        (1.5e-6, "1.5e-6"),
        (1e15, "1000000000000000.0"),
        (1e16, "1e+16"),
        (18446744073709551616.0, "1.8446744073709552e+19"),
        (0.1 + 0.2, "0.30000000000000004"),
        (f64::MIN_POSITIVE, "2.2250738585072014e-308"),
        (5e-324, "5e-324"),
        (f64::MAX, "1.7976931348623157e+308"),
        (123456.789, "123456.789"),
        (9007199254740993.0, "9007199254740992.0"),
    ];
    for (f, want) in cases {
        let mut w = Writer::compact();
        w.f64(f);
        assert_eq!(w.finish(), want, "{f:e}");
        assert_eq!(Value::from(f).to_string(), want);
        assert_eq!(p(want).as_f64(), Some(f), "{want} reads back");
    }
}

#[test]
fn integers_are_written_plainly() {
    assert_eq!(to_string(&0u32), "0");
    assert_eq!(to_string(&-1i32), "-1");
    assert_eq!(to_string(&(1u64 << 53)), "9007199254740992");
    assert_eq!(to_string(&u64::MAX), "18446744073709551615");
    assert_eq!(p("-9223372036854775808").to_string(), "-9223372036854775808");
}

#[test]
fn pretty_output_has_serde_json_layout() {
    let v = p(r#"{"a":[1,[2,3],[]],"b":{},"c":{"d":null},"e":"x"}"#);
    let want = "{\n  \"a\": [\n    1,\n    [\n      2,\n      3\n    ],\n    []\n  ],\n  \"b\": {},\n  \"c\": {\n    \"d\": null\n  },\n  \"e\": \"x\"\n}";
    assert_eq!(to_string_pretty(&v), want);
    assert_eq!(p(want), v);
}

#[test]
fn options_lists_arrays_and_pairs_write_as_serde_did() {
    assert_eq!(to_string(&Some(3u8)), "3");
    assert_eq!(to_string(&None::<u8>), "null");
    assert_eq!(to_string(&vec![("crunches".to_string(), 4u64)]), r#"[["crunches",4]]"#);
    assert_eq!(to_string(&[true, false]), "[true,false]");
    assert_eq!(to_string(&Vec::<u32>::new()), "[]");
}

// ---------------------------------------------------------------- reading

#[test]
fn typed_reads_follow_serde_rules_and_say_what_is_wrong() {
    assert_eq!(u32::from_json(&p("7")), Ok(7));
    assert_eq!(u32::from_json(&p("-3")), Err("expected a whole number of 0 or more, found -3".into()));
    assert_eq!(u32::from_json(&p("1.0")), Err("expected a whole number of 0 or more, found 1.0".into()));
    assert_eq!(u32::from_json(&p("4294967296")), Err("expected a whole number of 0 or more, found 4294967296".into()));
    assert_eq!(u8::from_json(&p("300")), Err("expected a whole number of 0 or more, found 300".into()));
    assert_eq!(i32::from_json(&p("-1080")), Ok(-1080));
    assert_eq!(i32::from_json(&p("\"x\"")), Err("expected a whole number, found \"x\"".into()));
    assert_eq!(f32::from_json(&p("3")), Ok(3.0), "any number reads as a float");
    assert_eq!(f32::from_json(&p("\"loud\"")), Err("expected a number, found \"loud\"".into()));
    assert_eq!(bool::from_json(&p("\"no\"")), Err("expected true or false, found \"no\"".into()));
    assert_eq!(String::from_json(&p("5")), Err("expected text, found 5".into()));
    assert_eq!(Option::<u8>::from_json(&p("null")), Ok(None));
    assert_eq!(Option::<u8>::from_json(&p("4")), Ok(Some(4)));
    assert_eq!(<[usize; 5]>::from_json(&p("[1,2,3,4,5]")), Ok([1, 2, 3, 4, 5]));
    assert_eq!(<[usize; 5]>::from_json(&p("[1,2]")), Err("expected a list of 5 values, found 2 values".into()));
    assert_eq!(<[usize; 5]>::from_json(&p("{}")), Err("expected a list of 5 values, found an object".into()));
    assert_eq!(<(String, u64)>::from_json(&p(r#"["a",1]"#)), Ok(("a".to_string(), 1)));
    assert_eq!(<(String, u64)>::from_json(&p(r#"["a",1,2]"#)), Err("expected a pair, found 3 values".into()));
    assert_eq!(Vec::<u8>::from_json(&p("true")), Err("expected a list, found true".into()));
}

#[test]
fn fields_are_required_unless_optional_or_defaulted() {
    let v = p(r#"{"n":1,"o":null,"bad":"x","extra":[]}"#);
    let o = v.as_object().unwrap();
    assert_eq!(o.field::<u32>("n"), Ok(1));
    assert_eq!(o.field::<Option<u32>>("o"), Ok(None));
    assert_eq!(o.field::<Option<u32>>("absent"), Ok(None), "an absent Option is None");
    assert_eq!(o.field::<u32>("absent"), Err("field `absent` is missing".into()));
    assert_eq!(o.field_or::<u32>("absent", 7), Ok(7));
    assert_eq!(o.field::<u32>("bad"), Err("`bad`: expected a whole number of 0 or more, found \"x\"".into()));
    assert_eq!(p("[]").object("a step"), Err("expected a step, found a list".into()));
}

#[test]
fn field_by_field_reading_keeps_what_reads() {
    struct Pair {
        a: u32,
        b: bool,
    }
    impl FromFields for Pair {
        fn from_fields(f: &mut Fields) -> Pair {
            Pair { a: f.get("a", 1), b: f.get("b", true) }
        }
    }
    let (pair, problems) = Fields::read::<Pair>(&p(r#"{"a":5,"b":"yes","c":0}"#));
    assert_eq!((pair.a, pair.b), (5, true));
    assert_eq!(problems, [("b".to_string(), "expected true or false, found \"yes\"".to_string())]);
    let (pair, problems) = Fields::read::<Pair>(&p("[1]"));
    assert_eq!((pair.a, pair.b), (1, true));
    assert_eq!(problems, [(String::new(), "expected an object, found a list".to_string())]);
}

#[test]
fn words_read_back_and_unknown_ones_are_listed() {
    assert_eq!(word(&p("\"b\""), &["a", "b"]), Ok(1));
    assert_eq!(word(&p("\"c\""), &["a", "b"]), Err("\"c\" is not a known value (expected one of \"a\", \"b\")".into()));
    assert_eq!(word(&p("3"), &["a", "b"]), Err("expected one of \"a\", \"b\", found 3".into()));
}

#[test]
fn describe_shows_values_as_in_the_file() {
    assert_eq!(describe(&p("18446744073709551616")), "1.8446744073709552e+19");
    assert_eq!(describe(&p("-3")), "-3");
    assert_eq!(describe(&p("2.0")), "2.0");
    assert_eq!(describe(&p("\"x\\\"y\"")), "\"x\\\"y\"");
    assert_eq!(describe(&Value::from("é".repeat(50).as_str())), format!("\"{}…\"", "é".repeat(40)));
    assert_eq!(describe(&p("[]")), "a list");
    assert_eq!(describe(&p("{}")), "an object");
}

#[test]
fn display_f32_matches_rusts_display_for_every_kind_of_value() {
    let mut samples = vec![0.0f32, -0.0, 1.0, 3.0, 0.8, 0.5, 1.5, 0.01, 1e-7, 1e20, 1.1e-38, f32::MAX, f32::MIN_POSITIVE];
    samples.extend([f32::INFINITY, f32::NEG_INFINITY, f32::NAN, 1e-45, 123456.79, 16777216.0, 0.3]);
    samples.extend((0..=100).map(|v| v as f32 / 100.0));
    // A spread of bit patterns covers every exponent, both signs, subnormals.
    let mut bits: u32 = 0x1234_5678;
    for _ in 0..20_000 {
        bits = bits.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
        samples.push(f32::from_bits(bits));
    }
    for f in samples {
        assert_eq!(display_f32(f), format!("{f}"), "{:#x}", f.to_bits());
    }
}
