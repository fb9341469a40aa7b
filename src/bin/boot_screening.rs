//! Prints the first-run screening as static HTML, for `index.html`: a first
//! visit reads it while the wasm is still downloading. The build's
//! `post_build` hook (`scripts/post-build.mjs`) runs this and puts its output
//! in place of `<!-- __UPRIGHT_SCREENING__ -->`; the words come from
//! [`upright::progress::screening_words`], the same call the live screen
//! makes, so there is no second copy to keep in step.
//!
//! The markup mirrors the live screen's (`ui::screening`) so nothing moves
//! when the app replaces it; its buttons are disabled until then, since
//! nothing could answer them yet. `boot.js` hides the whole block for a
//! person who has already accepted the screening.

// A host tool: the browser build of the crate (the wasm test tier builds every bin) has
// nothing to run and no message files to read.
#![cfg_attr(target_arch = "wasm32", allow(unused))]

use std::fmt::Write;
use upright::i18n::{Lang, Words};
use upright::progress::{screening_words, ScreeningWords};

/// `text` with the characters HTML gives a meaning escaped.
fn escape(text: &str) -> String {
    text.chars().fold(String::with_capacity(text.len()), |mut out, c| {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
        out
    })
}

/// The static screening block: one section per language, each with its
/// `lang`; `boot.js` marks the page with the person's language before the
/// first paint and the CSS shows that section alone (English by default).
fn render(languages: &[(Lang, ScreeningWords)]) -> String {
    let mut html = String::new();
    let mut line = |indent: usize, text: &str| _ = writeln!(html, "{:indent$}{text}", "");
    line(0, r#"<div class="app" id="boot-screening" data-testid="boot-screening">"#);
    line(2, r#"<main class="screen">"#);
    for (lang, words) in languages {
        let tag = lang.tag();
        line(4, &format!(r#"<section class="screening" lang="{tag}" aria-labelledby="boot-screening-title-{tag}">"#));
        line(6, &format!(r#"<h1 id="boot-screening-title-{tag}">{}</h1>"#, escape(&words.title)));
        line(6, &format!(r#"<p class="lead">{}</p>"#, escape(&words.lead)));
        line(6, &format!("<h2>{}</h2>", escape(&words.signs_heading)));
        line(6, r#"<ul class="warning-signs">"#);
        for sign in &words.signs {
            line(8, &format!("<li>{}</li>", escape(sign)));
        }
        line(6, "</ul>");
        for paragraph in &words.advice {
            line(6, &format!("<p>{}</p>", escape(paragraph)));
        }
        line(6, &format!(r#"<button class="btn primary big" disabled>{}</button>"#, escape(&words.accept)));
        line(6, &format!(r#"<button class="btn big" disabled>{}</button>"#, escape(&words.has_sign)));
        line(4, "</section>");
    }
    line(2, "</main>");
    line(0, "</div>");
    html
}

/// The screening in every language a person can choose, read from the
/// message files as the app reads them.
#[cfg(not(target_arch = "wasm32"))]
fn every_language() -> Vec<(Lang, ScreeningWords)> {
    Lang::CHOSEN.into_iter().map(|lang| (lang, screening_words(&Words::from_disk(lang).0))).collect()
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    print!("{}", render(&every_language()));
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_word_of_the_screening_is_in_the_block_escaped() {
        let words = ScreeningWords {
            title: "A <b> & \"c\"".to_string(),
            ..screening_words(&upright::i18n::Words::english())
        };
        let html = render(&[(Lang::En, words.clone())]);
        assert!(html.contains("A &lt;b&gt; &amp; &quot;c&quot;"), "{html}");
        for sign in &words.signs {
            assert!(html.contains(&format!("<li>{}</li>", escape(sign))), "{sign}");
        }
        for text in [words.lead, words.signs_heading, words.accept, words.has_sign].into_iter().chain(words.advice) {
            assert!(html.contains(&escape(&text)), "{text}");
        }
    }

    #[test]
    fn its_buttons_wait_for_the_app() {
        let html = render(&every_language());
        assert_eq!(html.matches("<button").count(), 2 * Lang::CHOSEN.len());
        assert_eq!(html.matches(" disabled>").count(), 2 * Lang::CHOSEN.len(), "{html}");
    }

    #[test]
    fn each_language_has_its_section_in_its_own_words() {
        let html = render(&every_language());
        for lang in Lang::CHOSEN {
            let title = screening_words(&Words::from_disk(lang).0).title;
            let section = format!(r#"<section class="screening" lang="{}""#, lang.tag());
            assert_eq!(html.matches(&section).count(), 1, "{section}");
            assert!(html.contains(&format!(r#"<h1 id="boot-screening-title-{}">{}</h1>"#, lang.tag(), escape(&title))), "{title}");
        }
    }
}
