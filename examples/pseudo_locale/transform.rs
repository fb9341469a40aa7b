/// The pseudo-locale of one English message file: every text accented and
/// lengthened by `fluent_pseudo` (vowels doubled, about 40 % longer), ids,
/// variables, selectors and comments left as they are, so that the app runs
/// on it as on a real translation.
pub fn pseudo_locale(english: &str) -> String {
    use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
    fn pattern(p: &mut Pattern<String>) {
        for element in &mut p.elements {
            match element {
                PatternElement::TextElement { value } => *value = fluent_pseudo::transform(value, false, true).into_owned(),
                PatternElement::Placeable { expression } => expression_of(expression),
            }
        }
    }
    fn expression_of(e: &mut Expression<String>) {
        match e {
            Expression::Select { variants, .. } => variants.iter_mut().for_each(|v| pattern(&mut v.value)),
            Expression::Inline(InlineExpression::Placeable { expression }) => expression_of(expression),
            Expression::Inline(InlineExpression::StringLiteral { value }) => {
                *value = fluent_pseudo::transform(value, false, true).into_owned()
            }
            Expression::Inline(_) => {}
        }
    }
    let mut resource = fluent_syntax::parser::parse(english.to_string()).unwrap_or_else(|(r, _)| r);
    for entry in &mut resource.body {
        match entry {
            Entry::Message(m) => {
                m.value.iter_mut().for_each(pattern);
                m.attributes.iter_mut().for_each(|a| pattern(&mut a.value));
            }
            Entry::Term(t) => {
                pattern(&mut t.value);
                t.attributes.iter_mut().for_each(|a| pattern(&mut a.value));
            }
            _ => {}
        }
    }
    fluent_syntax::serializer::serialize(&resource)
}
