//! The main page: the ideas, what they cost, how it was worked out, holiday
//! cover, and links to the week, the budget and the settings.

use sds_core::Action;
use sds_core::budget::{CoverBy, SdsOption};
use sds_core::model::Screen;
use sds_core::support::{self, BreakdownRow, SupportAction, SupportScreen};
use yew::prelude::*;

use crate::hooks::{AppContext, use_text};

#[derive(Properties, PartialEq)]
pub struct StartProps {
    pub app: AppContext,
}

fn open(app: &AppContext, screen: SupportScreen) -> Callback<MouseEvent> {
    app.send(Action::Open(Screen::Support(screen)))
}

fn breakdown_rows(rows: &[BreakdownRow], source_prefix: &'static str) -> Html {
    html! {
        { for rows.iter().map(|row| html! {
            <tr>
                <th scope="row" class="sds-support-table__item">
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
                <td class="sds-support-table__amount">{ row.amount.clone() }</td>
            </tr>
        }) }
    }
}

#[component]
pub fn Start(props: &StartProps) -> Html {
    let t = use_text();
    let s = t.support;
    let app = &props.app;
    let view = support::start(app.model(), t);

    let ideas = if view.ideas.is_empty() {
        html! { <p class="sds-body">{ s.no_ideas }</p> }
    } else {
        html! {
            <ul class="sds-support-ideas">
                { for view.ideas.iter().map(|idea| html! {
                    <li class="sds-support-idea" key={idea.id.0}>
                        <h3 class="sds-heading-s sds-support-idea__name">{ idea.name.clone() }</h3>
                        <p class="sds-body-s sds-support-idea__meta">
                            if let Some(kind) = idea.kind { { kind }{ ". " } }
                            { idea.option }
                        </p>
                        if let Some(cost) = &idea.cost {
                            <p class="sds-body-s sds-support-idea__cost">{ cost.clone() }</p>
                        }
                        if let Some(problem) = idea.problem {
                            <p class="sds-body-s sds-support-idea__problem">
                                <strong class="sds-tag sds-support-tag--problem">{ problem }</strong>
                            </p>
                        }
                        if !idea.outcomes.is_empty() {
                            <ul class="sds-support-idea__outcomes">
                                { for idea.outcomes.iter().map(|o| html! { <li>{ o.clone() }</li> }) }
                            </ul>
                        }
                        <div class="sds-support-idea__actions">
                            <button type="button" class="sds-link-button"
                                onclick={open(app, SupportScreen::Line(idea.id))}>
                                { s.change }<span class="sds-visually-hidden">{ " " }{ idea.name.clone() }</span>
                            </button>
                            <button type="button" class="sds-link-button"
                                onclick={open(app, SupportScreen::Remove(idea.id))}>
                                { s.remove }<span class="sds-visually-hidden">{ " " }{ idea.name.clone() }</span>
                            </button>
                        </div>
                    </li>
                }) }
            </ul>
        }
    };

    let cover = if view.cover.is_empty() {
        html! {}
    } else {
        html! {
            <section class="sds-support-cover" aria-labelledby={app.id("support-cover")}>
                <h2 class="sds-heading-m" id={app.id("support-cover")}>{ s.cover_heading }</h2>
                { for view.cover.iter().map(|reminder| html! {
                    <div class="sds-inset">
                        <p class="sds-body">{ reminder.text.clone() }</p>
                        <div class="sds-button-group">
                            <button type="button" class="sds-button sds-button--secondary"
                                onclick={app.send(Action::Support(SupportAction::AddHolidayCover(reminder.pa_line, CoverBy::AnotherPa)))}>
                                { s.cover_by_pa }
                            </button>
                            <button type="button" class="sds-button sds-button--secondary"
                                onclick={app.send(Action::Support(SupportAction::AddHolidayCover(reminder.pa_line, CoverBy::Provider { option: SdsOption::Option2 })))}>
                                { s.cover_by_provider }
                            </button>
                        </div>
                    </div>
                }) }
            </section>
        }
    };

    let costs = match &view.costs {
        Err(problem) => html! {
            <p class="sds-body sds-support-problem">
                <button type="button" class="sds-link-button" onclick={open(app, SupportScreen::Settings)}>{ *problem }</button>
            </p>
        },
        Ok(costs) => html! {
            <>
                <p class="sds-body sds-support-total" aria-live="polite">
                    <strong>{ costs.plan_total.clone() }</strong>{ " " }
                    <span class="sds-support-week-total">{ "(" }{ costs.about_a_week.clone() }{ ")" }</span>
                </p>
                <table class="sds-support-table sds-support-totals">
                    <caption class="sds-visually-hidden">{ s.totals_heading }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ s.column_option }</th>
                            <th scope="col" class="sds-support-table__amount">{ s.column_period }</th>
                            <th scope="col" class="sds-support-table__amount">{ s.column_week }</th>
                        </tr>
                    </thead>
                    <tbody>
                        { for costs.totals.iter().map(|row| html! {
                            <tr>
                                <th scope="row">{ row.label }</th>
                                <td class="sds-support-table__amount">{ row.for_the_plan.clone() }</td>
                                <td class="sds-support-table__amount">{ row.about_a_week.clone() }</td>
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
                <h2 class="sds-heading-m">{ s.breakdown_heading }</h2>
                { for costs.lines.iter().map(|line| html! {
                    <table class="sds-support-table sds-support-breakdown" key={line.id.0}>
                        <caption class="sds-support-table__caption">
                            { line.name.clone() }
                            <span class="sds-support-table__caption-option">{ line.option }</span>
                        </caption>
                        <thead class="sds-visually-hidden">
                            <tr><th scope="col">{ s.column_item }</th><th scope="col">{ s.column_amount }</th></tr>
                        </thead>
                        <tbody>
                            { breakdown_rows(&line.rows, s.source_prefix) }
                            <tr class="sds-support-table__total">
                                <th scope="row">{ s.line_total }</th>
                                <td class="sds-support-table__amount">{ line.total.clone() }</td>
                            </tr>
                        </tbody>
                        if !line.notices.is_empty() {
                            <tfoot>
                                { for line.notices.iter().map(|n| html! {
                                    <tr><td colspan="2" class="sds-support-notice">{ n.clone() }</td></tr>
                                }) }
                            </tfoot>
                        }
                    </table>
                }) }
                if let Some(employer) = &costs.employer {
                    <table class="sds-support-table sds-support-breakdown">
                        <caption class="sds-support-table__caption">
                            { s.employer_heading }
                            <span class="sds-support-table__caption-option">{ s.employer_hint }</span>
                        </caption>
                        <thead class="sds-visually-hidden">
                            <tr><th scope="col">{ s.column_item }</th><th scope="col">{ s.column_amount }</th></tr>
                        </thead>
                        <tbody>
                            { breakdown_rows(&employer.rows, s.source_prefix) }
                            <tr class="sds-support-table__total">
                                <th scope="row">{ s.employer_total }</th>
                                <td class="sds-support-table__amount">{ employer.total.clone() }</td>
                            </tr>
                        </tbody>
                        <tfoot>
                            <tr><td colspan="2" class="sds-support-notice">{ employer.ni_after_allowance.clone() }</td></tr>
                        </tfoot>
                    </table>
                }
            </>
        },
    };

    html! {
        <>
            <a href="#hub" class="sds-back-link" onclick={app.send(Action::Open(Screen::Hub))}>{ t.back_to_plan }</a>
            <h1 class="sds-heading-xl" tabindex="-1">{ s.title }</h1>
            { for s.intro.iter().map(|p| html! { <p class="sds-body">{ *p }</p> }) }
            <div class="sds-inset sds-support-estimate">
                <p class="sds-body"><strong>{ s.estimate_warning }</strong></p>
                <p class="sds-body">
                    { view.tax_year.clone() }
                    if let Some(length) = &view.plan_length { { " " }{ length.clone() } }
                </p>
                <p class="sds-body">
                    <button type="button" class="sds-link-button" onclick={open(app, SupportScreen::Settings)}>{ s.change_settings }</button>
                </p>
            </div>

            <h2 class="sds-heading-l">{ s.ideas_heading }</h2>
            { ideas }
            <button type="button" class="sds-button" onclick={open(app, SupportScreen::ChooseKind)}>{ s.add_idea }</button>

            { cover }

            if !view.ideas.is_empty() {
                <section class="sds-support-costs" aria-labelledby={app.id("support-costs")}>
                    <h2 class="sds-heading-l" id={app.id("support-costs")}>{ s.costs_heading }</h2>
                    <p class="sds-body sds-support-estimate-note">{ s.estimate_warning }{ " " }{ view.tax_year.clone() }</p>
                    { costs }
                </section>
            }

            <ul class="sds-support-links">
                <li><button type="button" class="sds-link-button" onclick={open(app, SupportScreen::Week)}>{ s.week_link }</button></li>
                <li><button type="button" class="sds-link-button" onclick={open(app, SupportScreen::Budget)}>{ s.budget_link }</button></li>
                <li><button type="button" class="sds-link-button" onclick={open(app, SupportScreen::Settings)}>{ s.change_settings }</button></li>
            </ul>
        </>
    }
}
