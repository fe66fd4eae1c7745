//! What the ideas cost: the totals for each option and a week, the
//! balances against the council's budget, and each idea's breakdown with
//! where every figure comes from.

use sds_core::Action;
use sds_core::app::model::Screen;
use sds_core::steps::costs::{AllowanceBreakdown, BreakdownRow, CostsScreen, StartView, TotalKind};
use sds_core::text::Text;
use sds_core::text::support::SupportText;
use yew::prelude::*;

use crate::hooks::AppContext;
use crate::widgets::heading::Heading;
use crate::widgets::money_picture::money_picture;

/// The column names of a breakdown, for screen readers only.
fn hidden_head(s: &SupportText) -> Html {
    html! {
        <thead class="sds-visually-hidden" role="rowgroup">
            <tr role="row">
                <th scope="col" role="columnheader">{ s.column_item }</th>
                <th scope="col" role="columnheader">{ s.column_amount }</th>
            </tr>
        </thead>
    }
}

fn breakdown_rows(rows: &[BreakdownRow], source_prefix: &'static str) -> Html {
    html! {
        { for rows.iter().map(|row| html! {
            <tr role="row">
                <th scope="row" role="rowheader" class="sds-support-table__item">
                    <span class="sds-support-table__label">{ row.label.clone() }</span>
                    <span class="sds-support-table__explain">{ row.explanation }</span>
                    if let Some(note) = row.note {
                        <span class="sds-support-table__explain">{ note }</span>
                    }
                    if let Some(scaled) = &row.scaled {
                        <span class="sds-support-table__explain">{ scaled.clone() }</span>
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

/// The Employment Allowance on its own: the one figure taken off, with the
/// National Insurance before it and what is left to pay, in lines that add
/// up; or, when it is not claimed, a sentence saying so.
fn allowance(app: &AppContext, s: &SupportText, allowance: &AllowanceBreakdown) -> Html {
    match allowance {
        AllowanceBreakdown::NotClaimed(words) => html! {
            <p class="sds-body sds-support-notice sds-support-allowance-off">{ words.clone() }</p>
        },
        AllowanceBreakdown::Claimed {
            ni_before,
            row,
            left_to_pay,
        } => html! {
            <table class="sds-support-table sds-support-breakdown sds-support-allowance" role="table"
                aria-labelledby={app.id("allowance-caption")}>
                <caption class="sds-support-table__caption" id={app.id("allowance-caption")}>
                    { s.allowance_heading }
                </caption>
                { hidden_head(s) }
                <tbody role="rowgroup">
                    <tr role="row">
                        <th scope="row" role="rowheader">{ ni_before.0 }</th>
                        <td role="cell" class="sds-support-table__amount">{ ni_before.1.clone() }</td>
                    </tr>
                    { breakdown_rows(std::slice::from_ref(row.as_ref()), s.source_prefix) }
                    <tr role="row" class="sds-support-table__total">
                        <th scope="row" role="rowheader">{ left_to_pay.0 }</th>
                        <td role="cell" class="sds-support-table__amount">{ left_to_pay.1.clone() }</td>
                    </tr>
                </tbody>
            </table>
        },
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
                            <th scope="col" role="columnheader">{ s.column_item }</th>
                            <th scope="col" role="columnheader" class="sds-support-table__amount">{ costs.period.clone() }</th>
                            <th scope="col" role="columnheader" class="sds-support-table__amount">{ s.column_week }</th>
                        </tr>
                    </thead>
                    <tbody role="rowgroup">
                        { for costs.totals.iter().map(|row| {
                            let class = match row.kind {
                                TotalKind::Idea | TotalKind::Employer => None,
                                TotalKind::Allowance => Some("sds-support-totals__allowance"),
                                TotalKind::OptionTotal => Some("sds-support-totals__subtotal"),
                                TotalKind::PlanTotal => Some("sds-support-totals__total"),
                            };
                            html! {
                                <tr role="row" {class}>
                                    <th scope="row" role="rowheader">
                                        { row.label.clone() }
                                        if let Some(option) = row.option {
                                            <span class="sds-support-table__explain">{ option }</span>
                                        }
                                        if let Some(note) = &row.note {
                                            <span class="sds-support-table__explain">{ note.clone() }</span>
                                        }
                                    </th>
                                    <td role="cell" class="sds-support-table__amount" data-label={costs.period.clone()}>{ row.for_the_plan.clone() }</td>
                                    <td role="cell" class="sds-support-table__amount" data-label={s.column_week}>{ row.about_a_week.clone().unwrap_or_default() }</td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
                if let Some(picture) = &costs.picture {
                    { money_picture(app, picture, 3) }
                }
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
                            if let Some(weeks) = &line.weeks {
                                <span class="sds-support-table__caption-option">{ weeks.clone() }</span>
                            }
                        </caption>
                        { hidden_head(s) }
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
                        { hidden_head(s) }
                        <tbody role="rowgroup">
                            { breakdown_rows(&employer.rows, s.source_prefix) }
                            <tr class="sds-support-table__total" role="row">
                                <th scope="row" role="rowheader">{ s.employer_total }</th>
                                <td role="cell" class="sds-support-table__amount">{ employer.total.clone() }</td>
                            </tr>
                        </tbody>
                    </table>
                    { allowance(app, s, &employer.allowance) }
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
