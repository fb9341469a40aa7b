//! The message files: every language has every English message, with the
//! same arguments, and every file parses.

mod numbers;

use super::*;
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use std::collections::{BTreeMap, BTreeSet};

/// Each message and term of one language's files: id -> the variables it uses.
fn messages(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
    let mut out = BTreeMap::new();
    for file in FILES {
        let path = format!("{}/locales/{}", env!("CARGO_MANIFEST_DIR"), lang.file_path(file));
        let text = std::fs::read_to_string(&path).unwrap();
        let resource = fluent_syntax::parser::parse(text.as_str()).unwrap_or_else(|(_, e)| panic!("{path}: {e:?}"));
        for entry in resource.body {
            let (id, value, attributes) = match entry {
                Entry::Message(m) => (m.id.name.to_string(), m.value, m.attributes),
                Entry::Term(t) => (format!("-{}", t.id.name), Some(t.value), t.attributes),
                _ => continue,
            };
            let mut vars = BTreeSet::new();
            value.iter().chain(attributes.iter().map(|a| &a.value)).for_each(|p| variables(p, &mut vars));
            assert!(out.insert(id.clone(), vars).is_none(), "{path}: {id} is given twice");
        }
    }
    out
}

fn variables(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        Expression::Inline(inline) => inline_variables(inline, out),
        Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            variants.iter().for_each(|v| variables(&v.value, out));
        }
    }
}

fn inline_variables(inline: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        InlineExpression::FunctionReference { arguments, .. } | InlineExpression::TermReference { arguments: Some(arguments), .. } => {
            arguments.positional.iter().for_each(|a| inline_variables(a, out));
            arguments.named.iter().for_each(|a| inline_variables(&a.value, out));
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}

#[test]
fn every_language_has_every_english_message_with_the_same_arguments() {
    let english = messages(Lang::En);
    for lang in [Lang::De, Lang::Es, Lang::Pseudo] {
        let other = messages(lang);
        let missing: Vec<_> = english.keys().filter(|id| !other.contains_key(*id)).collect();
        assert!(missing.is_empty(), "{} lacks {missing:?}", lang.tag());
        let extra: Vec<_> = other.keys().filter(|id| !english.contains_key(*id)).collect();
        assert!(extra.is_empty(), "{} has messages English lacks: {extra:?}", lang.tag());
        for (id, vars) in &english {
            // A translation may leave out an argument its sentence needs no
            // word for (a plural selector can say "one" itself), never add one.
            let theirs = &other[id];
            assert!(theirs.is_subset(vars), "{}: {id} uses {theirs:?}, English gives {vars:?}", lang.tag());
        }
    }
}

#[test]
fn every_file_of_every_language_parses_into_words() {
    for lang in Lang::ALL {
        let (_, problems) = Words::from_disk(lang);
        assert!(problems.is_empty(), "{}: {problems:?}", lang.tag());
    }
}

#[test]
fn the_built_in_english_is_the_english_on_disk() {
    for (file, text) in ENGLISH {
        let path = format!("{}/locales/{}", env!("CARGO_MANIFEST_DIR"), Lang::En.file_path(file));
        assert_eq!(text, std::fs::read_to_string(path).unwrap());
    }
}

#[test]
fn the_pseudo_locale_is_made_from_the_current_english() {
    for file in FILES {
        let read = |lang: Lang| std::fs::read_to_string(format!("{}/locales/{}", env!("CARGO_MANIFEST_DIR"), lang.file_path(file))).unwrap();
        assert_eq!(read(Lang::Pseudo), pseudo(&read(Lang::En)), "run `cargo run --example pseudo_locale` after changing locales/en/{file}.ftl");
    }
}

/// The pseudo-locale of one English file (the same as `examples/pseudo_locale.rs`).
pub(crate) fn pseudo(english: &str) -> String {
    pseudo_locale(english)
}

include!("../../../examples/pseudo_locale/transform.rs");

#[test]
fn a_phone_language_finds_its_words_or_english() {
    assert_eq!(Lang::from_tag("de-AT"), Some(Lang::De));
    assert_eq!(Lang::from_tag("es-419"), Some(Lang::Es));
    assert_eq!(Lang::from_tag("EN-us"), Some(Lang::En));
    assert_eq!(Lang::from_tag("en-XA"), Some(Lang::Pseudo));
    assert_eq!(Lang::from_tag("fr-FR"), None);
    assert_eq!(Lang::preferred(["fr-FR", "es-MX", "de"]), Lang::Es);
    assert_eq!(Lang::preferred(["fr-FR", "it"]), Lang::En);
}

#[test]
fn a_message_a_language_lacks_is_said_in_english_and_arguments_fill_in() {
    let source = "ui-language-phone = Sprache des Telefons ({ $name })\n".to_string();
    let (german, problems) = Words::parse(Lang::De, &[("ui", source)]);
    assert!(problems.is_empty());
    assert_eq!(tr!(german, "ui-language-phone", name = "Deutsch"), "Sprache des Telefons (Deutsch)");
    let english = Words::english();
    // Only in English: the German words fall back to it.
    let id = "ui-language-choice";
    assert!(!german.has(id) && english.has(id));
    assert_eq!(german.text(id, None), english.text(id, None));
    assert_eq!(german.text("no-such-message", None), "no-such-message");
}

#[test]
fn english_is_parsed_once_and_shared_by_every_caller_and_fallback() {
    // Each parse of the built-in files costs a slow phone tens of ms; checks
    // of a resumed workout ask for English once per exercise.
    let (german, _) = Words::parse(Lang::De, &[]);
    assert!(std::rc::Rc::ptr_eq(&Words::english(), &Words::english()));
    assert!(std::rc::Rc::ptr_eq(german.fallback.as_ref().unwrap(), &Words::english()));
    assert_eq!(german.text("ui-history", None), Words::english().text("ui-history", None));
}
