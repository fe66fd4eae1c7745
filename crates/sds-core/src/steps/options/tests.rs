// Compiled only under #[cfg(test)] (see mod.rs).
//! The section's behaviour, one example each.

use std::collections::BTreeMap;

use super::*;
use crate::app::model::{Action, Screen, apply as reduce};
use crate::budget::{LineId, LineKind};
use crate::steps::support::SupportAction;
use crate::test_support::{about_us_saved, after};
use crate::text::EN;

fn opt(action: OptionsAction) -> Action {
    Action::Options(action)
}

fn answered(pairs: &[(WhatMatters, Answer)]) -> OptionsThinking {
    OptionsThinking {
        answers: pairs.iter().copied().collect(),
        ..OptionsThinking::default()
    }
}

// --- status ---

#[test]
fn the_section_can_be_read_from_the_start() {
    assert_eq!(status(&Plan::default()), SectionStatus::NotStarted);
    assert_eq!(
        status(&after([Action::SetAge("9".into())]).plan),
        SectionStatus::NotStarted
    );
}

#[test]
fn a_councils_configuration_narrows_the_options() {
    let reading = crate::council::config::read_config(
        r#"{"options": {"option_3": {"available": false, "note": "None near you"}, "note": "Ask us"}}"#,
    );
    let local = local_availability(reading.config.as_ref());
    assert_eq!(
        local.option_3.availability,
        Availability::NotCurrentlyAvailable
    );
    assert_eq!(local.option_3.note.as_deref(), Some("None near you"));
    assert_eq!(local.option_1.availability, Availability::AskYourCouncil);
    assert_eq!(local.note.as_deref(), Some("Ask us"));
}

#[test]
fn after_about_us_the_section_is_not_started() {
    assert_eq!(
        status(&after(about_us_saved()).plan),
        SectionStatus::NotStarted
    );
}

#[test]
fn answering_a_question_puts_the_section_in_progress() {
    let model = after(
        about_us_saved()
            .into_iter()
            .chain([opt(OptionsAction::Answer(
                WhatMatters::CoverWhenOff,
                Answer::Yes,
            ))]),
    );
    assert_eq!(status(&model.plan), SectionStatus::InProgress);
}

#[test]
fn saving_the_notes_completes_the_section_and_returns_to_the_start_page() {
    let model = after(about_us_saved().into_iter().chain([
        Action::Open(Screen::Options(OptionsScreen::OurThinking)),
        opt(OptionsAction::Consider(SdsOption::Option2, true)),
        opt(OptionsAction::SaveThinking),
    ]));
    assert_eq!(status(&model.plan), SectionStatus::Completed);
    assert_eq!(model.screen, Screen::Options(OptionsScreen::Start));
}

// --- our thinking ---

#[test]
fn ticked_options_are_kept_in_order_1_2_3_without_repeats() {
    let model = after([
        opt(OptionsAction::Consider(SdsOption::Option3, true)),
        opt(OptionsAction::Consider(SdsOption::Option1, true)),
        opt(OptionsAction::Consider(SdsOption::Option3, true)),
    ]);
    assert_eq!(
        model.plan.options.considering,
        vec![SdsOption::Option1, SdsOption::Option3]
    );
}

#[test]
fn unticking_removes_an_option() {
    let model = after([
        opt(OptionsAction::Consider(SdsOption::Option1, true)),
        opt(OptionsAction::Consider(SdsOption::Option1, false)),
    ]);
    assert_eq!(model.plan.options.considering, vec![]);
}

fn thinking_of(model: &crate::Model) -> ThinkingView {
    thinking(
        &model.plan,
        &LocalAvailability::default(),
        model.tried_to_save,
        &EN,
    )
}

#[test]
fn thinking_about_two_options_is_weighing_them_up_not_a_mix() {
    let one = after([opt(OptionsAction::Consider(SdsOption::Option2, true))]);
    assert_eq!(thinking_of(&one).several_note, None);
    let two = reduce(one, opt(OptionsAction::Consider(SdsOption::Option1, true)));
    assert_eq!(
        thinking_of(&two).several_note,
        Some(
            "You have ticked more than one option. You do not have to choose now. You can also use more than one option at the same time: that is Option 4, a mix."
        )
    );
    // No ideas yet: nothing to compare, and the chart's mix is the whole range.
    assert_eq!(thinking_of(&two).costs_notes, Vec::<String>::new());
    let view = chart(&two.plan, &LocalAvailability::default(), &EN);
    assert_eq!(view.summary[1], EN.options.chart_mix_any);
}

