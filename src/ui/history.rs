//! History: calendar, streaks, totals, pain and crunch charts, export/import.

use super::startup::Later;
use super::nav::OnScreen;
use super::widgets::{focus_arrival, focus_in_place, Button};
use super::{AppState, Notice, Page};
use crate::browser;
use crate::progress::{self, Action, DocumentStoreFields, Felt, SessionRecord, SessionRecordStoreFields};
use crate::store;
use leptos::prelude::*;
use crate::t;
use leptos_router::components::A;

/// One session of the history, as a field of the document's store.
type Row = reactive_stores::AtKeyed<reactive_stores::Store<progress::Document>, progress::Document, String, Vec<SessionRecord>>;

/// History items rendered per page.
const PAGE: usize = 30;

/// Rows drawn per task while a page of the list comes in: a whole page of
/// rows at once is one long task on a slow phone.
const CHUNK: usize = 10;

/// Draws the list's next [`CHUNK`] of rows a task later, until every row
/// asked for (`shown`) is drawn; stops when the screen has gone.
fn draw_rest(drawn: RwSignal<usize>, shown: RwSignal<usize>) {
    browser::next_task(move || {
        let (Some(now), Some(wanted)) = (drawn.try_get_untracked(), shown.try_get_untracked()) else { return };
        if now < wanted {
            drawn.set((now + CHUNK).min(wanted));
            draw_rest(drawn, shown);
        }
    });
}

/// Date and time of a record as it read where it was recorded, in the
/// person's own style.
fn when(record: &SessionRecord) -> String {
    browser::wall_date_time(record.started_at_ms as i64 + i64::from(record.tz_offset_min) * 60_000)
}

/// How the person said the workout felt, in the summary's words.
fn felt_text(felt: Option<Felt>) -> Option<String> {
    let felt = match felt? {
        Felt::Easy => "easy",
        Felt::Good => "good",
        Felt::Hard => "hard",
    };
    Some(t!("ui-history-felt", felt = felt))
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
    let marked = Memo::new(move |_| state.doc.with(|d| progress::month_days(&d.sessions, year, month, tz)));
    let logged = Memo::new(move |_| state.doc.with(|d| progress::month_logged(&d.pain_log, year, month)));
    let heads = t!("ui-calendar-weekdays")
        .split_whitespace()
        .map(|d| view! { <span class="cal-head" aria-hidden="true">{d.to_string()}</span> })
        .collect_view();
    let blanks = (0..first_weekday).map(|_| view! { <span aria-hidden="true"></span> }).collect_view();
    let cells = (1..=days)
        .map(|n| {
            let done = move || marked.with(|m| m.contains(&n));
            let rated = move || logged.with(|l| l.iter().find(|(d, _)| *d == n).map(|(_, p)| *p));
            view! {
                <span class="cal-day" class:done=done class:logged=move || rated().is_some() class:today=n == day>
                    {n}
                    // Said after the number by screen readers (a plain span cannot carry a label).
                    <span class="sr-only">
                        {move || if done() { format!(", {}", t!("ui-calendar-workout-done")) } else { String::new() }}
                        {move || rated().map(|p| format!(", {}", t!("ui-calendar-pain-logged", pain = p))).unwrap_or_default()}
                    </span>
                </span>
            }
        })
        .collect_view();
    view! {
        <figure class="calendar">
            <figcaption>{t!("ui-calendar-month", month = month, year = year.to_string())}</figcaption>
            <div class="cal-grid">{heads}{blanks}{cells}</div>
            <p class="legend cal-key">
                <span class="cal-swatch done" aria-hidden="true"></span>{t!("ui-calendar-key-workout")}" "
                <span class="cal-swatch logged" aria-hidden="true"></span>{t!("ui-calendar-key-logged")}
            </p>
        </figure>
    }
}

/// A point of a pain line (x, y), or a crunch bar (x, height), in the chart's units.
type Point = (f64, f64);

/// What the charts draw, in the chart's units.
#[derive(Clone, PartialEq)]
struct ChartData {
    before: Vec<Point>,
    after: Vec<Point>,
    logged: Vec<Point>,
    bars: Vec<Point>,
    max_reps: u32,
    /// Date labels: x and text.
    labels: Vec<(f64, String)>,
}

/// Left and right edges of the plotted days, in the chart's units.
const X0: f64 = 30.0;
const X1: f64 = 290.0;

