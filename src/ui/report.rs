//! The report for a doctor's or physiotherapist's visit (`./report`,
//! `data-testid="report"`): a period choice, then the figures from
//! `progress::report` laid out for the screen and for paper. The print
//! stylesheet (`style/report.css`) hides the app around it; charts tell
//! their lines apart by dash and marker, not only by colour, so they read
//! in black and white, and each has its numbers in a table beside it.

use super::nav;
use super::widgets::{focus_heading, Button};
use super::{AppState, Page};
use crate::browser;
use crate::progress::{
    self, date_text, day_text, minute_text, range_text, tenths_text, Block, PainRow, Period, Report, Stop, Tenths, Unit,
};
use leptos::prelude::*;
use crate::t;
use leptos_router::params::Params;
use leptos_router::hooks::use_query;

/// Plot area of the charts, in their viewBox units.
const LEFT: f64 = 30.0;
const RIGHT: f64 = 312.0;
const TOP: f64 = 10.0;
const BOTTOM: f64 = 130.0;

/// A range of days that breaks only between its two dates, never inside
/// one (a table cell of "7 Sep 2026 to 2 Oct 2026" wraps after "to").
fn days(from: i64, to: i64) -> String {
    let words = crate::ui::i18n::words();
    let (first, last) = (date_text(from, &words), date_text(to, &words));
    range_text(from, to, &words)
        .replace(&first, &first.replace(' ', "\u{a0}"))
        .replace(&last, &last.replace(' ', "\u{a0}"))
}

/// A rating average as the tables print it: whole numbers for single days
/// (what the person tapped), one decimal for averages; a dash for none.
fn rating(t: Option<Tenths>, unit: Unit) -> String {
    match (t, unit) {
        (None, _) => "–".into(),
        (Some(t), Unit::Day) => (t / 10).to_string(),
        (Some(t), _) => tenths_text(t, &crate::ui::i18n::words()),
    }
}

/// The name of a row of a table for its unit.
fn unit_heading(unit: Unit) -> String {
    t!(match unit {
        Unit::Day => "ui-report-day",
        Unit::Week => "ui-report-week",
        Unit::Month => "ui-report-month",
    })
}

/// Where a row sits across the period, 0 to 1 (its middle day).
fn across(r: &Report, from: i64, to: i64) -> f64 {
    let span = (r.to_day - r.from_day).max(1) as f64;
    (((from + to) as f64 / 2.0 - r.from_day as f64) / span).clamp(0.0, 1.0)
}

/// The x of a position 0-1 in the plot area.
fn x_at(pos: f64) -> f64 {
    LEFT + 6.0 + pos * (RIGHT - LEFT - 12.0)
}

/// The y of a 0-10 rating in tenths.
fn y_of(t: Tenths) -> f64 {
    BOTTOM - f64::from(t) / 100.0 * (BOTTOM - TOP)
}

/// The date labels under a chart: the period's first and last day.
fn x_labels(r: &Report) -> impl IntoView {
    view! {
        <text class="tick start" x=LEFT y=BOTTOM + 14.0>{date_text(r.from_day, &crate::ui::i18n::words())}</text>
        <text class="tick end" x=RIGHT y=BOTTOM + 14.0>{date_text(r.to_day, &crate::ui::i18n::words())}</text>
    }
}

