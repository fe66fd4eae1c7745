//! What the ideas cost: the totals for each option and a week, the
//! balances against the council's budget, and each idea's breakdown with
//! where every figure comes from.

use sds_core::Action;
use sds_core::app::model::Screen;
use sds_core::steps::costs::{BreakdownRow, CostsScreen, StartView};
use sds_core::text::Text;
use yew::prelude::*;

use crate::hooks::AppContext;
use crate::widgets::heading::Heading;

fn breakdown_rows(rows: &[BreakdownRow], source_prefix: &'static str) -> Html {
    html! {
        { for rows.iter().map(|row| html! {
            <tr role="row">
                <th scope="row" role="rowheader" class="sds-support-table__item">
                    <span class="sds-support-table__label">{ row.label }</span>
                    <span class="sds-support-table__explain">{ row.explanation }</span>
                    if let Some(note) = row.note {
                        <span class="sds-support-table__explain">{ note }</span>
                    }
                    <span class="sds-support-table__source">
                        { source_prefix }
                        { for row.sources.iter().enumerate().map(|(n, source)| html! {
                            <>
                                if n > 0 { { "; " } }
                                if let Some(url) = source.url {
                                    <a href={url} rel="noopener noreferrer">{ source.text }</a>
                                } else {
                                    { source.text }
                                }
                            </>
                        }) }
                    </span>
                </th>
                <td role="cell" class="sds-support-table__amount">{ row.amount.clone() }</td>
            </tr>
        }) }
    }
}

/// The costs section of the ideas' page.
pub fn costs(app: &AppContext, t: &Text, view: &StartView) -> Html {
    let s = t.support;
    let costs = match &view.costs {
        Err(problem) => html! {
            <p class="sds-body sds-support-problem">
                <button type="button" class="sds-link-button" onclick={app.send(Action::Open(Screen::Costs(CostsScreen::Settings)))}>{ *problem }</button>
            </p>
        },
        Ok(costs) => html! {
            <>
                <p class="sds-body sds-support-total" aria-live="polite">
                    <strong>{ costs.plan_total.clone() }</strong>{ " " }
                    <span class="sds-support-week-total">{ "(" }{ costs.about_a_week.clone() }{ ")" }</span>
                </p>
                // The roles keep it a table for screen readers when a narrow
                // width restacks it (styles.css).
                <table class="sds-support-table sds-support-totals" role="table">
                    <caption class="sds-visually-hidden">{ s.totals_heading }</caption>
                    <thead role="rowgroup">
                        <tr role="row">
                            <th scope="col" role="columnheader">{ s.column_option }</th>
                            <th scope="col" role="columnheader" class="sds-support-table__amount">{ s.column_period }</th>
                            <th scope="col" role="columnheader" class="sds-support-table__amount">{ s.column_week }</th>
                        </tr>
                    </thead>
                    <tbody role="rowgroup">
                        { for costs.totals.iter().map(|row| html! {
                            <tr role="row">
                                <th scope="row" role="rowheader">{ row.label }</th>
                                <td role="cell" class="sds-support-table__amount" data-label={s.column_period}>{ row.for_the_plan.clone() }</td>
                                <td role="cell" class="sds-support-table__amount" data-label={s.column_week}>{ row.about_a_week.clone() }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
                if let Some(note) = costs.option_4_note {
                    <p class="sds-body">{ note }</p>
                }
                if !costs.balances.is_empty() {
                    <div class="sds-inset sds-support-balances">
                        { for costs.balances.iter().map(|b| html! { <p class="sds-body">{ b.clone() }</p> }) }
                    </div>
                }
                <Heading depth={2} class="sds-heading-m">{ s.breakdown_heading }</Heading>
                { for costs.lines.iter().map(|line| html! {
                    <table class="sds-support-table sds-support-breakdown" key={line.id.0} role="table"
                        aria-labelledby={app.id(&format!("line-{}-caption", line.id.0))}>
                        <caption class="sds-support-table__caption" id={app.id(&format!("line-{}-caption", line.id.0))}>
                            { line.name.clone() }
                            <span class="sds-support-table__caption-option">{ line.option }</span>
                        </caption>
                        <thead class="sds-visually-hidden" role="rowgroup">
                            <tr role="row">
                                <th scope="col" role="columnheader">{ s.column_item }</th>
                                <th scope="col" role="columnheader">{ s.column_amount }</th>
                            </tr>
                        </thead>
                        <tbody role="rowgroup">
                            { breakdown_rows(&line.rows, s.source_prefix) }
                            <tr class="sds-support-table__total" role="row">
                                <th scope="row" role="rowheader">{ s.line_total }</th>
                                <td role="cell" class="sds-support-table__amount">{ line.total.clone() }</td>
                            </tr>
                        </tbody>
                        if !line.notices.is_empty() {
                            <tfoot role="rowgroup">
                                { for line.notices.iter().map(|n| html! {
                                    <tr role="row"><td role="cell" colspan="2" class="sds-support-notice">{ n.clone() }</td></tr>
                                }) }
                            </tfoot>
                        }
                    </table>
                }) }
                if let Some(employer) = &costs.employer {
                    <table class="sds-support-table sds-support-breakdown" role="table"
                        aria-labelledby={app.id("employer-caption")}>
                        <caption class="sds-support-table__caption" id={app.id("employer-caption")}>
                            { s.employer_heading }
                            <span class="sds-support-table__caption-option">{ s.employer_hint }</span>
                        </caption>
                        <thead class="sds-visually-hidden" role="rowgroup">
                            <tr role="row">
                                <th scope="col" role="columnheader">{ s.column_item }</th>
                                <th scope="col" role="columnheader">{ s.column_amount }</th>
                            </tr>
                        </thead>
                        <tbody role="rowgroup">
                            { breakdown_rows(&employer.rows, s.source_prefix) }
                            <tr class="sds-support-table__total" role="row">
                                <th scope="row" role="rowheader">{ s.employer_total }</th>
                                <td role="cell" class="sds-support-table__amount">{ employer.total.clone() }</td>
                            </tr>
                        </tbody>
                        <tfoot role="rowgroup">
                            <tr role="row"><td role="cell" colspan="2" class="sds-support-notice">{ employer.ni_after_allowance.clone() }</td></tr>
                        </tfoot>
                    </table>
                }
            </>
        },
    };
    html! {
        <section class="sds-support-costs" aria-labelledby={app.id("support-costs")}>
            <Heading depth={2} class="sds-heading-l" id={app.id("support-costs")}>{ s.costs_heading }</Heading>
            <p class="sds-body sds-support-estimate-note">{ s.estimate_warning }{ " " }{ view.tax_year.clone() }</p>
            { costs }
        </section>
    }
}
