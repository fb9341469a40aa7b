//! Settings: cues, timing, levels, theme. Every change is checked by the
//! core and saved at once.

use super::nav::OnScreen;
use super::widgets::{focus_arrival, Ask, Button};
use super::{AppState, Notice, Page};
use crate::browser;
use crate::progress::{Action, CueMode, Outcome, Settings, Theme, LIMITS};
use crate::routine::{routine, ExerciseId};
use leptos::prelude::*;
use crate::t;
use leptos_router::components::A;

/// A raise of more than one level waiting for the person's confirmation:
/// the settings it would save and the routine's rule it goes against.
type PendingJump = RwSignal<Option<(Settings, String)>>;

/// Sends a change of the settings to the core ([`Action::ChangeSettings`]):
/// a refused change says why and leaves the settings as they were; a raise
/// of more than one level waits for a confirmation (see [`PendingJump`]).
fn apply(state: AppState, f: impl FnOnce(&mut Settings)) {
    let mut next = state.doc.with_untracked(|d| d.settings.sanitized());
    f(&mut next);
    if let Outcome::NeedsConfirmation(question) =
        state.dispatch(Action::ChangeSettings { settings: next.clone(), confirmed: false })
    {
        if let Some(pending) = use_context::<PendingJump>() {
            pending.set(Some((next, question)));
        }
    }
}

/// A number field bound to one setting.
#[component]
fn NumberField(
    /// Label text.
    #[prop(into)]
    label: String,
    /// Reads the value.
    get: fn(&Settings) -> u32,
    /// Writes the value.
    set: fn(&mut Settings, u32),
    /// Lowest allowed value.
    min: u32,
    /// Highest allowed value.
    max: u32,
    /// The unit shown after the field (seconds when not given).
    #[prop(optional, into)]
    unit: Option<String>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let unit = unit.unwrap_or_else(|| t!("ui-unit-seconds"));
    let (name, unit_name) = (label.clone(), unit.clone());
    view! {
        <label class="field">
            <span>{label}</span>
            <input
                type="number"
                min=min
                max=max
                inputmode="numeric"
                prop:value=move || state.doc.with(|d| get(&d.settings)).to_string()
                on:change=move |ev| {
                    if let Ok(v) = event_target_value(&ev).trim().parse::<u32>() {
                        if v < min {
                            let words = state.i18n.words();
                            let say = crate::tr!(words, "ui-settings-at-least", label = name.clone(), min = min, unit = unit_name.clone());
                            state.notice.set(Some(Notice::say(say)));
                        }
                        apply(state, |s| set(s, v.clamp(min, max)));
                    }
                }
            />
            <span class="unit">{unit}</span>
        </label>
    }
}

/// One radio button bound to a setting: checked when `is` holds, `pick` on
/// change; `disabled` for a choice this browser cannot do.
fn radio(
    state: AppState,
    name: &'static str,
    label: String,
    is: impl Fn(&Settings) -> bool + Send + Sync + 'static,
    pick: impl Fn(&mut Settings) + Copy + Send + Sync + 'static,
    disabled: bool,
) -> impl IntoView {
    view! {
        <label class="radio" class:unavailable=disabled>
            <input
                type="radio"
                name=name
                disabled=disabled
                prop:checked=move || state.doc.with(|d| is(&d.settings))
                on:change=move |_| apply(state, pick)
            />
            {label}
        </label>
    }
}

