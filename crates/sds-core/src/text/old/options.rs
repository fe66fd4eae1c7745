//! The words of "The four options". Neutral throughout: no option is better,
//! preferred or the default (sds-facts.md §2). Each fact names its source in
//! shared/domain/sds-facts.md beside it.

use crate::options::{Answer, OptionId, WhatMatters};

/// What one option means, row by row of the comparison.
#[derive(Debug)]
pub struct OptionFactsText {
    pub name: &'static str,
    /// "Option 1", to fit beside a dot on the chart.
    pub short: &'static str,
    /// The plain names councils use for it.
    pub also_called: &'static str,
    pub who_chooses: &'static str,
    pub who_arranges: &'static str,
    pub who_holds_money: &'static str,
    pub employ_staff: &'static str,
    pub paperwork: &'static str,
    pub use_for: &'static str,
    pub worker_off: &'static str,
}

/// One duty of a PA employer, or one rule, or one myth: a heading and what
/// to know.
#[derive(Debug)]
pub struct Point {
    pub heading: &'static str,
    pub body: &'static [&'static str],
}

#[derive(Debug)]
pub struct OptionsText {
    pub title: &'static str,
    pub intro: &'static [&'static str],
    pub compare_heading: &'static str,
    pub compare_caption: &'static str,
    pub compare_about: &'static str,
    pub also_called_label: &'static str,
    pub availability_label: &'static str,
    pub sources: &'static str,
    pub more_heading: &'static str,
    pub back_to_options: &'static str,

    pub fact_who_chooses: &'static str,
    pub fact_who_arranges: &'static str,
    pub fact_who_holds_money: &'static str,
    pub fact_employ_staff: &'static str,
    pub fact_paperwork: &'static str,
    pub fact_use_for: &'static str,
    pub fact_worker_off: &'static str,

    pub option_1: &'static OptionFactsText,
    pub option_2: &'static OptionFactsText,
    pub option_3: &'static OptionFactsText,
    pub option_4: &'static OptionFactsText,

    // Local availability.
    pub local_heading: &'static str,
    pub local_default: &'static str,
    pub local_neighbouring: &'static str,
    pub available_ask: &'static str,
    pub available_yes: &'static str,
    pub available_not_now: &'static str,

    // The chart.
    pub chart_heading: &'static str,
    pub chart_title: &'static str,
    pub chart_x_axis: &'static str,
    pub chart_y_axis: &'static str,
    pub chart_less: &'static str,
    pub chart_more: &'static str,
    pub chart_summary: &'static str,
    pub chart_mix_any: &'static str,
    pub chart_mix_yours: fn(&[&str]) -> String,
    pub chart_mix_range: fn(&str, &str, &str, &str) -> String,
    pub chart_table_caption: &'static str,
    pub chart_level: fn(&str, &str) -> String,
    pub chart_col_flexibility: &'static str,
    pub chart_col_responsibility: &'static str,
    pub level_low: &'static str,
    pub level_medium: &'static str,
    pub level_high: &'static str,

    // What matters to us in choosing.
    pub matters_title: &'static str,
    pub matters_hint: &'static str,
    pub matters_intro: &'static [&'static str],
    pub your_choice: &'static [&'static str],
    pub q_choose_who: &'static str,
    pub q_employ_pa: &'static str,
    pub q_paperwork: &'static str,
    pub q_cover: &'static str,
    pub q_one_off: &'static str,
    pub q_few_services: &'static str,
    pub q_young_person: &'static str,
    pub q_short_notice: &'static str,
    pub answer_yes: &'static str,
    pub answer_no: &'static str,
    pub answer_not_sure: &'static str,
    pub fits_heading: &'static str,
    pub fits_intro: &'static str,
    pub fits_nothing_yet: &'static str,
    pub fits_not_sure: fn(usize) -> String,
    pub fit_fits: &'static str,
    pub fit_partly: &'static str,
    pub fit_does_not: &'static str,
    pub what_you_said: fn(&str, &str) -> String,
    pub fit_reason: fn(WhatMatters, Answer, OptionId) -> &'static str,

    // Being an employer.
    pub employer_title: &'static str,
    pub employer_hint: &'static str,
    pub employer_intro: &'static [&'static str],
    pub duties_heading: &'static str,
    pub duties: &'static [Point],
    pub help_heading: &'static str,
    pub help: &'static [&'static str],
    pub concerns_heading: &'static str,
    pub concerns_intro: &'static str,
    pub concerns: &'static [Point],
    pub employer_source: &'static str,

    // Rules people trip on.
    pub rules_title: &'static str,
    pub rules_hint: &'static str,
    pub rules: &'static [Point],
    pub who_decides_heading: &'static str,
    pub who_decides_intro: &'static str,
    pub who_decides_yours: &'static str,
    pub rules_source: &'static str,

    // Myths.
    pub myths_title: &'static str,
    pub myths_hint: &'static str,
    pub myth_label: &'static str,
    pub fact_label: &'static str,
    pub myths: &'static [Point],
    pub myths_source: &'static str,

    // Our thinking.
    pub thinking_title: &'static str,
    pub thinking_hint: &'static str,
    pub thinking_intro: &'static str,
    pub considering_label: &'static str,
    pub considering_hint: &'static str,
    pub thinking_mix_note: &'static str,
    pub why_label: &'static str,
    pub why_hint: &'static str,
    pub why_count: fn(usize, usize) -> String,
    pub error_why_too_long: &'static str,
}

