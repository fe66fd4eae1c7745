//! The start page: what the options are, how they compare, the chart, and
//! links to the smaller pages.

use sds_core::Action;
use sds_core::app::model::Screen;
use sds_core::steps::options::{self, OptionsScreen};
use sds_core::vocabulary::SectionId;
use yew::prelude::*;

use super::chart::Chart;
use super::compare::Comparison;
use crate::hooks::{use_app, use_text};
use crate::widgets::heading::Heading;
use crate::widgets::section_end::{Finish, section_end};
use crate::widgets::{page_heading, paragraphs};

#[component]
pub fn Start() -> Html {
    let t = use_text();
    let o = t.options;
    let app = &use_app();
    let plan = app.model().plan();
    let local = options::local_availability(app.model().council());
    let comparison = options::comparison(&local, t);
    let chart = options::chart(plan, &local, t);
    html! {
        <>
            <a href="#hub" class="sds-back-link" onclick={app.send(Action::Open(Screen::Hub))}>{ t.back_to_plan }</a>
            { page_heading(o.title) }
            { paragraphs(o.intro) }
            <p class="sds-body">{ options::if_you_do_not_choose(&local, t) }</p>

            <Heading depth={2} class="sds-heading-l">{ o.compare_heading }</Heading>
            <Comparison view={comparison.clone()} />
            <div class="sds-inset sds-options-local">
                <Heading depth={3} class="sds-heading-s">{ o.local_heading }</Heading>
                { for comparison.local_notes.iter().map(|n| html! { <p class="sds-body">{ n.clone() }</p> }) }
            </div>

            <Heading depth={2} class="sds-heading-l">{ o.chart_heading }</Heading>
            <Chart view={chart} />

            <Heading depth={2} class="sds-heading-l">{ o.more_heading }</Heading>
            <ul class="sds-task-list sds-options-pages">
                { for OptionsScreen::PAGES.into_iter().map(|page| {
                    let hint_id = app.id(&format!("{}-hint", page.key()));
                    html! {
                        <li class="sds-task-list__item sds-task-list__item--link" key={page.key()}>
                            <div class="sds-task-list__name">
                                <a class="sds-link sds-task-list__link" href={format!("#{}", page.key())}
                                    aria-describedby={hint_id.clone()}
                                    onclick={app.send(Action::Open(Screen::Options(page)))}>
                                    { page.title(o) }
                                </a>
                                <div class="sds-task-list__hint" id={hint_id}>{ page.hint(o) }</div>
                            </div>
                        </li>
                    }
                }) }
            </ul>
            <p class="sds-body-s sds-options-source">{ o.sources }</p>
            { section_end(app, t, SectionId::Options, Finish::NothingToSave) }
        </>
    }
}
