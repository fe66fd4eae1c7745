//! "What matters to us in choosing": the questions, the fit rules and the
//! fit view. Nothing here ranks, totals or names a best option.

use crate::text::Text;
use crate::text::options::OptionsText;

use super::{
    Answer, LocalAvailability, OptionsThinking, WhatMatters, facts, if_you_do_not_choose,
    not_available_note,
};
use crate::vocabulary::SdsOption;

// ---------------------------------------------------------------------------
// What matters to us in choosing.

/// How one option fits one answer. Never added up: each is read on its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fit {
    Fits,
    PartlyFits,
    DoesNotFit,
}

impl Fit {
    pub fn label(self, t: &OptionsText) -> &'static str {
        match self {
            Fit::Fits => t.fit_fits,
            Fit::PartlyFits => t.fit_partly,
            Fit::DoesNotFit => t.fit_does_not,
        }
    }

    /// A stable name for the shape drawn beside the words (never colour
    /// alone).
    pub fn class(self) -> &'static str {
        match self {
            Fit::Fits => "fits",
            Fit::PartlyFits => "partly",
            Fit::DoesNotFit => "does-not",
        }
    }
}

/// The fit rules. "Not sure" is not used: it neither fits nor rules out.
/// Sources: sds-facts.md §2 (who chooses, arranges, holds the money, only
/// Option 1 employs staff, flexibility), §3 (16 and 17 decide), §5 (what a
/// direct payment buys), §6 (cover and paperwork; ways through), §8 (local
/// services, rural areas, one-off purchases).
pub fn fit(question: WhatMatters, answer: Answer, option: SdsOption) -> Option<Fit> {
    use Fit::{DoesNotFit, Fits, PartlyFits};
    use SdsOption::{Option1 as One, Option2 as Two, Option3 as Three, Option4 as Mix};
    use WhatMatters::*;
    let fit = match (answer, question, option) {
        (Answer::NotSure, _, _) => return None,

        (Answer::Yes, ChooseWhoSupports, One | Two | Mix) => Fits,
        (Answer::Yes, ChooseWhoSupports, Three) => PartlyFits,
        (Answer::No, ChooseWhoSupports, One | Two) => PartlyFits,
        (Answer::No, ChooseWhoSupports, Three | Mix) => Fits,

        (Answer::Yes, EmployOwnPa, One) => Fits,
        (Answer::Yes, EmployOwnPa, Two | Three) => DoesNotFit,
        (Answer::Yes, EmployOwnPa, Mix) => PartlyFits,
        (Answer::No, EmployOwnPa, _) => Fits,

        (Answer::Yes, SomeoneElseDoesPaperwork, One) => DoesNotFit,
        (Answer::Yes, SomeoneElseDoesPaperwork, Two | Three) => Fits,
        (Answer::Yes, SomeoneElseDoesPaperwork, Mix) => PartlyFits,
        (Answer::No, SomeoneElseDoesPaperwork, _) => Fits,

        (Answer::Yes, CoverWhenOff, One) => PartlyFits,
        (Answer::Yes, CoverWhenOff, Two | Three | Mix) => Fits,
        (Answer::No, CoverWhenOff, _) => Fits,

        (Answer::Yes, OneOffThings, One | Mix) => Fits,
        (Answer::Yes, OneOffThings, Two | Three) => PartlyFits,
        (Answer::No, OneOffThings, _) => Fits,

        (Answer::Yes, FewServicesNearby, One | Two | Mix) => PartlyFits,
        (Answer::Yes, FewServicesNearby, Three) => DoesNotFit,
        (Answer::No, FewServicesNearby, _) => Fits,

        (Answer::Yes, YoungPersonManages, One | Two | Mix) => Fits,
        (Answer::Yes, YoungPersonManages, Three) => PartlyFits,
        (Answer::No, YoungPersonManages, _) => Fits,

        (Answer::Yes, ChangeAtShortNotice, One | Mix) => Fits,
        (Answer::Yes, ChangeAtShortNotice, Two | Three) => PartlyFits,
        (Answer::No, ChangeAtShortNotice, _) => Fits,
    };
    Some(fit)
}

#[derive(Debug, Clone, PartialEq)]
pub struct FitRow {
    pub question: WhatMatters,
    /// The question as the family answered it, for example "We need cover
    /// when a worker is ill or on holiday: Yes".
    pub what_you_said: String,
    pub fit: Fit,
    pub fit_label: &'static str,
    pub reason: &'static str,
}

/// One option's fit with what the family said. There is deliberately no
/// score, total, rank or "best" here.
#[derive(Debug, Clone, PartialEq)]
pub struct OptionFit {
    pub id: SdsOption,
    pub name: &'static str,
    /// Said when the council has this option not currently available.
    pub not_available: Option<&'static str>,
    /// In question order.
    pub rows: Vec<FitRow>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct FitView {
    /// Always Options 1, 2, 3, 4 in that order, whatever the answers.
    pub options: Vec<OptionFit>,
    /// No Yes or No answers yet: there is nothing to show.
    pub nothing_answered: bool,
    /// How many questions are answered "Not sure" (not used).
    pub not_sure: usize,
    /// Always shown: the choice is the family's, and what happens if they
    /// do not choose.
    pub your_choice: [&'static str; 2],
}

pub fn fit_view(thinking: &OptionsThinking, local: &LocalAvailability, t: &Text) -> FitView {
    let o = t.options;
    let options: Vec<OptionFit> = SdsOption::ALL
        .into_iter()
        .map(|id| OptionFit {
            id,
            name: facts(id, o).name,
            not_available: not_available_note(local, id, t),
            rows: WhatMatters::ALL
                .into_iter()
                .filter_map(|question| {
                    let answer = *thinking.answers.get(&question)?;
                    let fit = fit(question, answer, id)?;
                    Some(FitRow {
                        question,
                        what_you_said: o.what_you_said(&question.question(o), &answer.label(o)),
                        fit,
                        fit_label: fit.label(o),
                        reason: o.fit_reason(question, answer, id),
                    })
                })
                .collect(),
        })
        .collect();
    FitView {
        nothing_answered: options.iter().all(|f| f.rows.is_empty()),
        options,
        not_sure: thinking
            .answers
            .values()
            .filter(|a| **a == Answer::NotSure)
            .count(),
        your_choice: [o.your_choice, if_you_do_not_choose(local, t)],
    }
}
