//! The app's words in the person's language, for the views: the same
//! Fluent messages as the core ([`crate::i18n::Words`]), shared by context.
//!
//! A small helper over the core's bundles rather than `leptos-fluent`: the
//! core must put the coach's lines and the report into words without
//! Leptos, so the views read the very same [`Words`]; `leptos-fluent` would
//! bring a second loader (fluent-templates) and a second copy of every
//! catalogue into the wasm.
//!
//! Views call [`t`] / [`t!`](crate::t) while they render. A change of
//! language re-renders the screens (see `ui::AppRoutes`), so the text need
//! not be reactive itself.

use crate::browser;
use crate::i18n::{Lang, Words, FILES};
use leptos::prelude::*;
use std::rc::Rc;

/// The words the app shows and says now, and their language.
#[derive(Clone, Copy)]
pub struct I18n {
    words: StoredValue<Rc<Words>, LocalStorage>,
    /// The language of [`I18n::words`]: screens re-render when it changes.
    pub lang: RwSignal<Lang>,
}

impl I18n {
    /// English, until [`I18n::set`] is given another language.
    pub fn new() -> I18n {
        I18n { words: StoredValue::new_local(Words::english()), lang: RwSignal::new(Lang::En) }
    }

    /// The words in use now.
    pub fn words(&self) -> Rc<Words> {
        self.words.get_value()
    }

    /// Uses `words` from now on: `<html lang>` follows, and the screens are
    /// drawn again in it.
    pub fn set(&self, words: Rc<Words>) {
        let lang = words.lang();
        browser::page::set_lang(lang.tag());
        browser::panic::set_words(&words);
        self.words.set_value(words);
        if self.lang.get_untracked() != lang {
            self.lang.set(lang);
        }
    }
}

impl Default for I18n {
    fn default() -> Self {
        I18n::new()
    }
}

/// The language the person asked for in Settings, or else the phone's.
pub fn wanted(chosen: Option<Lang>) -> Lang {
    chosen.unwrap_or_else(|| {
        let tags = browser::page::preferred_languages();
        Lang::preferred(tags.iter().map(String::as_str))
    })
}

/// `lang`'s words: English from the app itself, another language fetched
/// from its message files (precached by the service worker, so this works
/// offline once the app is installed). A message file that is missing or
/// damaged is an error; the caller keeps the words it has.
pub async fn fetch(lang: Lang) -> Result<Rc<Words>, String> {
    if lang == Lang::En {
        return Ok(Words::english());
    }
    let urls: Vec<String> = FILES.iter().map(|file| format!("locales/{}", lang.file_path(file))).collect();
    let texts = browser::files::fetch_texts(&urls).await?;
    let sources: Vec<(&str, String)> = FILES.into_iter().zip(texts).collect();
    let (words, problems) = Words::parse(lang, &sources);
    if !problems.is_empty() {
        browser::console_warn(&format!("message files of {}: {problems:?}", lang.tag()));
    }
    Ok(Rc::new(words))
}

/// The words in use: from the app's context, English outside it.
pub fn words() -> Rc<Words> {
    use_context::<I18n>().map(|i| i.words()).unwrap_or_else(Words::english)
}

/// The message `id` in the person's language.
pub fn t(id: &str) -> String {
    words().text(id, None)
}

/// A message in the person's language, for views: `t!("id")`, or with
/// arguments `t!("id", count = 3, name = title)`.
#[macro_export]
macro_rules! t {
    ($id:expr) => {
        $crate::ui::i18n::t($id)
    };
    ($id:expr, $($key:ident = $value:expr),+ $(,)?) => {
        $crate::tr!($crate::ui::i18n::words(), $id, $($key = $value),+)
    };
}

/// Chooses the app's language in Settings (None: follow the phone's): it is
/// stored with the settings, and the screens are drawn in it as soon as its
/// words are in. When they cannot be fetched (offline before the app was
/// installed), a notice says so and the app stays in the language it has.
pub fn choose(state: super::AppState, chosen: Option<Lang>) {
    let mut settings = state.doc.with_untracked(|d| d.settings.clone());
    settings.language = chosen;
    state.dispatch(crate::progress::Action::ChangeSettings { settings, confirmed: true });
    let lang = wanted(chosen);
    if lang == state.i18n.words().lang() {
        return;
    }
    leptos::task::spawn_local(async move {
        match fetch(lang).await {
            Ok(words) => state.i18n.set(words),
            Err(why) => unavailable(state, lang, &why),
        }
    });
}

/// Says that `lang`'s words could not be fetched, and why.
pub(super) fn unavailable(state: super::AppState, lang: Lang, why: &str) {
    let message = crate::tr!(state.i18n.words(), "ui-language-unavailable", name = lang.name());
    state.notice.set(Some(super::Notice::say(format!("{message} ({why})"))));
}
