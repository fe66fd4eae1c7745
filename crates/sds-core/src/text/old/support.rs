//! The words of "Support ideas and costs". Figures that change each April
//! are never written here: they come from the rate table and are passed in,
//! so the words stay true when the rates change.

/// The words for one kind of support line.
#[derive(Debug)]
pub struct KindText {
    /// Short name, used in lists and as a line's name when it has none.
    pub name: &'static str,
    /// The page heading when adding or changing a line of this kind.
    pub heading: &'static str,
    /// Examples from real SDS use (sds-facts.md §5, §8).
    pub examples: &'static str,
}

/// Label and one-line explanation for one figure in the breakdown.
#[derive(Debug)]
pub struct ComponentText {
    pub label: &'static str,
    pub explanation: &'static str,
}

#[derive(Debug)]
pub struct SupportText {
    pub title: &'static str,
    pub intro: &'static [&'static str],
    /// Shown wherever a total appears (budget-rules.md).
    pub estimate_warning: &'static str,
    pub tax_year: fn(&str) -> String,
    pub plan_length: fn(u32) -> String,
    pub change_settings: &'static str,
    pub back_to_support: &'static str,

    // The list of ideas.
    pub ideas_heading: &'static str,
    pub no_ideas: &'static str,
    pub add_idea: &'static str,
    pub change: &'static str,
    pub remove: &'static str,
    pub remove_title: fn(&str) -> String,
    pub remove_body: &'static str,
    pub remove_confirm: &'static str,
    pub remove_cancel: &'static str,
    pub idea_not_counted: &'static str,
    pub idea_costs: fn(&str) -> String,
    pub idea_costs_pa: fn(&str) -> String,
    pub option_names: [&'static str; 3],

    // Choosing a kind.
    pub choose_heading: &'static str,
    pub choose_hint: &'static str,
    pub choose_missing: &'static str,
    pub continue_button: &'static str,
    pub kinds: [KindText; 7],

    // A line's question page.
    pub name_label: &'static str,
    pub name_hint: &'static str,
    pub hours_label: &'static str,
    pub hours_hint_pa: &'static str,
    pub hours_hint_provider: &'static str,
    pub pa_rate_label: &'static str,
    pub pa_rate_hint: fn(&str, &str) -> String,
    pub provider_rate_label: &'static str,
    pub provider_rate_hint: &'static str,
    /// "Fife Council funds £14.50 an hour for a PA (the council's figure)."
    pub council_pa_rate: fn(&str, &str) -> String,
    pub council_provider_rates: fn(&str, &str) -> String,
    pub weeks_label: &'static str,
    pub weeks_hint: fn(u32) -> String,
    pub aged_22_label: &'static str,
    pub aged_22_hint: &'static str,
    pub yes: &'static str,
    pub no: &'static str,
    pub session_cost_label: &'static str,
    pub session_cost_hint: &'static str,
    pub sessions_label: &'static str,
    pub sessions_hint: &'static str,
    pub break_unit_label: &'static str,
    pub break_nights: &'static str,
    pub break_days: &'static str,
    pub break_cost_label: &'static str,
    pub break_cost_hint: &'static str,
    pub break_number_label: &'static str,
    pub break_number_hint: &'static str,
    pub one_off_label: &'static str,
    pub one_off_hint: &'static str,
    pub miles_label: &'static str,
    pub miles_hint: &'static str,
    pub pence_label: &'static str,
    pub pence_hint: fn(&str) -> String,
    pub basis_label: &'static str,
    pub basis_a_week: &'static str,
    pub basis_period: &'static str,
    pub other_amount_label: &'static str,
    pub other_amount_hint: &'static str,
    pub option_label: &'static str,
    pub option_hint: &'static str,
    pub option_hints: [&'static str; 3],
    pub pa_option_heading: &'static str,
    pub pa_option_explained: &'static str,
    pub outcomes_label: &'static str,
    pub outcomes_hint: &'static str,
    pub no_outcomes: &'static str,
    pub when_label: &'static str,
    pub when_hint: &'static str,
    pub save_idea: &'static str,
    pub pa_below_minimum: fn(&str) -> String,
    pub unverified: &'static str,

    // Field nouns for error messages.
    pub noun_hours: &'static str,
    pub noun_rate: &'static str,
    pub noun_weeks: &'static str,
    pub noun_session_cost: &'static str,
    pub noun_sessions: &'static str,
    pub noun_break_cost: &'static str,
    pub noun_break_number: &'static str,
    pub noun_amount: &'static str,
    pub noun_miles: &'static str,
    pub noun_pence: &'static str,
    pub noun_plan_weeks: &'static str,
    pub noun_insurance: &'static str,
    pub noun_payslip_cost: &'static str,
    pub noun_payslips: &'static str,
    pub noun_contingency: &'static str,
    pub noun_budget: &'static str,

    // Error messages, built from a noun.
    pub error_empty: fn(&str) -> String,
    pub error_not_a_number: fn(&str) -> String,
    pub error_negative: fn(&str) -> String,
    pub error_not_whole: fn(&str) -> String,
    pub error_pennies: fn(&str) -> String,
    pub error_places: fn(&str) -> String,
    pub error_too_small: fn(&str, &str) -> String,
    pub error_too_large: fn(&str, &str) -> String,
    pub error_more_than_plan: fn(u32) -> String,
    pub error_pa_not_option_1: &'static str,
    pub error_too_large_to_cost: &'static str,
    pub error_settings: &'static str,

    // The breakdown.
    pub costs_heading: &'static str,
    pub breakdown_heading: &'static str,
    pub employer_heading: &'static str,
    pub employer_hint: &'static str,
    pub ni_after_allowance: fn(&str) -> String,
    pub line_total: &'static str,
    pub employer_total: &'static str,
    pub source: fn(&str) -> String,
    pub source_prefix: &'static str,
    pub components: [ComponentText; 14],
    pub pension_none_below_trigger: &'static str,
    pub pension_none_under_22: &'static str,
    pub pension_opted_in: &'static str,
    pub sources: [&'static str; 11],
    pub column_item: &'static str,
    pub column_amount: &'static str,

    // Totals.
    pub totals_heading: &'static str,
    pub column_option: &'static str,
    pub column_period: &'static str,
    pub column_week: &'static str,
    pub total_all: &'static str,
    pub about_a_week: fn(&str) -> String,
    pub plan_total: fn(&str, u32) -> String,
    pub option_4_note: &'static str,

    // Holiday cover.
    pub cover_heading: &'static str,
    pub cover_reminder: fn(&str, &str) -> String,
    pub cover_by_pa: &'static str,
    pub cover_by_provider: &'static str,
    pub cover_for: fn(&str) -> String,

    // Settings.
    pub settings_title: &'static str,
    pub settings_intro: &'static str,
    pub tax_year_label: &'static str,
    pub tax_year_hint: &'static str,
    pub plan_weeks_label: &'static str,
    pub plan_weeks_hint: &'static str,
    pub employer_settings_heading: &'static str,
    pub employer_settings_hint: &'static str,
    pub allowance_label: &'static str,
    pub allowance_hint: &'static str,
    pub opt_in_label: &'static str,
    pub opt_in_hint: &'static str,
    pub insurance_label: &'static str,
    pub payslip_cost_label: &'static str,
    pub payslips_label: &'static str,
    pub contingency_label: &'static str,
    pub contingency_hint: &'static str,
    pub default_is: fn(&str, &str) -> String,
    pub save_settings: &'static str,

    // A typical week.
    pub week_title: &'static str,
    pub week_intro: &'static str,
    pub week_link: &'static str,
    pub days: [&'static str; 7],
    pub parts: [&'static str; 3],
    pub nothing_planned: &'static str,
    pub at_once: fn(usize) -> String,
    pub not_placed: &'static str,
    pub column_day: &'static str,
    pub change_when: &'static str,

    // Indicative budget and what it buys.
    pub budget_title: &'static str,
    pub budget_link: &'static str,
    pub budget_intro: &'static str,
    pub budget_kind_label: &'static str,
    pub budget_none: &'static str,
    pub budget_whole: &'static str,
    pub budget_per_option: &'static str,
    pub budget_amount_label: &'static str,
    pub budget_option_label: fn(&str) -> String,
    pub budget_hint: &'static str,
    pub left: fn(&str, &str, &str, &str) -> String,
    pub over: fn(&str, &str, &str, &str) -> String,
    pub whole_plan: &'static str,
    pub buys_heading: &'static str,
    pub buys_intro: &'static str,
    pub buys_amount_label: &'static str,
    pub buys_amount_hint: &'static str,
    pub buys_rate_label: &'static str,
    pub buys_rate_hint: fn(&str) -> String,
    pub buys_weeks_label: &'static str,
    pub buys_weeks_hint: fn(u32) -> String,
    pub buys_result: fn(&str, &str, &str) -> String,
    pub buys_nothing: fn(&str) -> String,
    pub trade_off_heading: &'static str,
    pub trade_off_hint: &'static str,
    pub column_rate: &'static str,
    pub column_hours: &'static str,
    pub column_cost: &'static str,
    pub hours_a_week: fn(&str) -> String,
    pub none_fit: &'static str,
    pub above_minimum: fn(&str) -> String,
    pub the_minimum: &'static str,
}

fn tax_year_en(year: &str) -> String {
    format!("Figures use the rates for the {year} tax year.")
}
fn plan_length_en(weeks: u32) -> String {
    format!("Your plan covers {weeks} weeks.")
}
fn idea_costs_en(amount: &str) -> String {
    format!("About {amount} for the plan")
}
fn remove_title_en(name: &str) -> String {
    format!("Remove {name}?")
}
fn idea_costs_pa_en(amount: &str) -> String {
    format!("About {amount} for the plan, plus the costs of being an employer")
}
fn council_pa_rate_en(council: &str, rate: &str) -> String {
    format!(
        "{council} funds {rate} an hour for a personal assistant. This is the council's figure."
    )
}

fn council_provider_rates_en(council: &str, list: &str) -> String {
    format!("Example rates from {council} (the council's figures): {list} an hour.")
}

fn pa_rate_hint_en(minimum: &str, year: &str) -> String {
    // sds-facts.md §7: PAs in Scotland are funded at the Real Living Wage.
    format!(
        "In pounds. In {year}, PAs in Scotland should be paid at least {minimum} an hour, the Real Living Wage. A higher rate can help you find a PA."
    )
}
fn weeks_hint_en(plan_weeks: u32) -> String {
    format!(
        "Leave blank for every week of your plan ({plan_weeks} weeks). For school term time only, enter 39."
    )
}
fn pence_hint_en(default: &str) -> String {
    // sds-facts.md §7: HMRC approved mileage rate.
    format!(
        "Leave blank to use {default} a mile, the HM Revenue and Customs (HMRC) approved rate for a car."
    )
}
fn pa_below_minimum_en(minimum: &str) -> String {
    format!(
        "This rate is below {minimum} an hour, the least a PA in Scotland should be paid. Check with your council."
    )
}
fn error_empty_en(noun: &str) -> String {
    format!("Enter {noun}")
}
fn error_not_a_number_en(noun: &str) -> String {
    format!("Enter {noun} as a number, like 12.50")
}
fn error_negative_en(noun: &str) -> String {
    format!("Enter {noun} as 0 or more, without a minus sign")
}
fn error_not_whole_en(noun: &str) -> String {
    format!("Enter {noun} as a whole number, like 12")
}
fn error_pennies_en(noun: &str) -> String {
    format!("Enter {noun} in pounds and pence, like 12.50")
}
fn error_places_en(noun: &str) -> String {
    format!("Enter {noun} with no more than 2 numbers after the point")
}
fn error_too_small_en(noun: &str, min: &str) -> String {
    format!("Enter {noun} of {min} or more")
}
fn error_too_large_en(noun: &str, max: &str) -> String {
    format!("Enter {noun} of {max} or less")
}
fn error_more_than_plan_en(plan_weeks: u32) -> String {
    format!("Enter {plan_weeks} weeks or fewer: your plan covers {plan_weeks} weeks")
}
fn ni_after_allowance_en(amount: &str) -> String {
    format!("National Insurance left to pay after the Employment Allowance: {amount}")
}
fn source_en(list: &str) -> String {
    format!("Source: {list}")
}
fn about_a_week_en(amount: &str) -> String {
    format!("about {amount} a week")
}
fn plan_total_en(amount: &str, weeks: u32) -> String {
    format!("Your ideas cost about {amount} for {weeks} weeks.")
}
fn cover_reminder_en(name: &str, weeks: &str) -> String {
    // sds-facts.md §6: 5.6 weeks' paid holiday; §6 "no cover" worry.
    format!(
        "{name} is booked every week. A PA has {weeks} weeks of paid holiday a year, so someone else needs to cover those weeks. You could add a line for cover."
    )
}
fn cover_for_en(name: &str) -> String {
    format!("Cover for {name}")
}
fn default_is_en(value: &str, source: &str) -> String {
    format!("Leave blank to use {value}: {source}.")
}
fn at_once_en(count: usize) -> String {
    format!("{count} things at once")
}
fn budget_option_label_en(option: &str) -> String {
    format!("{option} (optional)")
}
fn left_en(scope: &str, budget: &str, sketch: &str, left: &str) -> String {
    format!("{scope}: the budget is {budget} and your ideas cost {sketch}. You have {left} left.")
}
fn over_en(scope: &str, budget: &str, sketch: &str, over: &str) -> String {
    format!(
        "{scope}: the budget is {budget} and your ideas cost {sketch}. That is {over} over the budget."
    )
}
fn buys_rate_hint_en(minimum: &str) -> String {
    format!("Leave blank to use {minimum} an hour, the least a PA in Scotland should be paid.")
}
fn buys_weeks_hint_en(plan_weeks: u32) -> String {
    format!("Leave blank for every week of your plan ({plan_weeks} weeks).")
}
fn buys_result_en(amount: &str, hours: &str, rate: &str) -> String {
    format!(
        "{amount} buys up to {hours} hours a week of a PA at {rate} an hour, with all the costs of being an employer."
    )
}
fn buys_nothing_en(amount: &str) -> String {
    format!("{amount} is not enough: the other Option 1 costs in your plan already use it up.")
}
fn hours_a_week_en(hours: &str) -> String {
    format!("{hours} hours a week")
}
fn above_minimum_en(step: &str) -> String {
    format!("{step} more")
}

pub const EN: SupportText = SupportText {
    title: "Support ideas and costs",
    intro: &[
        // sds-facts.md §5, §8: what a budget can pay for.
        "Write down each idea for support you have. For each one, we work out a rough cost.",
        "Support can be many things: a club after school, short breaks, a personal assistant (PA), equipment, or help with travel.",
    ],
    estimate_warning: "This is an estimate to help you talk to your council. It is not your budget.",
    tax_year: tax_year_en,
    plan_length: plan_length_en,
    change_settings: "Change the tax year, plan length and employer costs",
    back_to_support: "Back to support ideas and costs",

    ideas_heading: "Your support ideas",
    no_ideas: "You have not added any ideas yet.",
    add_idea: "Add a support idea",
    change: "Change",
    remove: "Remove",
    remove_title: remove_title_en,
    remove_body: "This takes the idea out of your plan and out of the costs. You cannot undo this.",
    remove_confirm: "Yes, remove it",
    remove_cancel: "No, keep it",
    idea_not_counted: "Not counted yet: some answers need fixing.",
    idea_costs: idea_costs_en,
    idea_costs_pa: idea_costs_pa_en,
    // sds-facts.md §2: plain labels councils use.
    option_names: [
        "Option 1: direct payment",
        "Option 2: you choose, someone else arranges",
        "Option 3: the council arranges",
    ],

    choose_heading: "What kind of support is it?",
    choose_hint: "Choose the one that fits best. You can add as many ideas as you like.",
    choose_missing: "Select the kind of support",
    continue_button: "Continue",
    kinds: [
        KindText {
            name: "Personal assistant (PA)",
            heading: "A personal assistant (PA)",
            examples: "A PA is someone you employ yourself. For example, a PA who takes your child swimming, to a youth club or out in the community.",
        },
        KindText {
            name: "Provider or agency hours",
            heading: "Hours from a provider or agency",
            examples: "Support workers from an agency or care provider. For example, help at home after school, or support at a holiday club.",
        },
        KindText {
            name: "Club or activity",
            heading: "A club, group or activity",
            examples: "For example, an after-school club, a summer club, a swimming lesson, a drama group or a youth club.",
        },
        KindText {
            name: "Short breaks",
            heading: "Short breaks",
            examples: "A break for your child and your family. For example, a night away at a short break centre, or a day out with a play scheme.",
        },
        KindText {
            name: "One-off purchase",
            heading: "A one-off purchase",
            examples: "Something you buy once. For example, a trampoline, sensory equipment, or a garden room so a young person has their own space.",
        },
        KindText {
            name: "Travel",
            heading: "Travel",
            examples: "The cost of getting to support. For example, driving to a club or short break. In rural areas this can be a lot of miles.",
        },
        KindText {
            name: "Something else",
            heading: "Something else",
            examples: "Anything else that would help. For example, a course or a membership.",
        },
    ],

    name_label: "What do you call this idea? (optional)",
    name_hint: "A short name helps you find it later. For example, Saturday swimming.",
    hours_label: "How many hours a week?",
    hours_hint_pa: "For example, 6. Use .5 for half an hour, like 6.5.",
    hours_hint_provider: "For example, 4. Use .5 for half an hour, like 4.5.",
    pa_rate_label: "How much an hour would you pay the PA?",
    pa_rate_hint: pa_rate_hint_en,
    provider_rate_label: "How much does the provider charge an hour?",
    provider_rate_hint: "In pounds. Ask the provider or your council. There is no national rate.",
    council_pa_rate: council_pa_rate_en,
    council_provider_rates: council_provider_rates_en,
    weeks_label: "For how many weeks? (optional)",
    weeks_hint: weeks_hint_en,
    aged_22_label: "Is the PA aged 22 or over?",
    // sds-facts.md §7: auto-enrolment from age 22.
    aged_22_hint: "Workers aged 22 or over who earn enough must be put in a workplace pension. This adds a cost.",
    yes: "Yes",
    no: "No",
    session_cost_label: "How much does one session cost?",
    session_cost_hint: "In pounds. For example, 12.50.",
    sessions_label: "How many sessions a week?",
    sessions_hint: "For a club every other week, enter 0.5.",
    break_unit_label: "Is it nights away or days?",
    break_nights: "Nights away",
    break_days: "Days",
    break_cost_label: "How much does each one cost?",
    break_cost_hint: "In pounds. Ask the short break service.",
    break_number_label: "How many in your plan?",
    break_number_hint: "For the whole length of your plan. For example, 6.",
    one_off_label: "How much will it cost?",
    one_off_hint: "In pounds. For example, 350.",
    miles_label: "How many miles a week?",
    miles_hint: "For example, 40.",
    pence_label: "How many pence a mile? (optional)",
    pence_hint: pence_hint_en,
    basis_label: "Is the amount for each week, or for the whole plan?",
    basis_a_week: "Each week",
    basis_period: "For the whole plan",
    other_amount_label: "How much is it?",
    other_amount_hint: "In pounds.",
    option_label: "Which option would pay for this?",
    // sds-facts.md §2: no option is preferred; s.5(5) for not choosing.
    option_hint: "No option is better than another. You can change this later. If you do not choose, the law treats it as Option 3.",
    option_hints: [
        "You get the money and arrange the support yourself.",
        "You choose the support, and the council or a provider arranges it.",
        "The council chooses and arranges the support with you.",
    ],
    pa_option_heading: "This is Option 1: a direct payment",
    // sds-facts.md §2: only Option 1 lets the family employ staff.
    pa_option_explained: "Only a direct payment lets you employ a PA yourself, so a PA is always Option 1. If you want someone else to employ the worker, add provider or agency hours instead.",
    outcomes_label: "Which of your outcomes does this help with? (optional)",
    outcomes_hint: "Choose all that fit.",
    no_outcomes: "You have not written any outcomes yet. You can add them in \"What we want to change\", then come back and link them here.",
    when_label: "When does it happen in a typical week? (optional)",
    when_hint: "Choose the days and roughly when. This helps you see gaps and clashes.",
    save_idea: "Save this idea",
    pa_below_minimum: pa_below_minimum_en,
    unverified: "Not yet confirmed for this tax year: check with your council.",

    noun_hours: "the hours a week",
    noun_rate: "the hourly rate",
    noun_weeks: "the number of weeks",
    noun_session_cost: "the cost of a session",
    noun_sessions: "the sessions a week",
    noun_break_cost: "the cost of each night or day",
    noun_break_number: "how many nights or days",
    noun_amount: "the amount",
    noun_miles: "the miles a week",
    noun_pence: "the pence a mile",
    noun_plan_weeks: "the length of your plan in weeks",
    noun_insurance: "the insurance cost a year",
    noun_payslip_cost: "the cost of one payslip",
    noun_payslips: "the number of payslips a year",
    noun_contingency: "the percentage",
    noun_budget: "the budget",

    error_empty: error_empty_en,
    error_not_a_number: error_not_a_number_en,
    error_negative: error_negative_en,
    error_not_whole: error_not_whole_en,
    error_pennies: error_pennies_en,
    error_places: error_places_en,
    error_too_small: error_too_small_en,
    error_too_large: error_too_large_en,
    error_more_than_plan: error_more_than_plan_en,
    error_pa_not_option_1: "A PA can only be paid for by Option 1, a direct payment",
    error_too_large_to_cost: "This idea costs too much to work out. Check the figures",
    error_settings: "Fix the plan settings to see the costs",

    costs_heading: "What your ideas cost",
    breakdown_heading: "How we worked it out",
    employer_heading: "Costs of being an employer",
    employer_hint: "These are paid once for all your PAs together.",
    ni_after_allowance: ni_after_allowance_en,
    line_total: "Total for this idea",
    employer_total: "Total employer costs",
    source: source_en,
    source_prefix: "Source: ",
    // Order matches budget::ComponentKind. Figures: sds-facts.md §6 and §7.
    components: [
        ComponentText {
            label: "Wages",
            explanation: "The hours a week, times the hourly rate, times the weeks.",
        },
        ComponentText {
            label: "Holiday pay",
            explanation: "A PA has 5.6 weeks of paid holiday a year. This adds 12.07% to the wages.",
        },
        ComponentText {
            label: "Employer National Insurance",
            explanation: "An employer pays 15% National Insurance on pay above £5,000 a year (less for a shorter plan).",
        },
        ComponentText {
            label: "Workplace pension",
            explanation: "A PA aged 22 or over earning more than £10,000 a year joins a pension. You pay 3% of their pay between £6,240 and £50,270 a year.",
        },
        ComponentText {
            label: "Provider or agency hours",
            explanation: "The hours a week, times the provider's rate, times the weeks.",
        },
        ComponentText {
            label: "Club or activity",
            explanation: "The cost of a session, times the sessions a week, times the weeks.",
        },
        ComponentText {
            label: "Short breaks",
            explanation: "The cost of each night or day, times how many.",
        },
        ComponentText {
            label: "One-off purchase",
            explanation: "The amount you entered.",
        },
        ComponentText {
            label: "Travel",
            explanation: "The miles a week, times the pence a mile, times the weeks.",
        },
        ComponentText {
            label: "Something else",
            explanation: "The amount you entered, for each week or for the whole plan.",
        },
        ComponentText {
            label: "Employment Allowance",
            explanation: "Families who employ care and support workers can usually claim up to £10,500 a year off their National Insurance. This takes it off.",
        },
        ComponentText {
            label: "Employer's liability insurance",
            explanation: "The law says an employer must have this insurance. It usually costs between £59 and £95 a year.",
        },
        ComponentText {
            label: "Payroll service",
            explanation: "A service that works out pay and tax and makes payslips. The cost of a payslip, times payslips a year, for each PA.",
        },
        ComponentText {
            label: "Money kept for surprises (contingency)",
            explanation: "Many families keep some money aside for sickness and cover. It is a share of the Option 1 total.",
        },
    ],
    pension_none_below_trigger: "No pension cost: this PA earns less than £10,000 a year, so does not join a pension automatically.",
    pension_none_under_22: "No pension cost: this PA is under 22, so does not join a pension automatically.",
    pension_opted_in: "This PA is not put in a pension automatically but can ask to join, so the cost is included.",
    // Order matches budget::RateSource.
    sources: [
        "HM Revenue and Customs (HMRC), National Insurance rates",
        "GOV.UK, Employment Allowance",
        "GOV.UK, holiday entitlement",
        "Department for Work and Pensions (DWP), workplace pensions",
        "Living Wage Foundation, the Real Living Wage",
        "GOV.UK, National Minimum Wage rates",
        "HMRC, approved mileage rate",
        "what you entered",
        "the length of your plan",
        "your council's own figure",
        "a typical figure this tool suggests, as an example",
    ],
    column_item: "What it is",
    column_amount: "Amount",

    totals_heading: "Totals",
    column_option: "Option",
    column_period: "For the plan",
    column_week: "About a week",
    total_all: "All your ideas",
    about_a_week: about_a_week_en,
    plan_total: plan_total_en,
    // sds-facts.md §2: Option 4 is a mix.
    option_4_note: "Your ideas use more than one option. This is sometimes called Option 4, a mix.",

    cover_heading: "Holiday cover",
    cover_reminder: cover_reminder_en,
    cover_by_pa: "Add another PA to cover",
    cover_by_provider: "Add agency hours to cover",
    cover_for: cover_for_en,

    settings_title: "Tax year, plan length and employer costs",
    settings_intro: "These change how the costs are worked out. Leave a box blank to use the figure shown.",
    tax_year_label: "Which tax year should we use?",
    tax_year_hint: "Wages, National Insurance and other figures change every April. A tax year runs from 6 April.",
    plan_weeks_label: "How many weeks does your plan cover?",
    // sds-facts.md §8: budgets are often agreed for up to 52 weeks.
    plan_weeks_hint: "Budgets are often agreed for 52 weeks and then looked at again. Enter a number from 1 to 104.",
    employer_settings_heading: "If you employ a PA",
    employer_settings_hint: "These costs only count when your plan has a PA.",
    allowance_label: "Claim the Employment Allowance",
    // sds-facts.md §7: care and support employers can claim, including for a disabled child.
    allowance_hint: "Most families who employ a PA can claim it, including for a disabled child. It takes up to £10,500 a year off employer National Insurance.",
    opt_in_label: "Include a pension for PAs who can ask to join one",
    opt_in_hint: "A PA who is under 22, or earns less than £10,000 a year, can still ask to join a pension if they earn enough.",
    insurance_label: "Employer's liability insurance, a year (optional)",
    payslip_cost_label: "Cost of one payslip from a payroll service (optional)",
    payslips_label: "Payslips a year for each PA (optional)",
    contingency_label: "Money kept for surprises, as a percentage (optional)",
    contingency_hint: "Many families keep some money for sickness and cover. For example, 5.",
    default_is: default_is_en,
    save_settings: "Save and go back",

    week_title: "A typical week",
    week_intro: "When each idea happens in a normal week. Gaps and clashes show up here. To change when an idea happens, change the idea.",
    week_link: "See a typical week",
    days: [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ],
    parts: ["Morning", "Afternoon", "Evening"],
    nothing_planned: "Nothing planned",
    at_once: at_once_en,
    not_placed: "Ideas with no days chosen yet:",
    column_day: "Day",
    change_when: "Change when",

    budget_title: "Your budget and what it buys",
    budget_link: "Enter a budget and see what it buys",
    // sds-facts.md §2: the council must tell you the relevant amount.
    budget_intro: "Your council may tell you an amount for your support, called an indicative budget. If you have one, enter it to compare it with your ideas.",
    budget_kind_label: "Do you have a budget from your council?",
    budget_none: "Not yet",
    budget_whole: "Yes, one amount for the whole plan",
    budget_per_option: "Yes, an amount for each option",
    budget_amount_label: "How much is the budget for the whole plan?",
    budget_option_label: budget_option_label_en,
    budget_hint: "In pounds, for the length of your plan.",
    left: left_en,
    over: over_en,
    whole_plan: "Whole plan",
    buys_heading: "What a budget buys",
    buys_intro: "See how many hours of a PA an amount pays for, with all the costs of being an employer. If you have added a PA, this is for your first PA. It counts your other Option 1 ideas too.",
    buys_amount_label: "How much money is there for Option 1?",
    buys_amount_hint: "In pounds, for the length of your plan.",
    buys_rate_label: "Hourly rate for the PA (optional)",
    buys_rate_hint: buys_rate_hint_en,
    buys_weeks_label: "For how many weeks? (optional)",
    buys_weeks_hint: buys_weeks_hint_en,
    buys_result: buys_result_en,
    buys_nothing: buys_nothing_en,
    trade_off_heading: "A higher rate buys fewer hours",
    // sds-facts.md §8: some councils let families raise the PA rate for fewer hours.
    trade_off_hint: "Paying more an hour can help you find and keep a PA. But the same money then buys fewer hours. Some councils let families choose this.",
    column_rate: "Hourly rate",
    column_hours: "Most hours a week",
    column_cost: "Option 1 cost",
    hours_a_week: hours_a_week_en,
    none_fit: "None",
    above_minimum: above_minimum_en,
    the_minimum: "the least a PA should be paid",
};