// sds-facts.md §2 (table and plain labels), §5 (what a direct payment buys),
// §6 (employer duties, cover), §8 (common uses).
pub const OPTION_1: OptionFactsText = OptionFactsText {
    name: "Option 1: Direct payment",
    short: "Option 1",
    also_called: "A direct payment.",
    who_chooses: "You choose the support.",
    who_arranges: "You arrange it.",
    who_holds_money: "You hold the money, in a bank account or on a prepaid card.",
    employ_staff: "Yes. You can employ a personal assistant (PA). You become the employer.",
    paperwork: "You keep records of what you spend and send them to the council. If you employ a PA, you also run payroll. A payroll service can help.",
    use_for: "Anything lawful and safe in your agreed plan. For example a PA, a club, short breaks, equipment or a one-off purchase. It can also buy services from the council.",
    worker_off: "You arrange cover yourself. A provider (Option 2) can give cover, or you can use a mix (Option 4).",
};

pub const OPTION_2: OptionFactsText = OptionFactsText {
    name: "Option 2: You choose, someone else arranges",
    short: "Option 2",
    also_called: "An individual service fund (ISF), or directing your support.",
    who_chooses: "You choose the support and who provides it.",
    who_arranges: "The council or a provider you pick arranges it.",
    who_holds_money: "The council or the provider holds the money.",
    employ_staff: "No. The provider employs the staff.",
    paperwork: "Very little. The council or provider keeps the records.",
    use_for: "Support from the provider or services you choose, in your agreed plan.",
    worker_off: "The provider arranges cover.",
};

pub const OPTION_3: OptionFactsText = OptionFactsText {
    name: "Option 3: The council arranges",
    short: "Option 3",
    also_called: "Arranged services.",
    who_chooses: "The council chooses the support with you.",
    who_arranges: "The council arranges it.",
    who_holds_money: "The council holds the money.",
    employ_staff: "No. The council or its provider employs the staff.",
    paperwork: "Very little. The council keeps the records.",
    use_for: "Services the council arranges, in your agreed plan.",
    worker_off: "The council or its provider arranges cover.",
};

