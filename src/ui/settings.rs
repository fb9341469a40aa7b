//! Settings: cues, timing, levels, theme. Every change is checked by the
//! core and saved at once.

use super::widgets::{Ask, Button};
use super::{AppState, Notice, Page};
use crate::browser;
use crate::progress::{Action, CueMode, Outcome, Settings, Theme, LIMITS};
use crate::routine::{routine, ExerciseId};
use leptos::prelude::*;
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
    label: &'static str,
    /// Reads the value.
    get: fn(&Settings) -> u32,
    /// Writes the value.
    set: fn(&mut Settings, u32),
    /// Lowest allowed value.
    min: u32,
    /// Highest allowed value.
    max: u32,
    /// The unit shown after the field.
    #[prop(default = "s")]
    unit: &'static str,
) -> impl IntoView {
    let state = expect_context::<AppState>();
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
                            state.notice.set(Some(Notice::say(format!("{label}: the routine needs at least {min} {unit}."))));
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
    label: &'static str,
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
    let mode_option = move |mode: CueMode, label: &'static str| {
        let missing = super::device_notes::mode_unavailable(mode).is_some();
        radio(state, "cue-mode", label, move |s| s.cue_mode == mode, move |s| s.cue_mode = mode, missing)
    };
    let theme_option = move |theme: Theme, label: &'static str| {
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
                        aria-label=format!("{} level", ex.name(&crate::ui::i18n::words()))
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
            Some(true) => "This browser has agreed to keep Upright's data.",
            Some(false) => "This browser may clear Upright's data when space runs low: export now and then.",
            None => "Upright asks the browser to keep its data after your first saved workout.",
        })
    };
    view! {
        <section class="settings" data-testid="settings">
            <header class="top">
                <Button class="btn ghost" on_click=move || state.back(Page::Home)>"Back"</Button>
                <h2>"Settings"</h2>
            </header>
            <fieldset>
                <legend>"Cues"</legend>
                {mode_option(CueMode::VoiceAndBeeps, "Voice and beeps")}
                {mode_option(CueMode::Beeps, "Beeps only")}
                {mode_option(CueMode::Vibrate, "Vibrate only")}
                {mode_option(CueMode::Silent, "Silent")}
                <super::device_notes::CueModeNotes/>
                <label class="field">
                    <span>"Volume"</span>
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
                    browser::cues::speak("This is how Upright sounds.", state.i18n.words().lang(), voice.as_deref(), volume);
                }>"Test sound"</Button>
                <super::device_notes::VoicePicker/>
            </fieldset>
            <fieldset>
                <legend>"Timing"</legend>
                <NumberField label="Get ready" get=|s| s.get_ready_s set=|s, v| s.get_ready_s = v min=*LIMITS.get_ready_s.start() max=*LIMITS.get_ready_s.end()/>
                <NumberField
                    label="One slow breath"
                    get=|s| s.slow_breath_s
                    set=|s, v| s.slow_breath_s = v
                    min=*LIMITS.slow_breath_s.start()
                    max=*LIMITS.slow_breath_s.end()
                />
                <NumberField label="Rest between bridges" get=|s| s.bridge_rest_s set=|s, v| s.bridge_rest_s = v min=*LIMITS.bridge_rest_s.start() max=*LIMITS.bridge_rest_s.end()/>
                <NumberField
                    label="Time to change position"
                    get=|s| s.change_position_s
                    set=|s, v| s.change_position_s = v
                    min=*LIMITS.change_position_s.start()
                    max=*LIMITS.change_position_s.end()
                />
                <label class="field">
                    <span>"Crunches"</span>
                    <select data-testid="crunch-pace" on:change=move |ev| {
                        if let Ok(ms) = event_target_value(&ev).parse::<u32>() {
                            apply(state, |s| s.crunch_pace_ms = ms)
                        }
                    }>
                        {[(0, "I count and tap Done"), (1200, "Ticked for me: fast (1.2 s each)"), (1500, "Ticked for me: 1.5 s each"), (2000, "Ticked for me: 2 s each"), (3000, "Ticked for me: slow (3 s each)")]
                            .map(|(ms, label)| view! { <option value=ms selected=move || state.doc.with(|d| d.settings.crunch_pace_ms == ms)>{label}</option> })}
                    </select>
                </label>
                <NumberField
                    label="Rest between crunch sets"
                    get=|s| s.crunch_rest_s
                    set=|s, v| s.crunch_rest_s = v
                    min=*LIMITS.crunch_rest_s.start()
                    max=*LIMITS.crunch_rest_s.end()
                />
                <NumberField
                    label="Rest between leg swings"
                    get=|s| s.swing_rest_s
                    set=|s, v| s.swing_rest_s = v
                    min=*LIMITS.swing_rest_s.start()
                    max=*LIMITS.swing_rest_s.end()
                />
            </fieldset>
            <fieldset>
                <legend>"Exercises and levels"</legend>
                {levels}
                <NumberField
                    label="Core breaths"
                    get=|s| s.core_breaths
                    set=|s, v| s.core_breaths = v
                    min=1
                    max=crate::routine::MAX_CORE_BREATHS
                    unit="breaths"
                />
            </fieldset>
            <Show when=move || pending.with(Option::is_some)>
                <Ask testid="level-jump" title="More than one step up?">
                    <p>{move || pending.with(|p| p.as_ref().map(|(_, why)| why.clone()))}</p>
                    <div class="leave-actions">
                        <Button class="btn primary" testid="level-jump-keep" on_click=move || pending.set(None)>"Keep the current level"</Button>
                        <Button class="btn" testid="level-jump-confirm" on_click=confirm_jump>"Raise it anyway"</Button>
                    </div>
                </Ask>
            </Show>
            <fieldset>
                <legend>"Display"</legend>
                {theme_option(Theme::System, "Match the system")}
                {theme_option(Theme::Light, "Light")}
                {theme_option(Theme::Dark, "Dark")}
                <label class="check">
                    <input
                        type="checkbox"
                        prop:checked=move || state.doc.with(|d| d.settings.large_text)
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            apply(state, |s| s.large_text = on)
                        }
                    />
                    "Larger text"
                </label>
            </fieldset>
            <super::reminders::RemindersSection/>
            <super::install::InstallHelp/>
            <fieldset>
                <legend>"Your data"</legend>
                <p data-testid="persist-status">{persist}</p>
                <super::device_notes::StorageNote/>
                <Button on_click=move || state.export_json()>"Export history"</Button>
            </fieldset>
            <fieldset>
                <legend>"Safety"</legend>
                <A href=Page::Screening.href() attr:class="btn" attr:data-testid="safety-info">"Safety information"</A>
            </fieldset>
        </section>
    }
}
