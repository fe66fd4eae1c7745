//! The four options side by side: a table on wide screens, a stack of
//! cards (each one opens) on phones. The stylesheet shows one or the other,
//! so a screen reader meets only one.

use sds_core::steps::options::{Availability, ComparisonView, OptionColumn};
use yew::prelude::*;

use crate::hooks::use_text;

#[derive(Properties, PartialEq)]
pub struct ComparisonProps {
    pub view: ComparisonView,
}

#[component]
pub fn Comparison(props: &ComparisonProps) -> Html {
    let t = use_text();
    let o = t.options;
    let columns = &props.view.columns;
    // Every column has the same facts in the same order: the first gives
    // the row labels.
    let rows: Vec<(usize, &'static str)> = columns
        .first()
        .map(|c| c.facts.iter().map(|f| f.label).enumerate().collect())
        .unwrap_or_default();
    html! {
        <>
            <div class="sds-options-table-wrap">
                <table class="sds-options-table">
                    <caption class="sds-visually-hidden">{ o.compare_caption }</caption>
                    <thead>
                        <tr>
                            <td class="sds-options-table__corner"></td>
                            { for columns.iter().map(|c| html! {
                                <th scope="col" class={classes!("sds-options-table__option", format!("sds-options-table__option--{}", c.id.key()))}>{ c.name }</th>
                            }) }
                        </tr>
                    </thead>
                    <tbody>
                        <tr>
                            <th scope="row">{ o.also_called_label }</th>
                            { for columns.iter().map(|c| html! { <td>{ c.also_called }</td> }) }
                        </tr>
                        { for rows.iter().map(|(n, label)| html! {
                            <tr>
                                <th scope="row">{ *label }</th>
                                { for columns.iter().map(|c| html! {
                                    <td>{ c.facts.get(*n).map(|f| f.text).unwrap_or_default() }</td>
                                }) }
                            </tr>
                        }) }
                        <tr>
                            <th scope="row">{ o.availability_label }</th>
                            { for columns.iter().map(|c| html! { <td>{ availability(c) }</td> }) }
                        </tr>
                    </tbody>
                </table>
            </div>
            <div class="sds-options-cards">
                { for columns.iter().map(|c| card(c, o)) }
            </div>
        </>
    }
}

fn availability(column: &OptionColumn) -> Html {
    let a = &column.availability;
    let class = classes!(
        "sds-options-availability",
        (a.availability == Availability::NotCurrentlyAvailable)
            .then_some("sds-options-availability--not-now")
    );
    html! {
        <>
            <span {class}>{ a.label }</span>
            if let Some(note) = &a.note {
                <span class="sds-options-availability__note">{ note.clone() }</span>
            }
        </>
    }
}

fn card(column: &OptionColumn, o: &sds_core::text::options::OptionsText) -> Html {
    html! {
        <details class="sds-options-card" key={column.id.key()}>
            <summary class="sds-options-card__summary">
                <span class="sds-options-card__name">{ column.name }</span>
            </summary>
            <dl class="sds-options-card__facts">
                <div class="sds-options-card__row">
                    <dt>{ o.also_called_label }</dt>
                    <dd>{ column.also_called }</dd>
                </div>
                { for column.facts.iter().map(|f| html! {
                    <div class="sds-options-card__row">
                        <dt>{ f.label }</dt>
                        <dd>{ f.text }</dd>
                    </div>
                }) }
                <div class="sds-options-card__row">
                    <dt>{ o.availability_label }</dt>
                    <dd>{ availability(column) }</dd>
                </div>
            </dl>
        </details>
    }
}
