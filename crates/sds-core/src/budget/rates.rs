//! The figures that change each April (sds-facts.md §7), one table per tax
//! year, each figure carrying where it came from.
//!
//! A council can replace any figure with its own local one; the replaced
//! figure then says it came from the council, so a family can always tell a
//! national rate from a local decision.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::money::{AmountError, FieldKind};

/// The tax year a sketch is priced in. Rates change each April, so a plan
/// keeps its year rather than silently repricing when the app is updated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum TaxYear {
    #[serde(rename = "2025-26")]
    Y2025_26,
    #[default]
    #[serde(rename = "2026-27")]
    Y2026_27,
}

impl TaxYear {
    pub const ALL: [TaxYear; 2] = [TaxYear::Y2025_26, TaxYear::Y2026_27];

    /// The calendar year in which the tax year starts (6 April).
    pub fn starts(self) -> u16 {
        match self {
            TaxYear::Y2025_26 => 2025,
            TaxYear::Y2026_27 => 2026,
        }
    }

    pub fn rates(self) -> RateTable {
        RateTable::for_year(self)
    }
}

/// Where a figure came from, so every figure on screen can cite it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RateSource {
    HmrcEmployerNi,
    GovUkEmploymentAllowance,
    GovUkHoliday,
    DwpAutoEnrolment,
    LivingWageFoundation,
    GovUkMinimumWage,
    HmrcMileage,
    /// Typed by the family.
    FamilyEntered,
    /// The length of the plan, which the family chose.
    PlanLength,
    /// A local figure from the council's configuration.
    CouncilConfiguration,
    /// A typical figure the app suggests; labelled as an example.
    ProductDefault,
}

impl RateSource {
    /// A citation for the figure. Re-check these each April with the
    /// figures themselves.
    pub fn source_url(self) -> Option<&'static str> {
        match self {
            RateSource::HmrcEmployerNi => {
                Some("https://www.gov.uk/national-insurance-rates-letters")
            }
            RateSource::GovUkEmploymentAllowance => {
                Some("https://www.gov.uk/claim-employment-allowance")
            }
            RateSource::GovUkHoliday => Some("https://www.gov.uk/holiday-entitlement-rights"),
            RateSource::DwpAutoEnrolment => Some("https://www.gov.uk/workplace-pensions"),
            RateSource::LivingWageFoundation => {
                Some("https://www.livingwage.org.uk/what-real-living-wage")
            }
            RateSource::GovUkMinimumWage => Some("https://www.gov.uk/national-minimum-wage-rates"),
            RateSource::HmrcMileage => Some(
                "https://www.gov.uk/expenses-and-benefits-business-travel-mileage/rules-for-tax",
            ),
            RateSource::FamilyEntered
            | RateSource::PlanLength
            | RateSource::CouncilConfiguration
            | RateSource::ProductDefault => None,
        }
    }
}

/// One figure and its provenance.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rate {
    pub value: Decimal,
    pub source: RateSource,
    /// sds-facts.md marks some figures unverified; the app must say so.
    pub unverified: bool,
}

impl Rate {
    fn national(value: Decimal, source: RateSource) -> Rate {
        Rate {
            value,
            source,
            unverified: false,
        }
    }

    fn unverified(value: Decimal, source: RateSource) -> Rate {
        Rate {
            value,
            source,
            unverified: true,
        }
    }
}

/// The figures behind rules 2 and 4–8 of budget-rules.md, plus the wage
/// floors a family needs when choosing a PA's rate. Yearly figures are for a
/// whole year; the engine scales them to the plan's length.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct RateTable {
    pub tax_year: TaxYear,
    /// Scotland funds PAs at the Real Living Wage or more, so this is the
    /// rate the trade-off table starts from. Marked unverified because the
    /// PA-specific notice for each year is not yet confirmed.
    pub pa_minimum_hourly: Rate,
    pub national_living_wage_21_plus: Rate,
    pub minimum_wage_18_to_20: Rate,
    pub minimum_wage_16_to_17: Rate,
    /// 5.6 weeks' leave accrued on hours worked.
    pub holiday_percent: Rate,
    pub holiday_weeks: Rate,
    pub employer_ni_percent: Rate,
    pub employer_ni_threshold_a_year: Rate,
    pub employment_allowance_a_year: Rate,
    pub pension_trigger_a_year: Rate,
    pub pension_lower_a_year: Rate,
    pub pension_upper_a_year: Rate,
    pub pension_employer_percent: Rate,
    pub mileage_pence_a_mile: Rate,
    pub insurance_premium_a_year: Rate,
    pub payroll_cost_a_payslip: Rate,
    pub payslips_a_year: Rate,
    pub contingency_percent: Rate,
}

