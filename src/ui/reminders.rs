//! Reminders without a server: the settings section that chooses days and
//! a time and downloads them as a calendar file (the person's own calendar
//! does the reminding), and, where the browser allows it, a notification
//! when Upright is opened (or left open) on a reminder day before the
//! workout is done. Permission is asked only when the person turns that on.

use super::widgets::Button;
use super::{AppState, Notice};
use crate::browser::{self, notify};
use crate::progress::{self, Action, ClockTime, Reminder, ReminderDue, Weekday};
use crate::store::{self, Zone};
use leptos::prelude::*;
use crate::t;
use leptos_use_document_visibility::use_document_visibility;

/// The notification's title.
const TITLE: &str = "Upright";
/// One tag, so a new reminder replaces an unread one instead of piling up.
const TAG: &str = "upright-reminder";

/// Longest wait for a timer: a day ends sooner, and browsers cap long timers.
const MAX_WAIT_MS: u64 = 6 * 60 * 60 * 1000;

/// Today's workout length in whole minutes, as home shows it; 0 when no
/// plan can be built (the words then use the routine's usual length).
fn plan_minutes(state: AppState) -> u32 {
    state.day_plan().map_or(0, |d| d.plan.total_estimate_ms().div_ceil(60_000) as u32)
}

/// Changes the reminder and saves it.
fn set(state: AppState, f: impl FnOnce(&mut Reminder)) {
    let mut settings = state.doc.with_untracked(|d| d.settings.clone());
    f(&mut settings.reminder);
    state.dispatch(Action::ChangeSettings { settings, confirmed: false });
}

/// Downloads the calendar file for the reminder as it is set now.
fn add_to_calendar(state: AppState) {
    let now = browser::now_ms();
    let name = browser::time_zone_name();
    let offset_at = |ms: i64| browser::tz_offset_min(ms.max(0) as u64);
    let zone = Zone { name: name.as_deref(), offset_at: &offset_at };
    let url = browser::page::home_url(&super::base());
    let minutes = plan_minutes(state);
    let made = state.doc.with_untracked(|d| {
        let uid = store::reminder_uid(d.meta.screening_accepted_ms);
        store::reminder_ics(&d.settings.reminder, minutes, &zone, &uid, url.as_deref(), now, &state.i18n.words())
    });
    let done = made.and_then(|text| browser::files::download(store::ICS_FILE_NAME, "text/calendar", &text, &state.i18n.words()));
    if let Err(why) = done {
        state.notice.set(Some(Notice::say(why)));
    }
}