/// Pain before, after and rated on its own over the period: a solid line
/// with round markers, a dashed line with square ones, and diamonds.
fn pain_chart(r: &Report) -> impl IntoView {
    let point = |p: &PainRow, v: Option<Tenths>| v.map(|v| (x_at(across(r, p.from_day, p.to_day)), y_of(v)));
    let series = |pick: fn(&PainRow) -> Option<Tenths>| -> Vec<(f64, f64)> {
        r.pain.iter().filter_map(|p| point(p, pick(p))).collect()
    };
    let line = |pts: &[(f64, f64)]| pts.iter().map(|(x, y)| format!("{x:.1},{y:.1}")).collect::<Vec<_>>().join(" ");
    let before = series(|p| p.before);
    let after = series(|p| p.after);
    let own = series(|p| p.on_its_own);
    // Markers for every point up to a readable number; past it the lines say enough.
    let marked = r.pain.len() <= 60;
    let circles = before.iter().filter(|_| marked).map(|&(x, y)| view! { <circle cx=format!("{x:.1}") cy=format!("{y:.1}") r="2.8"></circle> }).collect_view();
    let squares = after
        .iter()
        .filter(|_| marked)
        .map(|&(x, y)| view! { <rect x=format!("{:.1}", x - 2.5) y=format!("{:.1}", y - 2.5) width="5" height="5"></rect> })
        .collect_view();
    let diamonds = own
        .iter()
        .map(|&(x, y)| view! { <polygon points=format!("{x:.1},{:.1} {:.1},{y:.1} {x:.1},{:.1} {:.1},{y:.1}", y - 3.5, x + 3.5, y + 3.5, x - 3.5)></polygon> })
        .collect_view();
    let grid = [0u16, 50, 100]
        .map(|t| {
            view! {
                <line class="grid" x1=LEFT y1=y_of(t) x2=RIGHT y2=y_of(t)></line>
                <text class="tick" x=LEFT - 4.0 y=y_of(t) + 3.0>{t / 10}</text>
            }
        })
        .collect_view();
    view! {
        <svg class="chart report-chart" viewBox="0 0 320 150" role="img" aria-label=t!("ui-report-pain-chart")>
            {grid}
            <line class="axis" x1=LEFT y1=BOTTOM x2=RIGHT y2=BOTTOM></line>
            {x_labels(r)}
            <polyline class="line before" points=line(&before)></polyline>
            <polyline class="line after" points=line(&after)></polyline>
            <g class="marks before">{circles}</g>
            <g class="marks after">{squares}</g>
            <g class="marks own">{diamonds}</g>
        </svg>
        <p class="legend report-legend" aria-hidden="true">
            <span class="key-line before"></span>{t!("ui-report-key-before")}" "
            <span class="key-line after"></span>{t!("ui-report-key-after")}" "
            <span class="key-own">"◆"</span>" "{t!("ui-report-key-own")}
        </p>
    }
}

/// Workouts per block as bars, with their counts on top when there is room.
fn sessions_chart(r: &Report) -> impl IntoView {
    let n = r.blocks.len().max(1) as f64;
    let most = r.blocks.iter().map(|b| b.sessions).max().unwrap_or(0).max(1);
    let step = (RIGHT - LEFT) / n;
    let width = (step * 0.7).min(24.0);
    let labelled = r.blocks.len() <= 20;
    let bars = r
        .blocks
        .iter()
        .enumerate()
        .map(|(i, b)| {
            let h = f64::from(b.sessions) / f64::from(most) * (BOTTOM - TOP - 10.0);
            let x = LEFT + (i as f64 + 0.5) * step;
            view! {
                <rect x=format!("{:.1}", x - width / 2.0) y=format!("{:.1}", BOTTOM - h) width=format!("{width:.1}") height=format!("{h:.1}")></rect>
                {labelled.then(|| view! { <text class="count" x=format!("{x:.1}") y=format!("{:.1}", BOTTOM - h - 3.0)>{b.sessions}</text> })}
            }
        })
        .collect_view();
    view! {
        <svg class="chart report-chart" viewBox="0 0 320 150" role="img" aria-label=t!("ui-report-workouts-chart")>
            <g class="bars">{bars}</g>
            <line class="axis" x1=LEFT y1=BOTTOM x2=RIGHT y2=BOTTOM></line>
            <text class="tick" x=LEFT - 4.0 y=BOTTOM + 3.0>"0"</text>
            <text class="tick" x=LEFT - 4.0 y=TOP + 13.0>{most}</text>
            {x_labels(r)}
        </svg>
    }
}

/// A table row of workouts per block.
fn block_row(b: Block) -> impl IntoView {
    view! {
        <tr>
            <th scope="row">{days(b.from_day, b.to_day)}</th>
            <td>{b.sessions}</td>
            <td>{b.workout_days}</td>
        </tr>
    }
}

