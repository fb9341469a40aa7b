//! History: calendar, streaks, totals, pain and crunch charts, export/import.

use super::widgets::{button, When};
use super::{AppState, Notice, Screen};
use crate::browser;
use crate::progress::{self, SessionRecord};
use leptos::prelude::*;

/// History items rendered per page.
const PAGE: usize = 30;

const MONTHS: [&str; 12] =
    ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/// Local date and time of a record, e.g. "2026-11-25 07:30".
fn when(record: &SessionRecord) -> String {
    let local = record.started_at_ms as i64 + record.tz_offset_min as i64 * 60_000;
    let (y, m, d) = progress::civil_from_days(local.div_euclid(86_400_000));
    let mins = local.rem_euclid(86_400_000) / 60_000;
    format!("{y}-{m:02}-{d:02} {:02}:{:02}", mins / 60, mins % 60)
}

/// The current month with workout days marked.
#[component]
fn Calendar() -> impl IntoView {
    let state = expect_context::<AppState>();
    let now = browser::now_ms();
    let tz = browser::tz_offset_min(now);
    let today = (now as i64 + tz as i64 * 60_000).div_euclid(86_400_000);
    let (year, month, day) = progress::civil_from_days(today);
    let (first_weekday, days) = progress::month_grid(year, month);
    let marked = move || state.doc.with(|d| progress::month_days(&d.sessions, year, month, tz));
    // Numbers and fixed text only: one markup string instead of a typed view
    // per cell keeps the wasm smaller.
    let grid = move || {
        let marked = marked();
        let mut html = String::new();
        for d in ["M", "T", "W", "T", "F", "S", "S"] {
            html += &format!(r#"<span class="cal-head" aria-hidden="true">{d}</span>"#);
        }
        for _ in 0..first_weekday {
            html += r#"<span aria-hidden="true"></span>"#;
        }
        for n in 1..=days {
            let done = marked.contains(&n);
            let class = match (done, n == day) {
                (true, true) => "cal-day done today",
                (true, false) => "cal-day done",
                (false, true) => "cal-day today",
                (false, false) => "cal-day",
            };
            // Said after the number by screen readers (a plain span cannot carry a label).
            let said = if done { ", workout done" } else { "" };
            html += &format!(r#"<span class="{class}">{n}<span class="sr-only">{said}</span></span>"#);
        }
        html
    };
    view! {
        <figure class="calendar">
            <figcaption>{format!("{} {year}", MONTHS[(month - 1) as usize])}</figcaption>
            <div class="cal-grid" inner_html=grid></div>
        </figure>
    }
}

/// Pain before/after as two lines and crunch volume as bars, in SVG. Built
/// as markup (numbers and fixed text only, nothing to escape): one string
/// instead of a typed view per element keeps the wasm smaller.
#[component]
fn Charts() -> impl IntoView {
    let state = expect_context::<AppState>();
    let chart = move || {
        state.doc.with(|d| {
            // The last 30 sessions keep the chart readable at phone size.
            let recent = &d.sessions[d.sessions.len().saturating_sub(30)..];
            // Whole viewBox units are precise enough and keep float formatting out of the wasm.
            let n = recent.len().max(2) as u32;
            let x = |i: usize| 24 + i as u32 * 264 / (n - 1);
            let y = |p: u8| 110 - u32::from(p) * 10;
            let line = |pick: fn(&SessionRecord) -> Option<u8>| {
                recent
                    .iter()
                    .enumerate()
                    .filter_map(|(i, s)| pick(s).map(|p| format!("{},{}", x(i), y(p))))
                    .collect::<Vec<_>>()
                    .join(" ")
            };
            let before = line(|s| s.pain_before);
            let after = line(|s| s.pain_after);
            let max_reps = recent.iter().map(|s| s.crunch_reps()).max().unwrap_or(0).max(1);
            let bars: String = recent
                .iter()
                .enumerate()
                .map(|(i, s)| {
                    let h = s.crunch_reps() * 60 / max_reps;
                    format!(r#"<rect x="{}" y="{}" width="6" height="{h}"></rect>"#, x(i) - 3, 70 - h)
                })
                .collect();
            format!(
                concat!(
                    r#"<svg class="chart" viewBox="0 0 300 120" role="img" aria-label="Pain before and after each workout, 0 to 10">"#,
                    r#"<line class="axis" x1="24" y1="110" x2="290" y2="110"></line>"#,
                    r#"<line class="grid" x1="24" y1="60" x2="290" y2="60"></line>"#,
                    r#"<text class="tick" x="16" y="113">0</text>"#,
                    r#"<text class="tick" x="16" y="63">5</text>"#,
                    r#"<text class="tick" x="16" y="13">10</text>"#,
                    r#"<polyline class="pain-before" points="{before}"></polyline>"#,
                    r#"<polyline class="pain-after" points="{after}"></polyline>"#,
                    "</svg>",
                    r#"<p class="legend"><span class="key before"></span>pain before <span class="key after"></span>pain after</p>"#,
                    r#"<svg class="chart" viewBox="0 0 300 80" role="img" aria-label="Crunches per workout">"#,
                    r#"<g class="bars">{bars}</g>"#,
                    r#"<line class="axis" x1="24" y1="70" x2="290" y2="70"></line>"#,
                    r#"<text class="tick" x="16" y="73">0</text>"#,
                    r#"<text class="tick" x="16" y="13">{max_reps}</text>"#,
                    "</svg>",
                    r#"<p class="legend">crunches per workout</p>"#,
                ),
                before = before,
                after = after,
                bars = bars,
                max_reps = max_reps
            )
        })
    };
    view! { <div class="charts" inner_html=chart></div> }
}

/// The history screen (`data-testid="history-list"` holds one `history-item` per session).
#[component]
pub fn History() -> impl IntoView {
    let state = expect_context::<AppState>();
    let stats = Memo::new(move |_| {
        let now = browser::now_ms();
        state.doc.with(|d| progress::stats(&d.sessions, now, browser::tz_offset_min(now)))
    });
    let summary = move || {
        let s = stats.get();
        state.doc.with(|d| progress::summary_text(&s, &d.sessions))
    };
    // Ten years of daily workouts is 3,650 items: render the newest page and
    // grow on request so opening history stays instant.
    let shown = RwSignal::new(PAGE);
    let hidden_count = move || state.doc.with(|d| d.sessions.len().saturating_sub(shown.get()));
    let items = move || {
        state.doc.with(|d| {
            d.sessions
                .iter()
                .rev()
                .take(shown.get())
                .map(|r| {
                    let pain = match (r.pain_before, r.pain_after) {
                        (Some(b), Some(a)) => format!("pain {b} → {a}"),
                        (Some(b), None) => format!("pain {b} before"),
                        (None, Some(a)) => format!("pain {a} after"),
                        (None, None) => String::new(),
                    };
                    let lines = super::summary::result_lines(r).join("; ");
                    view! {
                        <li class="history-item" data-testid="history-item" data-id=r.id.clone()>
                            <div class="hi-top"><strong>{when(r)}</strong><span>{format!("{} min", r.duration_s().div_ceil(60))}</span><span>{pain}</span></div>
                            <p class="hi-detail">{lines}</p>
                            {r.note.clone().map(|n| view! { <p class="hi-note">{n}</p> })}
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let file_input = NodeRef::<leptos::html::Input>::new();
    let on_import = move |_| {
        let Some(input) = file_input.get() else { return };
        leptos::task::spawn_local(async move {
            let text = match browser::files::read_chosen(&input).await {
                None => return,
                Some(Err(e)) => {
                    state.notice.set(Some(Notice::say(e)));
                    return;
                }
                Some(Ok(text)) => text,
            };
            input.set_value("");
            match progress::validate_import_with_offset(&text, browser::tz_offset_min(browser::now_ms())) {
                Err(e) => state.notice.set(Some(Notice::say(format!(
                    "That file was not imported and nothing changed: {}",
                    e.message
                )))),
                Ok(imported) => {
                    let before = state.doc.with_untracked(|d| d.sessions.len());
                    state.change(|d| *d = progress::merge(d, &imported));
                    let added = state.doc.with_untracked(|d| d.sessions.len()) - before;
                    state.notice.set(Some(Notice::say(format!(
                        "Imported {} sessions: {added} new, the rest were already here.",
                        imported.sessions.len()
                    ))));
                }
            }
        });
    };
    let remind = move || {
        let now = browser::now_ms();
        state.doc.with(|d| progress::should_remind_export(&d.meta, d.sessions.len(), now))
    };
    view! {
        <section class="history">
            <header class="top">
                {button("btn ghost", None, None, "Back", move || state.screen.set(Screen::Home))}
                <h2>"History"</h2>
            </header>
            <p class="sr-summary" data-testid="history-summary">{Signal::derive(summary)}</p>
            <dl class="stats">
                <div><dt>"Current streak"</dt><dd data-testid="streak">{Signal::derive(move || progress::plural(stats.get().current_streak_days.into(), "day", "days"))}</dd></div>
                <div><dt>"Longest streak"</dt><dd>{Signal::derive(move || progress::plural(stats.get().longest_streak_days.into(), "day", "days"))}</dd></div>
                <div><dt>"This week"</dt><dd>{Signal::derive(move || stats.get().this_week.to_string())}</dd></div>
                <div><dt>"Workouts"</dt><dd>{Signal::derive(move || stats.get().total_sessions.to_string())}</dd></div>
            </dl>
            <Calendar/>
            <Charts/>
            <When when=remind>
                <p class="reminder">"Your browser may clear Upright's data. Export your history now and then to keep a copy."</p>
            </When>
            <div class="io">
                {button("btn", Some("export-json"), None, "Export (JSON)", move || state.export_json())}
                {button("btn", Some("export-csv"), None, "Export for a spreadsheet (CSV)", move || state.export_csv())}
                <label class="btn file">
                    "Import a JSON export"
                    <input type="file" accept=".json,application/json" data-testid="import-file" node_ref=file_input on:change=on_import/>
                </label>
            </div>
            <ol class="history-list" data-testid="history-list">{items}</ol>
            <When when=move || { hidden_count() > 0 }>
                <button class="btn" data-testid="history-more" on:click=move |_| shown.update(|n| *n += PAGE)>
                    {Signal::derive(move || format!("Show older workouts ({} more)", hidden_count()))}
                </button>
            </When>
        </section>
    }
}
