//! The council's indicative budget against the ideas, and what an amount
//! buys in PA hours at different hourly rates.

use sds_core::Action;
use sds_core::support::{self, BudgetKind, SupportAction};
use yew::prelude::*;

use crate::hooks::question_page::{radio, use_question_page};
use crate::hooks::{AppContext, use_text};
use crate::screens::support::BackToSupport;

#[derive(Properties, PartialEq)]
pub struct BudgetProps {
    pub app: AppContext,
}

fn kind_key(kind: BudgetKind) -> &'static str {
    match kind {
        BudgetKind::NotEntered => "none",
        BudgetKind::WholePlan => "whole",
        BudgetKind::PerOption => "per-option",
    }
}

#[component]
pub fn BudgetPage(props: &BudgetProps) -> Html {
    let t = use_text();
    let s = t.support;
    let app = &props.app;
    let view = support::budget(app.model(), t);
    let page = use_question_page();
    let onsubmit = page.save_or_back(app, !view.errors.is_empty());
    let amounts = view.amounts.iter().map(|(scope, f)| {
        let scope = *scope;
        page.answer_box(app, t.error_prefix, f.into(), move |text| {
            SupportAction::SetBudgetAmount(scope, text)
        })
    });
    let buys = view.buys.iter().map(|(field, f)| {
        let field = *field;
        page.answer_box(app, t.error_prefix, f.into(), move |text| {
            SupportAction::SetBuysField(field, text)
        })
    });
    html! {
        <>
            <BackToSupport app={app.clone()} />
            { page.summary_once_tried(app, &view.errors) }
            <h1 class="sds-heading-xl" tabindex="-1">{ s.budget_title }</h1>
            <p class="sds-body">{ s.budget_intro }</p>
            <p class="sds-body"><strong>{ s.estimate_warning }</strong></p>
            <form class="sds-form" novalidate=true {onsubmit}>
                <div class="sds-form-group">
                    <fieldset class="sds-fieldset">
                        <legend class="sds-fieldset__legend"><h2 class="sds-fieldset__heading">{ s.budget_kind_label }</h2></legend>
                        { for view.kinds.iter().map(|k| {
                            let dispatcher = app.state.dispatcher();
                            let kind = k.value;
                            radio(app, "budget-kind", kind_key(kind), k.label, None, k.checked,
                                Callback::from(move |_| dispatcher.dispatch(Action::Support(SupportAction::SetBudgetKind(kind)))), None)
                        }) }
                    </fieldset>
                </div>
                { for amounts }
                <div class="sds-support-balances" aria-live="polite">
                    if !view.balances.is_empty() {
                        <div class="sds-inset">
                            { for view.balances.iter().map(|b| html! { <p class="sds-body">{ b.clone() }</p> }) }
                        </div>
                    }
                </div>

                <h2 class="sds-heading-l">{ s.buys_heading }</h2>
                <p class="sds-body">{ s.buys_intro }</p>
                { for buys }
                <div class="sds-support-buys" aria-live="polite">
                    if let Some(result) = &view.buys_result {
                        <p class="sds-body"><strong>{ result.clone() }</strong></p>
                    }
                </div>
                if !view.trade_off.is_empty() {
                    <h3 class="sds-heading-m">{ s.trade_off_heading }</h3>
                    <p class="sds-body">{ s.trade_off_hint }</p>
                    <table class="sds-support-table sds-support-trade-off">
                        <caption class="sds-visually-hidden">{ s.trade_off_heading }</caption>
                        <thead>
                            <tr>
                                <th scope="col">{ s.column_rate }</th>
                                <th scope="col">{ s.column_hours }</th>
                                <th scope="col" class="sds-support-table__amount">{ s.column_cost }</th>
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
