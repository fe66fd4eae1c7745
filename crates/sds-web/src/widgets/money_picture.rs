//! The picture of the money: a horizontal bar for each option and the
//! plan, drawn as SVG from the core's figures, with the same in words
//! beside it. Colour is never the only way to tell the parts apart: the
//! key names each part in order, and the words say it all.

use sds_core::steps::costs::{MoneyBar, MoneyPicture, PICTURE_WIDTH};
use yew::prelude::*;

use crate::hooks::AppContext;
use crate::widgets::heading::Heading;

const BAR_HEIGHT: u32 = 40;
/// The band under a bar for the part the Employment Allowance pays.
const BAND_TOP: u32 = 44;
const BAND_HEIGHT: u32 = 14;

fn swatch(shade: usize) -> Html {
    html! {
        <svg class="sds-money-key__swatch" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
            <rect x="0" y="0" width="16" height="16" class={format!("sds-money-bar__part sds-money-bar__part--{shade}")} />
        </svg>
    }
}

fn bar(app: &AppContext, n: usize, bar: &MoneyBar) -> Html {
    let hatch = app.id(&format!("money-hatch-{n}"));
    let height = if bar.taken_off.is_some() {
        BAND_TOP + BAND_HEIGHT
    } else {
        BAR_HEIGHT
    };
    let view_box = format!("0 0 {PICTURE_WIDTH} {height}");
    let class = classes!(
        "sds-money-bar__svg",
        bar.taken_off
            .is_some()
            .then_some("sds-money-bar__svg--band")
    );
    html! {
        <div class="sds-money-bar">
            <p class="sds-money-bar__label">{ bar.label.clone() }</p>
            <svg {class} viewBox={view_box} preserveAspectRatio="none"
                aria-hidden="true" focusable="false">
                <defs>
                    <pattern id={hatch.clone()} width="12" height="12" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                        <rect x="0" y="0" width="12" height="12" class="sds-money-bar__off-ground" />
                        <rect x="0" y="0" width="5" height="12" class="sds-money-bar__off-line" />
                    </pattern>
                </defs>
                <rect x="0" y="0" width={PICTURE_WIDTH.to_string()} height={BAR_HEIGHT.to_string()} class="sds-money-bar__track" />
                { for bar.parts.iter().map(|part| html! {
                    <rect x={part.start.to_string()} y="0" width={part.width.to_string()} height={BAR_HEIGHT.to_string()}
                        class={format!("sds-money-bar__part sds-money-bar__part--{}", part.shade)} />
                }) }
                if let Some(off) = &bar.taken_off {
                    <rect x={off.start.to_string()} y={BAND_TOP.to_string()} width={off.width.to_string()} height={BAND_HEIGHT.to_string()}
                        fill={format!("url(#{hatch})")} class="sds-money-bar__off" />
                }
                if let Some(mark) = &bar.budget {
                    <line x1={mark.at.to_string()} x2={mark.at.to_string()} y1="0" y2={BAR_HEIGHT.to_string()}
                        class="sds-money-bar__budget" vector-effect="non-scaling-stroke" />
                }
            </svg>
            <ul class="sds-money-key" aria-hidden="true">
                { for bar.parts.iter().map(|part| html! {
                    <li>{ swatch(part.shade) }{ part.label.clone() }{ " " }{ part.amount.clone() }</li>
                }) }
                if let Some(off) = &bar.taken_off {
                    <li>
                        <svg class="sds-money-key__swatch" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
                            <rect x="0" y="0" width="16" height="16" fill={format!("url(#{hatch})")} class="sds-money-bar__off" />
                        </svg>
                        { off.label.clone() }{ " " }{ off.amount.clone() }
                    </li>
                }
                if let Some(mark) = &bar.budget {
                    <li><span class="sds-money-key__budget"></span>{ mark.label.clone() }</li>
                }
            </ul>
            <p class="sds-visually-hidden">{ bar.text.clone() }</p>
        </div>
    }
}

/// The picture with its heading at `depth` below the page's title.
pub fn money_picture(app: &AppContext, picture: &MoneyPicture, depth: u8) -> Html {
    html! {
        <div class="sds-money-picture">
            <Heading depth={depth} class="sds-heading-m">{ picture.heading }</Heading>
            { for picture.bars.iter().enumerate().map(|(n, b)| bar(app, n, b)) }
        </div>
    }
}