fn pounds(pence: i64) -> Decimal {
    // Scale 2 is far below the maximum, so this cannot fail.
    Decimal::new(pence, 2)
}

fn whole(value: i64) -> Decimal {
    Decimal::from(value)
}

impl RateTable {
    pub fn for_year(tax_year: TaxYear) -> RateTable {
        use RateSource::*;
        let (pa_minimum, nlw, nmw_18_20, nmw_16_17, allowance) = match tax_year {
            TaxYear::Y2025_26 => (
                pounds(1260),
                pounds(1221),
                pounds(1000),
                pounds(755),
                Rate::national(whole(10_500), GovUkEmploymentAllowance),
            ),
            TaxYear::Y2026_27 => (
                pounds(1345),
                pounds(1271),
                pounds(1085),
                pounds(800),
                // "Assumed unchanged (unverified)" in sds-facts.md §7.
                Rate::unverified(whole(10_500), GovUkEmploymentAllowance),
            ),
        };
        RateTable {
            tax_year,
            pa_minimum_hourly: Rate::unverified(pa_minimum, LivingWageFoundation),
            national_living_wage_21_plus: Rate::national(nlw, GovUkMinimumWage),
            minimum_wage_18_to_20: Rate::national(nmw_18_20, GovUkMinimumWage),
            minimum_wage_16_to_17: Rate::national(nmw_16_17, GovUkMinimumWage),
            holiday_percent: Rate::national(pounds(1207), GovUkHoliday),
            holiday_weeks: Rate::national(Decimal::new(56, 1), GovUkHoliday),
            employer_ni_percent: Rate::national(whole(15), HmrcEmployerNi),
            employer_ni_threshold_a_year: Rate::national(whole(5_000), HmrcEmployerNi),
            employment_allowance_a_year: allowance,
            pension_trigger_a_year: Rate::national(whole(10_000), DwpAutoEnrolment),
            pension_lower_a_year: Rate::national(whole(6_240), DwpAutoEnrolment),
            pension_upper_a_year: Rate::national(whole(50_270), DwpAutoEnrolment),
            pension_employer_percent: Rate::national(whole(3), DwpAutoEnrolment),
            mileage_pence_a_mile: Rate::national(whole(45), HmrcMileage),
            insurance_premium_a_year: Rate::national(whole(80), ProductDefault),
            payroll_cost_a_payslip: Rate::national(whole(10), ProductDefault),
            payslips_a_year: Rate::national(whole(12), ProductDefault),
            contingency_percent: Rate::national(Decimal::ZERO, ProductDefault),
        }
    }

    /// A council's local figures in place of the national ones. Every
    /// override is checked against the same bounds as typed figures, so a
    /// mistyped configuration is caught when it is loaded, not mid-sum.
    pub fn with_overrides(
        &self,
        overrides: &RateOverrides,
    ) -> Result<RateTable, RateOverrideError> {
        let mut table = *self;
        for field in RateField::ALL {
            if let Some(value) = overrides.get(field) {
                let value = field
                    .kind()
                    .check(value)
                    .map_err(|error| RateOverrideError { field, error })?;
                *table.rate_mut(field) = Rate {
                    value,
                    source: RateSource::CouncilConfiguration,
                    unverified: false,
                };
            }
        }
        Ok(table)
    }