pub const OPTION_4: OptionFactsText = OptionFactsText {
    name: "Option 4: A mix",
    short: "Option 4",
    also_called: "A mix of Options 1, 2 and 3.",
    who_chooses: "It depends on the part. You choose for the Option 1 and Option 2 parts.",
    who_arranges: "Each part is arranged as that option says.",
    who_holds_money: "Each part is held as that option says. You hold only the direct payment part.",
    employ_staff: "Only for the part paid by direct payment (Option 1).",
    paperwork: "Only for the direct payment part.",
    use_for: "What each part allows, in your agreed plan.",
    worker_off: "It depends on the part. A provider or the council can give cover for a PA.",
};

fn chart_mix_yours_en(numbers: &[&str]) -> String {
    let list = match numbers {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    };
    format!("Option 4 shows the mix you are thinking about: Options {list}.")
}

fn chart_mix_range_en(low: &str, low_option: &str, high: &str, high_option: &str) -> String {
    format!("From {low} (Option {low_option}) to {high} (Option {high_option})")
}

fn chart_level_en(axis: &str, level: &str) -> String {
    format!("{axis}: {level}")
}

fn fits_not_sure_en(count: usize) -> String {
    match count {
        1 => "You said \"Not sure\" to 1 question. It is not used here.".to_owned(),
        n => format!("You said \"Not sure\" to {n} questions. They are not used here."),
    }
}

fn what_you_said_en(question: &str, answer: &str) -> String {
    format!("{question}: {answer}")
}

fn why_count_en(typed: usize, max: usize) -> String {
    format!(
        "You have typed {} of {} characters.",
        thousands(typed),
        thousands(max)
    )
}

fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// One line on why an option fits, partly fits or does not fit an answer.
/// The fit itself is `options::fit`; sources are given there.
fn fit_reason_en(question: WhatMatters, answer: Answer, option: OptionId) -> &'static str {
    use OptionId::{Mix, One, Three, Two};
    use WhatMatters::*;
    match (answer, question, option) {
        (Answer::NotSure, _, _) => "",

        (Answer::Yes, ChooseWhoSupports, One) => "You choose who supports your child.",
        (Answer::Yes, ChooseWhoSupports, Two) => "You choose the provider or service.",
        (Answer::Yes, ChooseWhoSupports, Three) => {
            "The council chooses with you. You can say what you want."
        }
        (Answer::Yes, ChooseWhoSupports, Mix) => "You choose for the Option 1 and Option 2 parts.",
        (Answer::No, ChooseWhoSupports, One) => {
            "You would need to choose and arrange all the support yourself."
        }
        (Answer::No, ChooseWhoSupports, Two) => {
            "You would still choose the provider, but they arrange the rest."
        }
        (Answer::No, ChooseWhoSupports, Three) => "The council chooses the support with you.",
        (Answer::No, ChooseWhoSupports, Mix) => {
            "You can leave some parts for the council to arrange."
        }

        (Answer::Yes, EmployOwnPa, One) => "Only a direct payment lets you employ your own staff.",
        (Answer::Yes, EmployOwnPa, Two) => "You cannot employ staff. The provider employs them.",
        (Answer::Yes, EmployOwnPa, Three) => {
            "You cannot employ staff. The council or its provider employs them."
        }
        (Answer::Yes, EmployOwnPa, Mix) => {
            "You can employ a PA for the part paid by direct payment."
        }
        (Answer::No, EmployOwnPa, One) => {
            "You do not have to employ anyone. A direct payment can buy services too."
        }
        (Answer::No, EmployOwnPa, Two) => "The provider employs the staff.",
        (Answer::No, EmployOwnPa, Three) => "The council or its provider employs the staff.",
        (Answer::No, EmployOwnPa, Mix) => "You only employ someone if you choose to.",

        (Answer::Yes, SomeoneElseDoesPaperwork, One) => {
            "You hold the money and keep records. A payroll service helps, but the duty is yours."
        }
        (Answer::Yes, SomeoneElseDoesPaperwork, Two) => {
            "The council or provider holds the money and keeps the records."
        }
        (Answer::Yes, SomeoneElseDoesPaperwork, Three) => {
            "The council holds the money and keeps the records."
        }
        (Answer::Yes, SomeoneElseDoesPaperwork, Mix) => {
            "You only do the paperwork for a direct payment part."
        }
        (Answer::No, SomeoneElseDoesPaperwork, One) => {
            "You are happy to keep records, which a direct payment needs."
        }
        (Answer::No, SomeoneElseDoesPaperwork, Two) => {
            "You can still choose this if you would rather not do the paperwork."
        }
        (Answer::No, SomeoneElseDoesPaperwork, Three) => {
            "You can still choose this if you would rather not do the paperwork."
        }
        (Answer::No, SomeoneElseDoesPaperwork, Mix) => {
            "You can hold the money for some parts and not others."
        }

        (Answer::Yes, CoverWhenOff, One) => {
            "You arrange cover yourself. A provider (Option 2) can give cover."
        }
        (Answer::Yes, CoverWhenOff, Two) => "The provider arranges cover when a worker is off.",
        (Answer::Yes, CoverWhenOff, Three) => "The council or its provider arranges cover.",
        (Answer::Yes, CoverWhenOff, Mix) => {
            "A provider (Option 2) or the council (Option 3) can cover for a PA."
        }
        (Answer::No, CoverWhenOff, One) => {
            "You would still need a plan for when your PA is on holiday."
        }
        (Answer::No, CoverWhenOff, Two) => "The provider arranges cover anyway.",
        (Answer::No, CoverWhenOff, Three) => "The council or its provider arranges cover anyway.",
        (Answer::No, CoverWhenOff, Mix) => "Each part is covered as that option says.",

        (Answer::Yes, OneOffThings, One) => {
            "A direct payment can buy one-off things in your plan, like equipment."
        }
        (Answer::Yes, OneOffThings, Two) => {
            "It depends on the provider. Ask your council and the provider."
        }
        (Answer::Yes, OneOffThings, Three) => {
            "The council decides how to meet the need. Ask if they can provide it."
        }
        (Answer::Yes, OneOffThings, Mix) => {
            "A direct payment part can buy one-off things in your plan."
        }
        (Answer::No, OneOffThings, One) => {
            "A direct payment can pay for support and activities too."
        }
        (Answer::No, OneOffThings, Two) => "The provider gives the support in your plan.",
        (Answer::No, OneOffThings, Three) => "The council arranges the services in your plan.",
        (Answer::No, OneOffThings, Mix) => "Each part pays for what is in your plan.",

        (Answer::Yes, FewServicesNearby, One) => {
            "You are not limited to local services, but a PA can be hard to find in rural areas."
        }
        (Answer::Yes, FewServicesNearby, Two) => {
            "You can only pick from providers who work in your area."
        }
        (Answer::Yes, FewServicesNearby, Three) => {
            "The council can only arrange services that exist near you."
        }
        (Answer::Yes, FewServicesNearby, Mix) => {
            "You can use what exists and fill gaps another way."
        }
        (Answer::No, FewServicesNearby, One) => "You can buy from the services near you.",
        (Answer::No, FewServicesNearby, Two) => "You have providers near you to choose from.",
        (Answer::No, FewServicesNearby, Three) => "The council has services near you to arrange.",
        (Answer::No, FewServicesNearby, Mix) => "You can use services near you for any part.",

        (Answer::Yes, YoungPersonManages, One) => {
            "At 16 or 17, a young person can decide about their own support."
        }
        (Answer::Yes, YoungPersonManages, Two) => {
            "The young person can choose and direct support while someone else pays."
        }
        (Answer::Yes, YoungPersonManages, Three) => {
            "Their views shape the support, but the council arranges it."
        }
        (Answer::Yes, YoungPersonManages, Mix) => {
            "The young person can run one part while the rest is arranged."
        }
        (Answer::No, YoungPersonManages, One) => "You can manage the direct payment for them.",
        (Answer::No, YoungPersonManages, Two) => "The provider arranges it with you.",
        (Answer::No, YoungPersonManages, Three) => "The council arranges it with you.",
        (Answer::No, YoungPersonManages, Mix) => "You can manage every part with them.",

        (Answer::Yes, ChangeAtShortNotice, One) => {
            "You agree times with your PA or service yourself."
        }
        (Answer::Yes, ChangeAtShortNotice, Two) => "You can ask the provider. It depends on them.",
        (Answer::Yes, ChangeAtShortNotice, Three) => {
            "Changes go through the council, so they can take longer."
        }
        (Answer::Yes, ChangeAtShortNotice, Mix) => {
            "You can change the direct payment part yourself."
        }
        (Answer::No, ChangeAtShortNotice, One) => {
            "You can keep to set times with your PA or service."
        }
        (Answer::No, ChangeAtShortNotice, Two) => "Set times with a provider suit you.",
        (Answer::No, ChangeAtShortNotice, Three) => "Set times arranged by the council suit you.",
        (Answer::No, ChangeAtShortNotice, Mix) => "Set times suit you for each part.",
    }
}

