//! "What we want to change": outcomes in the family's own words, each linked
//! to GIRFEC wellbeing indicators (sds-facts.md §4), with who it is mainly
//! for and how they will know it is working. Ideas are suggested by rules
//! from what the family wrote in Our story; they can add or ignore each one.

use crate::plan::Plan;
use crate::plan::checks::{MAX_LIST, next_id};
use crate::steps::about::child_called;
use crate::steps::story::{
    DayPart, FamilyRole, Feeling, FeelingTopic, MAX_ANSWER_CHARS, OurStory, Person, over_limit,
};
use crate::text::Text;
use crate::vocabulary::{Next, Onward, OutcomeId, SectionStatus};

mod suggestions;

pub use suggestions::*;

pub use crate::plan::outcomes::{ForWhom, Indicator, Outcome, Outcomes};

/// The most outcomes a plan holds: more would not help anyone.
pub use crate::plan::checks::MAX_OUTCOMES;

/// How an outcome is named where it is listed or linked (support ideas,
/// the summary): its words, or a placeholder while it has none.
pub fn outcome_label(outcome: &Outcome, t: &Text) -> String {
    let words = outcome.words.trim();
    if words.is_empty() {
        t.outcomes.untitled_outcome(&outcome.id)
    } else {
        words.to_owned()
    }
}

/// The pages of this section.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum OutcomesScreen {
    /// The list of outcomes, the ideas from Our story, and "Have you
    /// finished this section?".
    #[default]
    List,
    /// One outcome's page, by id.
    Edit(OutcomeId),
    /// "Are you sure you want to remove this outcome?", by id.
    Remove(OutcomeId),
}

/// What a family can do in this section.
#[derive(Debug, Clone, PartialEq)]
pub enum OutcomesAction {
    /// Starts a new outcome and opens its page (unless 50 already exist).
    Add,
    SetWords(OutcomeId, String),
    SetIndicator(OutcomeId, Indicator, bool),
    SetForWhom(OutcomeId, ForWhom),
    SetHowWeKnow(OutcomeId, String),
    /// "Save outcome": back to the list unless something needs fixing.
    Save(OutcomeId),
    /// Leaves an outcome's page; a new outcome left blank is not kept.
    Leave(OutcomeId),
    Remove(OutcomeId),
    /// Adds a suggested outcome with the words shown (the core's rules
    /// supply the rest) and opens it so the family can change the words.
    Accept {
        key: String,
        words: String,
    },
    /// Hides a suggestion for good.
    Ignore(String),
    SetFinished(bool),
    /// "Continue" under "Have you finished this section?": back to the plan.
    /// "Continue" under "Have you finished?", on or back to the plan.
    Continue(Onward),
}

/// Reads the story (and the young person's age) for the suggestions it
/// offers; writes only the outcomes.
pub fn apply(
    outcomes: &mut Outcomes,
    story: &OurStory,
    age: Option<u8>,
    action: OutcomesAction,
) -> Next<OutcomesScreen> {
    match action {
        OutcomesAction::Add => {
            if let Some(id) = add(outcomes, Outcome::default()) {
                return Next::Page(OutcomesScreen::Edit(id));
            }
        }
        OutcomesAction::SetWords(id, words) => {
            if let Some(o) = find_mut(outcomes, id) {
                o.words = words;
            }
        }
        OutcomesAction::SetIndicator(id, indicator, on) => {
            if let Some(o) = find_mut(outcomes, id) {
                let mut chosen: Vec<Indicator> = Indicator::ALL
                    .into_iter()
                    .filter(|i| {
                        if *i == indicator {
                            on
                        } else {
                            o.indicators.contains(i)
                        }
                    })
                    .collect();
                std::mem::swap(&mut o.indicators, &mut chosen);
            }
        }
        OutcomesAction::SetForWhom(id, for_whom) => {
            if let Some(o) = find_mut(outcomes, id) {
                o.for_whom = Some(for_whom);
            }
        }
        OutcomesAction::SetHowWeKnow(id, how) => {
            if let Some(o) = find_mut(outcomes, id) {
                o.how_we_know = how;
            }
        }
        OutcomesAction::Save(id) => {
            let problems = outcomes.items.iter().find(|o| o.id == id).map(check);
            return if problems.is_none_or(|p| p.is_empty()) {
                Next::Page(OutcomesScreen::List)
            } else {
                Next::ShowErrors
            };
        }
        OutcomesAction::Leave(id) => {
            forget_if_blank(outcomes, id);
            return Next::Page(OutcomesScreen::List);
        }
        OutcomesAction::Remove(id) => {
            if let Some(key) = outcomes
                .items
                .iter()
                .find(|o| o.id == id)
                .and_then(|o| o.suggestion.clone())
            {
                ignore(outcomes, key);
            }
            // Exactly one: ids are unique, and this keeps it so.
            if let Some(at) = outcomes.items.iter().position(|o| o.id == id) {
                outcomes.items.remove(at);
            }
            return Next::Page(OutcomesScreen::List);
        }
        OutcomesAction::Accept { key, words } => {
            let rule = open_rules(story, outcomes, age)
                .into_iter()
                .find(|r| r.key == key);
            if let Some(rule) = rule {
                let outcome = Outcome {
                    words,
                    indicators: rule.indicators,
                    for_whom: Some(rule.for_whom),
                    suggestion: Some(rule.key),
                    ..Outcome::default()
                };
                if let Some(id) = add(outcomes, outcome) {
                    return Next::Page(OutcomesScreen::Edit(id));
                }
            }
        }
        OutcomesAction::Ignore(key) => ignore(outcomes, key),
        OutcomesAction::SetFinished(finished) => outcomes.finished = Some(finished),
        OutcomesAction::Continue(_) => return Next::Plan,
    }
    Next::Stay
}

/// Adds an outcome with a fresh id; `None` at the limit.
fn add(outcomes: &mut Outcomes, mut outcome: Outcome) -> Option<OutcomeId> {
    if outcomes.items.len() >= MAX_OUTCOMES {
        return None;
    }
    // Never reuse an id, even if a saved file's `next_id` is behind.
    let id = next_id(outcomes.items.iter().map(|o| o.id.0), outcomes.next_id)?;
    outcome.id = OutcomeId(id);
    outcomes.items.push(outcome);
    outcomes.next_id = id.saturating_add(1);
    Some(OutcomeId(id))
}