/// Pain before/after as two lines with a dot per day, ratings logged on
/// days without a workout as hollow squares, and crunches per day as bars,
/// in SVG; days placed by date (`progress::chart_span`), dates underneath.
#[component]
fn Charts() -> impl IntoView {
    let state = expect_context::<AppState>();
    let now = browser::now_ms();
    let today = progress::local_day(now, browser::tz_offset_min(now));
    let chart = Memo::new(move |_| {
        state.doc.with(|d| {
            let span = progress::chart_span(&d.sessions, &d.pain_log, today, &state.i18n.words());
            let x = |day: i64| X0 + span.fraction(day) * (X1 - X0);
            let y = |p: u8| 110.0 - f64::from(p) * 10.0;
            let line = |pick: fn(&progress::PainPoint) -> Option<u8>| -> Vec<Point> {
                span.pain.iter().filter_map(|p| pick(p).map(|v| (x(p.day), y(v)))).collect()
            };
            let max_reps = span.crunches.iter().map(|c| c.1).max().unwrap_or(0).max(1);
            let bars = span.crunches.iter().map(|&(day, n)| (x(day), f64::from(n) * 60.0 / f64::from(max_reps))).collect();
            ChartData {
                before: line(|p| p.before),
                after: line(|p| p.after),
                logged: line(|p| p.logged),
                bars,
                max_reps,
                labels: span.labels.iter().map(|(day, text)| (x(*day), text.clone())).collect(),
            }
        })
    });
    let points = |line: &[Point]| line.iter().map(|(x, y)| format!("{x:.1},{y:.1}")).collect::<Vec<_>>().join(" ");
    let dots = move |pick: fn(&ChartData) -> &Vec<Point>, class: &'static str| {
        move || {
            chart.with(|c| {
                pick(c).iter().map(|&(cx, cy)| view! { <circle class=class cx=cx cy=cy r="3"></circle> }).collect_view()
            })
        }
    };
    let labels = move |y: &'static str| {
        move || {
            chart.with(|c| {
                // Labels at the edges are anchored inside the chart, so "20 Nov" is never cut.
                c.labels
                    .iter()
                    .map(|(x, text)| {
                        let class = if *x > X1 - 15.0 { "date end" } else if *x < X0 + 15.0 { "date start" } else { "date" };
                        view! { <text class=class x=format!("{x:.1}") y=y>{text.clone()}</text> }
                    })
                    .collect_view()
            })
        }
    };
    view! {
        <div class="charts" data-testid="history-charts">
            <svg class="chart" viewBox="0 0 300 130" role="img" aria-label=t!("ui-chart-pain")>
                <line class="axis" x1=X0 y1="110" x2=X1 y2="110"></line>
                <line class="grid" x1=X0 y1="60" x2=X1 y2="60"></line>
                <text class="tick" x="22" y="113">"0"</text>
                <text class="tick" x="22" y="63">"5"</text>
                <text class="tick" x="22" y="13">"10"</text>
                <polyline class="pain-before" points=move || chart.with(|c| points(&c.before))></polyline>
                <polyline class="pain-after" points=move || chart.with(|c| points(&c.after))></polyline>
                <g class="dots pain-before">{dots(|c| &c.before, "dot")}</g>
                <g class="dots pain-after">{dots(|c| &c.after, "dot")}</g>
                <g class="logged" data-testid="chart-logged">
                    {move || chart.with(|c| {
                        c.logged.iter()
                            .map(|&(x, y)| view! { <rect x=format!("{:.1}", x - 3.5) y=format!("{:.1}", y - 3.5) width="7" height="7"></rect> })
                            .collect_view()
                    })}
                </g>
                <g class="dates">{labels("125")}</g>
            </svg>
            <p class="legend">
                <span class="key before"></span>{t!("ui-chart-key-before")}" "<span class="key after"></span>{t!("ui-chart-key-after")}" "
                <span class="key logged"></span>{t!("ui-chart-key-without")}
            </p>
            <svg class="chart" viewBox="0 0 300 95" role="img" aria-label=t!("ui-chart-crunches")>
                <g class="bars">
                    {move || chart.with(|c| {
                        c.bars.iter()
                            .map(|&(x, h)| view! { <rect x=format!("{:.1}", x - 3.0) y=format!("{:.1}", 70.0 - h) width="6" height=format!("{h:.1}")></rect> })
                            .collect_view()
                    })}
                </g>
                <line class="axis" x1=X0 y1="70" x2=X1 y2="70"></line>
                <text class="tick" x="22" y="73">"0"</text>
                <text class="tick" x="22" y="13">{move || chart.with(|c| c.max_reps)}</text>
                <g class="dates">{labels("87")}</g>
            </svg>
            <p class="legend">{t!("ui-chart-key-crunches")}</p>
        </div>
    }
}

