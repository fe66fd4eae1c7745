//! The flexibility and responsibility chart, drawn from the core's numbers.
//! The picture is labelled by its caption and described by the sentences
//! and table under it, which say the same thing in words.

use sds_core::steps::options::{ChartView, Position};
use sds_core::vocabulary::SdsOption;
use yew::prelude::*;

use crate::hooks::{use_app, use_text};
use crate::widgets::heading::Heading;

#[derive(Properties, PartialEq)]
pub struct ChartProps {
    pub view: ChartView,
}

// The drawing area inside the picture's 400 by 300 box.
const LEFT: i32 = 56;
const RIGHT: i32 = 384;
const TOP: i32 = 16;
const BOTTOM: i32 = 236;

fn x(p: Position) -> i32 {
    LEFT + (RIGHT - LEFT) * i32::from(p.flexibility.min(10)) / 10
}

fn y(p: Position) -> i32 {
    BOTTOM - (BOTTOM - TOP) * i32::from(p.responsibility.min(10)) / 10
}

#[component]
pub fn Chart(props: &ChartProps) -> Html {
    let t = use_text();
    let o = t.options;
    let view = &props.view;
    let app = use_app();
    let caption_id = app.id("chart-caption");
    let words_id = app.id("chart-words");
    let (x1, y1, x2, y2) = (
        x(view.mix_from),
        y(view.mix_from),
        x(view.mix_to),
        y(view.mix_to),
    );
    // Option 4's mark sits on its band, where the core puts it.
    let (mx, my) = (x(view.mix_mark), y(view.mix_mark));
    html! {
        <figure class="sds-options-chart">
            <figcaption class="sds-heading-s" id={caption_id.clone()}>{ view.title }</figcaption>
            <svg class="sds-options-chart__svg" viewBox="0 0 400 300" role="img" focusable="false"
                aria-labelledby={caption_id} aria-describedby={words_id.clone()}>
                <line class="sds-options-chart__axis" x1={LEFT.to_string()} y1={BOTTOM.to_string()} x2={RIGHT.to_string()} y2={BOTTOM.to_string()} />
                <line class="sds-options-chart__axis" x1={LEFT.to_string()} y1={BOTTOM.to_string()} x2={LEFT.to_string()} y2={TOP.to_string()} />
                <text class="sds-options-chart__label" x={((LEFT + RIGHT) / 2).to_string()} y="268" text-anchor="middle">{ view.x_axis }</text>
                <text class="sds-options-chart__small" x={LEFT.to_string()} y="256" text-anchor="start">{ o.chart_less }</text>
                <text class="sds-options-chart__small" x={RIGHT.to_string()} y="256" text-anchor="end">{ o.chart_more }</text>
                <text class="sds-options-chart__label" x="20" y={((TOP + BOTTOM) / 2).to_string()} text-anchor="middle"
                    transform={format!("rotate(-90 20 {})", (TOP + BOTTOM) / 2)}>{ view.y_axis }</text>
                <text class="sds-options-chart__small" x="44" y={BOTTOM.to_string()} text-anchor="end">{ o.chart_less }</text>
                <text class="sds-options-chart__small" x="44" y={(TOP + 12).to_string()} text-anchor="end">{ o.chart_more }</text>

                <line class="sds-options-chart__mix" x1={x1.to_string()} y1={y1.to_string()} x2={x2.to_string()} y2={y2.to_string()} />
                <circle class={classes!("sds-options-chart__mix-dot", view.mix_not_available.map(|_| "sds-options-chart__dot--not-available"))}
                    cx={mx.to_string()} cy={my.to_string()} r="13" />
                <text class={classes!("sds-options-chart__number", view.mix_not_available.map(|_| "sds-options-chart__number--not-available"))}
                    x={mx.to_string()} y={(my + 6).to_string()} text-anchor="middle">{ SdsOption::Option4.number() }</text>
                <text class="sds-options-chart__small" x={(mx - 20).to_string()} y={(my + 5).to_string()} text-anchor="end">{ view.mix_short }</text>

                { for view.points.iter().map(|p| {
                    let (cx, cy) = (x(p.at), y(p.at));
                    // Labels go to the left of the point on the right half, so they stay inside.
                    let right_half = cx > (LEFT + RIGHT) / 2 + 60;
                    let (lx, anchor) = if right_half { (cx - 20, "end") } else { (cx + 20, "start") };
                    html! {
                        <g key={p.id.key()}>
                            if p.considering.is_some() {
                                <circle class="sds-options-chart__considering" cx={cx.to_string()} cy={cy.to_string()} r="19" />
                            }
                            <circle class={classes!("sds-options-chart__dot", p.not_available.map(|_| "sds-options-chart__dot--not-available"))}
                                cx={cx.to_string()} cy={cy.to_string()} r="13" />
                            <text class={classes!("sds-options-chart__number", p.not_available.map(|_| "sds-options-chart__number--not-available"))}
                                x={cx.to_string()} y={(cy + 6).to_string()} text-anchor="middle">{ p.id.number() }</text>
                            <text class="sds-options-chart__small" x={lx.to_string()} y={(cy + 5).to_string()} text-anchor={anchor}>
                                { p.short }
                            </text>
                        </g>
                    }
                }) }
            </svg>
            <div id={words_id} class="sds-options-chart__words">
                { for view.summary.iter().map(|s| html! { <p class="sds-body">{ s.clone() }</p> }) }
                <Heading depth={3} class="sds-heading-s">{ o.chart_table_caption }</Heading>
                <dl class="sds-options-chart__list">
                    { for view.points.iter().map(|p| html! {
                        <div class="sds-options-chart__row" key={p.id.key()}>
                            <dt>{ p.name }</dt>
                            <dd>{ o.chart_level(&o.chart_col_flexibility, &p.flexibility) }</dd>
                            <dd>{ o.chart_level(&o.chart_col_responsibility, &p.responsibility) }</dd>
                            if let Some(note) = p.not_available { <dd>{ note }</dd> }
                            if let Some(note) = p.considering { <dd>{ note }</dd> }
                        </div>
                    }) }
                    <div class="sds-options-chart__row">
                        <dt>{ view.mix_name }</dt>
                        <dd>{ o.chart_level(&o.chart_col_flexibility, &view.mix_flexibility) }</dd>
                        <dd>{ o.chart_level(&o.chart_col_responsibility, &view.mix_responsibility) }</dd>
                        if let Some(note) = view.mix_not_available { <dd>{ note }</dd> }
                    </div>
                </dl>
            </div>
        </figure>
    }
}
