//! A monkey test: thousands of random actions, as a family in a hurry (or a
//! cat on the keyboard) might send them, over several fixed seeds so a
//! failure can be repeated. After every action: nothing panicked, every
//! file the app would save opens as the same plan, ids stay unique and
//! every page's view can be worked out.
//!
//! Compiled only for tests (see mod.rs). `cargo test -p sds-core monkey --
//! --nocapture` prints how many actions it ran.

use crate::app::model::{Action, Model, Screen, StoredPlan, update};
use crate::app::view;
use crate::budget::{
    AmountBasis, BreakUnit, BudgetScope, CoverBy, LineField, LineId, LineKind, PartOfDay,
    ScenarioField, SettingsField, TaxYear, WeekSlot, Weekday,
};
use crate::plan::Plan;
use crate::plan::file as plan_file;
use crate::plan::growing_up::TransitionStep;
use crate::plan::outcomes::{ForWhom, Indicator};
use crate::plan::story::{
    DayPart, FamilyRole, Feeling, FeelingTopic, HowItGoes, Person, StoryField,
};
use crate::steps::costs::{self, BudgetKind, CostsAction, CostsScreen, PayField};
use crate::steps::growing_up::GrowingUpAction;
use crate::steps::options::{self, Answer, OptionsAction, WhatMatters};
use crate::steps::outcomes::{self, OutcomesAction};
use crate::steps::story::StoryAction;
use crate::steps::summary;
use crate::steps::support::{self, SupportAction, SupportScreen};
use crate::text::EN;
use crate::vocabulary::{Filler, MemberId, Onward, OutcomeId, SdsOption};

const SEEDS: u64 = 12;
const ACTIONS_PER_SEED: usize = 250;

/// A small, fixed pseudo-random sequence (xorshift), so each seed always
/// sends the same actions.
struct Monkey(u64);