/// The "Reminders" section of settings (`data-testid="reminders"`).
#[component]
pub fn RemindersSection() -> impl IntoView {
    let state = expect_context::<AppState>();
    let reminder = move || state.doc.with(|d| d.settings.reminder.clone());
    let days = Weekday::ALL
        .into_iter()
        .map(|day| {
            view! {
                <label class="check reminder-day">
                    <input
                        type="checkbox"
                        data-day=day.ical()
                        prop:checked=move || state.doc.with(|d| d.settings.reminder.days.contains(&day))
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            set(state, |r| {
                                if on {
                                    r.days.insert(day);
                                } else {
                                    r.days.remove(&day);
                                }
                            })
                        }
                    />
                    {day.name(&state.i18n.words())}
                </label>
            }
        })
        .collect_view();
    let summary = move || {
        let r = reminder();
        if r.days.is_empty() {
            t!("ui-reminder-none")
        } else {
            t!("ui-reminder-summary", days = r.days_text(&state.i18n.words()), time = browser::clock_time(r.time.hour() * 60 + r.time.minute()))
        }
    };
    // Offered only where the browser can show one; asked for only here.
    let can_notify = notify::supported();
    let blocked = RwSignal::new(notify::permission() == Some(false));
    // Bumped to redraw the box when a request leaves the setting as it was.
    let redraw = RwSignal::new(0u32);
    // The reminder's timer, from `watch` (absent where notifications are not supported).
    let timer = use_context::<Timer>();
    let on_notify = move |ev: leptos::ev::Event| {
        if !event_target_checked(&ev) {
            set(state, |r| r.notify = false);
            return;
        }
        leptos::task::spawn_local(async move {
            let allowed = notify::request().await;
            blocked.set(allowed == Some(false));
            if allowed == Some(true) {
                set(state, |r| r.notify = true);
                if let Some(timer) = timer {
                    check(state, timer);
                }
            } else {
                // Unticks the box again: the setting did not change.
                redraw.update(|n| *n += 1);
            }
        });
    };
    let notify_option = can_notify.then(|| {
        view! {
            <label class="check">
                <input
                    type="checkbox"
                    data-testid="reminder-notify"
                    prop:checked=move || {
                        redraw.track();
                        state.doc.with(|d| d.settings.reminder.notify) && !blocked.get()
                    }
                    on:change=on_notify
                />
                {t!("ui-reminder-notify")}
            </label>
            <Show when=move || blocked.get()>
                <p class="hint">{t!("ui-reminder-blocked")}</p>
            </Show>
            {(!notify::installed()).then(|| view! {
                <p class="hint">{t!("ui-reminder-installed")}</p>
            })}
        }
    });
    view! {
        <fieldset class="reminders" data-testid="reminders">
            <legend>{t!("ui-reminders")}</legend>
            <p class="hint">{t!("ui-reminders-hint")}</p>
            <fieldset class="reminder-days">
                <legend>{t!("ui-reminder-days")}</legend>
                <div class="reminder-presets">
                    <Button class="btn small" on_click=move || set(state, |r| r.days = Weekday::ALL.into_iter().collect())>{t!("ui-reminder-every-day")}</Button>
                    <Button class="btn small" on_click=move || set(state, |r| r.days = Weekday::WORKDAYS.into_iter().collect())>{t!("ui-reminder-weekdays")}</Button>
                </div>
                <div class="reminder-day-list">{days}</div>
            </fieldset>
            <label class="field">
                <span>{t!("ui-reminder-time")}</span>
                <input
                    type="time"
                    data-testid="reminder-time"
                    prop:value=move || state.doc.with(|d| d.settings.reminder.time.to_string())
                    on:change=move |ev| {
                        if let Some(t) = ClockTime::parse(&event_target_value(&ev)) {
                            set(state, |r| r.time = t);
                        }
                    }
                />
            </label>
            <p data-testid="reminder-summary" aria-live="polite">{summary}</p>
            <Button class="btn" testid="add-to-calendar" on_click=move || add_to_calendar(state)>{t!("ui-reminder-add")}</Button>
            {notify_option}
        </fieldset>
    }
}

/// The timer waiting for today's reminder time; dropping it cancels it.
type Timer = StoredValue<Option<gloo_timers::callback::Timeout>, LocalStorage>;

/// Shows the reminder notification if it is due now, or waits for its time
/// today in `timer`. Quiet without permission, during a workout, and on days
/// the core says no (see `progress::reminder_due`).
fn check(state: AppState, timer: Timer) {
    _ = timer.try_update_value(Option::take);
    if notify::permission() != Some(true) || state.active.with_untracked(Option::is_some) {
        return;
    }
    let now = browser::now_ms();
    let tz = browser::tz_offset_min(now);
    let due = state.doc.with_untracked(|d| {
        progress::reminder_due(&d.settings.reminder, &d.sessions, now, tz, d.meta.reminder_shown_ms)
    });
    match due {
        ReminderDue::No => {}
        ReminderDue::Later(ms) => {
            let wait = gloo_timers::callback::Timeout::new(ms.min(MAX_WAIT_MS) as u32, move || check(state, timer));
            _ = timer.try_set_value(Some(wait));
        }
        ReminderDue::Now => leptos::task::spawn_local(async move {
            if notify::show(TITLE, &store::notification_text(plan_minutes(state), &state.i18n.words()), TAG).await {
                state.dispatch(Action::ReminderShown { now_ms: now });
            }
        }),
    }
}

/// Watches for the reminder while the app runs: at start, each time the
/// page comes back to the front, and at the reminder's time. Call inside
/// the app's owner: the listener and the timer go with it.
pub fn watch(state: AppState) {
    if !notify::supported() {
        return;
    }
    let timer: Timer = StoredValue::new_local(None);
    // Settings checks again with it when notifications are turned on.
    provide_context(timer);
    check(state, timer);
    let visibility = use_document_visibility();
    Effect::watch(
        move || visibility.get(),
        move |now, _, _| {
            if *now == web_sys::VisibilityState::Visible {
                check(state, timer);
            }
        },
        false,
    );
    on_cleanup(move || _ = timer.try_update_value(Option::take));
}