fn ignore(outcomes: &mut Outcomes, key: String) {
    if !outcomes.dismissed.contains(&key) && outcomes.dismissed.len() < MAX_LIST {
        outcomes.dismissed.push(key);
    }
}

fn find_mut(outcomes: &mut Outcomes, id: OutcomeId) -> Option<&mut Outcome> {
    outcomes.items.iter_mut().find(|o| o.id == id)
}

/// Forgets the outcome if nothing was ever given for it (a new one left
/// as it started), however the family leaves its page; true if it went.
pub fn forget_if_blank(outcomes: &mut Outcomes, id: OutcomeId) -> bool {
    let before = outcomes.items.len();
    outcomes.items.retain(|o| o.id != id || !is_blank(o));
    outcomes.items.len() != before
}

fn is_blank(o: &Outcome) -> bool {
    o.words.trim().is_empty()
        && o.indicators.is_empty()
        && o.for_whom.is_none()
        && o.how_we_know.trim().is_empty()
        && o.suggestion.is_none()
}

pub fn status(plan: &Plan) -> SectionStatus {
    let outcomes = &plan.outcomes;
    if outcomes.finished == Some(true) {
        SectionStatus::Completed
    } else if !outcomes.items.is_empty()
        || !outcomes.dismissed.is_empty()
        || outcomes.finished.is_some()
    {
        SectionStatus::InProgress
    } else {
        SectionStatus::NotStarted
    }
}

// ---- Checking an outcome ----

/// The questions on an outcome's page, in page order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutcomeField {
    Words,
    ForWhom,
    Indicators,
    HowWeKnow,
}

