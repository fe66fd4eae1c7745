//! A typical week: which ideas happen on each day, roughly when, so gaps
//! and clashes show. Changing the times is done on each idea's page, with
//! checkboxes (no dragging).

use sds_core::Action;
use sds_core::app::model::Screen;
use sds_core::steps::costs;
use sds_core::steps::support::SupportScreen;
use yew::prelude::*;

use crate::hooks::{use_app, use_text};
use crate::screens::support::back_to_support;
use crate::widgets::heading::Heading;
use crate::widgets::{hidden_words, page_heading};

#[component]
pub fn WeekPage() -> Html {
    let t = use_text();
    let s = t.support;
    let app = &use_app();
    let view = costs::week(app.model().plan(), t);
    html! {
        <>
            { back_to_support(app, t) }
            { page_heading(s.week_title) }
            <p class="sds-body">{ s.week_intro }</p>
            <div class="sds-support-week">
                { for view.rows.iter().map(|row| html! {
                    <section class="sds-support-week__day">
                        <Heading depth={2} class="sds-heading-s">{ row.day }</Heading>
                        <dl class="sds-support-week__parts">
                            { for row.cells.iter().map(|cell| html! {
                                <div class={classes!("sds-support-week__part", cell.clash.is_some().then_some("sds-support-week__part--clash"))}>
                                    <dt>{ cell.part }</dt>
                                    <dd>
                                        if let Some(gap) = cell.gap {
                                            <span class="sds-support-week__gap">{ gap }</span>
                                        }
                                        if let Some(clash) = &cell.clash {
                                            <strong class="sds-tag sds-support-tag--problem">{ clash.clone() }</strong>
                                        }
                                        if !cell.ideas.is_empty() {
                                            <ul class="sds-support-week__ideas">
                                                { for cell.ideas.iter().map(|i| html! { <li>{ i.clone() }</li> }) }
                                            </ul>
                                        }
                                    </dd>
                                </div>
                            }) }
                        </dl>
                    </section>
                }) }
            </div>
            if !view.not_placed.is_empty() {
                <Heading depth={2} class="sds-heading-m">{ s.not_placed }</Heading>
                <ul class="sds-support-links">
                    { for view.not_placed.iter().map(|(id, name)| html! {
                        <li>
                            { name.clone() }{ " " }
                            <button type="button" class="sds-link-button"
                                onclick={app.send(Action::Open(Screen::Support(SupportScreen::Line(*id))))}>
                                { s.change_when }{ hidden_words(name) }
                            </button>
                        </li>
                    }) }
                </ul>
            }
        </>
    }
}
