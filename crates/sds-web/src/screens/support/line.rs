//! One support idea: only the questions its kind needs, which option pays,
//! the outcomes it helps with and when it happens in a typical week.

use sds_core::Action;
use sds_core::budget::{AmountBasis, BreakUnit, LineId, SdsOption};
use sds_core::support::{self, OptionChoice, SupportAction};
use yew::prelude::*;

use super::BackToSupport;
use crate::hooks::question_page::{TextBox, checkbox, on_check, radio, use_question_page};
use crate::hooks::{AppContext, use_text};

#[derive(Properties, PartialEq)]
pub struct LinePageProps {
    pub app: AppContext,
    pub id: LineId,
}

fn option_key(option: SdsOption) -> &'static str {
    match option {
        SdsOption::Option1 => "1",
        SdsOption::Option2 => "2",
        SdsOption::Option3 => "3",
    }
}

#[component]
pub fn LinePage(props: &LinePageProps) -> Html {
    let t = use_text();
    let s = t.support;
    let app = &props.app;
    let id = props.id;
    let page = use_question_page();

    let Some(view) = support::line(app.model(), id, page.tried(), t) else {
        return html! {
            <>
                <BackToSupport app={app.clone()} />
                <h1 class="sds-heading-xl" tabindex="-1">{ s.title }</h1>
            </>
        };
    };
    let send = |action: SupportAction| {
        let dispatcher = app.state.dispatcher();
        move || dispatcher.dispatch(Action::Support(action.clone()))
    };
    let onsubmit = {
        let dispatcher = app.state.dispatcher();
        let count_attempt = page.count_attempt();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            count_attempt();
            dispatcher.dispatch(Action::Support(SupportAction::SaveLine(id)));
        })
    };

    let name_box = page.answer_box(
        app,
        t.error_prefix,
        TextBox {
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
        page.answer_box(app, t.error_prefix, f.into(), move |text| {
            SupportAction::SetField(id, field, text)
        })
    });

    let yes_no = |group: &'static str,
                  legend: &str,
                  hint: Option<&str>,
                  value: bool,
                  set: fn(LineId, bool) -> SupportAction| {
        let hint_id = app.id(&format!("{group}-hint"));
        html! {
            <div class="sds-form-group">
                <fieldset class="sds-fieldset" aria-describedby={hint.map(|_| hint_id.clone())}>
                    <legend class="sds-fieldset__legend"><h2 class="sds-fieldset__heading">{ legend }</h2></legend>
                    if let Some(hint) = hint { <div class="sds-hint" id={hint_id}>{ hint }</div> }
                    <div class="sds-support-inline">
                        { radio(app, group, "yes", s.yes, None, value, Callback::from({ let f = send(set(id, true)); move |_| f() }), None) }
                        { radio(app, group, "no", s.no, None, !value, Callback::from({ let f = send(set(id, false)); move |_| f() }), None) }
                    </div>
                </fieldset>
            </div>
        }
    };
    let two_choice =
        |group: &'static str,
         legend: &str,
         choices: [(&'static str, &str, bool, SupportAction); 2]| {
            html! {
                <div class="sds-form-group">
                    <fieldset class="sds-fieldset">
                        <legend class="sds-fieldset__legend"><h2 class="sds-fieldset__heading">{ legend }</h2></legend>
                        { for choices.into_iter().map(|(key, label, checked, action)| {
                            let f = send(action);
                            radio(app, group, key, label, None, checked, Callback::from(move |_| f()), None)
                        }) }
                    </fieldset>
                </div>
            }
        };

    let before_fields = match (view.break_unit, view.basis) {
        (Some(unit), _) => two_choice(
            "line-break-unit",
            s.break_unit_label,
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
        ),
        (_, Some(basis)) => two_choice(
            "line-basis",
            s.basis_label,
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
        ),
        _ => html! {},
    };
    let after_fields = match view.aged_22_or_over {
        Some(value) => yes_no(
            "line-aged-22",
            s.aged_22_label,
            Some(s.aged_22_hint),
            value,
            SupportAction::SetAged22OrOver,
        ),
        None => html! {},
    };

    let option = match &view.option {
        OptionChoice::Option1Only { heading, reason } => html! {
            <div class="sds-inset">
                <h2 class="sds-heading-s">{ *heading }</h2>
                <p class="sds-body">{ *reason }</p>
            </div>
        },
        OptionChoice::Choose(choices) => {
            let hint_id = app.id("line-option-hint");
            html! {
                <div class="sds-form-group">
                    <fieldset class="sds-fieldset" aria-describedby={hint_id.clone()}>
                        <legend class="sds-fieldset__legend"><h2 class="sds-fieldset__heading">{ s.option_label }</h2></legend>
                        <div class="sds-hint" id={hint_id}>{ s.option_hint }</div>
                        { for choices.iter().map(|c| {
                            let f = send(SupportAction::SetOption(id, c.value));
                            radio(app, "line-option", option_key(c.value), c.label, c.hint, c.checked,
                                Callback::from(move |_| f()), None)
                        }) }
                    </fieldset>
                </div>
            }
        }
    };

    let outcomes = match view.no_outcomes {
        Some(hint) => html! {
            <div class="sds-form-group">
                <h2 class="sds-heading-m">{ s.outcomes_label }</h2>
                <p class="sds-body">{ hint }</p>
            </div>
        },
        None => html! {
            <div class="sds-form-group">
                <fieldset class="sds-fieldset" aria-describedby={app.id("line-outcomes-hint")}>
                    <legend class="sds-fieldset__legend"><h2 class="sds-fieldset__heading">{ s.outcomes_label }</h2></legend>
                    <div class="sds-hint" id={app.id("line-outcomes-hint")}>{ s.outcomes_hint }</div>
                    { for view.outcomes.iter().map(|o| {
                        let dispatcher = app.state.dispatcher();
                        let outcome = o.id;
                        checkbox(app, &format!("line-outcome-{}", o.id), &o.words, None, o.checked,
                            on_check(move |on| dispatcher.dispatch(Action::Support(SupportAction::SetOutcome(id, outcome, on)))))
                    }) }
                </fieldset>
            </div>
        },
    };

    let week = html! {
        <div class="sds-form-group">
            <fieldset class="sds-fieldset" aria-describedby={app.id("line-week-hint")}>
                <legend class="sds-fieldset__legend"><h2 class="sds-fieldset__heading">{ s.when_label }</h2></legend>
                <div class="sds-hint" id={app.id("line-week-hint")}>{ s.when_hint }</div>
                <div class="sds-support-week-choices">
                    { for view.week.iter().map(|day| html! {
                        <fieldset class="sds-fieldset sds-support-day">
                            <legend class="sds-support-day__name">{ day.label }</legend>
                            <div class="sds-support-day__parts">
                                { for day.parts.iter().map(|part| {
                                    let dispatcher = app.state.dispatcher();
                                    let slot = part.value;
                                    checkbox(app, &format!("line-week-{:?}-{:?}", slot.day, slot.part).to_lowercase(),
                                        part.label, None, part.checked,
                                        on_check(move |on| dispatcher.dispatch(Action::Support(SupportAction::SetWeekSlot(id, slot, on)))))
                                }) }
                            </div>
                        </fieldset>
                    }) }
                </div>
            </fieldset>
        </div>
    };

    html! {
        <>
            <BackToSupport app={app.clone()} />
            { page.summary(app, view.errors.clone()) }
            <h1 class="sds-heading-xl" tabindex="-1">{ view.heading }</h1>
            <p class="sds-body">{ view.examples }</p>
            <form class="sds-form" novalidate=true {onsubmit}>
                { name_box }
                { before_fields }
                { for fields }
                { after_fields }
                <div class="sds-support-line-cost" aria-live="polite">
                    if let Some(cost) = &view.cost {
                        <p class="sds-body"><strong>{ cost.clone() }</strong>{ " " }{ s.estimate_warning }</p>
                    }
                    { for view.notices.iter().map(|n| html! { <p class="sds-body sds-support-notice">{ n.clone() }</p> }) }
                </div>
                { option }
                { outcomes }
                { week }
                <button type="submit" class="sds-button">{ s.save_idea }</button>
            </form>
        </>
    }
}