/// The settings screen (`data-testid="settings"`).
#[component]
pub fn SettingsScreen() -> impl IntoView {
    let state = expect_context::<AppState>();
    let pending: PendingJump = RwSignal::new(None);
    provide_context(pending);
    let confirm_jump = move || {
        if let Some((next, _)) = pending.get_untracked() {
            pending.set(None);
            state.dispatch(Action::ChangeSettings { settings: next, confirmed: true });
        }
    };
    let mode_option = move |mode: CueMode, label: String| {
        let missing = super::device_notes::mode_unavailable(mode).is_some();
        radio(state, "cue-mode", label, move |s| s.cue_mode == mode, move |s| s.cue_mode = mode, missing)
    };
    let theme_option = move |theme: Theme, label: String| {
        radio(state, "theme", label, move |s| s.theme == theme, move |s| s.theme = theme, false)
    };
    let levels = routine()
        .iter()
        .map(|ex| {
            let id: ExerciseId = ex.id;
            let slot = Settings::slot(id);
            let options = ex
                .levels
                .iter()
                .enumerate()
                .map(|(i, l)| {
                    view! { <option value=i selected=move || state.doc.with(|d| d.settings.level(id) == i)>{l.label(&crate::ui::i18n::words())}</option> }
                })
                .collect_view();
            view! {
                <div class="level-row" data-exercise=id.as_str()>
                    <label class="check">
                        <input
                            type="checkbox"
                            // The stretches come after every workout: they cannot be left out.
                            disabled=id == ExerciseId::MidBackStretches
                            prop:checked=move || state.doc.with(|d| d.settings.is_enabled(id))
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                apply(state, |s| s.enabled[slot] = on)
                            }
                        />
                        {ex.name(&crate::ui::i18n::words())}
                    </label>
                    <select
                        aria-label=t!("ui-settings-level", name = ex.name(&crate::ui::i18n::words()))
                        // Read again when a raise is refused, so the list shows the level kept.
                        prop:value=move || {
                            pending.track();
                            state.doc.with(|d| d.settings.level(id)).to_string()
                        }
                        disabled=ex.levels.len() < 2
                        on:change=move |ev| {
                            if let Ok(i) = event_target_value(&ev).parse::<usize>() {
                                apply(state, |s| s.levels[slot] = i)
                            }
                        }
                    >
                        {options}
                    </select>
                </div>
            }
        })
        .collect_view();
    let persist = move || {
        state.doc.with(|d| match d.meta.persist {
            Some(true) => t!("ui-persist-yes"),
            Some(false) => t!("ui-persist-no"),
            None => t!("ui-persist-unknown"),
        })
    };
    let heading = NodeRef::<leptos::html::H2>::new();
    // Back from the safety information: focus returns to its link; any
    // other way in, to the heading.
    let back_from_screening = matches!(expect_context::<OnScreen>().now(), Some(Page::Screening));
    focus_arrival(heading, back_from_screening.then(|| Page::Screening.href()));
    view! {
        <section class="settings" data-testid="settings">
            <header class="top">
                <Button class="btn ghost" on_click=move || state.back(Page::Home)>{t!("ui-back")}</Button>
                <h2 class="screen-title" tabindex="-1" node_ref=heading>{t!("ui-settings")}</h2>
            </header>
            <super::language::LanguageChoice/>
            <fieldset>
                <legend>{t!("ui-settings-cues")}</legend>
                {mode_option(CueMode::VoiceAndBeeps, t!("ui-cue-voice"))}
                {mode_option(CueMode::Beeps, t!("ui-cue-beeps"))}
                {mode_option(CueMode::Vibrate, t!("ui-cue-vibrate"))}
                {mode_option(CueMode::Silent, t!("ui-cue-silent"))}
                <super::device_notes::CueModeNotes/>
                <label class="field">
                    <span>{t!("ui-settings-volume")}</span>
                    <input
                        type="range"
                        min="0"
                        max="100"
                        prop:value=move || state.doc.with(|d| ((d.settings.volume * 100.0).round() as u32).to_string())
                        on:change=move |ev| {
                            if let Ok(v) = event_target_value(&ev).parse::<f32>() {
                                apply(state, |s| s.volume = (v / 100.0).clamp(0.0, 1.0))
                            }
                        }
                    />
                </label>
                <Button class="btn small" on_click=move || {
                    let (volume, voice) = state.doc.with_untracked(|d| (d.settings.volume, d.settings.voice.clone()));
                    browser::audio::test_beep(volume);
                    let words = state.i18n.words();
                    browser::cues::speak(&words.text("ui-settings-test-line", None), words.lang(), voice.as_deref(), volume);
                }>{t!("ui-settings-test-sound")}</Button>
                <super::device_notes::VoicePicker/>
            </fieldset>
            <fieldset>
                <legend>{t!("ui-settings-timing")}</legend>
                <NumberField label=t!("ui-settings-get-ready") get=|s| s.get_ready_s set=|s, v| s.get_ready_s = v min=*LIMITS.get_ready_s.start() max=*LIMITS.get_ready_s.end()/>
                <NumberField
                    label=t!("ui-settings-slow-breath")
                    get=|s| s.slow_breath_s
                    set=|s, v| s.slow_breath_s = v
                    min=*LIMITS.slow_breath_s.start()
                    max=*LIMITS.slow_breath_s.end()
                />
                <NumberField label=t!("ui-settings-bridge-rest") get=|s| s.bridge_rest_s set=|s, v| s.bridge_rest_s = v min=*LIMITS.bridge_rest_s.start() max=*LIMITS.bridge_rest_s.end()/>
                <NumberField
                    label=t!("ui-settings-change-position")
                    get=|s| s.change_position_s
                    set=|s, v| s.change_position_s = v
                    min=*LIMITS.change_position_s.start()
                    max=*LIMITS.change_position_s.end()
                />
                <label class="field">
                    <span>{t!("ui-settings-crunches")}</span>
                    <select data-testid="crunch-pace" on:change=move |ev| {
                        if let Ok(ms) = event_target_value(&ev).parse::<u32>() {
                            apply(state, |s| s.crunch_pace_ms = ms)
                        }
                    }>
                        {[(0, "ui-pace-self"), (1200, "ui-pace-fast"), (1500, "ui-pace-medium"), (2000, "ui-pace-steady"), (3000, "ui-pace-slow")]
                            .map(|(ms, label)| view! { <option value=ms selected=move || state.doc.with(|d| d.settings.crunch_pace_ms == ms)>{t!(label)}</option> })}
                    </select>
                </label>
                <NumberField
                    label=t!("ui-settings-crunch-rest")
                    get=|s| s.crunch_rest_s
                    set=|s, v| s.crunch_rest_s = v
                    min=*LIMITS.crunch_rest_s.start()
                    max=*LIMITS.crunch_rest_s.end()
                />
                <NumberField
                    label=t!("ui-settings-swing-rest")
                    get=|s| s.swing_rest_s
                    set=|s, v| s.swing_rest_s = v
                    min=*LIMITS.swing_rest_s.start()
                    max=*LIMITS.swing_rest_s.end()
                />
            </fieldset>
            <fieldset>
                <legend>{t!("ui-settings-exercises")}</legend>
                {levels}
                <NumberField
                    label=t!("ui-settings-core-breaths")
                    get=|s| s.core_breaths
                    set=|s, v| s.core_breaths = v
                    min=1
                    max=crate::routine::MAX_CORE_BREATHS
                    unit=t!("ui-unit-breaths")
                />
            </fieldset>
            <Show when=move || pending.with(Option::is_some)>
                <Ask testid="level-jump" title=t!("ui-jump-title")>
                    <p>{move || pending.with(|p| p.as_ref().map(|(_, why)| why.clone()))}</p>
                    <div class="leave-actions">
                        <Button class="btn primary" testid="level-jump-keep" on_click=move || pending.set(None)>{t!("ui-jump-keep")}</Button>
                        <Button class="btn" testid="level-jump-confirm" on_click=confirm_jump>{t!("ui-jump-confirm")}</Button>
                    </div>
                </Ask>
            </Show>
            <fieldset>
                <legend>{t!("ui-settings-display")}</legend>
                {theme_option(Theme::System, t!("ui-theme-system"))}
                {theme_option(Theme::Light, t!("ui-theme-light"))}
                {theme_option(Theme::Dark, t!("ui-theme-dark"))}
                <label class="check">
                    <input
                        type="checkbox"
                        prop:checked=move || state.doc.with(|d| d.settings.large_text)
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            apply(state, |s| s.large_text = on)
                        }
                    />
                    {t!("ui-settings-large-text")}
                </label>
            </fieldset>
            <super::reminders::RemindersSection/>
            <super::install::InstallHelp/>
            <fieldset>
                <legend>{t!("ui-settings-data")}</legend>
                <p data-testid="persist-status">{persist}</p>
                <super::device_notes::StorageNote/>
                <Button on_click=move || state.export_json()>{t!("ui-export-history")}</Button>
            </fieldset>
            <fieldset>
                <legend>{t!("ui-safety")}</legend>
                <A href=Page::Screening.href() attr:class="btn" attr:data-testid="safety-info">{t!("ui-settings-safety-info")}</A>
            </fieldset>
        </section>
    }
}
