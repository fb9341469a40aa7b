//! Settings' language choice: the phone's language (the default), or one the
//! person picks. Choosing stores it and draws every screen again in it (see
//! [`super::i18n::choose`]).

use super::AppState;
use crate::i18n::Lang;
use crate::t;
use leptos::prelude::*;

/// The value of the list's first option, "the phone's language".
const PHONE: &str = "phone";

/// The language list (`data-testid="language"`).
#[component]
pub fn LanguageChoice() -> impl IntoView {
    let state = expect_context::<AppState>();
    let chosen = move || state.doc.with(|d| d.settings.language);
    let phone = super::i18n::wanted(None);
    let options = Lang::CHOSEN
        .into_iter()
        .map(|lang| view! { <option value=lang.tag() lang=lang.tag() selected=move || chosen() == Some(lang)>{lang.name()}</option> })
        .collect_view();
    let on_change = move |ev| {
        let value = event_target_value(&ev);
        super::i18n::choose(state, if value == PHONE { None } else { Lang::from_tag(&value) });
    };
    view! {
        <fieldset class="language">
            <legend>{t!("ui-language-choice")}</legend>
            <select data-testid="language" aria-label=t!("ui-language-choice") on:change=on_change>
                <option value=PHONE selected=move || chosen().is_none()>{t!("ui-language-phone", name = phone.name())}</option>
                {options}
            </select>
        </fieldset>
    }
}