    pub fn rate(&self, field: RateField) -> Rate {
        match field {
            RateField::PaMinimumHourly => self.pa_minimum_hourly,
            RateField::NationalLivingWage21Plus => self.national_living_wage_21_plus,
            RateField::MinimumWage18To20 => self.minimum_wage_18_to_20,
            RateField::MinimumWage16To17 => self.minimum_wage_16_to_17,
            RateField::HolidayPercent => self.holiday_percent,
            RateField::HolidayWeeks => self.holiday_weeks,
            RateField::EmployerNiPercent => self.employer_ni_percent,
            RateField::EmployerNiThresholdAYear => self.employer_ni_threshold_a_year,
            RateField::EmploymentAllowanceAYear => self.employment_allowance_a_year,
            RateField::PensionTriggerAYear => self.pension_trigger_a_year,
            RateField::PensionLowerAYear => self.pension_lower_a_year,
            RateField::PensionUpperAYear => self.pension_upper_a_year,
            RateField::PensionEmployerPercent => self.pension_employer_percent,
            RateField::MileagePenceAMile => self.mileage_pence_a_mile,
            RateField::InsurancePremiumAYear => self.insurance_premium_a_year,
            RateField::PayrollCostAPayslip => self.payroll_cost_a_payslip,
            RateField::PayslipsAYear => self.payslips_a_year,
            RateField::ContingencyPercent => self.contingency_percent,
        }
    }

    fn rate_mut(&mut self, field: RateField) -> &mut Rate {
        match field {
            RateField::PaMinimumHourly => &mut self.pa_minimum_hourly,
            RateField::NationalLivingWage21Plus => &mut self.national_living_wage_21_plus,
            RateField::MinimumWage18To20 => &mut self.minimum_wage_18_to_20,
            RateField::MinimumWage16To17 => &mut self.minimum_wage_16_to_17,
            RateField::HolidayPercent => &mut self.holiday_percent,
            RateField::HolidayWeeks => &mut self.holiday_weeks,
            RateField::EmployerNiPercent => &mut self.employer_ni_percent,
            RateField::EmployerNiThresholdAYear => &mut self.employer_ni_threshold_a_year,
            RateField::EmploymentAllowanceAYear => &mut self.employment_allowance_a_year,
            RateField::PensionTriggerAYear => &mut self.pension_trigger_a_year,
            RateField::PensionLowerAYear => &mut self.pension_lower_a_year,
            RateField::PensionUpperAYear => &mut self.pension_upper_a_year,
            RateField::PensionEmployerPercent => &mut self.pension_employer_percent,
            RateField::MileagePenceAMile => &mut self.mileage_pence_a_mile,
            RateField::InsurancePremiumAYear => &mut self.insurance_premium_a_year,
            RateField::PayrollCostAPayslip => &mut self.payroll_cost_a_payslip,
            RateField::PayslipsAYear => &mut self.payslips_a_year,
            RateField::ContingencyPercent => &mut self.contingency_percent,
        }
    }
}

/// Names each figure in a [`RateTable`], so an override error can point at
/// the line of the council's configuration that is wrong.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RateField {
    PaMinimumHourly,
    NationalLivingWage21Plus,
    MinimumWage18To20,
    MinimumWage16To17,
    HolidayPercent,
    HolidayWeeks,
    EmployerNiPercent,
    EmployerNiThresholdAYear,
    EmploymentAllowanceAYear,
    PensionTriggerAYear,
    PensionLowerAYear,
    PensionUpperAYear,
    PensionEmployerPercent,
    MileagePenceAMile,
    InsurancePremiumAYear,
    PayrollCostAPayslip,
    PayslipsAYear,
    ContingencyPercent,
}

impl RateField {
    pub const ALL: [RateField; 18] = [
        RateField::PaMinimumHourly,
        RateField::NationalLivingWage21Plus,
        RateField::MinimumWage18To20,
        RateField::MinimumWage16To17,
        RateField::HolidayPercent,
        RateField::HolidayWeeks,
        RateField::EmployerNiPercent,
        RateField::EmployerNiThresholdAYear,
        RateField::EmploymentAllowanceAYear,
        RateField::PensionTriggerAYear,
        RateField::PensionLowerAYear,
        RateField::PensionUpperAYear,
        RateField::PensionEmployerPercent,
        RateField::MileagePenceAMile,
        RateField::InsurancePremiumAYear,
        RateField::PayrollCostAPayslip,
        RateField::PayslipsAYear,
        RateField::ContingencyPercent,
    ];

