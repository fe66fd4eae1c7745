//! "When does it happen?": the days of a typical week by part of the day,
//! as one grid of checkboxes with a single tab stop. The arrow keys move
//! between cells (Home and End to the ends of a day), Space ticks, and Tab
//! leaves the grid, so an idea's page no longer needs a Tab for each of
//! 28 boxes (the design systems' grid pattern, with native checkboxes).

use sds_core::Action;
use sds_core::budget::LineId;
use sds_core::steps::support::{DayChoice, SupportAction};
use web_sys::HtmlElement;
use yew::prelude::*;

use crate::hooks::{use_app, use_text};
use crate::widgets::choices::on_checked;
use crate::widgets::heading::Heading;

#[derive(Properties, PartialEq)]
pub struct WeekGridProps {
    pub line: LineId,
    pub days: Vec<DayChoice>,
}

/// Where an arrow key moves from `(row, column)` in a grid of `rows` by
/// `columns`; `None` for any other key. Moves stop at the edges.
fn moved(
    key: &str,
    (row, column): (usize, usize),
    rows: usize,
    columns: usize,
) -> Option<(usize, usize)> {
    let last_row = rows.saturating_sub(1);
    let last_column = columns.saturating_sub(1);
    Some(match key {
        "ArrowRight" => (row, (column + 1).min(last_column)),
        "ArrowLeft" => (row, column.saturating_sub(1)),
        "ArrowDown" => ((row + 1).min(last_row), column),
        "ArrowUp" => (row.saturating_sub(1), column),
        "Home" => (row, 0),
        "End" => (row, last_column),
        _ => return None,
    })
}

#[component]
pub fn WeekGrid(props: &WeekGridProps) -> Html {
    let t = use_text();
    let s = t.support;
    let app = use_app();
    let rows = props.days.len();
    let columns = props.days.first().map_or(0, |d| d.parts.len());
    // The cell that takes the tab stop: the first ticked one, else the
    // first; then wherever the family last was.
    let first_ticked = props
        .days
        .iter()
        .enumerate()
        .find_map(|(r, d)| d.parts.iter().position(|p| p.checked).map(|c| (r, c)))
        .unwrap_or((0, 0));
    let active = use_state(|| first_ticked);
    // One reference for each cell (a NodeRef's clones share one element,
    // so each is made on its own).
    let cells = use_memo(rows * columns, |count| {
        (0..*count).map(|_| NodeRef::default()).collect::<Vec<_>>()
    });
    let (active_row, active_column) = *active;

    let onkeydown = {
        let active = active.clone();
        let cells = cells.clone();
        Callback::from(move |event: KeyboardEvent| {
            // Alt+Left and the like belong to the browser (Back).
            if event.alt_key() || event.ctrl_key() || event.meta_key() {
                return;
            }
            let Some((row, column)) = moved(&event.key(), *active, rows, columns) else {
                return;
            };
            event.prevent_default();
            active.set((row, column));
            if let Some(cell) = cells
                .get(row * columns + column)
                .and_then(|node| node.cast::<HtmlElement>())
            {
                let _ = cell.focus();
            }
        })
    };

    let heading_id = app.id("line-week");
    let hint_id = app.id("line-week-hint");
    html! {
        <div class="sds-form-group sds-week-grid">
            <Heading depth={2} class="sds-heading-m" id={AttrValue::from(heading_id.clone())}>{ s.when_label }</Heading>
            <div class="sds-hint" id={hint_id.clone()}>{ s.when_hint }{ " " }{ s.grid_hint }</div>
            <table class="sds-week-grid__table" role="grid" aria-labelledby={heading_id} aria-describedby={hint_id}
                {onkeydown}>
                <thead>
                    <tr>
                        <td class="sds-week-grid__corner"></td>
                        { for s.parts.iter().map(|part| html! {
                            <th scope="col" class="sds-week-grid__part">{ *part }</th>
                        }) }
                    </tr>
                </thead>
                <tbody>
                    { for props.days.iter().enumerate().map(|(r, day)| html! {
                        <tr key={day.label}>
                            <th scope="row" class="sds-week-grid__day">
                                <span aria-hidden="true">{ day.short }</span>
                                <span class="sds-visually-hidden">{ day.label }</span>
                            </th>
                            { for day.parts.iter().enumerate().map(|(c, part)| {
                                let slot = part.slot;
                                let line = props.line;
                                let active = active.clone();
                                let onfocus = Callback::from(move |_: FocusEvent| active.set((r, c)));
                                let onchange = on_checked(app.sender(move |on| {
                                    Action::Support(SupportAction::SetWeekSlot(line, slot, on))
                                }));
                                let id = app.id(&format!("line-week-{:?}-{:?}", slot.day, slot.part).to_lowercase());
                                html! {
                                    <td class="sds-week-grid__cell">
                                        <label class="sds-week-grid__label" for={id.clone()}>
                                            <input class="sds-week-grid__input" type="checkbox" {id}
                                                checked={part.checked}
                                                tabindex={if (r, c) == (active_row, active_column) { "0" } else { "-1" }}
                                                ref={cells.get(r * columns + c).cloned().unwrap_or_default()}
                                                {onfocus} {onchange} />
                                            <span class="sds-visually-hidden">{ part.name.clone() }</span>
                                        </label>
                                    </td>
                                }
                            }) }
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
    }
}
