//! One support idea: only the questions its kind needs, which option pays,
//! the outcomes it helps with and when it happens in a typical week.

use sds_core::Action;
use sds_core::budget::{AmountBasis, BreakUnit, LineId, SdsOption};
use sds_core::steps::support::{self, OptionChoice, SupportAction};
use sds_core::text::Text;
use yew::prelude::*;

use super::week_grid::WeekGrid;
use crate::hooks::{AppContext, use_app, use_question_page, use_text};
use crate::screens::support::{
    Figure, back_to_support, choice, figure_box, radios, summary_items, tick_box,
};
use crate::widgets::choices::{Fieldset, Legend, fieldset, radio};
use crate::widgets::heading::Heading;
use crate::widgets::page_heading;

#[derive(Properties, PartialEq)]
pub struct LinePageProps {
    pub id: LineId,
}

/// A question of two radios, each sending its action.
fn two_choice(
    app: &AppContext,
    t: &Text,
    group: &'static str,
    legend: &'static str,
    hint: Option<&'static str>,
    choices: [(&'static str, &'static str, bool, SupportAction); 2],
    inline: bool,
) -> Html {
    let radios: Html = choices
        .into_iter()
        .map(|(key, label, checked, action)| {
            let action = Action::Support(action);
            radio(choice(
                app,
                group,
                key,
                label,
                None,
                checked,
                app.sender(move |_: bool| action.clone()),
            ))
        })
        .collect();
    let radios = if inline {
        html! { <div class="sds-support-inline">{ radios }</div> }
    } else {
        radios
    };
    fieldset(
        t,
        Fieldset {
            hint,
            ..Fieldset::new(app.id(group), Legend::Heading(legend), radios)
        },
    )
}

#[component]
pub fn LinePage(props: &LinePageProps) -> Html {
    let t = use_text();
    let s = t.support;
    let app = &use_app();
    let id = props.id;
    let page = use_question_page();

    let Some(view) = support::line(
        app.model().plan(),
        app.model().council(),
        id,
        page.tried(),
        t,
    ) else {
        return html! {
            <>
                { back_to_support(app, t) }
                { page_heading(s.title) }
            </>
        };
    };
    let onsubmit = page.onsubmit(app, Action::Support(SupportAction::SaveLine(id)));
    let errors = summary_items(&view.errors);

    let name_box = figure_box(
        app,
        t,
        &page,
        Figure {
            id: "line-name",
            label: s.name_label,
            hint: s.name_hint,
            value: &view.name,
            error: None,
            money: false,
            inputmode: "text",
        },
        move |text| SupportAction::SetName(id, text),
    );
    let fields = view.fields.iter().map(|f| {
        let field = f.field;
        figure_box(app, t, &page, f.into(), move |text| {
            SupportAction::SetField(id, field, text)
        })
    });

    let before_fields = match (view.break_unit, view.basis) {
        (Some(unit), _) => two_choice(
            app,
            t,
            "line-break-unit",
            s.break_unit_label,
            None,
            [
                (
                    "nights",
                    s.break_nights,
                    unit == BreakUnit::Night,
                    SupportAction::SetBreakUnit(id, BreakUnit::Night),
                ),
                (
                    "days",
                    s.break_days,
                    unit == BreakUnit::Day,
                    SupportAction::SetBreakUnit(id, BreakUnit::Day),
                ),
            ],
            false,
        ),
        (_, Some(basis)) => two_choice(
            app,
            t,
            "line-basis",
            s.basis_label,
            None,
            [
                (
                    "week",
                    s.basis_a_week,
                    basis == AmountBasis::AWeek,
                    SupportAction::SetBasis(id, AmountBasis::AWeek),
                ),
                (
                    "period",
                    s.basis_period,
                    basis == AmountBasis::ForThePeriod,
                    SupportAction::SetBasis(id, AmountBasis::ForThePeriod),
                ),
            ],
            false,
        ),
        _ => html! {},
    };
    let after_fields = match view.aged_22_or_over {
        Some(value) => two_choice(
            app,
            t,
            "line-aged-22",
            s.aged_22_label,
            Some(s.aged_22_hint),
            [
                (
                    "yes",
                    s.yes,
                    value,
                    SupportAction::SetAged22OrOver(id, true),
                ),
                (
                    "no",
                    s.no,
                    !value,
                    SupportAction::SetAged22OrOver(id, false),
                ),
            ],
            true,
        ),
        None => html! {},
    };

    let option = match &view.option {
        OptionChoice::Option1Only { heading, reason } => html! {
            <div class="sds-inset">
                <Heading depth={2} class="sds-heading-s">{ *heading }</Heading>
                <p class="sds-body">{ *reason }</p>
            </div>
        },
        OptionChoice::Choose {
            hint,
            choices,
            error,
        } => {
            let radios = radios(
                app,
                "line-option",
                choices,
                SdsOption::number,
                move |option| SupportAction::SetOption(id, option),
            );
            fieldset(
                t,
                Fieldset {
                    hint: Some(*hint),
                    error: *error,
                    ..Fieldset::new(
                        app.id("line-option"),
                        Legend::Heading(s.option_label),
                        radios,
                    )
                },
            )
        }
    };

    let outcomes = match view.no_outcomes {
        Some(hint) => html! {
            <div class="sds-form-group">
                <Heading depth={2} class="sds-heading-m">{ s.outcomes_label }</Heading>
                <p class="sds-body">{ hint }</p>
            </div>
        },
        None => fieldset(
            t,
            Fieldset {
                hint: Some(s.outcomes_hint),
                ..Fieldset::new(
                    app.id("line-outcomes"),
                    Legend::Heading(s.outcomes_label),
                    view.outcomes
                        .iter()
                        .map(|o| {
                            let outcome = o.id;
                            tick_box(
                                app,
                                &format!("line-outcome-{}", o.id),
                                &o.words,
                                None,
                                o.checked,
                                app.sender(move |on| {
                                    Action::Support(SupportAction::SetOutcome(id, outcome, on))
                                }),
                            )
                        })
                        .collect(),
                )
            },
        ),
    };

    html! {
        <>
            { back_to_support(app, t) }
            { page.summary(app, "support-error-summary-title", errors) }
            { page_heading(view.heading) }
            <p class="sds-body">{ view.examples }</p>
            <form class="sds-form" novalidate=true {onsubmit}>
                { name_box }
                { before_fields }
                // One node whatever the count, so the radios above are not
                // rebuilt (and lose focus) when a box comes or goes.
                <>{ for fields }</>
                { after_fields }
                if !view.cover.is_empty() {
                    <div class="sds-inset sds-support-line-cover">
                        { for view.cover.iter().map(|words| html! { <p class="sds-body">{ words.clone() }</p> }) }
                    </div>
                }
                <div class="sds-support-line-cost" aria-live="polite">
                    if let Some(cost) = &view.cost {
                        <p class="sds-body"><strong>{ cost.clone() }</strong>{ " " }{ s.estimate_warning }</p>
                    }
                    { for view.notices.iter().map(|n| html! { <p class="sds-body sds-support-notice">{ n.clone() }</p> }) }
                </div>
                { option }
                { outcomes }
                // A one-off purchase has no "when" (the core leaves it out).
                if !view.week.is_empty() {
                    <WeekGrid line={id} days={view.week.clone()} />
                }
                <button type="submit" class="sds-button">{ s.save_idea }</button>
            </form>
        </>
    }
}