    /// The bounds an override must meet.
    pub fn kind(self) -> FieldKind {
        match self {
            RateField::PaMinimumHourly
            | RateField::NationalLivingWage21Plus
            | RateField::MinimumWage18To20
            | RateField::MinimumWage16To17 => FieldKind::HourlyRate,
            RateField::HolidayPercent
            | RateField::EmployerNiPercent
            | RateField::PensionEmployerPercent
            | RateField::ContingencyPercent => FieldKind::Percentage,
            RateField::HolidayWeeks => FieldKind::WeeksOfLeave,
            RateField::EmployerNiThresholdAYear
            | RateField::EmploymentAllowanceAYear
            | RateField::PensionTriggerAYear
            | RateField::PensionLowerAYear
            | RateField::PensionUpperAYear
            | RateField::InsurancePremiumAYear
            | RateField::PayrollCostAPayslip => FieldKind::Amount,
            RateField::MileagePenceAMile => FieldKind::PenceAMile,
            RateField::PayslipsAYear => FieldKind::PayslipsAYear,
        }
    }
}

/// A council's local figures, as held in its configuration. A missing
/// figure keeps the national one.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct RateOverrides {
    pub pa_minimum_hourly: Option<Decimal>,
    pub national_living_wage_21_plus: Option<Decimal>,
    pub minimum_wage_18_to_20: Option<Decimal>,
    pub minimum_wage_16_to_17: Option<Decimal>,
    pub holiday_percent: Option<Decimal>,
    pub holiday_weeks: Option<Decimal>,
    pub employer_ni_percent: Option<Decimal>,
    pub employer_ni_threshold_a_year: Option<Decimal>,
    pub employment_allowance_a_year: Option<Decimal>,
    pub pension_trigger_a_year: Option<Decimal>,
    pub pension_lower_a_year: Option<Decimal>,
    pub pension_upper_a_year: Option<Decimal>,
    pub pension_employer_percent: Option<Decimal>,
    pub mileage_pence_a_mile: Option<Decimal>,
    pub insurance_premium_a_year: Option<Decimal>,
    pub payroll_cost_a_payslip: Option<Decimal>,
    pub payslips_a_year: Option<Decimal>,
    pub contingency_percent: Option<Decimal>,
}

impl RateOverrides {
    pub fn get(&self, field: RateField) -> Option<Decimal> {
        match field {
            RateField::PaMinimumHourly => self.pa_minimum_hourly,
            RateField::NationalLivingWage21Plus => self.national_living_wage_21_plus,
            RateField::MinimumWage18To20 => self.minimum_wage_18_to_20,
            RateField::MinimumWage16To17 => self.minimum_wage_16_to_17,
            RateField::HolidayPercent => self.holiday_percent,
            RateField::HolidayWeeks => self.holiday_weeks,
            RateField::EmployerNiPercent => self.employer_ni_percent,
            RateField::EmployerNiThresholdAYear => self.employer_ni_threshold_a_year,
            RateField::EmploymentAllowanceAYear => self.employment_allowance_a_year,
            RateField::PensionTriggerAYear => self.pension_trigger_a_year,
            RateField::PensionLowerAYear => self.pension_lower_a_year,
            RateField::PensionUpperAYear => self.pension_upper_a_year,
            RateField::PensionEmployerPercent => self.pension_employer_percent,
            RateField::MileagePenceAMile => self.mileage_pence_a_mile,
            RateField::InsurancePremiumAYear => self.insurance_premium_a_year,
            RateField::PayrollCostAPayslip => self.payroll_cost_a_payslip,
            RateField::PayslipsAYear => self.payslips_a_year,
            RateField::ContingencyPercent => self.contingency_percent,
        }
    }
}