impl OutcomeField {
    pub fn id(self) -> &'static str {
        match self {
            OutcomeField::Words => "outcome-words",
            OutcomeField::Indicators => "outcome-indicators",
            OutcomeField::ForWhom => "outcome-for-whom",
            OutcomeField::HowWeKnow => "outcome-how",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutcomeError {
    WordsMissing,
    WordsTooLong,
    IndicatorsMissing,
    ForWhomMissing,
    HowTooLong,
}

impl OutcomeError {
    pub fn field(self) -> OutcomeField {
        match self {
            OutcomeError::WordsMissing | OutcomeError::WordsTooLong => OutcomeField::Words,
            OutcomeError::IndicatorsMissing => OutcomeField::Indicators,
            OutcomeError::ForWhomMissing => OutcomeField::ForWhom,
            OutcomeError::HowTooLong => OutcomeField::HowWeKnow,
        }
    }

    pub fn message(self, t: &Text) -> &'static str {
        match self {
            OutcomeError::WordsMissing => t.outcomes.error_words_missing,
            OutcomeError::IndicatorsMissing => t.outcomes.error_indicators_missing,
            OutcomeError::ForWhomMissing => t.outcomes.error_for_whom_missing,
            OutcomeError::WordsTooLong | OutcomeError::HowTooLong => t.outcomes.error_too_long,
        }
    }

    /// A missing answer is only pointed out after "Save outcome"; an answer
    /// over the limit is pointed out as soon as it is typed.
    fn shows_before_saving(self) -> bool {
        matches!(self, OutcomeError::WordsTooLong | OutcomeError::HowTooLong)
    }
}

/// Every problem with an outcome, in page order. Empty means it can be saved.
pub fn check(outcome: &Outcome) -> Vec<OutcomeError> {
    let mut errors = Vec::new();
    if outcome.words.trim().is_empty() {
        errors.push(OutcomeError::WordsMissing);
    } else if over_limit(&outcome.words).is_some() {
        errors.push(OutcomeError::WordsTooLong);
    }
    // Who it is for comes first on the page: it decides whether the
    // wellbeing indicators are asked (see `ForWhom::has_wellbeing`).
    if outcome.for_whom.is_none() {
        errors.push(OutcomeError::ForWhomMissing);
    }
    // Needed for the child's outcomes; a whole-family outcome may have
    // them, a carer's or a brother's or sister's has none.
    if outcome.indicators.is_empty() && matches!(outcome.for_whom, None | Some(ForWhom::Child)) {
        errors.push(OutcomeError::IndicatorsMissing);
    }
    if outcome.how_we_know.chars().count() > MAX_ANSWER_CHARS {
        errors.push(OutcomeError::HowTooLong);
    }
    errors
}

// ---- View models ----

/// Who an outcome is mainly for, with the names the family gave: "Sam",
/// "A brother or sister (Jack and Ellie)".
pub fn for_whom_label(for_whom: ForWhom, plan: &Plan, t: &Text) -> String {
    let o = t.outcomes;
    let with_names = |label: &str, role: FamilyRole| {
        let names: Vec<&str> = plan
            .story
            .family
            .iter()
            .filter(|m| m.role == role)
            .map(|m| m.name.trim())
            .filter(|name| !name.is_empty())
            .collect();
        if names.is_empty() {
            label.to_owned()
        } else {
            o.for_named(&label, &t.locale.and_list(&names))
        }
    };
    match for_whom {
        ForWhom::Child => child_called(&plan.about, t).capital,
        ForWhom::ParentOrCarer => with_names(o.for_parent, FamilyRole::ParentOrCarer),
        ForWhom::Sibling => with_names(o.for_sibling, FamilyRole::Sibling),
        ForWhom::WholeFamily => o.for_family.to_owned(),
    }
}

/// One outcome in the list.
#[derive(Debug, Clone, PartialEq)]
pub struct OutcomeRow {
    pub id: OutcomeId,
    pub label: String,
    /// `None` for a carer's or a brother's or sister's outcome.
    pub indicators: Option<String>,
    pub for_whom: String,
    pub how_we_know: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ListView {
    pub rows: Vec<OutcomeRow>,
    pub can_add: bool,
    /// At most `SUGGESTIONS_AT_ONCE`, in story order.
    pub suggestions: Vec<SuggestionView>,
    /// "3 more ideas will show…" when more are waiting.
    pub more_suggestions: Option<String>,
    pub finished: Option<bool>,
}

pub fn list(plan: &Plan, t: &Text) -> ListView {
    let o = t.outcomes;
    let rows = plan
        .outcomes
        .items
        .iter()
        .map(|item| OutcomeRow {
            id: item.id,
            label: outcome_label(item, t),
            indicators: ForWhom::has_wellbeing(item.for_whom).then(|| {
                if item.indicators.is_empty() {
                    o.not_answered.to_owned()
                } else {
                    indicator_names(&item.indicators, t)
                }
            }),
            for_whom: item
                .for_whom
                .map_or_else(|| o.not_answered.to_owned(), |w| for_whom_label(w, plan, t)),
            how_we_know: if item.how_we_know.trim().is_empty() {
                o.not_answered.to_owned()
            } else {
                item.how_we_know.clone()
            },
        })
        .collect();
    let mut suggestions = suggestions(plan, t);
    let waiting = suggestions.len().saturating_sub(SUGGESTIONS_AT_ONCE);
    suggestions.truncate(SUGGESTIONS_AT_ONCE);
    ListView {
        rows,
        can_add: plan.outcomes.items.len() < MAX_OUTCOMES,
        suggestions,
        more_suggestions: match waiting {
            0 => None,
            1 => Some(o.more_suggestions_one.to_owned()),
            n => Some(o.more_suggestions(&n)),
        },
        finished: plan.outcomes.finished,
    }
}

/// What the remove page names: the outcome's label; `None` if it is gone.
pub fn remove_page(plan: &Plan, id: OutcomeId, t: &Text) -> Option<String> {
    plan.outcomes
        .items
        .iter()
        .find(|o| o.id == id)
        .map(|o| outcome_label(o, t))
}

#[derive(Debug, Clone, PartialEq)]
pub struct Choice<T> {
    pub value: T,
    pub key: &'static str,
    pub label: String,
    pub hint: &'static str,
    pub checked: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct EditError {
    pub field: OutcomeField,
    pub message: &'static str,
}

#[derive(Debug, Clone, PartialEq)]
pub struct EditView {
    pub id: OutcomeId,
    pub words: String,
    pub how_we_know: String,
    /// Empty for a carer's or a brother's or sister's outcome: the page
    /// then says why instead (`no_wellbeing`).
    pub indicators: Vec<Choice<Indicator>>,
    /// "Optional" wording for a whole-family outcome.
    pub indicators_optional: bool,
    pub no_wellbeing: Option<&'static str>,
    pub for_whom: Vec<Choice<ForWhom>>,
    pub errors: Vec<EditError>,
    /// "You have 12 characters too many." while a box is over the limit.
    pub words_count: Option<String>,
    pub how_count: Option<String>,
}

impl EditView {
    pub fn error_for(&self, field: OutcomeField) -> Option<&'static str> {
        self.errors
            .iter()
            .find(|e| e.field == field)
            .map(|e| e.message)
    }
}

/// An outcome's page; `None` if there is no such outcome. `saved` says
/// whether the family has pressed "Save outcome" on this page yet.
pub fn edit(plan: &Plan, id: OutcomeId, saved: bool, t: &Text) -> Option<EditView> {
    let outcome = plan.outcomes.items.iter().find(|o| o.id == id)?;
    Some(EditView {
        id,
        words_count: over_limit(&outcome.words).map(|over| t.story.characters_over(over)),
        how_count: over_limit(&outcome.how_we_know).map(|over| t.story.characters_over(over)),
        words: outcome.words.clone(),
        how_we_know: outcome.how_we_know.clone(),
        indicators_optional: outcome.for_whom == Some(ForWhom::WholeFamily),
        no_wellbeing: (!ForWhom::has_wellbeing(outcome.for_whom))
            .then_some(t.outcomes.no_wellbeing),
        indicators: Indicator::ALL
            .into_iter()
            .filter(|_| ForWhom::has_wellbeing(outcome.for_whom))
            .map(|i| Choice {
                value: i,
                key: i.key(),
                label: i.name(t).to_owned(),
                hint: i.description(t),
                checked: outcome.indicators.contains(&i),
            })
            .collect(),
        for_whom: ForWhom::ALL
            .into_iter()
            .map(|w| Choice {
                value: w,
                key: w.key(),
                label: for_whom_label(w, plan, t),
                hint: "",
                checked: outcome.for_whom == Some(w),
            })
            .collect(),
        errors: check(outcome)
            .into_iter()
            .filter(|e| saved || e.shows_before_saving())
            .map(|e| EditError {
                field: e.field(),
                message: e.message(t),
            })
            .collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::model::{Action, Model, Screen, apply as apply_model};
    use crate::steps::story::{StoryAction, StoryField};
    use crate::test_support::after;
    use crate::text::EN;
    use crate::vocabulary::OutcomeId;

    fn o(action: OutcomesAction) -> Action {
        Action::Outcomes(action)
    }

    fn story(field: StoryField, text: &str) -> Action {
        Action::Story(StoryAction::SetText(field, text.into()))
    }

    fn bad_evening() -> Action {
        story(
            StoryField::Bad(Person::Child, DayPart::Evening),
            "Meltdowns at tea time",
        )
    }

    /// An outcome that passes every check.
    fn filled(id: OutcomeId) -> Vec<Action> {
        vec![
            o(OutcomesAction::SetWords(
                id,
                "Sam can go to a club with friends after school".into(),
            )),
            o(OutcomesAction::SetIndicator(id, Indicator::Active, true)),
            o(OutcomesAction::SetIndicator(id, Indicator::Included, true)),
            o(OutcomesAction::SetForWhom(id, ForWhom::Child)),
        ]
    }

    fn keys(model: &Model) -> Vec<String> {
        suggestions(&model.plan, &EN)
            .into_iter()
            .map(|s| s.key)
            .collect()
    }

    #[test]
    fn a_new_plan_has_no_outcomes_and_is_not_started() {
        assert_eq!(status(&Plan::default()), SectionStatus::NotStarted);
        assert!(list(&Plan::default(), &EN).rows.is_empty());
    }

    #[test]
    fn adding_an_outcome_gives_it_id_1_and_opens_its_page() {
        let model = after([o(OutcomesAction::Add)]);
        assert_eq!(model.plan.outcomes.items.len(), 1);
        assert_eq!(model.plan.outcomes.items[0].id, OutcomeId(1));
        assert_eq!(model.plan.outcomes.next_id, 2);
        assert_eq!(
            model.screen,
            Screen::Outcomes(OutcomesScreen::Edit(OutcomeId(1)))
        );
        assert_eq!(status(&model.plan), SectionStatus::InProgress);
    }

    #[test]
    fn ids_are_never_reused_after_a_removal() {
        let model = after([
            o(OutcomesAction::Add),
            o(OutcomesAction::Add),
            o(OutcomesAction::Remove(OutcomeId(2))),
            o(OutcomesAction::Add),
        ]);
        let ids: Vec<u32> = model.plan.outcomes.items.iter().map(|o| o.id.0).collect();
        assert_eq!(ids, vec![1, 3]);
    }

    #[test]
    fn a_file_with_next_id_behind_its_outcomes_still_gets_a_fresh_id() {
        let mut model = Model::default();
        model.plan.outcomes.items.push(Outcome {
            id: OutcomeId(7),
            ..Outcome::default()
        });
        let model = apply_model(model, o(OutcomesAction::Add));
        assert_eq!(model.plan.outcomes.items[1].id, OutcomeId(8));
        assert_eq!(model.plan.outcomes.next_id, 9);
    }

    #[test]
    fn a_new_outcome_never_takes_an_id_in_use_even_at_the_top() {
        use crate::plan::checks::MAX_ID;
        let mut model = Model::default();
        model.plan.outcomes.items.push(Outcome {
            id: OutcomeId(MAX_ID),
            words: "Keep me".into(),
            ..Outcome::default()
        });
        let model = apply_model(model, o(OutcomesAction::Add));
        assert_eq!(model.plan.outcomes.items.len(), 1);
        assert_eq!(model.plan.outcomes.items[0].words, "Keep me");
    }

    #[test]
    fn removing_an_outcome_removes_exactly_one() {
        let mut model = Model::default();
        for words in ["First", "Second"] {
            model.plan.outcomes.items.push(Outcome {
                id: OutcomeId(4),
                words: words.into(),
                ..Outcome::default()
            });
        }
        let model = apply_model(model, o(OutcomesAction::Remove(OutcomeId(4))));
        let left: Vec<&str> = model
            .plan
            .outcomes
            .items
            .iter()
            .map(|o| o.words.as_str())
            .collect();
        assert_eq!(left, vec!["Second"]);
    }

    #[test]
    fn words_are_kept_exactly_as_typed() {
        let typed = "<script>alert(1)</script> Seònaid 🌈 مرحبا";
        let model = after([
            o(OutcomesAction::Add),
            o(OutcomesAction::SetWords(OutcomeId(1), typed.into())),
            o(OutcomesAction::SetHowWeKnow(OutcomeId(1), typed.into())),
        ]);
        assert_eq!(model.plan.outcomes.items[0].words, typed);
        assert_eq!(model.plan.outcomes.items[0].how_we_know, typed);
    }

    #[test]
    fn indicators_are_kept_in_wheel_order_once_each() {
        let model = after([
            o(OutcomesAction::Add),
            o(OutcomesAction::SetIndicator(
                OutcomeId(1),
                Indicator::Included,
                true,
            )),
            o(OutcomesAction::SetIndicator(
                OutcomeId(1),
                Indicator::Safe,
                true,
            )),
            o(OutcomesAction::SetIndicator(
                OutcomeId(1),
                Indicator::Safe,
                true,
            )),
            o(OutcomesAction::SetIndicator(
                OutcomeId(1),
                Indicator::Healthy,
                true,
            )),
            o(OutcomesAction::SetIndicator(
                OutcomeId(1),
                Indicator::Healthy,
                false,
            )),
        ]);
        assert_eq!(
            model.plan.outcomes.items[0].indicators,
            vec![Indicator::Safe, Indicator::Included]
        );
    }

    #[test]
    fn who_it_is_for_can_be_chosen_and_changed() {
        let model = after([
            o(OutcomesAction::Add),
            o(OutcomesAction::SetForWhom(OutcomeId(1), ForWhom::Sibling)),
            o(OutcomesAction::SetForWhom(
                OutcomeId(1),
                ForWhom::WholeFamily,
            )),
        ]);
        assert_eq!(
            model.plan.outcomes.items[0].for_whom,
            Some(ForWhom::WholeFamily)
        );
    }

    #[test]
    fn changes_to_an_unknown_id_do_nothing() {
        let model = after([
            o(OutcomesAction::SetWords(OutcomeId(9), "x".into())),
            o(OutcomesAction::SetIndicator(
                OutcomeId(9),
                Indicator::Safe,
                true,
            )),
            o(OutcomesAction::SetForWhom(OutcomeId(9), ForWhom::Child)),
            o(OutcomesAction::SetHowWeKnow(OutcomeId(9), "x".into())),
            o(OutcomesAction::Remove(OutcomeId(9))),
        ]);
        assert!(model.plan.outcomes.items.is_empty());
        assert!(model.plan.outcomes.dismissed.is_empty());
    }

    #[test]
    fn saving_a_complete_outcome_returns_to_the_list() {
        let mut actions = vec![o(OutcomesAction::Add)];
        actions.extend(filled(OutcomeId(1)));
        actions.push(o(OutcomesAction::Save(OutcomeId(1))));
        let model = after(actions);
        assert_eq!(model.screen, Screen::Outcomes(OutcomesScreen::List));
        let row = &list(&model.plan, &EN).rows[0];
        assert_eq!(row.label, "Sam can go to a club with friends after school");
        assert_eq!(row.indicators.as_deref(), Some("Active, Included"));
        assert_eq!(row.for_whom, "Your child");
        assert_eq!(row.how_we_know, "Not answered");
    }

    #[test]
    fn saving_an_empty_outcome_stays_and_lists_each_problem_in_page_order() {
        let model = after([
            o(OutcomesAction::Add),
            o(OutcomesAction::Save(OutcomeId(1))),
        ]);
        assert_eq!(
            model.screen,
            Screen::Outcomes(OutcomesScreen::Edit(OutcomeId(1)))
        );
        let view = edit(&model.plan, OutcomeId(1), true, &EN).unwrap();
        let actual: Vec<(&str, &str)> = view
            .errors
            .iter()
            .map(|e| (e.field.id(), e.message))
            .collect();
        assert_eq!(
            actual,
            vec![
                ("outcome-words", "Enter what you want to change"),
                ("outcome-for-whom", "Select who it is mainly for"),
                (
                    "outcome-indicators",
                    "Select at least one way it helps wellbeing"
                ),
            ]
        );
    }

    #[test]
    fn missing_answers_are_not_pointed_out_before_saving_but_too_long_ones_are() {
        let model = after([o(OutcomesAction::Add)]);
        assert_eq!(
            edit(&model.plan, OutcomeId(1), false, &EN).unwrap().errors,
            vec![]
        );
        let model = apply_model(
            model,
            o(OutcomesAction::SetHowWeKnow(OutcomeId(1), "é".repeat(2001))),
        );
        let view = edit(&model.plan, OutcomeId(1), false, &EN).unwrap();
        assert_eq!(
            view.error_for(OutcomeField::HowWeKnow),
            Some(
                "This answer is over 2,000 characters. Make it shorter before you save. Nothing you typed has been lost."
            )
        );
        assert_eq!(
            model.plan.outcomes.items[0].how_we_know.chars().count(),
            2001
        );
    }

    #[test]
    fn words_over_the_limit_stop_saving_and_are_kept() {
        let mut actions = vec![o(OutcomesAction::Add)];
        actions.extend(filled(OutcomeId(1)));
        actions.push(o(OutcomesAction::SetWords(OutcomeId(1), "a".repeat(2001))));
        actions.push(o(OutcomesAction::Save(OutcomeId(1))));
        let model = after(actions);
        assert_eq!(
            model.screen,
            Screen::Outcomes(OutcomesScreen::Edit(OutcomeId(1)))
        );
        assert_eq!(
            check(&model.plan.outcomes.items[0]),
            vec![OutcomeError::WordsTooLong]
        );
        assert_eq!(model.plan.outcomes.items[0].words.len(), 2001);
    }

    #[test]
    fn the_remove_page_names_the_outcome_and_removing_returns_to_the_list() {
        let mut actions = vec![o(OutcomesAction::Add)];
        actions.extend(filled(OutcomeId(1)));
        actions.push(Action::Open(Screen::Outcomes(OutcomesScreen::Remove(
            OutcomeId(1),
        ))));
        let model = after(actions);
        assert_eq!(
            remove_page(&model.plan, OutcomeId(1), &EN).as_deref(),
            Some("Sam can go to a club with friends after school")
        );
        let model = apply_model(model, o(OutcomesAction::Remove(OutcomeId(1))));
        assert!(model.plan.outcomes.items.is_empty());
        assert_eq!(model.screen, Screen::Outcomes(OutcomesScreen::List));
        assert_eq!(remove_page(&model.plan, OutcomeId(1), &EN), None);
    }

    #[test]
    fn leaving_a_new_blank_outcome_does_not_keep_it() {
        let model = after([
            o(OutcomesAction::Add),
            o(OutcomesAction::Leave(OutcomeId(1))),
        ]);
        assert!(model.plan.outcomes.items.is_empty());
        assert_eq!(model.screen, Screen::Outcomes(OutcomesScreen::List));
    }

    #[test]
    fn leaving_an_outcome_with_words_keeps_it() {
        let model = after([
            o(OutcomesAction::Add),
            o(OutcomesAction::SetWords(
                OutcomeId(1),
                "Calmer evenings".into(),
            )),
            o(OutcomesAction::Leave(OutcomeId(1))),
        ]);
        assert_eq!(model.plan.outcomes.items.len(), 1);
    }

    #[test]
    fn no_more_than_50_outcomes_can_be_added_and_the_list_says_so() {
        let model = after((0..51).map(|_| o(OutcomesAction::Add)));
        assert_eq!(model.plan.outcomes.items.len(), 50);
        assert!(!list(&model.plan, &EN).can_add);
        let one_fewer = apply_model(model, o(OutcomesAction::Remove(OutcomeId(3))));
        assert!(list(&one_fewer.plan, &EN).can_add);
    }

    #[test]
    fn a_bad_day_evening_suggests_an_outcome_about_evenings() {
        let model = after([bad_evening()]);
        let all = suggestions(&model.plan, &EN);
        assert_eq!(all.len(), 1);
        let s = &all[0];
        assert_eq!(s.key, "bad-day/child/evening");
        assert_eq!(s.words, "Your child has calmer, happier evenings.");
        assert_eq!(
            s.why,
            "Why we suggest this: you wrote about evenings on a bad day for your child."
        );
        assert_eq!(s.indicators.as_deref(), Some("Healthy, Nurtured"));
        assert_eq!(s.for_whom, "Your child");
    }

    #[test]
    fn a_suggestion_quotes_the_words_it_comes_from() {
        let model = after([story(
            StoryField::Bad(Person::Child, DayPart::Evening),
            "  Meltdowns at tea time ",
        )]);
        assert_eq!(
            suggestions(&model.plan, &EN)[0].quote.as_deref(),
            Some("You wrote: “Meltdowns at tea time”")
        );
        let long = format!("{} and then bed", "word ".repeat(40));
        let model = after([story(StoryField::NotWorking, &long)]);
        let quote = suggestions(&model.plan, &EN)[0].quote.clone().unwrap();
        assert!(quote.ends_with("word…”"), "{quote}");
        assert!(quote.chars().count() < 140, "{quote}");
    }

    #[test]
    fn bad_days_that_say_nearly_the_same_thing_make_one_suggestion() {
        let model = after([
            Action::SetChildName("Sam".into()),
            story(
                StoryField::Bad(Person::Child, DayPart::Morning),
                "Meltdowns getting ready",
            ),
            story(
                StoryField::Bad(Person::Child, DayPart::Evening),
                "Meltdowns getting ready for bed",
            ),
            story(
                StoryField::Bad(Person::Child, DayPart::Night),
                "Wakes at 3am",
            ),
            // Not working says what the morning said: no second suggestion.
            story(StoryField::NotWorking, "meltdowns, getting ready"),
        ]);
        let all = suggestions(&model.plan, &EN);
        let keys: Vec<&str> = all.iter().map(|s| s.key.as_str()).collect();
        assert_eq!(
            keys,
            ["bad-day/child/morning+evening", "bad-day/child/night"]
        );
        assert_eq!(
            all[0].words,
            "Sam has calmer, happier mornings and evenings."
        );
        assert_eq!(
            all[0].why,
            "Why we suggest this: you wrote about mornings and evenings on a bad day for Sam."
        );
        assert_eq!(
            all[0].quote.as_deref(),
            Some("You wrote: “Meltdowns getting ready”")
        );
        assert_eq!(all[0].indicators.as_deref(), Some("Healthy, Nurtured"));
        // Different words stay apart.
        assert!(!suggestions::near_duplicates(
            "Wakes at 3am",
            "Meltdowns getting ready"
        ));
        assert!(suggestions::near_duplicates(
            "Shouting at tea",
            "shouting at tea time"
        ));
    }

    #[test]
    fn a_part_added_or_ignored_is_never_suggested_again_alone_or_merged() {
        let evening = story(
            StoryField::Bad(Person::Child, DayPart::Evening),
            "Shouting at tea time",
        );
        let night = story(
            StoryField::Bad(Person::Child, DayPart::Night),
            "Shouting at tea time again",
        );
        // Ignored alone, then a similar night is written: only the night.
        let model = after([
            evening.clone(),
            o(OutcomesAction::Ignore("bad-day/child/evening".into())),
            night.clone(),
        ]);
        assert_eq!(keys(&model), ["bad-day/child/night"]);
        // Accepted alone, the same.
        let model = after([evening.clone()]);
        let words = suggestions(&model.plan, &EN)[0].words.clone();
        let model = apply_model(
            model,
            o(OutcomesAction::Accept {
                key: "bad-day/child/evening".into(),
                words,
            }),
        );
        let model = apply_model(model, night.clone());
        assert_eq!(keys(&model), ["bad-day/child/night"]);
        // Ignored merged, then one answer changes: neither part comes back.
        let model = after([evening, night]);
        assert_eq!(keys(&model), ["bad-day/child/evening+night"]);
        let model = apply_model(
            model,
            o(OutcomesAction::Ignore("bad-day/child/evening+night".into())),
        );
        let model = apply_model(
            model,
            story(
                StoryField::Bad(Person::Child, DayPart::Night),
                "Awake at 3am",
            ),
        );
        assert_eq!(keys(&model), Vec::<String>::new());
    }

    #[test]
    fn a_short_answer_is_never_taken_for_a_longer_one() {
        use suggestions::near_duplicates as same;
        assert!(!same("Hard", "Hard to get out of the door"));
        assert!(!same("The bus", "The bus is late and Sam gets upset"));
        assert!(!same("No", "No help"));
        assert!(same("Hard", "hard!"));
        assert!(same("Shouting at tea", "Shouting at tea time"));
    }

    #[test]
    fn at_most_five_suggestions_show_and_the_rest_wait() {
        let parts = DayPart::ALL;
        let different = [
            "Cries",
            "Refuses school",
            "Hits out",
            "Tea is hard",
            "Awake all night",
            "Stuck inside",
        ];
        let model = after(
            parts
                .iter()
                .zip(different)
                .map(|(part, said)| story(StoryField::Bad(Person::Child, *part), said))
                .chain([story(StoryField::NotWorking, "No help at all")]),
        );
        let view = list(&model.plan, &EN);
        assert_eq!(view.suggestions.len(), 5);
        assert_eq!(
            view.more_suggestions.as_deref(),
            Some("2 more ideas will show when you add or ignore one of these.")
        );
        let key = view.suggestions[0].key.clone();
        let fewer = apply_model(model, o(OutcomesAction::Ignore(key)));
        let view = list(&fewer.plan, &EN);
        assert_eq!(view.suggestions.len(), 5);
        assert_eq!(
            view.more_suggestions.as_deref(),
            Some("1 more idea will show when you add or ignore one of these.")
        );
    }

    #[test]
    fn nothing_is_suggested_that_the_family_has_not_raised() {
        assert!(suggestions(&Model::default().plan, &EN).is_empty());
        // Good days, likes and strengths are not problems to fix.
        let model = after([
            story(
                StoryField::Good(Person::Child, DayPart::Evening),
                "Bath and a story",
            ),
            story(StoryField::Likes, "Trains"),
        ]);
        assert!(suggestions(&model.plan, &EN).is_empty());
    }

    #[test]
    fn suggestions_use_the_childs_name_once_given() {
        let model = after([Action::SetChildName(" Sam ".into()), bad_evening()]);
        assert_eq!(
            suggestions(&model.plan, &EN)[0].words,
            "Sam has calmer, happier evenings."
        );
    }

    const FIRST: Person = Person::Member(crate::vocabulary::MemberId(1));
    const SECOND: Person = Person::Member(crate::vocabulary::MemberId(2));

    fn add(role: FamilyRole) -> Action {
        story_action(StoryAction::AddMember(role))
    }

    fn story_action(action: StoryAction) -> Action {
        Action::Story(action)
    }

    #[test]
    fn a_parents_bad_night_suggests_an_outcome_for_the_parent() {
        let model = after([
            add(FamilyRole::ParentOrCarer),
            story(StoryField::Bad(FIRST, DayPart::Night), "Up three times"),
        ]);
        let s = &suggestions(&model.plan, &EN)[0];
        assert_eq!(s.key, "bad-day/member-1/night");
        assert_eq!(
            s.words,
            "As a parent or carer, I have calmer, happier bedtimes and nights."
        );
        assert_eq!(s.for_whom, "A parent or carer");
        // A carer's outcome: the wellbeing indicators are the child's.
        assert_eq!(s.indicators, None);
    }

    #[test]
    fn a_siblings_bad_weekend_suggests_an_outcome_for_the_sibling() {
        let model = after([
            Action::SetChildName("Sam".into()),
            add(FamilyRole::Sibling),
            story(StoryField::Bad(FIRST, DayPart::Weekends), "Never goes out"),
        ]);
        let s = &suggestions(&model.plan, &EN)[0];
        assert_eq!(
            s.words,
            "Sam's brother or sister has calmer, happier weekends and holidays."
        );
        assert_eq!(s.for_whom, "A brother or sister");
    }

    #[test]
    fn a_usually_hard_face_without_words_is_one_suggestion_for_those_parts() {
        use crate::steps::story::HowItGoes;
        let hard = |part| {
            story_action(StoryAction::SetHow(
                Person::Child,
                part,
                HowItGoes::UsuallyHard,
            ))
        };
        let model = after([
            Action::SetChildName("Sam".into()),
            hard(DayPart::Morning),
            hard(DayPart::Night),
            story_action(StoryAction::SetHow(
                Person::Child,
                DayPart::Evening,
                HowItGoes::ItDepends,
            )),
            hard(DayPart::AfterSchool),
            story(
                StoryField::Bad(Person::Child, DayPart::AfterSchool),
                "Hits out",
            ),
        ]);
        let all = suggestions(&model.plan, &EN);
        let shown: Vec<(&str, &str, Option<&str>)> = all
            .iter()
            .map(|s| (s.key.as_str(), s.why.as_str(), s.quote.as_deref()))
            .collect();
        assert_eq!(
            shown,
            vec![
                (
                    "bad-day/child/after-school",
                    "Why we suggest this: you wrote about times after school on a bad day for Sam.",
                    Some("You wrote: “Hits out”")
                ),
                (
                    "bad-day/child/morning+night",
                    "Why we suggest this: you picked “Usually hard” for mornings and bedtimes and nights for Sam.",
                    None
                ),
            ]
        );
        assert_eq!(
            all[1].words,
            "Sam has calmer, happier mornings and bedtimes and nights."
        );
        // Ignored, the parts are dealt with: not suggested again.
        let model = apply_model(model, o(OutcomesAction::Ignore(all[1].key.clone())));
        assert_eq!(suggestions(&model.plan, &EN).len(), 1);
    }

    #[test]
    fn named_brothers_and_sisters_have_their_own_suggestions_by_name() {
        use crate::vocabulary::MemberId;
        let model = after([
            Action::SetChildName("Sam".into()),
            add(FamilyRole::Sibling),
            story_action(StoryAction::SetMemberName(MemberId(1), " Jack ".into())),
            story_action(StoryAction::SetYoungCarer(MemberId(1), true)),
            add(FamilyRole::Sibling),
            story_action(StoryAction::SetMemberName(MemberId(2), "Ellie".into())),
            story(
                StoryField::Bad(FIRST, DayPart::Evening),
                "Helps with Sam all evening",
            ),
            story(
                StoryField::Bad(SECOND, DayPart::Weekends),
                "Never gets a day out",
            ),
        ]);
        let all = suggestions(&model.plan, &EN);
        let shown: Vec<(&str, &str, &str)> = all
            .iter()
            .map(|s| (s.key.as_str(), s.words.as_str(), s.why.as_str()))
            .collect();
        assert_eq!(
            shown,
            vec![
                (
                    "bad-day/member-1/evening",
                    "Jack has calmer, happier evenings.",
                    "Why we suggest this: you wrote about evenings on a bad day for Jack."
                ),
                (
                    "bad-day/member-2/weekends",
                    "Ellie has calmer, happier weekends and holidays.",
                    "Why we suggest this: you wrote about weekends and holidays on a bad day for Ellie."
                ),
            ]
        );
        assert_eq!(all[0].for_whom, "A brother or sister (Jack and Ellie)");
        assert_eq!(all[0].indicators, None);
    }

    #[test]
    fn wellbeing_indicators_are_asked_for_the_childs_outcomes_only() {
        let for_whom = |who: ForWhom| {
            let model = after([
                o(OutcomesAction::Add),
                o(OutcomesAction::SetWords(
                    OutcomeId(1),
                    "A break at weekends".into(),
                )),
                o(OutcomesAction::SetForWhom(OutcomeId(1), who)),
            ]);
            let view = edit(&model.plan, OutcomeId(1), true, &EN).unwrap();
            (
                view.indicators.len(),
                view.indicators_optional,
                view.no_wellbeing.is_some(),
                view.errors.len(),
            )
        };
        // The child's: all eight, and one must be chosen.
        assert_eq!(for_whom(ForWhom::Child), (8, false, false, 1));
        // The whole family's: offered, not required.
        assert_eq!(for_whom(ForWhom::WholeFamily), (8, true, false, 0));
        // A carer's or a brother's or sister's: not asked, and the page says why.
        assert_eq!(for_whom(ForWhom::ParentOrCarer), (0, false, true, 0));
        assert_eq!(for_whom(ForWhom::Sibling), (0, false, true, 0));
        // Accepting a parent's suggestion saves with nothing missing.
        let model = after([
            add(FamilyRole::ParentOrCarer),
            story(StoryField::Bad(FIRST, DayPart::Night), "Up three times"),
        ]);
        let key = suggestions(&model.plan, &EN)[0].key.clone();
        let words = suggestions(&model.plan, &EN)[0].words.clone();
        let model = apply_model(model, o(OutcomesAction::Accept { key, words }));
        assert!(check(&model.plan.outcomes.items[0]).is_empty());
        assert_eq!(list(&model.plan, &EN).rows[0].indicators, None);
    }

    #[test]
    fn good_days_and_blank_bad_days_suggest_nothing() {
        let model = after([
            story(StoryField::Good(Person::Child, DayPart::Evening), "Calm"),
            story(StoryField::Bad(Person::Child, DayPart::Morning), "   "),
        ]);
        assert!(keys(&model).is_empty());
    }

    #[test]
    fn an_unhappy_face_more_of_and_not_working_each_suggest_an_outcome() {
        let model = after([
            Action::Story(StoryAction::SetFeeling(
                FeelingTopic::School,
                Feeling::Unhappy,
            )),
            Action::Story(StoryAction::SetFeeling(FeelingTopic::Home, Feeling::Happy)),
            story(StoryField::MoreOf, "Swimming"),
            story(StoryField::NotWorking, "No breaks"),
        ]);
        let all = suggestions(&model.plan, &EN);
        let actual: Vec<(&str, &str)> = all
            .iter()
            .map(|s| (s.key.as_str(), s.words.as_str()))
            .collect();
        assert_eq!(
            actual,
            vec![
                (
                    "feeling/school",
                    "Your child feels happier at school or nursery."
                ),
                (
                    "more-of",
                    "Your child gets to do more of the things they love."
                ),
                (
                    "not-working",
                    "The things that are not working now get better for our family."
                ),
            ]
        );
        assert_eq!(
            all[0].why,
            "Why we suggest this: your child picked \"unhappy\" for \"At school or nursery\"."
        );
    }

    #[test]
    fn accepting_a_suggestion_creates_an_outcome_to_edit_and_hides_the_suggestion() {
        let model = after([
            bad_evening(),
            o(OutcomesAction::Accept {
                key: "bad-day/child/evening".into(),
                words: "Your child has calmer, happier evenings.".into(),
            }),
        ]);
        let outcome = &model.plan.outcomes.items[0];
        assert_eq!(outcome.words, "Your child has calmer, happier evenings.");
        assert_eq!(
            outcome.indicators,
            vec![Indicator::Healthy, Indicator::Nurtured]
        );
        assert_eq!(outcome.for_whom, Some(ForWhom::Child));
        assert_eq!(outcome.suggestion.as_deref(), Some("bad-day/child/evening"));
        assert_eq!(
            model.screen,
            Screen::Outcomes(OutcomesScreen::Edit(OutcomeId(1)))
        );
        assert!(keys(&model).is_empty());
        assert_eq!(check(outcome), vec![], "ready to save as it is");
    }

    #[test]
    fn accepting_a_suggestion_the_story_no_longer_supports_does_nothing() {
        let model = after([o(OutcomesAction::Accept {
            key: "bad-day/child/evening".into(),
            words: "x".into(),
        })]);
        assert!(model.plan.outcomes.items.is_empty());
    }

    #[test]
    fn from_14_planning_for_leaving_school_is_suggested_and_can_be_added() {
        let at = |age: &str| {
            after([
                Action::SetChildName("Amir".into()),
                Action::SetAge(age.into()),
            ])
        };
        let key = "growing-up/leaving-school";
        let model = at("13");
        assert!(suggestions(model.plan(), &EN).iter().all(|s| s.key != key));
        let model = at("15");
        let shown = suggestions(model.plan(), &EN);
        let suggestion = shown.iter().find(|s| s.key == key).unwrap();
        assert_eq!(
            suggestion.words,
            "Amir knows what will happen when they leave school, and has a say in it."
        );
        assert_eq!(
            suggestion.why,
            "Why we suggest this: from 14, it is a good time to start planning for leaving school and adult life."
        );
        assert_eq!(suggestion.quote, None);
        let model = apply_model(
            model,
            o(OutcomesAction::Accept {
                key: key.into(),
                words: suggestion.words.clone(),
            }),
        );
        let added = &model.plan.outcomes.items[0];
        assert_eq!(
            added.indicators,
            vec![Indicator::Achieving, Indicator::Responsible]
        );
        assert_eq!(added.for_whom, Some(ForWhom::Child));
        assert!(suggestions(model.plan(), &EN).iter().all(|s| s.key != key));
    }

    #[test]
    fn accepting_twice_adds_one_outcome() {
        let accept = o(OutcomesAction::Accept {
            key: "bad-day/child/evening".into(),
            words: "Calmer evenings".into(),
        });
        let model = after([bad_evening(), accept.clone(), accept]);
        assert_eq!(model.plan.outcomes.items.len(), 1);
    }

    #[test]
    fn an_ignored_suggestion_stays_hidden_even_when_the_story_changes() {
        let model = after([
            bad_evening(),
            o(OutcomesAction::Ignore("bad-day/child/evening".into())),
            o(OutcomesAction::Ignore("bad-day/child/evening".into())),
            story(
                StoryField::Bad(Person::Child, DayPart::Evening),
                "Still hard",
            ),
        ]);
        assert!(keys(&model).is_empty());
        assert_eq!(model.plan.outcomes.dismissed, vec!["bad-day/child/evening"]);
        assert_eq!(status(&model.plan), SectionStatus::InProgress);
    }

    #[test]
    fn removing_an_accepted_outcome_does_not_bring_its_suggestion_back() {
        let model = after([
            bad_evening(),
            o(OutcomesAction::Accept {
                key: "bad-day/child/evening".into(),
                words: "Calmer evenings".into(),
            }),
            o(OutcomesAction::Remove(OutcomeId(1))),
        ]);
        assert!(model.plan.outcomes.items.is_empty());
        assert!(keys(&model).is_empty());
    }

    #[test]
    fn finishing_the_section_completes_it_and_coming_back_later_does_not() {
        let done = after([o(OutcomesAction::SetFinished(true))]);
        assert_eq!(status(&done.plan), SectionStatus::Completed);
        let later = apply_model(done, o(OutcomesAction::SetFinished(false)));
        assert_eq!(status(&later.plan), SectionStatus::InProgress);
    }

    #[test]
    fn continue_under_the_finished_question_goes_back_to_the_plan() {
        let model = after([
            Action::Open(Screen::Outcomes(OutcomesScreen::List)),
            o(OutcomesAction::SetFinished(true)),
            o(OutcomesAction::Continue(Onward::Plan)),
        ]);
        assert_eq!(model.screen, Screen::Hub);
        assert_eq!(model.plan.outcomes.finished, Some(true));
    }

    #[test]
    fn an_outcome_is_labelled_by_its_words_or_its_number() {
        let mut outcome = Outcome {
            id: OutcomeId(4),
            words: "  Calmer evenings ".into(),
            ..Outcome::default()
        };
        assert_eq!(outcome_label(&outcome, &EN), "Calmer evenings");
        outcome.words.clear();
        assert_eq!(outcome_label(&outcome, &EN), "Outcome 4 (no words yet)");
    }

    #[test]
    fn the_edit_page_describes_all_eight_indicators() {
        let model = after([o(OutcomesAction::Add)]);
        let view = edit(&model.plan, OutcomeId(1), false, &EN).unwrap();
        let names: Vec<&str> = view.indicators.iter().map(|c| c.label.as_str()).collect();
        assert_eq!(
            names,
            vec![
                "Safe",
                "Healthy",
                "Achieving",
                "Nurtured",
                "Active",
                "Respected",
                "Responsible",
                "Included"
            ]
        );
        assert!(view.indicators.iter().all(|c| !c.hint.is_empty()));
        assert_eq!(edit(&model.plan, OutcomeId(99), false, &EN), None);
    }

    #[test]
    fn outcomes_survive_the_plan_file() {
        let mut actions = vec![o(OutcomesAction::Add)];
        actions.extend(filled(OutcomeId(1)));
        actions.push(bad_evening());
        actions.push(o(OutcomesAction::Ignore("bad-day/child/evening".into())));
        let plan = after(actions).plan;
        let text = crate::plan::file::to_json(&plan).unwrap();
        assert_eq!(crate::plan::file::from_json(&text), Ok(plan));
    }
}
