//! The languages Upright speaks, and which one a phone's settings ask for.

use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;

/// A language of the app's words.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    /// English, built into the app.
    #[default]
    #[serde(rename = "en")]
    En,
    /// German.
    #[serde(rename = "de")]
    De,
    /// Spanish.
    #[serde(rename = "es")]
    Es,
    /// The pseudo-locale: English accented and made about 40 % longer,
    /// generated from the English files, for layout tests (`en-XA`, the tag
    /// browsers use for it). Never offered in Settings.
    #[serde(rename = "en-XA")]
    Pseudo,
}

impl Lang {
    /// The languages a person can choose, in the order Settings lists them.
    pub const CHOSEN: [Lang; 3] = [Lang::En, Lang::De, Lang::Es];

    /// Every language with message files, the pseudo-locale included.
    pub const ALL: [Lang; 4] = [Lang::En, Lang::De, Lang::Es, Lang::Pseudo];

    /// The BCP 47 tag: `<html lang>`, the speech voice's language, the
    /// folder of its message files.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
            Lang::Es => "es",
            Lang::Pseudo => "en-XA",
        }
    }

    /// The language's name in itself, as a person looks for it in a list.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::De => "Deutsch",
            Lang::Es => "Español",
            Lang::Pseudo => "Ƥşḗḗŭŭḓǿǿ",
        }
    }

    /// The language of a BCP 47 tag such as `de-AT` or `es-419`, when the app
    /// has it.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let tag = tag.trim();
        if tag.eq_ignore_ascii_case("en-XA") {
            return Some(Lang::Pseudo);
        }
        let primary = tag.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
        Lang::CHOSEN.into_iter().find(|l| l.tag() == primary)
    }

    /// The first of the phone's preferred languages (most wanted first)
    /// that the app has; English when it has none of them.
    pub fn preferred<'a>(tags: impl IntoIterator<Item = &'a str>) -> Lang {
        tags.into_iter().find_map(Lang::from_tag).unwrap_or(Lang::En)
    }

    /// Where `file`'s messages in this language are, under `locales/`.
    pub fn file_path(self, file: &str) -> String {
        format!("{}/{file}.ftl", self.tag())
    }

    /// The language as Fluent knows it (its plural rules).
    pub(super) fn fluent_id(self) -> LanguageIdentifier {
        // The pseudo-locale counts as English.
        let tag = if self == Lang::Pseudo { "en" } else { self.tag() };
        tag.parse().expect("the app's own language tags parse")
    }
}