/// A council figure outside the bounds any typed figure must meet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct RateOverrideError {
    pub field: RateField,
    pub error: AmountError,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::d;

    #[test]
    fn pa_minimum_is_the_real_living_wage_of_each_year() {
        let actual = [
            TaxYear::Y2025_26.rates().pa_minimum_hourly.value,
            TaxYear::Y2026_27.rates().pa_minimum_hourly.value,
        ];
        assert_eq!(actual, [d("12.60"), d("13.45")]);
    }

    #[test]
    fn minimum_wage_bands_differ_between_years() {
        let old = TaxYear::Y2025_26.rates();
        let new = TaxYear::Y2026_27.rates();
        assert_eq!(
            [
                old.national_living_wage_21_plus.value,
                old.minimum_wage_18_to_20.value,
                old.minimum_wage_16_to_17.value
            ],
            [d("12.21"), d("10.00"), d("7.55")]
        );
        assert_eq!(
            [
                new.national_living_wage_21_plus.value,
                new.minimum_wage_18_to_20.value,
                new.minimum_wage_16_to_17.value
            ],
            [d("12.71"), d("10.85"), d("8.00")]
        );
    }

    #[test]
    fn frozen_thresholds_are_the_same_in_both_years() {
        let old = TaxYear::Y2025_26.rates();
        let new = TaxYear::Y2026_27.rates();
        for field in [
            RateField::EmployerNiPercent,
            RateField::EmployerNiThresholdAYear,
            RateField::PensionTriggerAYear,
            RateField::PensionLowerAYear,
            RateField::PensionUpperAYear,
            RateField::HolidayPercent,
            RateField::MileagePenceAMile,
        ] {
            assert_eq!(old.rate(field), new.rate(field), "{field:?}");
        }
    }

    #[test]
    fn employment_allowance_for_2026_27_is_flagged_unverified() {
        let actual = (
            TaxYear::Y2025_26
                .rates()
                .employment_allowance_a_year
                .unverified,
            TaxYear::Y2026_27
                .rates()
                .employment_allowance_a_year
                .unverified,
        );
        assert_eq!(actual, (false, true));
    }

    #[test]
    fn every_national_figure_cites_a_source() {
        let table = TaxYear::Y2026_27.rates();
        for field in RateField::ALL {
            let rate = table.rate(field);
            let cited =
                rate.source.source_url().is_some() || rate.source == RateSource::ProductDefault;
            assert!(cited, "{field:?}");
        }
    }

    #[test]
    fn a_council_override_replaces_the_figure_and_says_so() {
        let overrides = RateOverrides {
            insurance_premium_a_year: Some(d("95")),
            ..RateOverrides::default()
        };
        let table = TaxYear::Y2026_27
            .rates()
            .with_overrides(&overrides)
            .unwrap();
        let expected = Rate {
            value: d("95"),
            source: RateSource::CouncilConfiguration,
            unverified: false,
        };
        assert_eq!(table.insurance_premium_a_year, expected);
        assert_eq!(table.employer_ni_percent.source, RateSource::HmrcEmployerNi);
    }

    #[test]
    fn an_out_of_bounds_override_is_refused() {
        let overrides = RateOverrides {
            contingency_percent: Some(d("150")),
            ..RateOverrides::default()
        };
        let actual = TaxYear::Y2026_27.rates().with_overrides(&overrides);
        let expected = Err(RateOverrideError {
            field: RateField::ContingencyPercent,
            error: AmountError::TooLarge {
                max: Decimal::ONE_HUNDRED,
            },
        });
        assert_eq!(actual, expected);
    }

    #[test]
    fn overrides_read_from_council_json() {
        let json = r#"{"mileage_pence_a_mile": "50", "payslips_a_year": "52"}"#;
        let overrides: RateOverrides = serde_json::from_str(json).unwrap();
        let table = TaxYear::Y2025_26
            .rates()
            .with_overrides(&overrides)
            .unwrap();
        assert_eq!(
            (
                table.mileage_pence_a_mile.value,
                table.payslips_a_year.value
            ),
            (d("50"), d("52"))
        );
    }

    #[test]
    fn tax_year_is_stored_as_its_label() {
        let actual = serde_json::to_string(&TaxYear::Y2025_26).unwrap();
        assert_eq!(actual, r#""2025-26""#);
    }
}
