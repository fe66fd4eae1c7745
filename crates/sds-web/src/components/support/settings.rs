//! The tax year, the plan's length and the employer's costs.

use sds_core::Action;
use sds_core::budget::{SettingsField, TaxYear};
use sds_core::model::Screen;
use sds_core::support::{self, SupportAction, SupportScreen};
use yew::prelude::*;

use super::BackToSupport;
use super::shared::{
    SupportErrorSummary, TextBox, checkbox, on_check, on_text, radio, text_box, use_field_refs,
    use_focus_on_attempt,
};
use crate::hooks::{AppContext, use_text};

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
    let attempts = use_state(|| 0_u32);
    let refs = use_field_refs();
    let summary_ref = use_node_ref();
    use_focus_on_attempt(*attempts, summary_ref.clone());

    let has_errors = !view.errors.is_empty();
    let onsubmit = {
        let dispatcher = app.state.dispatcher();
        let attempts = attempts.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            if has_errors {
                attempts.set(*attempts + 1);
            } else {
                dispatcher.dispatch(Action::Open(Screen::Support(SupportScreen::Start)));
            }
        })
    };
    let field = |f: &support::SettingsFieldView| {
        let dispatcher = app.state.dispatcher();
        let which = f.field;
        text_box(
            app,
            &refs,
            t.error_prefix,
            TextBox {
                id: f.id,
                label: f.label,
                hint: &f.hint,
                value: &f.value,
                error: f.error.as_deref(),
                money: f.money,
                inputmode: if matches!(
                    which,
                    SettingsField::PlanWeeks | SettingsField::PayslipsAYear
                ) {
                    "numeric"
                } else {
                    "decimal"
                },
            },
            on_text(move |text| {
                dispatcher.dispatch(Action::Support(SupportAction::SetEmployerField(
                    which, text,
                )))
            }),
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
            <SupportErrorSummary app={app.clone()} errors={if *attempts > 0 { view.errors.clone() } else { Vec::new() }}
                refs={refs.clone()} summary_ref={summary_ref} />
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
