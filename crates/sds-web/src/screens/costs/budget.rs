//! The council's indicative budget against the ideas, and what an amount
//! buys in PA hours at different hourly rates.

use sds_core::Action;
use sds_core::steps::costs::{self, BudgetKind, CostsAction};
use yew::prelude::*;

use crate::hooks::{use_app, use_question_page, use_text};
use crate::screens::support::{back_to_support, figure_box, radios, summary_items};
use crate::widgets::choices::{Fieldset, Legend, fieldset};
use crate::widgets::heading::Heading;
use crate::widgets::page_heading;

fn kind_key(kind: BudgetKind) -> &'static str {
    match kind {
        BudgetKind::NotEntered => "none",
        BudgetKind::WholePlan => "whole",
        BudgetKind::PerOption => "per-option",
    }
}

#[component]
pub fn BudgetPage() -> Html {
    let t = use_text();
    let s = t.support;
    let app = &use_app();
    let view = costs::budget(app.model().plan(), t);
    let pay = costs::pay(app.model().plan(), app.model().council(), t);
    let page = use_question_page();
    let onsubmit = page.onsubmit(app, Action::Costs(CostsAction::SaveBudget));
    let mut errors = summary_items(&view.errors);
    errors.extend(summary_items(&costs::pay_errors(&pay)));
    let amounts = view.amounts.iter().map(|(scope, f)| {
        let scope = *scope;
        figure_box(app, t, &page, f.into(), move |text| {
            CostsAction::SetBudgetAmount(scope, text)
        })
    });
    let buys = view.buys.iter().map(|(field, f)| {
        let field = *field;
        figure_box(app, t, &page, f.into(), move |text| {
            CostsAction::SetBuysField(field, text)
        })
    });
    let pay_boxes = pay.fields.iter().map(|(field, f)| {
        let field = *field;
        figure_box(app, t, &page, f.into(), move |text| {
            CostsAction::SetPayField(field, text)
        })
    });
    let kinds = radios(
        app,
        "budget-kind",
        &view.kinds,
        kind_key,
        CostsAction::SetBudgetKind,
    );
    html! {
        <>
            { back_to_support(app, t) }
            { page.summary_once_tried(app, "support-error-summary-title", errors) }
            { page_heading(s.budget_title) }
            <p class="sds-body">{ s.budget_intro }</p>
            <p class="sds-body"><strong>{ s.estimate_warning }</strong></p>
            <form class="sds-form" novalidate=true {onsubmit}>
                { fieldset(t, Fieldset::new(app.id("budget-kind"), Legend::Heading(s.budget_kind_label), kinds)) }
                // One node whatever the count, so the radios above are not
                // rebuilt (and lose focus) when boxes come and go.
                <>{ for amounts }</>
                <div class="sds-support-balances" aria-live="polite">
                    if !view.balances.is_empty() {
                        <div class="sds-inset">
                            { for view.balances.iter().map(|b| html! { <p class="sds-body">{ b.clone() }</p> }) }
                        </div>
                    }
                </div>

                <Heading depth={2} class="sds-heading-l" id={app.id("pay-heading")}>{ s.pay_heading }</Heading>
                <p class="sds-body">{ s.pay_intro }</p>
                <>{ for pay_boxes }</>
                <div class="sds-support-pay" aria-live="polite">
                    if let Some(funding) = &pay.funding {
                        <p class="sds-body">{ funding.clone() }</p>
                    }
                    if let Some(answer) = &pay.answer {
                        <p class="sds-body sds-support-pay__answer"><strong>{ answer.answer.clone() }</strong></p>
                        if let Some(minimum) = &answer.against_minimum {
                            <p class={classes!("sds-body", answer.below_minimum.then_some("sds-support-notice"))}>{ minimum.clone() }</p>
                        }
                    }
                </div>
                if let Some(answer) = pay.answer.as_ref().filter(|a| !a.rows.is_empty()) {
                    <details class="sds-options-details">
                        <summary class="sds-options-details__summary">{ s.pay_breakdown }</summary>
                        <div class="sds-options-details__text">
                            <table class="sds-support-table sds-support-pay-breakdown">
                                <caption class="sds-visually-hidden">{ s.pay_breakdown }</caption>
                                <thead class="sds-visually-hidden">
                                    <tr>
                                        <th scope="col">{ s.column_item }</th>
                                        <th scope="col">{ s.column_amount }</th>
                                    </tr>
                                </thead>
                                <tbody>
                                    { for answer.rows.iter().map(|(label, amount)| html! {
                                        <tr>
                                            <th scope="row">{ label.clone() }</th>
                                            <td class="sds-support-table__amount">{ amount.clone() }</td>
                                        </tr>
                                    }) }
                                    <tr class="sds-support-table__total">
                                        <th scope="row">{ answer.total.0.clone() }</th>
                                        <td class="sds-support-table__amount">{ answer.total.1.clone() }</td>
                                    </tr>
                                </tbody>
                            </table>
                            if let Some(next) = &answer.next_penny {
                                <p class="sds-body">{ next.clone() }</p>
                            }
                        </div>
                    </details>
                }

                <Heading depth={2} class="sds-heading-l">{ s.buys_heading }</Heading>
                <p class="sds-body">{ s.buys_intro }</p>
                <>{ for buys }</>
                <div class="sds-support-buys" aria-live="polite">
                    if let Some(result) = &view.buys_result {
                        <p class="sds-body"><strong>{ result.clone() }</strong></p>
                    }
                </div>
                if !view.trade_off.is_empty() {
                    <Heading depth={3} class="sds-heading-m">{ s.trade_off_heading }</Heading>
                    <p class="sds-body">{ s.trade_off_hint }</p>
                    <table class="sds-support-table sds-support-trade-off">
                        <caption class="sds-visually-hidden">{ s.trade_off_heading }</caption>
                        <thead>
                            <tr>
                                <th scope="col">{ s.column_rate }</th>
                                <th scope="col">{ s.column_hours }</th>
                                <th scope="col" class="sds-support-table__amount">{ view.cost_column.clone() }</th>
                            </tr>
                        </thead>
                        <tbody>
                            { for view.trade_off.iter().map(|row| html! {
                                <tr>
                                    <th scope="row">{ row.rate.clone() }<span class="sds-support-table__explain">{ row.above.clone() }</span></th>
                                    <td>{ row.hours.clone() }</td>
                                    <td class="sds-support-table__amount">{ row.cost.clone() }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                }
                <button type="submit" class="sds-button">{ s.save_settings }</button>
            </form>
        </>
    }
}
