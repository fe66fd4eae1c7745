//! Properties over random plans: the printed figures always add up, and no
//! input within the bounds makes the engine panic or overflow.
//!
//! Compiled only for tests: mod.rs includes it under #[cfg(test)].

use proptest::prelude::*;
use rust_decimal::Decimal;

use super::*;

fn money_text() -> impl Strategy<Value = String> {
    (0i64..=100_000_000).prop_map(|pennies| Decimal::new(pennies, 2).to_string())
}

fn hours_text() -> impl Strategy<Value = String> {
    (0i64..=16_800).prop_map(|hundredths| Decimal::new(hundredths, 2).to_string())
}

fn rate_text() -> impl Strategy<Value = String> {
    (0i64..=100_000).prop_map(|pennies| format!("£{}", Decimal::new(pennies, 2)))
}

/// Blank (every week of the plan) or a number of weeks; some exceed the
/// plan and must be reported, not costed.
fn weeks_text() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        (1u32..=104).prop_map(|w| w.to_string())
    ]
}

fn option() -> impl Strategy<Value = SdsOption> {
    prop_oneof![
        Just(SdsOption::Option1),
        Just(SdsOption::Option2),
        Just(SdsOption::Option3)
    ]
}

fn line_input() -> impl Strategy<Value = LineInput> {
    prop_oneof![
        3 => (hours_text(), rate_text(), weeks_text(), any::<bool>()).prop_map(|(h, r, w, age)| {
            LineInput::PersonalAssistant(PaInput {
                hours_a_week: h,
                hourly_rate: r,
                weeks: w,
                aged_22_or_over: age,
            })
        }),
        1 => (hours_text(), rate_text(), weeks_text()).prop_map(|(h, r, w)| {
            LineInput::ProviderHours(ProviderHoursInput {
                hours_a_week: h,
                hourly_rate: r,
                weeks: w,
            })
        }),
        1 => (money_text(), 0i64..=5_000, weeks_text()).prop_map(|(c, s, w)| {
            LineInput::Activity(ActivityInput {
                cost_a_session: c,
                sessions_a_week: Decimal::new(s, 2).to_string(),
                weeks: w,
            })
        }),
        1 => (money_text(), 0u32..=728).prop_map(|(c, n)| {
            LineInput::ShortBreaks(ShortBreaksInput {
                unit: BreakUnit::Night,
                cost_each: c,
                number: n.to_string(),
            })
        }),
        1 => money_text().prop_map(|amount| LineInput::OneOff(OneOffInput { amount })),
        1 => (0i64..=1_000_000, prop_oneof![Just(String::new()), (0i64..=20_000).prop_map(|p| Decimal::new(p, 2).to_string())], weeks_text())
            .prop_map(|(m, p, w)| {
                LineInput::Travel(TravelInput {
                    miles_a_week: Decimal::new(m, 2).to_string(),
                    pence_a_mile: p,
                    weeks: w,
                })
            }),
        1 => (money_text(), any::<bool>(), weeks_text()).prop_map(|(amount, weekly, weeks)| {
            LineInput::Other(OtherInput {
                amount,
                basis: if weekly { AmountBasis::AWeek } else { AmountBasis::ForThePeriod },
                weeks,
            })
        }),
        // Anything at all typed into a field.
        1 => (any::<String>(), any::<String>()).prop_map(|(h, r)| {
            LineInput::PersonalAssistant(PaInput {
                hours_a_week: h,
                hourly_rate: r,
                ..PaInput::default()
            })
        }),
    ]
}

fn support_line() -> impl Strategy<Value = (SdsOption, LineInput)> {
    (option(), line_input()).prop_map(|(option, input)| {
        // Most PA lines sit under Option 1, as the interface arranges.
        let option = match (&input, option) {
            (LineInput::PersonalAssistant(_), SdsOption::Option3) => SdsOption::Option1,
            (_, option) => option,
        };
        (option, input)
    })
}

fn budget_plan() -> impl Strategy<Value = BudgetPlan> {
    (
        1u32..=104,
        any::<bool>(),
        any::<bool>(),
        prop_oneof![Just(String::new()), money_text()],
        prop_oneof![Just(String::new()), (0u32..=53).prop_map(|n| n.to_string())],
        prop_oneof![
            Just(String::new()),
            (0i64..=10_000).prop_map(|p| Decimal::new(p, 2).to_string())
        ],
        prop::sample::select(TaxYear::ALL.to_vec()),
        prop::collection::vec(
            (support_line(), prop::option::weighted(0.3, 1u32..=12)),
            0..12,
        ),
    )
        .prop_map(
            |(plan_weeks, allowance, opt_in, insurance, payslips, contingency, tax_year, lines)| {
                BudgetPlan {
                    settings: PlanSettings {
                        tax_year,
                        plan_weeks: plan_weeks.to_string(),
                        employer: EmployerSettings {
                            employment_allowance: allowance,
                            insurance_premium_a_year: insurance,
                            payroll_cost_a_payslip: String::new(),
                            payslips_a_year: payslips,
                            contingency_percent: contingency,
                            pension_opt_in: opt_in,
                        },
                        indicative_budget: IndicativeBudget::WholePlan {
                            amount: "10000".into(),
                        },
                    },
                    lines: lines
                        .into_iter()
                        .zip(1u32..)
                        .map(|(((option, input), covers), id)| SupportLine {
                            // Some lines cover another line's holidays,
                            // whether or not that line is a PA.
                            covers: covers.map(LineId),
                            ..SupportLine::new(LineId(id), option, input)
                        })
                        .collect(),
                    ..BudgetPlan::default()
                }
            },
        )
}

