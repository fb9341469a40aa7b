//! What the player shows of the step itself: its big number, its picture
//! and the line that says which set or side it is.

use crate::routine::ExerciseId;
use crate::ui::widgets::Figure;
use crate::workout::{Side, Snapshot, Step, StepKind};
use leptos::prelude::*;
use crate::t;

/// Whole seconds left, rounded up so "1" shows until the step really ends.
fn whole_seconds(ms: u64) -> u64 {
    ms.div_ceil(1000)
}

/// "Set 2 of 3 · Left side", or "" for a step without sets or sides.
pub fn set_label(step: &Step) -> String {
    let mut parts = Vec::new();
    if let Some((i, n)) = step.set {
        let kind = match step.kind {
            StepKind::Hold => "hold",
            StepKind::Breaths if step.exercise == ExerciseId::MidBackStretches && step.side.is_none() => "cobra",
            StepKind::Breaths if step.exercise == ExerciseId::MidBackStretches => "reach",
            StepKind::Breaths => "breath",
            _ => "set",
        };
        parts.push(t!("ui-step-count", kind = kind, index = i, count = n));
    }
    if let Some(side) = step.side {
        let side = match side {
            Side::Left => "left",
            Side::Right => "right",
        };
        let part = if step.exercise == ExerciseId::LegSwings { "leg" } else { "side" };
        parts.push(t!("ui-step-side", side = side, part = part));
    }
    parts.join(" · ")
}

/// The number that must read from the floor: the seconds left, the crunch a
/// paced set is on, or the size of a set done at the person's own pace.
pub fn big_number(s: &Step, snap: &Snapshot) -> AnyView {
    match (s.kind, snap.remaining_ms) {
        (StepKind::Reps, _) => {
            let reps = s.reps.unwrap_or(0);
            // A paced set counts for the person: the crunch it is on is what
            // must read from the floor, the set's size beside it.
            let pace = s.rep_pace_ms();
            match pace.map(|p| (snap.elapsed_ms / p.max(1) + 1).min(u64::from(reps))) {
                Some(n) => view! {
                    <div class="big reps">
                        <span class="num" data-testid="rep-count">{n}</span>
                        <span class="unit">" "{t!("ui-step-rep-of")}" "<span data-testid="rep-target">{t!("ui-step-reps", count = reps)}</span></span>
                    </div>
                }
                .into_any(),
                None => view! {
                    <div class="big" data-testid="rep-target"><span class="num">{reps}</span><span class="unit">" "{t!("ui-step-reps-unit", count = reps)}</span></div>
                }
                .into_any(),
            }
        }
        (_, Some(ms)) => view! {
            <div class="big" role="timer" aria-label=t!("ui-step-seconds-left") data-testid="countdown">{whole_seconds(ms)}</div>
        }
        .into_any(),
        _ => ().into_any(),
    }
}

/// The step's picture: the pose, moving to the next one where it does.
pub fn figure(s: &Step) -> impl IntoView {
    let phase = match s.kind {
        StepKind::Hold => Some("b"),
        StepKind::Rest | StepKind::Transition | StepKind::GetReady => Some("a"),
        _ => None,
    };
    let alt = s.exercise.exercise().alt_for(s.pose, &crate::ui::i18n::words());
    view! { <Figure from=s.pose to=s.pose_to alt=alt phase=phase/> }
}
