//! The faces of the picture scales: a smile, a straight mouth or a frown,
//! drawn, not emoji, so they look the same everywhere and print in black
//! and white. The words beside a face carry its meaning, so the picture is
//! hidden from screen readers.

use sds_core::steps::story::{Feeling, HowItGoes};
use yew::prelude::*;

/// The lines of a face in a 40 by 40 box, for an icon or a bigger picture.
pub fn face_lines(feeling: Option<Feeling>) -> Html {
    let Some(feeling) = feeling else {
        // "Not part of our day": a dashed ring and a dash.
        return html! {
            <>
                <circle cx="20" cy="20" r="17" fill="none" stroke="currentColor" stroke-width="2.5" stroke-dasharray="4 4" />
                <path d="M13 20 L27 20" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" />
            </>
        };
    };
    let mouth = match feeling {
        Feeling::Happy => "M14 27 Q20 33 26 27",
        Feeling::NotSure => "M14 28 L26 28",
        Feeling::Unhappy => "M14 30 Q20 24 26 30",
    };
    html! {
        <>
            <circle cx="20" cy="20" r="17" fill="none" stroke="currentColor" stroke-width="2.5" />
            <circle cx="14" cy="16" r="2.2" fill="currentColor" />
            <circle cx="26" cy="16" r="2.2" fill="currentColor" />
            <path d={mouth} fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" />
        </>
    }
}

/// A face as an icon beside its words.
pub fn face_icon(feeling: Feeling) -> Html {
    let class = match feeling {
        Feeling::Happy => "sds-story-face__icon--happy",
        Feeling::NotSure => "sds-story-face__icon--not-sure",
        Feeling::Unhappy => "sds-story-face__icon--unhappy",
    };
    icon(Some(feeling), class)
}

/// A face for how a part of the day goes, or a dash for "not part of our
/// day".
pub fn how_icon(how: HowItGoes) -> Html {
    match how.face() {
        Some(feeling) => face_icon(feeling),
        None => icon(None, "sds-story-face__icon--not-part"),
    }
}

fn icon(feeling: Option<Feeling>, class: &'static str) -> Html {
    html! {
        <svg class={classes!("sds-story-face__icon", class)} viewBox="0 0 40 40" width="40" height="40"
            aria-hidden="true" focusable="false">
            { face_lines(feeling) }
        </svg>
    }
}