pub const EN: OptionsText = OptionsText {
    title: "The four options",
    intro: &[
        // sds-facts.md §2.
        "There are four ways to arrange your support. They are called options.",
        "No option is better than another. What suits you depends on what matters to your family.",
        "The choice is yours. If you do not choose, the council will arrange your support (Option 3).",
    ],
    compare_heading: "How the options compare",
    compare_caption: "The four options side by side",
    compare_about: "What it means",
    also_called_label: "Also called",
    availability_label: "In your area",
    // sds-facts.md §2 source line.
    sources: "Where this comes from: the Scottish Government's statutory guidance on Self-directed Support, and the law (Social Care (Self-directed Support) (Scotland) Act 2013, section 4).",
    more_heading: "Find out more",
    back_to_options: "Back to the four options",

    fact_who_chooses: "Who chooses the support",
    fact_who_arranges: "Who arranges it",
    fact_who_holds_money: "Who holds the money",
    fact_employ_staff: "Can you employ your own staff?",
    fact_paperwork: "What paperwork you do",
    fact_use_for: "What you can use it for",
    fact_worker_off: "If a worker is off sick",

    option_1: &OPTION_1,
    option_2: &OPTION_2,
    option_3: &OPTION_3,
    option_4: &OPTION_4,

    local_heading: "What is available where you live",
    // sds-facts.md §8: choice depends on what exists locally.
    local_default: "What you can choose depends on what exists where you live. Ask your council what is available in your area.",
    local_neighbouring: "You may be able to use providers in neighbouring council areas.",
    available_ask: "Ask your council if this is available",
    available_yes: "Available in your area",
    available_not_now: "Not currently available in your area",

    chart_heading: "Flexibility and responsibility",
    chart_title: "How much flexibility each option gives, and how much you are responsible for",
    chart_x_axis: "Flexibility",
    chart_y_axis: "Your responsibility",
    chart_less: "Less",
    chart_more: "More",
    // sds-facts.md §2: flexibility and responsibility rise together.
    chart_summary: "Flexibility and responsibility go together. Option 1 gives you the most of both. Option 3 gives you the least. Option 2 is in between.",
    chart_mix_any: "Option 4, a mix, can sit anywhere between the options it mixes.",
    chart_mix_yours: chart_mix_yours_en,
    chart_mix_range: chart_mix_range_en,
    chart_table_caption: "What the picture shows",
    chart_level: chart_level_en,
    chart_col_flexibility: "Flexibility",
    chart_col_responsibility: "Your responsibility",
    level_low: "Low",
    level_medium: "Medium",
    level_high: "High",

    matters_title: "What matters to us in choosing",
    matters_hint: "Answer a few short questions to see how each option fits what you want.",
    matters_intro: &[
        "Answer as many of these as you like. They are all optional.",
        "Under the questions, you can see how each option fits what you said.",
    ],
    // sds-facts.md §2: no preferred option; s.5(5) not choosing is Option 3.
    your_choice: &[
        "This does not pick an option for you. The choice is yours.",
        "If you do not choose, the council will arrange your support (Option 3).",
    ],
    q_choose_who: "We want to choose who supports our child",
    q_employ_pa: "We would like to employ our own personal assistant (PA)",
    q_paperwork: "We would rather someone else dealt with the money and paperwork",
    q_cover: "We need cover when a worker is ill or on holiday",
    q_one_off: "We would like to buy one-off things, like equipment",
    q_few_services: "There are few services near us",
    q_young_person: "We would like our young person (16 or over) to manage part of it",
    q_short_notice: "We want to change when support happens at short notice",
    answer_yes: "Yes",
    answer_no: "No",
    answer_not_sure: "Not sure",
    fits_heading: "How each option fits what you said",
    fits_intro: "Each option is shown with every answer you gave. Read them all: one \"does not fit\" might matter more to you than two that fit.",
    fits_nothing_yet: "Answer a question with Yes or No to see how each option fits.",
    fits_not_sure: fits_not_sure_en,
    fit_fits: "Fits",
    fit_partly: "Partly fits",
    fit_does_not: "Does not fit",
    what_you_said: what_you_said_en,
    fit_reason: fit_reason_en,

    employer_title: "Being an employer",
    employer_hint: "What it means to employ a personal assistant (PA) with a direct payment.",
    employer_intro: &[
        // sds-facts.md §2, §6.
        "With a direct payment (Option 1), you can employ a personal assistant (PA). This makes you an employer.",
        "Here is what that means, and where to get help.",
    ],
    duties_heading: "What an employer must do",
    // sds-facts.md §6 (handbook.scot PA employer pages, ILF Scotland, GOV.UK).
    duties: &[
        Point {
            heading: "Pay your PA through payroll",
            body: &[
                "Take off tax and National Insurance through PAYE (Pay As You Earn). Most families use a payroll service. The duty still stays with you.",
            ],
        },
        Point {
            heading: "Have employer's liability insurance",
            body: &[
                "The law says you must have it. It must cover at least £5 million. It usually costs about £59 to £95 a year. Without it, you can be fined up to £2,500 a day.",
            ],
        },
        Point {
            heading: "Offer a workplace pension",
            body: &[
                "You may have to put your PA in a workplace pension and pay into it. This is called auto-enrolment.",
            ],
        },
        Point {
            heading: "Give paid holiday",
            body: &[
                "Your PA gets 5.6 weeks of paid holiday a year. Plan who will cover while they are away.",
            ],
        },
        Point {
            heading: "Check they can work with children (PVG)",
            body: &[
                "Since 1 April 2025, a PA must be a member of the PVG scheme (Protecting Vulnerable Groups). It checks they are safe to work with children. The legal duty sits with the PA.",
            ],
        },
        Point {
            heading: "Give a contract and check the right to work",
            body: &[
                "Check your PA has the right to work in the UK. Give them a written statement of their job from their first day.",
            ],
        },
        Point {
            heading: "Pay sick pay",
            body: &[
                "Pay statutory sick pay (SSP) when your PA is ill. From April 2026 this is from the first day off sick. After 2 years, a PA can also get redundancy pay if the job ends.",
            ],
        },
    ],
    help_heading: "Where to get help",
    // sds-facts.md §6, §8.
    help: &[
        "A payroll service can work out pay, tax and pensions for you.",
        "An independent support organisation (ISO) can help you understand the options and employ a PA. Ask your council for one near you.",
        "Your council's SDS team can answer questions about your direct payment.",
    ],
    concerns_heading: "Worries families often have",
    concerns_intro: "Select a worry to see ways through it.",
    // sds-facts.md §6 (seed research): concerns and ways through.
    concerns: &[
        Point {
            heading: "\"The paperwork is too much\"",
            body: &[
                "A payroll service can do the pay, tax and pension for you.",
                "An independent support organisation can help with the rest.",
                "Or you could use a mix (Option 4), so you only employ someone for one part.",
            ],
        },
        Point {
            heading: "\"I am not sure about a worker in our home\"",
            body: &[
                "You choose who you employ, and agree how they work.",
                "If you would rather not, a provider (Option 2) or the council (Option 3) can give some or all of the support.",
            ],
        },
        Point {
            heading: "\"We would depend on one person\"",
            body: &[
                "A provider (Option 2) can give cover when your PA is ill or on holiday.",
                "A mix (Option 4) lets you have a PA and a provider together.",
            ],
        },
    ],
    employer_source: "Where this comes from: handbook.scot (the PA employer pages), ILF Scotland and GOV.UK. Check the figures with your council, as they can change each April.",

    rules_title: "Rules people trip on",
    rules_hint: "Paying a family member, who decides, and what the money is for.",
    rules: &[
        // sds-facts.md §5: regs 7 to 9 of the 2014 Regulations.
        Point {
            heading: "Paying a family member",
            body: &[
                "In Scotland, a direct payment can pay a family member only in some cases.",
                "You, the family member and the council must all agree. And one of the reasons listed in the rules must apply.",
                "This is not only about whether they live with you. That is the rule in England, not Scotland.",
                "The rules are regulations 7 to 9 of the Self-directed Support (Direct Payments) (Scotland) Regulations 2014. Ask your council which reasons apply.",
            ],
        },
        // sds-facts.md §2: s.4(2).
        Point {
            heading: "A direct payment can buy council services",
            body: &[
                "You can use a direct payment to buy services from the council itself. You do not have to choose between the two.",
            ],
        },
        // sds-facts.md §5, §1.
        Point {
            heading: "Support must follow your agreed plan",
            body: &[
                "The money is for support that meets the outcomes in your agreed plan. It can be anything lawful and safe that does this.",
                "It is not for everyday household costs, like food or bills.",
            ],
        },
    ],
    who_decides_heading: "Who decides at each age",
    who_decides_intro: "This is who makes the decisions about support:",
    who_decides_yours: "This is your child's age group.",
    rules_source: "Where this comes from: the Scottish Government's guidance on Self-directed Support, and the Self-directed Support (Direct Payments) (Scotland) Regulations 2014.",

    myths_title: "Myths",
    myths_hint: "Things people often believe about SDS, and the facts.",
    myth_label: "Myth:",
    fact_label: "Fact:",
    // sds-facts.md §8 (myths to bust), with §1, §3 and §5 for the facts.
    myths: &[
        Point {
            heading: "SDS always means you get a budget to manage.",
            body: &[
                "SDS is about having a say in your support. You do not have to manage money. With Option 3, the council arranges support for you.",
            ],
        },
        Point {
            heading: "A budget pays for everyday costs.",
            body: &[
                "It pays for support in your agreed plan. It does not pay for everyday household costs, like food or bills.",
            ],
        },
        Point {
            heading: "You need a diagnosis to get support.",
            body: &["Support is based on what your child and family need, not on a diagnosis."],
        },
        Point {
            heading: "You must already have SDS before moving to adult services.",
            body: &[
                "You do not need SDS as a child to get it as an adult. But plan early: start talking about adult services from about 14.",
            ],
        },
    ],
    myths_source: "Where this comes from: In Control Scotland's research on Self-directed Support in children and families' services, and the Scottish Government's guidance.",

    thinking_title: "What we are thinking about",
    thinking_hint: "Note which options you are thinking about, and why. This goes in your summary.",
    thinking_intro: "You do not have to decide now. This helps you explain your thinking at the assessment.",
    considering_label: "Which options are you thinking about? (optional)",
    considering_hint: "Select all that apply. Choosing more than one means a mix (Option 4).",
    thinking_mix_note: "You have chosen more than one option. This is Option 4: a mix.",
    why_label: "Why are you thinking about these options? (optional)",
    why_hint: "In your own words. For example, what matters most to you.",
    why_count: why_count_en,
    error_why_too_long: "Your notes can be up to 2,000 characters. Try making them a little shorter.",
};