#[test]
fn the_page_points_out_when_the_ideas_use_other_options() {
    let model = after([
        opt(OptionsAction::Consider(SdsOption::Option2, true)),
        Action::Support(SupportAction::AddLine(LineKind::Activity)),
        Action::Support(SupportAction::SetOption(LineId(1), SdsOption::Option3)),
    ]);
    assert_eq!(
        thinking_of(&model).costs_notes,
        [
            "You are thinking about Option 2, and your support ideas use Option 3. You may want to check these before your assessment."
        ]
    );
    let same = reduce(
        model,
        Action::Support(SupportAction::SetOption(LineId(1), SdsOption::Option2)),
    );
    assert_eq!(thinking_of(&same).costs_notes, Vec::<String>::new());
}

#[test]
fn why_is_kept_exactly_as_typed() {
    let model = after([opt(OptionsAction::SetWhy("  <b>PA</b>\nnear us ".into()))]);
    assert_eq!(model.plan.options.why, "  <b>PA</b>\nnear us ");
}

#[test]
fn why_of_2000_characters_passes_counting_characters_not_bytes() {
    let thinking = OptionsThinking {
        why: "é".repeat(2000),
        ..OptionsThinking::default()
    };
    assert_eq!(check(&thinking), vec![]);
}

#[test]
fn why_over_2000_characters_stays_on_the_page_with_a_friendly_error() {
    let model = after([
        Action::Open(Screen::Options(OptionsScreen::OurThinking)),
        opt(OptionsAction::SetWhy("a".repeat(2001))),
        opt(OptionsAction::SaveThinking),
    ]);
    assert_eq!(model.screen, Screen::Options(OptionsScreen::OurThinking));
    assert!(!model.plan.options.confirmed);
    let view = thinking_of(&model);
    let actual: Vec<(&str, &str)> = view
        .errors
        .iter()
        .map(|e| (e.field_id, e.message))
        .collect();
    assert_eq!(
        actual,
        vec![(
            "why",
            "Your notes can be up to 2,000 characters. Try making them a little shorter."
        )]
    );
}

#[test]
fn the_error_is_hidden_until_the_first_save() {
    let model = after([opt(OptionsAction::SetWhy("a".repeat(2001)))]);
    assert_eq!(thinking_of(&model).errors, vec![]);
}

#[test]
fn the_hint_counts_characters_typed() {
    let model = after([opt(OptionsAction::SetWhy("héllo".into()))]);
    assert_eq!(
        thinking_of(&model).why_count,
        "You have typed 5 of 2,000 characters."
    );
    let long = after([opt(OptionsAction::SetWhy("a".repeat(3456)))]);
    assert_eq!(
        thinking_of(&long).why_count,
        "You have typed 3,456 of 2,000 characters."
    );
    // A paste longer than any box keeps is cut to its first 4,000.
    let pasted = after([opt(OptionsAction::SetWhy("a".repeat(12345)))]);
    assert_eq!(
        thinking_of(&pasted).why_count,
        "You have typed 4,000 of 2,000 characters."
    );
}

