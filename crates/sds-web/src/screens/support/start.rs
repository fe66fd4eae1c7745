//! The main page: the ideas, what they cost (see `costs::breakdown`),
//! holiday cover, and links to the week, the budget and the settings.

use sds_core::Action;
use sds_core::app::model::Screen;
use sds_core::budget::CoverBy;
use sds_core::steps::costs::{CostsScreen, start as section_page};
use sds_core::steps::support::{SupportAction, SupportScreen};
use sds_core::vocabulary::SectionId;
use yew::prelude::*;

use crate::hooks::{AppContext, use_app, use_text};
use crate::screens::costs::breakdown::costs;
use crate::widgets::heading::Heading;
use crate::widgets::section_end::{Finish, section_end};
use crate::widgets::{back_to_plan, hidden_words, page_heading, paragraphs};

fn open(app: &AppContext, screen: SupportScreen) -> Callback<MouseEvent> {
    app.send(Action::Open(Screen::Support(screen)))
}

#[component]
pub fn Start() -> Html {
    let t = use_text();
    let s = t.support;
    let app = &use_app();
    let view = section_page(app.model().plan(), t);

    let ideas = if view.ideas.is_empty() {
        html! { <p class="sds-body">{ s.no_ideas }</p> }
    } else {
        html! {
            <ul class="sds-support-ideas">
                { for view.ideas.iter().map(|idea| html! {
                    <li class="sds-support-idea" key={idea.id.0}>
                        <Heading depth={3} class="sds-heading-s sds-support-idea__name">{ idea.name.clone() }</Heading>
                        <p class="sds-body-s sds-support-idea__meta">
                            if let Some(kind) = idea.kind { { kind }{ ". " } }
                            { idea.option }
                        </p>
                        if let Some(cost) = &idea.cost {
                            <p class="sds-body-s sds-support-idea__cost">{ cost.clone() }</p>
                        }
                        if let Some(problem) = idea.problem {
                            <p class="sds-body-s sds-support-idea__problem">
                                <strong class="sds-tag sds-support-tag--problem">{ problem }</strong>
                            </p>
                        }
                        if !idea.outcomes.is_empty() {
                            <ul class="sds-support-idea__outcomes">
                                { for idea.outcomes.iter().map(|o| html! { <li>{ o.clone() }</li> }) }
                            </ul>
                        }
                        <div class="sds-support-idea__actions">
                            <button type="button" class="sds-link-button"
                                onclick={open(app, SupportScreen::Line(idea.id))}>
                                { s.change }{ hidden_words(&idea.name) }
                            </button>
                            <button type="button" class="sds-link-button"
                                onclick={open(app, SupportScreen::Remove(idea.id))}>
                                { s.remove }{ hidden_words(&idea.name) }
                            </button>
                        </div>
                    </li>
                }) }
            </ul>
        }
    };

    let cover = if view.cover.is_empty() {
        html! {}
    } else {
        html! {
            <section class="sds-support-cover" aria-labelledby={app.id("support-cover")}>
                <Heading depth={2} class="sds-heading-m" id={app.id("support-cover")}>{ s.cover_heading }</Heading>
                { for view.cover.iter().map(|reminder| html! {
                    <div class="sds-inset">
                        <p class="sds-body">{ reminder.text.clone() }</p>
                        <div class="sds-button-group">
                            <button type="button" class="sds-button sds-button--secondary"
                                onclick={app.send(Action::Support(SupportAction::AddHolidayCover(reminder.pa_line, CoverBy::AnotherPa)))}>
                                { s.cover_by_pa }
                            </button>
                            <button type="button" class="sds-button sds-button--secondary"
                                onclick={app.send(Action::Support(SupportAction::AddHolidayCover(reminder.pa_line, CoverBy::Agency)))}>
                                { s.cover_by_provider }
                            </button>
                        </div>
                    </div>
                }) }
            </section>
        }
    };

    html! {
        <>
            { back_to_plan(app, t) }
            { page_heading(s.title) }
            { paragraphs(s.intro) }
            <div class="sds-inset sds-support-estimate">
                <p class="sds-body"><strong>{ s.estimate_warning }</strong></p>
                <p class="sds-body">
                    { view.tax_year.clone() }
                    if let Some(length) = &view.plan_length { { " " }{ length.clone() } }
                </p>
                <p class="sds-body">
                    <button type="button" class="sds-link-button" onclick={app.send(Action::Open(Screen::Costs(CostsScreen::Settings)))}>{ s.change_settings }</button>
                </p>
            </div>

            <Heading depth={2} class="sds-heading-l">{ s.ideas_heading }</Heading>
            { ideas }
            if view.can_add {
                <button type="button" class="sds-button" onclick={open(app, SupportScreen::ChooseKind)}>{ s.add_idea }</button>
            } else {
                <div class="sds-inset"><p class="sds-body">{ s.ideas_limit_reached }</p></div>
            }

            { cover }

            if !view.ideas.is_empty() {
                { costs(app, t, &view) }
            }

            <ul class="sds-support-links">
                <li><button type="button" class="sds-link-button" onclick={app.send(Action::Open(Screen::Costs(CostsScreen::Week)))}>{ s.week_link }</button></li>
                <li><button type="button" class="sds-link-button" onclick={app.send(Action::Open(Screen::Costs(CostsScreen::Budget)))}>{ s.budget_link }</button></li>
                <li><button type="button" class="sds-link-button" onclick={app.send(Action::Open(Screen::Costs(CostsScreen::Settings)))}>{ s.change_settings }</button></li>
            </ul>
            { section_end(app, t, SectionId::Support, Finish::NothingToSave) }
        </>
    }
}