/// Ratings logged on days without a workout, newest first
/// (`data-testid="pain-log"`): they count toward the doctor warning too.
#[component]
fn PainLog() -> impl IntoView {
    let state = expect_context::<AppState>();
    let entries = move || state.doc.with(|d| d.pain_log.iter().rev().take(14).copied().collect::<Vec<_>>());
    view! {
        <Show when=move || state.doc.with(|d| !d.pain_log.is_empty())>
            <section class="pain-log" aria-labelledby="pain-log-title">
                <h3 id="pain-log-title">{t!("ui-pain-log-title")}</h3>
                <ul data-testid="pain-log">
                    <For each=entries key=|e| (e.at_ms, e.pain) let:e>
                        <li data-testid="pain-log-item">
                            {t!(
                                "ui-pain-log-item",
                                date = browser::wall_date_time(e.at_ms as i64 + i64::from(e.tz_offset_min) * 60_000),
                                pain = e.pain
                            )}
                        </li>
                    </For>
                </ul>
            </section>
        </Show>
    }
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
        state.doc.with(|d| progress::summary_text(&s, &d.sessions, &state.i18n.words()))
    };
    // Ten years of daily workouts is 3,650 items: render the newest page and
    // grow on request so opening history stays instant.
    let shown = RwSignal::new(PAGE);
    let drawn = RwSignal::new(CHUNK);
    // The first row "Show older workouts" adds takes focus (the button is
    // gone once the last page is shown): keyboard and reader carry on there.
    let focus_next = StoredValue::new(None::<String>);
    let hidden_count = move || state.doc.with(|d| d.sessions.len().saturating_sub(shown.get()));
    // The newest first, each a field of the store keyed by its session's id;
    // only the shown ones (iterating the field would make one for every session).
    let newest = move || {
        let sessions = state.doc.sessions();
        // A session another tab added has no key in the store's map yet.
        sessions.update_keys();
        let ids = sessions.with(|all| all.iter().rev().take(drawn.get().min(shown.get())).map(|s| s.id.clone()).collect::<Vec<_>>());
        ids.into_iter().map(|id| sessions.at_key(id)).collect::<Vec<_>>()
    };
    let item = move |row: Row| {
        // What a workout did stays as it was; the answers (pain after, how it
        // felt, the note) are read from the row's own fields, so answering
        // one workout redraws that row alone.
        let words = state.i18n.words();
        let (when, minutes, pain_before, lines) =
            row.with_untracked(|r| (when(r), r.duration_s().div_ceil(60), r.pain_before, progress::result_lines(r, &words).join("; ")));
        let (pain_after, felt, note) = (row.clone().pain_after(), row.clone().felt(), row.clone().note());
        let pain = move || match (pain_before, pain_after.get()) {
            (Some(b), Some(a)) => t!("ui-history-pain-both", before = b, after = a),
            (Some(b), None) => t!("ui-history-pain-before", before = b),
            (None, Some(a)) => t!("ui-history-pain-after", after = a),
            (None, None) => String::new(),
        };
        let node = NodeRef::<leptos::html::Li>::new();
        if focus_next.with_value(|id| id.as_deref() == Some(row.key().as_str())) {
            focus_next.set_value(None);
            focus_in_place(node);
        }
        view! {
            <li class="history-item" data-testid="history-item" data-id=row.key() tabindex="-1" node_ref=node>
                <div class="hi-top"><strong>{when}</strong><span>{t!("ui-minutes-short", minutes = minutes)}</span><span>{pain}</span><span>{move || felt_text(felt.get())}</span></div>
                <p class="hi-detail">{lines}</p>
                {move || note.get().map(|n| view! { <p class="hi-note">{n}</p> })}
            </li>
        }
    };
    let file_input = NodeRef::<leptos::html::Input>::new();
    let on_import = move |_| {
        let Some(input) = file_input.get() else { return };
        leptos::task::spawn_local(async move {
            let text = match browser::files::read_chosen(&input, &state.i18n.words()).await {
                None => return,
                Some(Err(e)) => {
                    state.notice.set(Some(Notice::say(e)));
                    return;
                }
                Some(Ok(text)) => text,
            };
            input.set_value("");
            let now = browser::now_ms();
            match store::validate_import_with_offset(&text, browser::tz_offset_min(now), now) {
                Err(e) => state.notice.set(Some(Notice::say(crate::tr!(
                    state.i18n.words(),
                    "ui-history-import-failed",
                    why = e.message
                )))),
                Ok(imported) => {
                    state.dispatch(Action::Import(imported));
                }
            }
        });
    };
    let remind = move || {
        let now = browser::now_ms();
        state.doc.with(|d| progress::should_remind_export(&d.meta, d.sessions.len(), now))
    };
    let heading = NodeRef::<leptos::html::H2>::new();
    // Back from the report: focus returns to the link that opened it (it
    // comes a task after the heading); any other way in, to the heading.
    let report_link = Page::Report(progress::Period::FourWeeks).href();
    let back_from_report = matches!(expect_context::<OnScreen>().now(), Some(Page::Report(_)));
    focus_arrival(heading, back_from_report.then(|| report_link.clone()));
    let screen = view! {
        <section class="history">
            <header class="top">
                <Button class="btn ghost" on_click=move || state.back(Page::Home)>{t!("ui-back")}</Button>
                <h2 class="screen-title" tabindex="-1" node_ref=heading>{t!("ui-history")}</h2>
            </header>
            // The rest a task later each (first open with years of history: the tap
            // paints the heading at once, and no task runs long).
            <Later always=true>
                <p class="sr-summary" data-testid="history-summary">{Signal::derive(summary)}</p>
                <dl class="stats">
                    <div><dt>{t!("ui-history-done")}</dt><dd>{Signal::derive(move || stats.get().total_sessions.to_string())}</dd></div>
                    <div><dt>{t!("ui-history-week")}</dt><dd>{Signal::derive(move || stats.get().this_week.to_string())}</dd></div>
                    <div><dt>{t!("ui-history-streak")}</dt><dd data-testid="streak">{Signal::derive(move || t!("ui-days", count = stats.get().current_streak_days))}</dd></div>
                    <div><dt>{t!("ui-history-longest")}</dt><dd>{Signal::derive(move || t!("ui-days", count = stats.get().longest_streak_days))}</dd></div>
                </dl>
                <A href=report_link.clone() attr:class="btn" attr:data-testid="open-report">{t!("ui-report-for-doctor")}</A>
            </Later>
            <Later always=true><Calendar/></Later>
            <Later always=true><Charts/></Later>
            <Later always=true>
                <PainLog/>
                <Show when=remind>
                    <p class="reminder">{t!("ui-history-export-reminder")}</p>
                </Show>
                <div class="io">
                    <Button testid="export-json" on_click=move || state.export_json()>{t!("ui-history-export-json")}</Button>
                    <Button testid="export-csv" on_click=move || state.export_csv()>{t!("ui-history-export-csv")}</Button>
                    <label class="btn file">
                        {t!("ui-history-import")}
                        <input type="file" accept=".json,application/json" data-testid="import-file" node_ref=file_input on:change=on_import/>
                    </label>
                </div>
                <ol class="history-list" data-testid="history-list">
                    // Keyed by the session's id: a changed answer redraws inside its item (see `item`).
                    <For each=newest key=|row| row.key() children=item/>
                </ol>
                <Show when=move || { hidden_count() > 0 }>
                    <button class="btn" data-testid="history-more" on:click=move |_| {
                        let first_new = state.doc.with_untracked(|d| d.sessions.iter().rev().nth(shown.get_untracked()).map(|s| s.id.clone()));
                        focus_next.set_value(first_new);
                        shown.update(|n| *n += PAGE);
                        draw_rest(drawn, shown);
                    }>
                        {Signal::derive(move || t!("ui-history-more", count = hidden_count()))}
                    </button>
                </Show>
            </Later>
        </section>
    };
    // Queued after the sections' own tasks, which were queued as the view was
    // made (see `Later`): the list comes with its first rows, the rest follow.
    draw_rest(drawn, shown);
    screen
}