/// A "this hurts" stop as a table row.
fn stop_row(s: Stop) -> impl IntoView {
    let pain = match (s.pain_before, s.pain_after) {
        (Some(b), Some(a)) => t!("ui-report-pain-both", before = b, after = a),
        (Some(b), None) => t!("ui-report-pain-before", before = b),
        (None, Some(a)) => t!("ui-report-pain-after", after = a),
        (None, None) => "–".into(),
    };
    view! {
        <tr>
            <th scope="row">{day_text(s.day, &crate::ui::i18n::words()).replace(' ', "\u{a0}")}</th>
            <td data-label=t!("ui-report-time-col")>{minute_text(s.minute, &crate::ui::i18n::words())}</td>
            <td data-label=t!("ui-report-exercise")>{s.exercise.exercise().name(&crate::ui::i18n::words())}</td>
            <td data-label=t!("ui-report-done-before")>{s.done}</td>
            <td data-label=t!("ui-report-pain")>{pain}</td>
        </tr>
    }
}

/// The report's body for a computed [`Report`] (`data-testid="report"`).
fn report_view(r: Report, made_on: i64) -> impl IntoView {
    let unit = r.pain_unit;
    let per_week = if r.to_day > r.from_day {
        let weeks = (r.to_day - r.from_day + 1) as f64 / 7.0;
        format!("{:.1}", f64::from(r.sessions) / weeks)
    } else {
        r.sessions.to_string()
    };
    let span_days = r.to_day - r.from_day + 1;
    let around = r.pain_around_workouts.map(|(before, after, n)| {
        view! {
            <p>
                {t!("ui-report-around", count = n, before = tenths_text(before, &crate::ui::i18n::words()), after = tenths_text(after, &crate::ui::i18n::words()))}
            </p>
        }
    });
    let change = r.pain_change.map(|(early, late)| {
        view! { <p>{t!("ui-report-change", early = tenths_text(early, &crate::ui::i18n::words()), late = tenths_text(late, &crate::ui::i18n::words()))}</p> }
    });
    let levels = r
        .levels
        .iter()
        .map(|l| {
            let name = l.exercise.exercise().name(&crate::ui::i18n::words());
            if l.runs.is_empty() {
                return view! { <tr><th scope="row">{name}</th><td colspan="5">{t!("ui-report-not-done")}</td></tr> }.into_any();
            }
            let rows = l.runs.len();
            l.runs
                .iter()
                .enumerate()
                .map(|(i, run)| {
                    let level = run.level.map_or_else(|| t!("ui-report-free"), |(n, of)| t!("ui-report-level-of", level = n, count = of));
                    view! {
                        <tr>
                            {(i == 0).then(|| view! { <th scope="rowgroup" rowspan=rows>{name.clone()}</th> })}
                            <td data-label=t!("ui-report-days")>{days(run.from_day, run.to_day)}</td>
                            <td data-label=t!("ui-report-planned")>{run.dosage.clone()}</td>
                            <td data-label=t!("ui-report-level")>{level}</td>
                            <td data-label=t!("ui-report-workouts")>{run.sessions}</td>
                            <td data-label=t!("ui-report-in-full")>{run.done_in_full}</td>
                        </tr>
                    }
                })
                .collect_view()
                .into_any()
        })
        .collect_view();
    let rest_days = if r.rest_days.is_empty() {
        view! { <p>{t!("ui-report-no-rest")}</p> }.into_any()
    } else {
        let items = r.rest_days.iter().map(|d| view! { <li>{format!("{}: {}", day_text(d.day, &crate::ui::i18n::words()), d.pain)}</li> }).collect_view();
        view! { <ul class="report-days">{items}</ul> }.into_any()
    };
    let stops = if r.stops.is_empty() {
        view! { <p data-testid="report-stops">{t!("ui-report-no-stops")}</p> }.into_any()
    } else {
        let rows = r.stops.clone();
        view! {
            <div class="table-scroll" tabindex="0" role="region" aria-label=t!("ui-report-stops-table")>
                <table class="report-table stack" data-testid="report-stops">
                    <thead><tr><th scope="col">{t!("ui-report-day")}</th><th scope="col">{t!("ui-report-time-col")}</th><th scope="col">{t!("ui-report-exercise")}</th><th scope="col">{t!("ui-report-done-before")}</th><th scope="col">{t!("ui-report-pain")}</th></tr></thead>
                    <tbody><For each=move || rows.clone() key=|s| s.clone() children=stop_row/></tbody>
                </table>
            </div>
        }
        .into_any()
    };
    let warnings = if r.warnings.is_empty() {
        view! { <p>{t!("ui-report-no-warnings")}</p> }.into_any()
    } else {
        let items = r
            .warnings
            .iter()
            .map(|w| {
                let why = w.why.clone().map(|why| format!(" {}", t!("ui-report-warning-why", why = why)));
                view! { <li><strong>{day_text(w.day, &crate::ui::i18n::words())}</strong>": "{t!("ui-report-warning")}{why}</li> }
            })
            .collect_view();
        view! { <ul>{items}</ul> }.into_any()
    };
    let notes = (!r.notes.is_empty()).then(|| {
        let items = r.notes.iter().map(|n| view! { <li><strong>{day_text(n.day, &crate::ui::i18n::words())}</strong>": "<span class="report-note">{n.text.clone()}</span></li> }).collect_view();
        view! { <section class="report-section"><h3>{t!("ui-report-notes-title")}</h3><ul>{items}</ul></section> }
    });
    let blocks = r.blocks.clone();
    let pain_rows = r.pain.clone();
    let pain_table = if pain_rows.is_empty() {
        view! { <p>{t!("ui-report-no-pain")}</p> }.into_any()
    } else {
        view! {
            <div class="table-scroll" tabindex="0" role="region" aria-label=t!("ui-report-pain-table")>
                <table class="report-table">
                    <thead><tr><th scope="col">{unit_heading(unit)}</th><th scope="col">{t!("ui-report-before")}</th><th scope="col">{t!("ui-report-after")}</th><th scope="col">{t!("ui-report-on-its-own")}</th></tr></thead>
                    <tbody>
                        <For
                            each=move || pain_rows.clone()
                            key=|p| p.clone()
                            children=move |p| view! {
                                <tr>
                                    <th scope="row">{days(p.from_day, p.to_day)}</th>
                                    <td>{rating(p.before, unit)}</td>
                                    <td>{rating(p.after, unit)}</td>
                                    <td>{rating(p.on_its_own, unit)}</td>
                                </tr>
                            }
                        />
                    </tbody>
                </table>
            </div>
        }
        .into_any()
    };
    let pain_note = match unit {
        Unit::Day => t!("ui-report-pain-day"),
        Unit::Week => t!("ui-report-pain-week"),
        Unit::Month => t!("ui-report-pain-month"),
    };
    view! {
        <article class="report" data-testid="report" data-period=r.period.key()>
            <header class="report-head">
                <h3 class="report-title">{t!("ui-report-title")}</h3>
                <p class="report-period" data-testid="report-period">
                    <strong>{r.period.label(&crate::ui::i18n::words())}</strong>": "{range_text(r.from_day, r.to_day, &crate::ui::i18n::words())}
                </p>
                <p class="print-only report-fill">{t!("ui-report-fill")}</p>
                <p class="hint">
                    {t!("ui-report-made", date = date_text(made_on, &crate::ui::i18n::words()))}" "{t!("ui-report-routine")}
                </p>
            </header>
            <dl class="report-summary">
                <div><dt>{t!("ui-report-workouts")}</dt><dd data-testid="report-sessions">{r.sessions}</dd></div>
                <div><dt>{t!("ui-report-completed")}</dt><dd>{r.completed}</dd></div>
                <div><dt>{t!("ui-report-workout-days")}</dt><dd>{t!("ui-report-days-of", days = r.workout_days, span = span_days)}</dd></div>
                <div><dt>{t!("ui-report-per-week")}</dt><dd>{per_week}</dd></div>
                <div><dt>{t!("ui-report-time")}</dt><dd>{t!("ui-minutes-short", minutes = r.minutes)}</dd></div>
                <div><dt>{t!("ui-report-stops")}</dt><dd>{r.stops.len()}</dd></div>
            </dl>
            <section class="report-section">
                <h3>{if r.block_unit == Unit::Week { t!("ui-report-per-week-title") } else { t!("ui-report-per-month-title") }}</h3>
                <div class="report-figure">
                    <div>{sessions_chart(&r)}</div>
                    <div class="table-scroll" tabindex="0" role="region" aria-label=t!("ui-report-workouts-table")>
                        <table class="report-table">
                            <thead><tr><th scope="col">{unit_heading(r.block_unit)}</th><th scope="col">{t!("ui-report-workouts")}</th><th scope="col">{t!("ui-report-days")}</th></tr></thead>
                            <tbody><For each=move || blocks.clone() key=|b| b.clone() children=block_row/></tbody>
                        </table>
                    </div>
                </div>
            </section>
            <section class="report-section">
                <h3>{t!("ui-report-pain-title")}</h3>
                <p class="hint">{pain_note}</p>
                <div class="report-figure">
                    <div>{pain_chart(&r)}</div>
                    {pain_table}
                </div>
                {around}
                {change}
            </section>
            <section class="report-section">
                <h3>{t!("ui-report-rest-title")}</h3>
                {rest_days}
            </section>
            <section class="report-section">
                <h3>{t!("ui-report-stops-title")}</h3>
                {stops}
            </section>
            <section class="report-section">
                <h3>{t!("ui-report-warnings-title")}</h3>
                {warnings}
            </section>
            <section class="report-section">
                <h3>{t!("ui-report-levels-title")}</h3>
                <div class="table-scroll" tabindex="0" role="region" aria-label=t!("ui-report-levels-table")>
                    <table class="report-table report-levels stack">
                        <thead><tr><th scope="col">{t!("ui-report-exercise")}</th><th scope="col">{t!("ui-report-days")}</th><th scope="col">{t!("ui-report-planned")}</th><th scope="col">{t!("ui-report-level")}</th><th scope="col">{t!("ui-report-workouts")}</th><th scope="col">{t!("ui-report-in-full")}</th></tr></thead>
                        <tbody>{levels}</tbody>
                    </table>
                </div>
            </section>
            {notes}
            <p class="report-foot hint">
                {t!("ui-report-foot")}
            </p>
        </article>
    }
}

