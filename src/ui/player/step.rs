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
/// paced set is on, or the size of a set done at the person's own pace. A
/// value, so the player redraws it when it changes (once a second), not on
/// every frame.
#[derive(Clone, Copy, PartialEq)]
pub enum BigNumber {
    /// A paced set: the crunch it is on, of how many.
    Rep { on: u64, of: u32 },
    /// A set done at the person's own pace: its size.
    Reps(u32),
    /// Whole seconds left.
    Seconds(u64),
}

/// What the big number says at `snap`, if the step has one.
pub fn big_number(s: &Step, snap: &Snapshot) -> Option<BigNumber> {
    match (s.kind, snap.remaining_ms) {
        (StepKind::Reps, _) => {
            let reps = s.reps.unwrap_or(0);
            // A paced set counts for the person: the crunch it is on is what
            // must read from the floor, the set's size beside it.
            let pace = s.rep_pace_ms();
            Some(match pace.map(|p| (snap.elapsed_ms / p.max(1) + 1).min(u64::from(reps))) {
                Some(on) => BigNumber::Rep { on, of: reps },
                None => BigNumber::Reps(reps),
            })
        }
        (_, Some(ms)) => Some(BigNumber::Seconds(whole_seconds(ms))),
        _ => None,
    }
}

/// The big number as the player shows it.
pub fn big_number_view(number: BigNumber) -> AnyView {
    match number {
        BigNumber::Rep { on, of } => view! {
            <div class="big reps">
                <span class="num" data-testid="rep-count">{on}</span>
                <span class="unit">" "{t!("ui-step-rep-of")}" "<span data-testid="rep-target">{t!("ui-step-reps", count = of)}</span></span>
            </div>
        }
        .into_any(),
        BigNumber::Reps(reps) => view! {
            <div class="big" data-testid="rep-target"><span class="num">{reps}</span><span class="unit">" "{t!("ui-step-reps-unit", count = reps)}</span></div>
        }
        .into_any(),
        BigNumber::Seconds(left) => view! {
            <div class="big" role="timer" aria-label=t!("ui-step-seconds-left") data-testid="countdown">{left}</div>
        }
        .into_any(),
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
