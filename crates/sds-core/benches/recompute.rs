//! How long one recompute of a large plan takes. The interface recomputes
//! on every keystroke, so this must stay far below a frame (16 ms).
//!
//! Run with `cargo bench -p sds-core --bench recompute`.

use std::hint::black_box;
use std::time::Instant;

use sds_core::budget::{
    ActivityInput, AmountBasis, BreakUnit, BudgetPlan, LineId, LineInput, OneOffInput, OtherInput,
    PaInput, PlanSettings, ProviderHoursInput, SdsOption, ShortBreaksInput, SupportLine,
    TravelInput, compute,
};

const LINES: u32 = 200;
const RUNS: u32 = 2_000;

fn mixed_line(id: u32) -> SupportLine {
    let n = id % 7;
    let text = |value: u32| value.to_string();
    let (option, input) = match n {
        0 => (
            SdsOption::Option1,
            LineInput::PersonalAssistant(PaInput {
                hours_a_week: format!("{}.25", 5 + id % 30),
                hourly_rate: format!("£13.{:02}", id % 100),
                weeks: if id % 2 == 1 { text(39) } else { String::new() },
                aged_22_or_over: matches!(id % 3, 1 | 2),
            }),
        ),
        1 => (
            SdsOption::Option2,
            LineInput::ProviderHours(ProviderHoursInput {
                hours_a_week: text(2 + id % 10),
                hourly_rate: "£24.50".into(),
                weeks: text(39),
            }),
        ),
        2 => (
            SdsOption::Option1,
            LineInput::Activity(ActivityInput {
                cost_a_session: "£7.50".into(),
                sessions_a_week: "1.5".into(),
                weeks: String::new(),
            }),
        ),
        3 => (
            SdsOption::Option3,
            LineInput::ShortBreaks(ShortBreaksInput {
                unit: BreakUnit::Night,
                cost_each: "£185".into(),
                number: text(id % 20),
            }),
        ),
        4 => (
            SdsOption::Option1,
            LineInput::OneOff(OneOffInput {
                amount: "£1,200.50".into(),
            }),
        ),
        5 => (
            SdsOption::Option1,
            LineInput::Travel(TravelInput {
                miles_a_week: text(20 + id % 40),
                pence_a_mile: String::new(),
                weeks: String::new(),
            }),
        ),
        _ => (
            SdsOption::Option2,
            LineInput::Other(OtherInput {
                amount: "12.34".into(),
                basis: AmountBasis::AWeek,
                weeks: text(26),
            }),
        ),
    };
    SupportLine::new(LineId(id), option, input)
}

fn main() {
    let mut plan = BudgetPlan {
        settings: PlanSettings::default(),
        lines: (1..=LINES).map(mixed_line).collect(),
        ..BudgetPlan::default()
    };
    plan.settings.employer.contingency_percent = "5".into();
    let rates = plan.settings.tax_year.rates();

    // Warm up, and check the plan is fully valid so the bench costs real work.
    let Ok(first) = compute(&plan, &rates) else {
        eprintln!("the bench plan should be valid");
        std::process::exit(1);
    };
    let invalid = first
        .lines
        .iter()
        .filter(|line| !matches!(line.result, sds_core::budget::LineResult::Costed(_)))
        .count();
    if invalid > 0 {
        eprintln!("{invalid} bench lines are invalid");
        std::process::exit(1);
    }

    let start = Instant::now();
    for _ in 0..RUNS {
        let breakdown = compute(black_box(&plan), black_box(&rates));
        black_box(breakdown.ok());
    }
    let per_run = start.elapsed() / RUNS;
    println!(
        "recompute {LINES} lines: {:.1} µs per recompute ({RUNS} runs)",
        per_run.as_secs_f64() * 1e6
    );

    // What the page does on each keystroke: the costs page's whole view
    // model (recompute, words and money formatting), and the budget page
    // (which adds "what a budget buys" and its table of rates).
    let mut whole_plan = sds_core::plan::Plan {
        support: plan,
        ..Default::default()
    };
    whole_plan.support.buys.amount = "250000".into();
    let text = &sds_core::text::EN;
    const VIEW_RUNS: u32 = 200;
    let start = Instant::now();
    for _ in 0..VIEW_RUNS {
        black_box(sds_core::steps::costs::start(black_box(&whole_plan), text));
    }
    let per_run = start.elapsed() / VIEW_RUNS;
    println!(
        "costs page view for {LINES} lines: {:.1} µs per keystroke ({VIEW_RUNS} runs)",
        per_run.as_secs_f64() * 1e6
    );
    let start = Instant::now();
    for _ in 0..VIEW_RUNS {
        black_box(sds_core::steps::costs::budget(black_box(&whole_plan), text));
    }
    let per_run = start.elapsed() / VIEW_RUNS;
    println!(
        "budget page view for {LINES} lines: {:.1} µs per keystroke ({VIEW_RUNS} runs)",
        per_run.as_secs_f64() * 1e6
    );
}