impl Monkey {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }

    fn yes(&mut self) -> bool {
        self.next().is_multiple_of(2)
    }

    /// Typed text: empty, a figure, words, markup, hostile characters, or
    /// something long.
    fn text(&mut self) -> String {
        match self.below(9) {
            0 => String::new(),
            1 => "12.50".into(),
            2 => "£1,000".into(),
            3 => "-3".into(),
            4 => "nine".into(),
            5 => "<script>alert(1)</script>".into(),
            6 => "Seònaid 🌈 \u{202E}\u{0}\"\\".into(),
            7 => "9".repeat(40),
            _ => "word ".repeat(self.below(600)),
        }
    }

    fn line_id(&mut self) -> LineId {
        LineId(self.below(6) as u32 + 1)
    }

    fn outcome_id(&mut self) -> OutcomeId {
        OutcomeId(self.below(6) as u32 + 1)
    }

    fn action(&mut self, model: &Model) -> Action {
        let option = self.pick(&SdsOption::ALL);
        match self.below(31) {
            0 if self.yes() => Action::Open(self.screen()),
            0 => Action::arrived(&match self.below(3) {
                0 => self.screen().address(),
                1 => format!("support/idea/{}", self.line_id().0),
                _ => self.text(),
            }),
            1 => match self.below(3) {
                0 => Action::SetWorkerName(self.text()),
                _ => Action::SetChildName(self.text()),
            },
            2 => Action::SetAge(self.pick(&["", "7", "16", "17", "26", "x"]).into()),
            3 => Action::SetFiller(self.pick(&Filler::ALL)),
            4 => Action::SetCouncil(self.pick(&["fife", "moray", "", "nowhere"]).into()),
            5 => Action::SubmitAboutUs(self.pick(&[Onward::NextSection, Onward::Plan])),
            6 if self.below(4) == 0 => {
                let id = MemberId(self.below(4) as u32);
                match self.below(5) {
                    0 => Action::Story(StoryAction::AddMember(self.pick(&FamilyRole::ALL))),
                    1 => Action::Story(StoryAction::SetMemberName(id, self.text())),
                    2 => Action::Story(StoryAction::SetYoungCarer(id, self.yes())),
                    3 => Action::Story(StoryAction::RemoveMember(id)),
                    _ => Action::Story(StoryAction::SetHow(
                        self.pick(&[Person::Child, Person::Member(id)]),
                        self.pick(&DayPart::ALL),
                        self.pick(&HowItGoes::ALL),
                    )),
                }
            }
            6 => {
                let person = self.pick(&[Person::Child, Person::Member(MemberId(1))]);
                let part = self.pick(&DayPart::ALL);
                let field = self.pick(&[
                    StoryField::Good(person, part),
                    StoryField::Bad(person, part),
                    StoryField::Difference(person),
                    StoryField::Likes,
                    StoryField::Working,
                ]);
                Action::Story(StoryAction::SetText(field, self.text()))
            }
            7 => Action::Story(StoryAction::SetFeeling(
                self.pick(&FeelingTopic::ALL),
                self.pick(&Feeling::ALL),
            )),
            8 if self.yes() => Action::Outcomes(OutcomesAction::Add),
            8 => {
                let onward = self.pick(&[Onward::NextSection, Onward::Plan]);
                if self.yes() {
                    Action::Story(StoryAction::Continue(onward))
                } else {
                    Action::Outcomes(OutcomesAction::Continue(onward))
                }
            }
            9 => Action::Outcomes(OutcomesAction::SetWords(self.outcome_id(), self.text())),
            10 => Action::Outcomes(OutcomesAction::SetIndicator(
                self.outcome_id(),
                self.pick(&Indicator::ALL),
                self.yes(),
            )),
            11 => Action::Outcomes(OutcomesAction::SetForWhom(
                self.outcome_id(),
                self.pick(&ForWhom::ALL),
            )),
            12 => Action::Outcomes(OutcomesAction::Remove(self.outcome_id())),
            13 => {
                let rules = outcomes::list(&model.plan, &EN).suggestions;
                match rules.first() {
                    Some(s) if self.yes() => Action::Outcomes(OutcomesAction::Accept {
                        key: s.key.clone(),
                        words: s.words.clone(),
                    }),
                    Some(s) => Action::Outcomes(OutcomesAction::Ignore(s.key.clone())),
                    None => Action::Outcomes(OutcomesAction::Save(self.outcome_id())),
                }
            }
            14 => Action::Options(OptionsAction::Consider(option, self.yes())),
            15 => Action::Options(OptionsAction::Answer(
                self.pick(&[WhatMatters::EmployOwnPa, WhatMatters::CoverWhenOff]),
                self.pick(&[Answer::Yes, Answer::No, Answer::NotSure]),
            )),
            16 => Action::Support(SupportAction::AddLine(self.pick(&LineKind::ALL))),
            17 | 18 => Action::Support(SupportAction::SetField(
                self.line_id(),
                self.pick(&[
                    LineField::HoursAWeek,
                    LineField::HourlyRate,
                    LineField::Weeks,
                    LineField::Amount,
                    LineField::CostASession,
                    LineField::SessionsAWeek,
                ]),
                self.text(),
            )),
            19 => Action::Support(SupportAction::SetOption(self.line_id(), option)),
            20 => Action::Support(SupportAction::RemoveLine(self.line_id())),
            21 => Action::Support(SupportAction::AddHolidayCover(
                self.line_id(),
                if self.yes() {
                    CoverBy::AnotherPa
                } else {
                    CoverBy::Agency
                },
            )),
            22 => Action::Support(SupportAction::SetWeekSlot(
                self.line_id(),
                WeekSlot {
                    day: self.pick(&Weekday::ALL),
                    part: self.pick(&PartOfDay::ALL),
                },
                self.yes(),
            )),
            23 => Action::Support(SupportAction::SetOutcome(
                self.line_id(),
                self.outcome_id(),
                self.yes(),
            )),
            24 => Action::Support(if self.yes() {
                SupportAction::SetBreakUnit(self.line_id(), BreakUnit::Night)
            } else {
                SupportAction::SetBasis(self.line_id(), AmountBasis::AWeek)
            }),
            25 => Action::Costs(match self.below(8) {
                0 => CostsAction::SetPlanWeeks(self.text()),
                1 => CostsAction::SetTaxYear(self.pick(&TaxYear::ALL)),
                2 => CostsAction::SetEmployerField(SettingsField::ContingencyPercent, self.text()),
                3 => CostsAction::SetBudgetKind(self.pick(&[
                    BudgetKind::NotEntered,
                    BudgetKind::WholePlan,
                    BudgetKind::PerOption,
                ])),
                4 => CostsAction::SetBudgetAmount(
                    self.pick(&[BudgetScope::WholePlan, BudgetScope::Option(option)]),
                    self.text(),
                ),
                5 => CostsAction::SetPayField(
                    self.pick(&[PayField::FundedRate, PayField::HoursAWeek, PayField::Weeks]),
                    self.text(),
                ),
                6 => CostsAction::SetEmploymentAllowance(self.yes()),
                _ => CostsAction::SetBuysField(ScenarioField::Amount, self.text()),
            }),
            26 => match plan_file::to_file(&model.plan, "2026-12-02") {
                // Open what was just saved, or a damaged copy of it.
                Ok(file) if self.yes() => Action::FileChosen(file),
                Ok(file) => Action::FileChosen(file.replacen("\"id\"", "\"ids\"", 1)),
                Err(_) => Action::FileChosen(String::new()),
            },
            27 => match self.below(5) {
                0 => Action::ReplaceWithFile,
                1 => Action::KeepCurrentPlan,
                2 => Action::DismissNotice,
                3 => Action::StorageFailed,
                _ => Action::StorageWorked,
            },
            28 => match self.below(4) {
                0 => Action::SessionStarted,
                1 => Action::SessionEnded(StoredPlan::Nothing),
                2 => Action::SavedElsewhere(StoredPlan::Text(self.text())),
                _ => Action::DeleteEverything,
            },
            29 => {
                let step = self.pick(&TransitionStep::ALL);
                match self.below(5) {
                    0 => Action::GrowingUp(GrowingUpAction::SetBirthdayMonth(self.pick(&[
                        None,
                        Some(0),
                        Some(1),
                        Some(12),
                        Some(13),
                    ]))),
                    1 => Action::GrowingUp(GrowingUpAction::SetDone(step, self.yes())),
                    2 => Action::GrowingUp(GrowingUpAction::SetSpokeTo(step, self.text())),
                    3 => Action::SetWithMyPlan(self.yes()),
                    _ => Action::PrintMyPlan,
                }
            }
            _ => Action::Support(SupportAction::SaveLine(self.line_id())),
        }
    }

    fn screen(&mut self) -> Screen {
        self.pick(&[
            Screen::Hub,
            Screen::AboutUs,
            Screen::Support(SupportScreen::Start),
            Screen::Support(SupportScreen::ChooseKind),
            Screen::Support(SupportScreen::Line(LineId(1))),
            Screen::Support(SupportScreen::Remove(LineId(2))),
            Screen::Costs(CostsScreen::Settings),
            Screen::Costs(CostsScreen::Budget),
            Screen::Summary,
            Screen::GrowingUp,
            Screen::DeleteEverything,
        ])
    }
}