fn sum(amounts: impl IntoIterator<Item = Decimal>) -> Decimal {
    amounts
        .into_iter()
        .fold(Decimal::ZERO, |total, amount| total + amount)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn printed_components_always_add_up_to_the_totals(plan in budget_plan()) {
        let rates = plan.settings.tax_year.rates();
        let breakdown = compute(&plan, &rates).unwrap();
        let mut by_option = [Decimal::ZERO; 3];
        let mut pa_count = 0;
        for line in &breakdown.lines {
            if let LineResult::Costed(costed) = &line.result {
                for component in &costed.components {
                    prop_assert_eq!(component.amount, component.amount.round_dp(2));
                    prop_assert!(!component.sources.is_empty());
                    prop_assert!(component.amount >= Decimal::ZERO);
                }
                prop_assert_eq!(costed.total, sum(costed.components.iter().map(|c| c.amount)));
                if let Some(pa) = costed.pa {
                    pa_count += 1;
                    prop_assert_eq!(pa.gross, pa.wages + pa.holiday);
                }
                let slot = SdsOption::ONE_TO_THREE.iter().position(|o| Some(*o) == line.option).unwrap();
                by_option[slot] += costed.total;
            }
        }
        if let Some(employer) = &breakdown.employer {
            prop_assert_eq!(employer.pa_count, pa_count);
            prop_assert_eq!(employer.costs, sum(employer.components.iter().map(|c| c.amount)));
            for component in &employer.components {
                prop_assert!(component.amount >= Decimal::ZERO);
                prop_assert!(component.kind != ComponentKind::EmploymentAllowance);
            }
            let allowance = employer.allowance.as_ref().map_or(Decimal::ZERO, |a| a.amount);
            prop_assert_eq!(employer.allowance.is_some(), plan.settings.employer.employment_allowance);
            prop_assert!(allowance <= Decimal::ZERO);
            prop_assert_eq!(employer.total, employer.costs + allowance);
            prop_assert_eq!(
                employer.employer_ni_after_allowance,
                employer.ni_before_allowance_total + allowance
            );
            prop_assert!(employer.employer_ni_after_allowance >= Decimal::ZERO);
            by_option[0] += employer.total;
        } else {
            prop_assert_eq!(pa_count, 0);
        }
        prop_assert_eq!(
            [breakdown.options.option1, breakdown.options.option2, breakdown.options.option3],
            by_option
        );
        prop_assert_eq!(breakdown.total, sum(by_option));
        prop_assert!(breakdown.total >= Decimal::ZERO);
        prop_assert_eq!(breakdown.about_a_week, (breakdown.total / Decimal::from(breakdown.plan_weeks)).round_dp_with_strategy(2, rust_decimal::RoundingStrategy::MidpointAwayFromZero));
        prop_assert_eq!(breakdown.budget_checks.len(), 1);
        // Cover moves weeks, never adds them: the PA and its cover together
        // are costed for the PA's own weeks.
        for split in &breakdown.covers {
            let pa = plan.lines.iter().find(|l| l.id == split.pa_line).unwrap();
            prop_assert!(matches!(pa.input, LineInput::PersonalAssistant(_)));
            let cover = plan.lines.iter().find(|l| l.id == split.cover_line).unwrap();
            prop_assert!(matches!(
                cover.input,
                LineInput::PersonalAssistant(_) | LineInput::ProviderHours(_)
            ));
            if let (Some(pa_weeks), Ok(values), true) =
                (split.pa_weeks, pa.values(breakdown.plan_weeks, &rates), split.counted)
            {
                let LineValues::PersonalAssistant(own) = values else {
                    unreachable!("a PA line's values are a PA's");
                };
                prop_assert_eq!(pa_weeks + split.cover_weeks, own.weeks.count);
            }
        }
    }

    #[test]
    fn arbitrary_settings_text_never_panics(
        plan_weeks in any::<String>(),
        insurance in any::<String>(),
        payslips in any::<String>(),
        contingency in any::<String>(),
        budget in any::<String>(),
    ) {
        let plan = BudgetPlan {
            settings: PlanSettings {
                plan_weeks,
                employer: EmployerSettings {
                    insurance_premium_a_year: insurance,
                    payslips_a_year: payslips,
                    contingency_percent: contingency,
                    ..EmployerSettings::default()
                },
                indicative_budget: IndicativeBudget::WholePlan { amount: budget },
                ..PlanSettings::default()
            },
            lines: vec![SupportLine::personal_assistant(LineId(1), "20", "13.45", "")],
            ..BudgetPlan::default()
        };
        let rates = TaxYear::Y2026_27.rates();
        let _ = compute(&plan, &rates);
        let _ = holiday_cover_due(&plan);
        let _ = suggested_cover_line(&plan, &rates, LineId(1), CoverBy::AnotherPa, LineId(2));
    }

    #[test]
    fn more_hours_never_cost_less(plan in budget_plan(), rate in 0i64..=100_000, weeks in 1u32..=104) {
        let rates = plan.settings.tax_year.rates();
        let plan_weeks: u32 = plan.settings.plan_weeks.parse().unwrap();
        let question = TradeOffQuestion {
            amount: Decimal::from(1_000_000),
            weeks: weeks.min(plan_weeks),
            aged_22_or_over: true,
            replacing: None,
        };
        let rate = Decimal::new(rate, 2);
        let mut previous = Decimal::ZERO;
        for quarters in (0..=672u32).step_by(7) {
            let mut with_pa = plan.clone();
            with_pa.lines.push(question.pa_line(LineId(0), rate, Decimal::new(i64::from(quarters) * 25, 2)));
            let cost = compute(&with_pa, &rates).unwrap().options.option1;
            prop_assert!(cost >= previous);
            previous = cost;
        }
    }
}