/// The report's query: `?period=<key>` ([`Period::key`]).
#[derive(Params, Clone, PartialEq)]
struct ReportQuery {
    /// The period's key; four weeks without it.
    period: Option<String>,
}

/// The report screen at `./report` (`?period=3m`, `?period=all`).
#[component]
pub fn ReportPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let query = use_query::<ReportQuery>();
    // No period, or one the app does not have: the default one.
    let period = Memo::new(move |_| query.get().ok().and_then(|q| q.period).and_then(|p| Period::parse(&p)).unwrap_or_default());
    nav::show(move || Some(Page::Report(period.get())));
    let with_notes = RwSignal::new(false);
    let report = Memo::new(move |_| {
        let now = browser::now_ms();
        let tz = browser::tz_offset_min(now);
        let (p, notes) = (period.get(), with_notes.get());
        state.doc.with(|d| progress::report(d, p, now, tz, notes, &state.i18n.words()))
    });
    let made_on = {
        let now = browser::now_ms();
        progress::local_day(now, browser::tz_offset_min(now))
    };
    let choices = Period::ALL
        .into_iter()
        .map(|p| {
            view! {
                <label class="radio">
                    <input
                        type="radio"
                        name="report-period"
                        value=p.key()
                        prop:checked=move || period.get() == p
                        on:change=move |_| state.go_replace(Page::Report(p))
                    />
                    {p.label(&state.i18n.words())}
                </label>
            }
        })
        .collect_view();
    // Choosing a period changes only the query: this screen stays, and so
    // does focus on the radio button the person used.
    let heading = NodeRef::<leptos::html::H2>::new();
    focus_heading(heading);
    view! {
        <section class="report-screen">
            <header class="top report-controls">
                <Button class="btn ghost" on_click=move || state.back(Page::History)>{t!("ui-back")}</Button>
                <h2 class="screen-title" tabindex="-1" node_ref=heading>{t!("ui-report-for-doctor")}</h2>
            </header>
            <div class="report-controls">
                <p class="hint">{t!("ui-report-intro")}</p>
                <fieldset class="report-choice" data-testid="report-period-choice">
                    <legend>{t!("ui-report-period")}</legend>
                    {choices}
                </fieldset>
                <label class="check">
                    <input
                        type="checkbox"
                        data-testid="report-notes-toggle"
                        prop:checked=move || with_notes.get()
                        on:change=move |ev| with_notes.set(event_target_checked(&ev))
                    />
                    {t!("ui-report-with-notes")}
                </label>
                <Button class="btn primary" testid="print-report" on_click=browser::page::print>{t!("ui-report-print")}</Button>
            </div>
            {move || report_view(report.get(), made_on)}
        </section>
    }
}