#[test]
fn older_plans_without_answers_still_open() {
    let thinking: OptionsThinking =
        serde_json::from_str(r#"{"considering":["option1"],"why":"x"}"#).unwrap();
    assert_eq!(thinking.considering, vec![SdsOption::Option1]);
    assert!(thinking.answers.is_empty());
}

#[test]
fn answers_are_saved_with_readable_names() {
    let thinking = answered(&[(WhatMatters::EmployOwnPa, Answer::NotSure)]);
    let json = serde_json::to_string(&thinking).unwrap();
    assert!(
        json.contains(r#""answers":{"employ_own_pa":"not_sure"}"#),
        "{json}"
    );
}

// --- catalogue ---

#[test]
fn every_option_has_every_fact_filled_in() {
    let view = comparison(&LocalAvailability::default(), &EN);
    for column in &view.columns {
        assert!(!column.name.is_empty());
        assert!(!column.also_called.is_empty(), "{}", column.name);
        assert_eq!(column.facts.len(), Fact::ALL.len());
        for cell in &column.facts {
            assert!(
                !cell.text.trim().is_empty(),
                "{}: {}",
                column.name,
                cell.label
            );
        }
    }
}

#[test]
fn every_fact_names_its_source() {
    for fact in Fact::ALL {
        assert!(fact.source().starts_with("sds-facts.md §"), "{fact:?}");
    }
}

#[test]
fn the_comparison_shows_options_1_2_3_4_in_order() {
    let ids: Vec<SdsOption> = comparison(&LocalAvailability::default(), &EN)
        .columns
        .iter()
        .map(|c| c.id)
        .collect();
    assert_eq!(ids, SdsOption::ALL.to_vec());
}

#[test]
fn only_option_1_lets_you_employ_staff_with_the_mix_for_its_option_1_part() {
    let view = comparison(&LocalAvailability::default(), &EN);
    let employ: Vec<&str> = view.columns.iter().map(|c| c.facts[3].text).collect();
    assert_eq!(
        employ,
        vec![
            "Yes. You can employ a personal assistant (PA). You become the employer.",
            "No. The provider employs the staff.",
            "No. The council or its provider employs the staff.",
            "Only for the part paid by direct payment (Option 1).",
        ]
    );
}

// --- local availability ---

#[test]
fn by_default_every_option_says_ask_your_council() {
    let view = comparison(&LocalAvailability::default(), &EN);
    for column in &view.columns {
        assert_eq!(
            column.availability.availability,
            Availability::AskYourCouncil
        );
        assert_eq!(
            column.availability.label,
            "Ask your council if this is available"
        );
    }
    assert_eq!(view.local_notes, vec![EN.options.local_default.to_owned()]);
}

#[test]
fn a_council_without_option_3_narrows_the_comparison() {
    let local = LocalAvailability {
        option_3: LocalOption {
            availability: Availability::NotCurrentlyAvailable,
            note: Some("We have no arranged services at the moment.".into()),
        },
        ..LocalAvailability::default()
    };
    let view = comparison(&local, &EN);
    let three = &view.columns[2].availability;
    assert_eq!(three.availability, Availability::NotCurrentlyAvailable);
    assert_eq!(three.label, "Not currently available in your area");
    assert_eq!(
        three.note.as_deref(),
        Some("We have no arranged services at the moment.")
    );
    assert_eq!(
        view.columns[0].availability.availability,
        Availability::AskYourCouncil
    );
    assert_eq!(view.local_notes, Vec::<String>::new());
}

#[test]
fn a_mix_needs_at_least_two_options_that_may_be_available() {
    let not_now = LocalOption {
        availability: Availability::NotCurrentlyAvailable,
        note: None,
    };
    let yes = LocalOption {
        availability: Availability::Available,
        note: None,
    };
    let two_gone = LocalAvailability {
        option_2: not_now.clone(),
        option_3: not_now.clone(),
        ..LocalAvailability::default()
    };
    assert_eq!(
        two_gone.of(SdsOption::Option4),
        Availability::NotCurrentlyAvailable
    );
    let all_yes = LocalAvailability {
        option_1: yes.clone(),
        option_2: yes.clone(),
        option_3: yes,
        ..LocalAvailability::default()
    };
    assert_eq!(all_yes.of(SdsOption::Option4), Availability::Available);
}

#[test]
fn neighbouring_providers_and_council_notes_are_listed() {
    let local = LocalAvailability {
        neighbouring_providers: true,
        note: Some("Talk to our SDS team.".into()),
        ..LocalAvailability::default()
    };
    assert_eq!(
        comparison(&local, &EN).local_notes,
        vec![
            "Talk to our SDS team.".to_owned(),
            EN.options.local_neighbouring.to_owned()
        ]
    );
}

#[test]
fn the_app_uses_the_built_in_default_for_now() {
    assert_eq!(local_availability(None), LocalAvailability::default());
}

// --- chart ---

fn chart_of(plan: &Plan) -> ChartView {
    chart(plan, &LocalAvailability::default(), &EN)
}

/// Whether `p` lies on the straight band from `a` to `b`, ends included.
fn on_band(p: Position, a: Position, b: Position) -> bool {
    let (px, py) = (i32::from(p.flexibility), i32::from(p.responsibility));
    let (ax, ay) = (i32::from(a.flexibility), i32::from(a.responsibility));
    let (bx, by) = (i32::from(b.flexibility), i32::from(b.responsibility));
    let cross = (bx - ax) * (py - ay) - (by - ay) * (px - ax);
    let within = px >= ax.min(bx) && px <= ax.max(bx) && py >= ay.min(by) && py <= ay.max(by);
    cross == 0 && within
}

fn plan_with_ideas_under(options: &[SdsOption]) -> Plan {
    let mut model = crate::Model::default();
    for (n, option) in options.iter().enumerate() {
        let id = LineId(u32::try_from(n).unwrap() + 1);
        model = reduce(
            model,
            Action::Support(SupportAction::AddLine(LineKind::Activity)),
        );
        model = reduce(
            model,
            Action::Support(SupportAction::SetOption(id, *option)),
        );
    }
    model.plan
}

#[test]
fn the_positions_say_what_the_words_say() {
    // "Flexibility and responsibility go together. Option 1 gives you the
    // most of both. Option 3 gives you the least. Option 2 is in between."
    assert!(EN.options.chart_summary.contains("go together"));
    let [one, two, three] = SdsOption::ONE_TO_THREE.map(position);
    for p in [one, two, three] {
        assert_eq!(p.flexibility, p.responsibility, "on the diagonal: {p:?}");
        assert!(p.flexibility <= 10);
    }
    assert!(three.flexibility < two.flexibility && two.flexibility < one.flexibility);
    assert!(on_band(two, three, one), "Option 2 is between 3 and 1");
    assert!(two.flexibility > three.flexibility + 1 && two.flexibility + 1 < one.flexibility);
}

#[test]
fn option_4_is_a_band_between_the_options_it_mixes_and_its_mark_is_on_it() {
    let mixes: [&[SdsOption]; 5] = [
        &[],
        &[SdsOption::Option1, SdsOption::Option2],
        &[SdsOption::Option2, SdsOption::Option3],
        &[SdsOption::Option1, SdsOption::Option3],
        &[SdsOption::Option1, SdsOption::Option2, SdsOption::Option3],
    ];
    for mix in mixes {
        let view = chart_of(&plan_with_ideas_under(mix));
        let ends = if mix.is_empty() {
            &[SdsOption::Option3, SdsOption::Option1][..]
        } else {
            mix
        };
        let flex = |o: &SdsOption| position(*o).flexibility;
        let least = ends.iter().min_by_key(|o| flex(o)).map(|o| position(*o));
        let most = ends.iter().max_by_key(|o| flex(o)).map(|o| position(*o));
        assert_eq!(Some(view.mix_from), least, "{mix:?}");
        assert_eq!(Some(view.mix_to), most, "{mix:?}");
        assert!(
            on_band(view.mix_mark, view.mix_from, view.mix_to),
            "{mix:?}"
        );
        // Not in the "less flexible, more responsible" corner, and on no
        // option's own mark.
        assert_eq!(view.mix_mark.flexibility, view.mix_mark.responsibility);
        for p in &view.points {
            assert_ne!(view.mix_mark, p.at, "{mix:?} covers {:?}", p.id);
        }
    }
}

#[test]
fn the_chart_text_says_what_the_picture_shows() {
    let view = chart_of(&Plan::default());
    let rows: Vec<(&str, &str, &str)> = view
        .points
        .iter()
        .map(|p| (p.name, p.flexibility, p.responsibility))
        .collect();
    assert_eq!(
        rows,
        vec![
            ("Option 1: Direct payment", "High", "High"),
            (
                "Option 2: You choose, someone else arranges",
                "Medium",
                "Medium"
            ),
            ("Option 3: The council arranges", "Low", "Low"),
        ]
    );
    assert_eq!(
        view.mix_flexibility,
        "From Low (Option 3) to High (Option 1)"
    );
    assert_eq!(view.summary[1], EN.options.chart_mix_any);
}

#[test]
fn option_4_spans_the_options_the_ideas_use_not_those_only_thought_about() {
    let mut plan = plan_with_ideas_under(&[SdsOption::Option1, SdsOption::Option2]);
    plan.options.considering = vec![SdsOption::Option3];
    let view = chart_of(&plan);
    assert_eq!(view.mix_from, position(SdsOption::Option2));
    assert_eq!(view.mix_to, position(SdsOption::Option1));
    assert_eq!(
        view.mix_responsibility,
        "From Medium (Option 2) to High (Option 1)"
    );
    assert_eq!(
        view.summary[1],
        "Option 4 shows the mix your support ideas use: Options 1 and 2."
    );
    // Thinking about two, with no ideas under them, is not a mix.
    let mut thinking = Plan::default();
    thinking.options.considering = vec![SdsOption::Option1, SdsOption::Option2];
    assert_eq!(chart_of(&thinking).mix_from, position(SdsOption::Option3));
}

#[test]
fn an_option_the_council_does_not_offer_is_marked_on_the_chart_and_the_page() {
    let local = LocalAvailability {
        option_3: LocalOption {
            availability: Availability::NotCurrentlyAvailable,
            note: None,
        },
        ..LocalAvailability::default()
    };
    let view = chart(&Plan::default(), &local, &EN);
    let marked: Vec<(SdsOption, Option<&str>)> = view
        .points
        .iter()
        .map(|p| (p.id, p.not_available))
        .collect();
    assert_eq!(
        marked,
        [
            (SdsOption::Option1, None),
            (SdsOption::Option2, None),
            (
                SdsOption::Option3,
                Some("Not currently available in your area")
            ),
        ]
    );
    assert!(
        view.summary
            .contains(&"Option 3 is not currently available in your area.".to_owned())
    );
    let page = thinking(&Plan::default(), &local, false, &EN);
    assert_eq!(
        page.choices[2].not_available,
        Some("Not currently available in your area")
    );
    assert_eq!(page.choices[0].not_available, None);
}

// --- fit rules: every question, answer and option ---

#[test]
fn the_fit_rules_for_every_question_and_option() {
    use Fit::{DoesNotFit as D, Fits as F, PartlyFits as P};
    use WhatMatters::*;
    // (question, fits for a Yes answer for Options 1,2,3,4, for a No answer)
    let expected: [(WhatMatters, [Fit; 4], [Fit; 4]); 8] = [
        (ChooseWhoSupports, [F, F, P, F], [P, P, F, F]),
        (EmployOwnPa, [F, D, D, P], [F, F, F, F]),
        (SomeoneElseDoesPaperwork, [D, F, F, P], [F, F, F, F]),
        (CoverWhenOff, [P, F, F, F], [F, F, F, F]),
        (OneOffThings, [F, P, P, F], [F, F, F, F]),
        (FewServicesNearby, [P, P, D, P], [F, F, F, F]),
        (YoungPersonManages, [F, F, P, F], [F, F, F, F]),
        (ChangeAtShortNotice, [F, P, P, F], [F, F, F, F]),
    ];
    assert_eq!(
        expected.map(|(q, _, _)| q),
        WhatMatters::ALL,
        "every question is covered"
    );
    for (question, yes, no) in expected {
        for (n, option) in SdsOption::ALL.into_iter().enumerate() {
            assert_eq!(
                fit(question, Answer::Yes, option),
                Some(yes[n]),
                "{question:?} Yes {option:?}"
            );
            assert_eq!(
                fit(question, Answer::No, option),
                Some(no[n]),
                "{question:?} No {option:?}"
            );
            assert_eq!(fit(question, Answer::NotSure, option), None);
        }
    }
}

#[test]
fn every_fit_has_a_one_line_reason() {
    for question in WhatMatters::ALL {
        for answer in [Answer::Yes, Answer::No] {
            for option in SdsOption::ALL {
                let reason = EN.options.fit_reason(question, answer, option);
                assert!(!reason.is_empty(), "{question:?} {answer:?} {option:?}");
                assert!(!reason.contains('\n'));
                assert!(reason.chars().count() <= 140, "{reason}");
                let lower = reason.to_lowercase();
                assert!(
                    !lower.contains("best") && !lower.contains("better"),
                    "{reason}"
                );
            }
        }
    }
}

#[test]
fn answering_shows_each_option_its_fit_and_reason() {
    let view = fit_view(
        &answered(&[(WhatMatters::EmployOwnPa, Answer::Yes)]),
        &LocalAvailability::default(),
        &EN,
    );
    let actual: Vec<(&str, &str, &str)> = view
        .options
        .iter()
        .flat_map(|o| o.rows.iter().map(move |r| (o.name, r.fit_label, r.reason)))
        .collect();
    assert_eq!(
        actual,
        vec![
            (
                "Option 1: Direct payment",
                "Fits",
                "Only a direct payment lets you employ your own staff."
            ),
            (
                "Option 2: You choose, someone else arranges",
                "Does not fit",
                "You cannot employ staff. The provider employs them."
            ),
            (
                "Option 3: The council arranges",
                "Does not fit",
                "You cannot employ staff. The council or its provider employs them."
            ),
            (
                "Option 4: A mix",
                "Partly fits",
                "You can employ a PA for the part paid by direct payment."
            ),
        ]
    );
    assert_eq!(
        view.options[0].rows[0].what_you_said,
        "We would like to employ our own personal assistant (PA): Yes"
    );
}

#[test]
fn not_sure_answers_are_counted_but_not_used() {
    let view = fit_view(
        &answered(&[(WhatMatters::CoverWhenOff, Answer::NotSure)]),
        &LocalAvailability::default(),
        &EN,
    );
    assert!(view.nothing_answered);
    assert_eq!(view.not_sure, 1);
    assert!(view.options.iter().all(|o| o.rows.is_empty()));
}

#[test]
fn rows_follow_the_question_order_not_the_order_answered() {
    let view = fit_view(
        &answered(&[
            (WhatMatters::ChangeAtShortNotice, Answer::Yes),
            (WhatMatters::ChooseWhoSupports, Answer::No),
        ]),
        &LocalAvailability::default(),
        &EN,
    );
    let order: Vec<WhatMatters> = view.options[0].rows.iter().map(|r| r.question).collect();
    assert_eq!(
        order,
        vec![
            WhatMatters::ChooseWhoSupports,
            WhatMatters::ChangeAtShortNotice
        ]
    );
}

#[test]
fn an_option_not_available_locally_keeps_its_place_and_says_so() {
    let local = LocalAvailability {
        option_3: LocalOption {
            availability: Availability::NotCurrentlyAvailable,
            note: None,
        },
        ..LocalAvailability::default()
    };
    let view = fit_view(
        &answered(&[(WhatMatters::CoverWhenOff, Answer::Yes)]),
        &local,
        &EN,
    );
    let actual: Vec<(SdsOption, Option<&str>)> = view
        .options
        .iter()
        .map(|o| (o.id, o.not_available))
        .collect();
    assert_eq!(
        actual,
        vec![
            (SdsOption::Option1, None),
            (SdsOption::Option2, None),
            (
                SdsOption::Option3,
                Some("Not currently available in your area")
            ),
            (SdsOption::Option4, None),
        ]
    );
}

// --- no ranking ---

/// Every combination of answers (3 answers or unanswered, for 8
/// questions: 65,536 cases).
fn every_set_of_answers() -> impl Iterator<Item = OptionsThinking> {
    let choices = [
        None,
        Some(Answer::Yes),
        Some(Answer::No),
        Some(Answer::NotSure),
    ];
    (0..4_u32.pow(8)).map(move |mut n| {
        let mut answers = BTreeMap::new();
        for question in WhatMatters::ALL {
            if let Some(answer) = choices[(n % 4) as usize] {
                answers.insert(question, answer);
            }
            n /= 4;
        }
        OptionsThinking {
            answers,
            ..OptionsThinking::default()
        }
    })
}

#[test]
fn no_answers_ever_reorder_the_options_or_drop_the_your_choice_message() {
    for thinking in every_set_of_answers() {
        let view = fit_view(&thinking, &LocalAvailability::default(), &EN);
        let ids: Vec<SdsOption> = view.options.iter().map(|o| o.id).collect();
        assert_eq!(ids, SdsOption::ALL.to_vec());
        assert_eq!(
            view.your_choice,
            [EN.options.your_choice, EN.options.if_you_do_not_choose]
        );
        // Every option gets a row for exactly the same questions: none
        // is singled out.
        let questions: Vec<Vec<WhatMatters>> = view
            .options
            .iter()
            .map(|o| o.rows.iter().map(|r| r.question).collect())
            .collect();
        assert!(questions.iter().all(|q| *q == questions[0]));
    }
}

#[test]
fn even_when_one_option_fits_every_answer_nothing_names_it_best() {
    // Option 1 fits all of these; Options 2 and 3 do not.
    let thinking = answered(&[
        (WhatMatters::ChooseWhoSupports, Answer::Yes),
        (WhatMatters::EmployOwnPa, Answer::Yes),
        (WhatMatters::OneOffThings, Answer::Yes),
        (WhatMatters::ChangeAtShortNotice, Answer::Yes),
    ]);
    let view = fit_view(&thinking, &LocalAvailability::default(), &EN);
    assert_eq!(view.options[0].id, SdsOption::Option1);
    assert_eq!(view.options[3].id, SdsOption::Option4);
    let words = format!("{view:?}").to_lowercase();
    for ranking_word in [
        "best",
        "recommend",
        "score",
        "total",
        "rank",
        "winner",
        "top choice",
    ] {
        assert!(!words.contains(ranking_word), "{ranking_word}");
    }
}

#[test]
fn the_page_always_says_the_choice_is_yours_and_what_happens_if_you_do_not_choose() {
    let view = fit_view(
        &OptionsThinking::default(),
        &LocalAvailability::default(),
        &EN,
    );
    let said = view.your_choice.join(" ");
    assert!(said.contains("The choice is yours."), "{said}");
    assert!(
        said.contains("If you do not choose, the council will arrange your support (Option 3)."),
        "{said}"
    );
}

#[test]
fn no_option_text_calls_one_option_better_or_the_default() {
    let all = format!("{:?}", EN.options).to_lowercase();
    for word in [
        "best option",
        "recommended",
        "preferred option is",
        "better option",
    ] {
        assert!(!all.contains(word), "{word}");
    }
}

// --- who decides ---

#[test]
fn who_decides_marks_the_band_for_the_childs_age() {
    let model = after([Action::SetAge("16".into())]);
    let marked: Vec<bool> = who_decides(&model.plan, &EN)
        .bands
        .iter()
        .map(|(_, m)| *m)
        .collect();
    assert_eq!(marked, vec![false, true, false]);
    let none = who_decides(&Plan::default(), &EN);
    assert!(none.bands.iter().all(|(_, m)| !m));
}

#[test]
fn without_option_3_the_pages_never_say_the_council_will_arrange_it() {
    let reading = crate::council::config::read_config(crate::test_support::EXAMPLE_COUNCIL);
    let local = local_availability(reading.config.as_ref());
    let said = [
        if_you_do_not_choose(&local, &EN),
        fit_view(&OptionsThinking::default(), &local, &EN).your_choice[1],
    ];
    for words in said {
        assert!(!words.contains("will arrange"), "{words}");
        assert!(words.contains("ask them what would happen"), "{words}");
    }
    assert!(!EN.options.intro.concat().contains("will arrange"));
    assert_eq!(
        if_you_do_not_choose(&LocalAvailability::default(), &EN),
        "If you do not choose, the council will arrange your support (Option 3)."
    );
}

#[test]
fn a_young_person_managing_their_support_is_asked_about_from_14_only() {
    let asked = |age: &str| {
        let plan = after([Action::SetAge(age.into())]).plan;
        questions(&plan).contains(&WhatMatters::YoungPersonManages)
    };
    assert!(!asked("9"));
    assert!(!asked("13"));
    assert!(asked("14"));
    assert!(asked("17"));
    assert!(asked(""), "asked when the age is not known");
    // An answer given before the age was known does not show at 9.
    let model = after([
        opt(OptionsAction::Answer(
            WhatMatters::YoungPersonManages,
            Answer::Yes,
        )),
        Action::SetAge("9".into()),
    ]);
    let view = fit_view(
        &answers_asked(&model.plan),
        &LocalAvailability::default(),
        &EN,
    );
    assert!(view.nothing_answered);
}

#[test]
fn the_same_options_in_another_order_are_not_a_difference() {
    let mut plan = plan_with_ideas_under(&[SdsOption::Option1, SdsOption::Option3]);
    plan.options.considering = vec![SdsOption::Option3, SdsOption::Option1, SdsOption::Option3];
    assert_eq!(
        thinking_and_costs(&plan, &EN),
        [
            "Your support ideas use Options 1 and 3. Using more than one option at the same time is Option 4, a mix."
        ]
    );
}

#[test]
fn the_chart_rings_the_options_the_family_is_thinking_about_and_says_so() {
    let mut plan = Plan::default();
    plan.options.considering = vec![SdsOption::Option3, SdsOption::Option1];
    let view = chart_of(&plan);
    let ringed: Vec<(SdsOption, Option<&str>)> =
        view.points.iter().map(|p| (p.id, p.considering)).collect();
    let said = Some("You are thinking about this option");
    assert_eq!(
        ringed,
        vec![
            (SdsOption::Option1, said),
            (SdsOption::Option2, None),
            (SdsOption::Option3, said)
        ]
    );
}
