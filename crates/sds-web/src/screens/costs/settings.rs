//! The tax year, the plan's length and the employer's costs.

use sds_core::Action;
use sds_core::budget::{SettingsField, TaxYear};
use sds_core::steps::costs::{self, CostsAction};
use yew::prelude::*;

use crate::hooks::{use_app, use_question_page, use_text};
use crate::screens::support::{
    Figure, back_to_support, figure_box, radios, summary_items, tick_box,
};
use crate::widgets::choices::{Fieldset, Legend, fieldset};
use crate::widgets::heading::Heading;
use crate::widgets::page_heading;

fn year_key(year: TaxYear) -> &'static str {
    match year {
        TaxYear::Y2025_26 => "2025-26",
        TaxYear::Y2026_27 => "2026-27",
    }
}

#[component]
pub fn SettingsPage() -> Html {
    let t = use_text();
    let s = t.support;
    let app = &use_app();
    let view = costs::settings(app.model().plan(), t);
    let page = use_question_page();
    let onsubmit = page.onsubmit(app, Action::Costs(CostsAction::SaveSettings));
    let errors = summary_items(&view.errors);
    let field = |f: &costs::SettingsFieldView| {
        let which = f.field;
        let inputmode = if matches!(
            which,
            SettingsField::PlanWeeks | SettingsField::PayslipsAYear
        ) {
            "numeric"
        } else {
            "decimal"
        };
        figure_box(
            app,
            t,
            &page,
            Figure {
                inputmode,
                ..f.into()
            },
            move |text| CostsAction::SetEmployerField(which, text),
        )
    };
    let toggle = |key: &str,
                  label: &str,
                  hint: &str,
                  checked: bool,
                  make: fn(bool) -> CostsAction| {
        html! {
            <div class="sds-form-group">
                { tick_box(app, key, label, Some(hint), checked, app.sender(move |on| Action::Costs(make(on)))) }
            </div>
        }
    };
    let years = radios(
        app,
        "tax-year",
        &view.tax_years,
        year_key,
        CostsAction::SetTaxYear,
    );
    html! {
        <>
            { back_to_support(app, t) }
            { page.summary_once_tried(app, "support-error-summary-title", errors) }
            { page_heading(s.settings_title) }
            <p class="sds-body">{ s.settings_intro }</p>
            <form class="sds-form" novalidate=true {onsubmit}>
                { fieldset(t, Fieldset {
                    hint: Some(s.tax_year_hint),
                    ..Fieldset::new(app.id("tax-year"), Legend::Heading(s.tax_year_label), years)
                }) }
                { field(&view.plan_weeks) }
                <Heading depth={2} class="sds-heading-l">{ s.employer_settings_heading }</Heading>
                <p class="sds-body">{ s.employer_settings_hint }</p>
                { toggle("employment-allowance", s.allowance_label, s.allowance_hint, view.employment_allowance, CostsAction::SetEmploymentAllowance) }
                { for view.employer_fields.iter().map(field) }
                { toggle("pension-opt-in", s.opt_in_label, s.opt_in_hint, view.pension_opt_in, CostsAction::SetPensionOptIn) }
                <button type="submit" class="sds-button">{ s.save_settings }</button>
            </form>
        </>
    }
}
