//! Every sentence a person reads or hears, as data: Project Fluent messages
//! in `locales/<language>/<file>.ftl`, looked up by id with their arguments
//! in the person's language ([`Words`]).
//!
//! This is core: the coach's script, the report, the .ics and the warnings
//! are put into words here, with the same messages the views use. English is
//! built in (it is the fallback for a message a translation lacks); the other
//! languages are read from their files by the browser layer when chosen, so
//! only the chosen language is downloaded.
//!
//! No browser access: text comes in as strings ([`Words::parse`]), and on the
//! host [`Words::from_disk`] reads the files for tests and tools.

mod lang;
mod numbers;

pub use fluent_bundle::{FluentArgs, FluentValue};
pub use lang::Lang;
pub use numbers::number_words;

use fluent_bundle::{FluentBundle, FluentResource};
use std::rc::Rc;

/// The message files of each language, one per area of the app, so that
/// each area's words can be written and reviewed on their own. Every
/// language has every file.
pub const FILES: [&str; 5] = ["routine", "coach", "records", "safety", "ui"];

/// The English files, built into the app (see [`Words::english`]).
const ENGLISH: [(&str, &str); FILES.len()] = [
    ("routine", include_str!("../../locales/en/routine.ftl")),
    ("coach", include_str!("../../locales/en/coach.ftl")),
    ("records", include_str!("../../locales/en/records.ftl")),
    ("safety", include_str!("../../locales/en/safety.ftl")),
    ("ui", include_str!("../../locales/en/ui.ftl")),
];

/// One language's messages, with English behind them for any message the
/// language lacks (a fallback shown, never an id, except when English lacks
/// it too).
pub struct Words {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
    fallback: Option<Rc<Words>>,
}

thread_local! {
    /// The built-in English, parsed once: parsing its files takes a slow
    /// phone tens of milliseconds, and checks, fallbacks and the views all
    /// ask for it.
    static ENGLISH_WORDS: Rc<Words> = {
        let sources: Vec<(&str, String)> = ENGLISH.iter().map(|(f, s)| (*f, s.to_string())).collect();
        Rc::new(Words { lang: Lang::En, bundle: bundle_of(Lang::En, &sources).0, fallback: None })
    };
}

impl Words {
    /// English, from the files built into the app (one copy, shared).
    pub fn english() -> Rc<Words> {
        ENGLISH_WORDS.with(Rc::clone)
    }

    /// `lang`'s messages from its files' text, as (file name, text); English
    /// stands behind them. Also returns what was wrong in the text (a line
    /// that does not parse, an id given twice): such messages are skipped,
    /// the rest still work.
    pub fn parse(lang: Lang, sources: &[(&str, String)]) -> (Words, Vec<String>) {
        let (bundle, problems) = bundle_of(lang, sources);
        let fallback = (lang != Lang::En).then(Words::english);
        (Words { lang, bundle, fallback }, problems)
    }

    /// `lang`'s messages read from `locales/` of the source tree (host tools
    /// and tests; the browser fetches the same files).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn from_disk(lang: Lang) -> (Words, Vec<String>) {
        let sources: Vec<(&str, String)> = FILES
            .iter()
            .map(|file| {
                let path = format!("{}/locales/{}", env!("CARGO_MANIFEST_DIR"), lang.file_path(file));
                (*file, std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}")))
            })
            .collect();
        Words::parse(lang, &sources)
    }

    /// The language these words are in.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The message `id` with `args`, in this language (English when the
    /// language lacks it, the id itself when English lacks it too).
    pub fn text(&self, id: &str, args: Option<&FluentArgs>) -> String {
        for bundle in std::iter::once(&self.bundle).chain(self.fallback.as_deref().map(|english| &english.bundle)) {
            if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                return bundle.format_pattern(pattern, args, &mut errors).into_owned();
            }
        }
        id.to_string()
    }

    /// True when this language itself has the message `id` (not only its
    /// English fallback).
    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }
}

/// A bundle of `lang` from its files, with what was wrong in them.
fn bundle_of(lang: Lang, sources: &[(&str, String)]) -> (FluentBundle<FluentResource>, Vec<String>) {
    let mut bundle = FluentBundle::new(vec![lang.fluent_id()]);
    // Unicode isolation marks around arguments would be read aloud by some
    // voices and break text comparisons; every argument here is our own text.
    bundle.set_use_isolating(false);
    let mut problems = Vec::new();
    for (file, text) in sources {
        let resource = FluentResource::try_new(text.clone()).unwrap_or_else(|(resource, errors)| {
            problems.extend(errors.iter().map(|e| format!("{}/{file}.ftl: {e:?}", lang.tag())));
            resource
        });
        if let Err(errors) = bundle.add_resource(resource) {
            problems.extend(errors.iter().map(|e| format!("{}/{file}.ftl: {e:?}", lang.tag())));
        }
    }
    (bundle, problems)
}

/// A message in `words`' language: `tr!(words, "id")`, or with arguments
/// `tr!(words, "id", count = 3, name = title)` (any number or text).
#[macro_export]
macro_rules! tr {
    ($words:expr, $id:expr) => {
        $words.text($id, None)
    };
    ($words:expr, $id:expr, $($key:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::i18n::FluentArgs::new();
        $( args.set(stringify!($key), $crate::i18n::FluentValue::from($value)); )+
        $words.text($id, Some(&args))
    }};
}

#[cfg(test)]
mod tests;