/// Everything that must hold whatever the family did.
fn check(plan: &Plan, model: &Model, seed: u64, step: usize) {
    let at = format!("seed {seed}, action {step}");
    let stored = plan_file::to_json(plan).expect("a plan always serialises");
    assert_eq!(
        plan_file::from_json(&stored).as_ref(),
        Ok(plan),
        "{at}: storage"
    );
    let file = plan_file::to_file(plan, "2026-12-02").expect("a plan always serialises");
    assert_eq!(plan_file::from_json(&file).as_ref(), Ok(plan), "{at}: file");
    let mut line_ids: Vec<u32> = plan.support.lines.iter().map(|l| l.id.0).collect();
    let mut outcome_ids: Vec<u32> = plan.outcomes.items.iter().map(|o| o.id.0).collect();
    let (lines, outcomes) = (line_ids.len(), outcome_ids.len());
    line_ids.sort_unstable();
    line_ids.dedup();
    outcome_ids.sort_unstable();
    outcome_ids.dedup();
    assert_eq!(
        (line_ids.len(), outcome_ids.len()),
        (lines, outcomes),
        "{at}: ids"
    );
    // Every page's view can be worked out.
    let _ = view::hub(plan, &EN);
    let _ = view::saving(model, &EN);
    let _ = view::notice(model, &EN);
    let _ = outcomes::list(plan, &EN);
    let local = options::local_availability(model.council());
    let _ = options::chart(plan, &local, &EN);
    let _ = options::thinking(plan, &local, model.tried_to_save(), &EN);
    let _ = costs::start(plan, &EN);
    let _ = costs::settings(plan, &EN);
    let _ = costs::week(plan, &EN);
    let _ = costs::budget(plan, &EN);
    let _ = costs::pay(plan, model.council(), &EN);
    let _ = crate::steps::growing_up::view(plan, "2026-12-02", &EN);
    for line in &plan.support.lines {
        assert!(
            support::line(plan, None, line.id, true, &EN).is_some(),
            "{at}"
        );
    }
    let text = summary::as_text(
        &summary::summary(plan, model.worker(), &EN, "2026-12-02"),
        &EN,
    );
    assert!(!text.is_empty(), "{at}: summary");
}

#[test]
fn thousands_of_random_actions_keep_every_rule() {
    let mut ran = 0;
    for seed in 1..=SEEDS {
        let mut monkey = Monkey(0x9E37_79B9_7F4A_7C15 ^ seed.wrapping_mul(0x2545_F491_4F6C_DD1D));
        let mut model = Model::default();
        for step in 0..ACTIONS_PER_SEED {
            let action = monkey.action(&model);
            update(&mut model, action);
            check(&model.plan, &model, seed, step);
            ran += 1;
        }
    }
    assert_eq!(ran, SEEDS as usize * ACTIONS_PER_SEED);
    eprintln!("monkey: {ran} random actions over {SEEDS} seeds, every rule held");
}
