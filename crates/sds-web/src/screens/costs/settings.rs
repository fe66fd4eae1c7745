//! The tax year, the plan's length and the employer's costs.

use sds_core::Action;
use sds_core::budget::{SettingsField, TaxYear};
use sds_core::support::{self, SupportAction};
use yew::prelude::*;

use crate::hooks::question_page::{TextBox, checkbox, on_check, radio, use_question_page};
use crate::hooks::{AppContext, use_text};
use crate::screens::support::BackToSupport;

#[derive(Properties, PartialEq)]
pub struct SettingsProps {
    pub app: AppContext,
}

fn year_key(year: TaxYear) -> &'static str {
    match year {
        TaxYear::Y2025_26 => "2025-26",
        TaxYear::Y2026_27 => "2026-27",
    }
}

#[component]
pub fn SettingsPage(props: &SettingsProps) -> Html {
    let t = use_text();
    let s = t.support;
    let app = &props.app;
    let view = support::settings(app.model(), t);
    let page = use_question_page();
    let onsubmit = page.save_or_back(app, !view.errors.is_empty());
    let field = |f: &support::SettingsFieldView| {
        let which = f.field;
        let inputmode = if matches!(
            which,
            SettingsField::PlanWeeks | SettingsField::PayslipsAYear
        ) {
            "numeric"
        } else {
            "decimal"
        };
        page.answer_box(
            app,
            t.error_prefix,
            TextBox {
                inputmode,
                ..f.into()
            },
            move |text| SupportAction::SetEmployerField(which, text),
        )
    };
    let toggle = |key: &str,
                  label: &str,
                  hint: &str,
                  checked: bool,
                  make: fn(bool) -> SupportAction| {
        let dispatcher = app.state.dispatcher();
        html! {
            <div class="sds-form-group">
                { checkbox(app, key, label, Some(hint), checked, on_check(move |on| dispatcher.dispatch(Action::Support(make(on))))) }
            </div>
        }
    };
    html! {
        <>
            <BackToSupport app={app.clone()} />
            { page.summary_once_tried(app, &view.errors) }
            <h1 class="sds-heading-xl" tabindex="-1">{ s.settings_title }</h1>
            <p class="sds-body">{ s.settings_intro }</p>
            <form class="sds-form" novalidate=true {onsubmit}>
                <div class="sds-form-group">
                    <fieldset class="sds-fieldset" aria-describedby={app.id("tax-year-hint")}>
                        <legend class="sds-fieldset__legend"><h2 class="sds-fieldset__heading">{ s.tax_year_label }</h2></legend>
                        <div class="sds-hint" id={app.id("tax-year-hint")}>{ s.tax_year_hint }</div>
                        { for view.tax_years.iter().map(|y| {
                            let dispatcher = app.state.dispatcher();
                            let year = y.value;
                            radio(app, "tax-year", year_key(year), y.label, None, y.checked,
                                Callback::from(move |_| dispatcher.dispatch(Action::Support(SupportAction::SetTaxYear(year)))), None)
                        }) }
                    </fieldset>
                </div>
                { field(&view.plan_weeks) }
                <h2 class="sds-heading-l">{ s.employer_settings_heading }</h2>
                <p class="sds-body">{ s.employer_settings_hint }</p>
                { toggle("employment-allowance", s.allowance_label, s.allowance_hint, view.employment_allowance, SupportAction::SetEmploymentAllowance) }
                { for view.employer_fields.iter().map(field) }
                { toggle("pension-opt-in", s.opt_in_label, s.opt_in_hint, view.pension_opt_in, SupportAction::SetPensionOptIn) }
                <button type="submit" class="sds-button">{ s.save_settings }</button>
            </form>
        </>
    }
}
