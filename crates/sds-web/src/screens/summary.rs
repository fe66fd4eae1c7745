//! "Our summary for the assessment": a check-answers page with Change
//! links, questions to ask, print, save and copy as text.

use sds_core::Action;
use sds_core::app::model::{Copying, Printing};
use sds_core::steps::options;
use sds_core::steps::summary::my_plan::{MyPlanPart, MyPlanView};
use sds_core::steps::summary::pictures::{DayPicture, PeoplePicture, WeekPicture};
use sds_core::steps::summary::profile::{ProfileView, Said};
use sds_core::steps::summary::{self, SummaryRow, SummarySection};
use sds_core::text::Text;
use sds_core::vocabulary::SectionId;
use yew::prelude::*;

use crate::effects::files::today;
use crate::hooks::{AppContext, use_app, use_text};
use crate::screens::options::chart::Chart;
use crate::screens::support::tick_box;
use crate::widgets::faces::face_lines;
use crate::widgets::heading::Heading;
use crate::widgets::local_contacts::LocalContacts;
use crate::widgets::money_picture::money_picture;
use crate::widgets::plan_files::SaveCopyButton;
use crate::widgets::text_box::{InputLook, TextBox, text_input};
use crate::widgets::{back_to_plan, hidden_words};

#[component]
pub fn Summary() -> Html {
    let t = use_text();
    let s = t.summary;
    let app = &use_app();
    let view = summary::summary(app.model().plan(), app.model().worker(), t, &today());
    let text = summary::as_text(&view, t);
    let print = app.send(Action::PrintSummary);
    let copy = {
        let text = text.clone();
        app.sender(move |_: MouseEvent| Action::CopySummary(text.clone()))
    };
    let text_id = app.id("summary-text");
    let text_hint_id = app.id("summary-text-hint");

    let printing_alone = match app.model().printing() {
        Printing::WholeSummary => None,
        Printing::Profile => Some("sds-summary--profile-only"),
        Printing::MyPlan => Some("sds-summary--my-plan-only"),
    };
    let my_plan = view.my_plan_page();
    html! {
        <div class={classes!("sds-summary", printing_alone)}>
            { back_to_plan(app, t) }
            <Heading depth={1} class="sds-heading-xl" focusable=true>{ view.title.clone() }</Heading>
            <p class="sds-body sds-summary__made-on">{ view.made_on.clone() }</p>
            if let Some(helped_by) = &view.helped_by {
                <p class="sds-body sds-summary__helped-by">{ helped_by.clone() }</p>
            }
            <p class="sds-body sds-no-print">{ s.intro }</p>
            if app.model().asks_for_worker() {
                { worker_boxes(app, t) }
            }
            <div class="sds-button-group sds-no-print">
                <button type="button" class="sds-button" onclick={print}>{ s.print }</button>
                if view.profile.is_some() {
                    <button type="button" class="sds-button sds-button--secondary"
                        onclick={app.send(Action::PrintProfile)}>{ t.profile.print }</button>
                }
                <SaveCopyButton secondary=true />
            </div>
            if let Some(offer) = &view.my_plan {
                <div class="sds-summary__add-my-plan sds-no-print">
                    { tick_box(app, "with-my-plan", t.my_plan.add, Some(offer.hint), offer.added,
                        app.sender(Action::SetWithMyPlan)) }
                </div>
            }
            if let Some(profile) = &view.profile {
                { one_page_profile(app, t, profile) }
            }
            { for view.sections.iter().map(|section| {
                // Each section's pictures, drawn from the same view models
                // as its rows, which say the same in words.
                let pictures = match section.id {
                    SectionId::OurStory => html! {
                        <>
                            if let Some(people) = &view.people_picture { { people_picture(people) } }
                            { for view.day_pictures.iter().map(day_picture) }
                        </>
                    },
                    SectionId::Support => html! {
                        <>
                            if let Some(week) = &view.week_picture { { week_picture(app, week) } }
                            if let Some(money) = &view.picture { { money_picture(app, money, 3) } }
                        </>
                    },
                    SectionId::Options if !section.rows.is_empty() => {
                        let local = options::local_availability(app.model().council());
                        html! { <Chart view={options::chart(app.model().plan(), &local, t)} /> }
                    }
                    _ => html! {},
                };
                summary_section(app, section, pictures, t)
            }) }
            <section class="sds-summary__section sds-summary__questions" aria-labelledby={app.id("questions-heading")}>
                <Heading depth={2} class="sds-heading-m" id={app.id("questions-heading")}>{ s.questions_heading }</Heading>
                <p class="sds-body">{ s.questions_intro }</p>
                <p class="sds-body sds-print-only">{ s.questions_write_here }</p>
                <ol class="sds-list sds-list--number">
                    { for view.questions.iter().map(|q| html! { <li>{ *q }</li> }) }
                </ol>
            </section>
            <LocalContacts />
            if let Some(page) = my_plan {
                { my_plan_page(app, t, page) }
            }
            <section class="sds-summary__section sds-no-print" aria-labelledby={app.id("copy-heading")}>
                <Heading depth={2} class="sds-heading-m" id={app.id("copy-heading")}>{ s.copy_heading }</Heading>
                <div class="sds-form-group">
                    <label class="sds-label sds-label--s" for={text_id.clone()}>{ s.text_label }</label>
                    <div class="sds-hint" id={text_hint_id.clone()}>{ s.copy_hint }</div>
                    <textarea class="sds-textarea" id={text_id} rows="10" readonly=true
                        aria-describedby={text_hint_id} value={text} />
                </div>
                <button type="button" class="sds-button sds-button--secondary" onclick={copy}>{ s.copy_button }</button>
                <p class="sds-body" role="status">
                    { match app.model().copying() {
                        Copying::NotYet => "",
                        Copying::Copied => s.copied,
                        Copying::Failed => s.copy_failed,
                    } }
                </p>
            </section>
        </div>
    }
}

/// Page 1: who the child is, in boxes, in the family's words.
fn one_page_profile(app: &AppContext, t: &Text, profile: &ProfileView) -> Html {
    let heading_id = app.id("profile-heading");
    html! {
        <section class="sds-profile" aria-labelledby={heading_id.clone()}>
            <div class="sds-profile__header">
                <Heading depth={2} class="sds-heading-l sds-profile__title" id={heading_id}>{ profile.heading.clone() }</Heading>
                if let Some(age) = &profile.age {
                    <p class="sds-profile__age">{ age.clone() }</p>
                }
            </div>
            <p class="sds-body sds-profile__intro sds-no-print">{ t.profile.intro }</p>
            <div class="sds-profile__grid">
                { for profile.sections.iter().map(|section| html! {
                    <section class={classes!("sds-profile__box", format!("sds-profile__box--{}", section.part.key()))}>
                        <Heading depth={3} class="sds-heading-s sds-profile__box-heading">{ section.heading.clone() }</Heading>
                        <ul class="sds-profile__lines">
                            { for section.lines.iter().map(said_line) }
                        </ul>
                    </section>
                }) }
            </div>
            // At the end of the profile: the print test keeps the whole
            // profile, this line too, on one page.
            if let Some(continued) = profile.continued {
                <p class="sds-body sds-profile__continued sds-profile__continued--alone">{ continued }</p>
            }
            if let Some(continued) = profile.continued_in_print {
                <p class="sds-body sds-profile__continued sds-profile__continued--in-print">{ continued }</p>
            }
            <p class="sds-profile__made-by">{ profile.made_by.clone() }</p>
        </section>
    }
}

/// "My plan": for the child or young person to keep, in big words and
/// pictures. The symbols say what the headings beside them say, so they
/// are hidden from screen readers; each face has its words beside it.
fn my_plan_page(app: &AppContext, t: &Text, page: &MyPlanView) -> Html {
    let heading_id = app.id("my-plan-heading");
    html! {
        <section class="sds-my-plan" aria-labelledby={heading_id.clone()}>
            <Heading depth={2} class="sds-heading-l sds-my-plan__title" id={heading_id}>{ page.heading }</Heading>
            <p class="sds-my-plan__hello">{ page.hello.clone() }{ " " }{ page.intro }</p>
            <button type="button" class="sds-button sds-button--secondary sds-no-print"
                onclick={app.send(Action::PrintMyPlan)}>{ t.my_plan.print }</button>
            { for page.sections.iter().map(|section| html! {
                <section class={classes!("sds-my-plan__part", format!("sds-my-plan__part--{}", section.part.key()))}>
                    <div class="sds-my-plan__top">
                        { my_plan_symbol(section.part) }
                        <Heading depth={3} class="sds-heading-m sds-my-plan__heading">{ section.heading }</Heading>
                    </div>
                    <ul class="sds-my-plan__lines">
                        { for section.lines.iter().map(said_line) }
                    </ul>
                </section>
            }) }
            if let Some(shortened) = page.shortened {
                <p class="sds-body sds-my-plan__shortened">{ shortened }</p>
            }
            <p class="sds-my-plan__made-on">{ page.made_on.clone() }</p>
        </section>
    }
}

/// A big, plain symbol beside each part of My plan, drawn in a 48 by 48
/// box: a star, a heart, a face, an arrow onwards, two people.
fn my_plan_symbol(part: MyPlanPart) -> Html {
    let drawing = match part {
        MyPlanPart::LikedAboutYou => html! {
            <path class="sds-my-plan__fill" d="M24 4 L29.9 16.6 L43.6 18.2 L33.4 27.6 L36.1 41.2 L24 34.4 L11.9 41.2 L14.6 27.6 L4.4 18.2 L18.1 16.6 Z" />
        },
        MyPlanPart::YouLike => html! {
            <path class="sds-my-plan__fill" d="M24 42 C10 32 4 24 4 16 C4 9.5 9 5 15 5 C19 5 22 7.5 24 11 C26 7.5 29 5 33 5 C39 5 44 9.5 44 16 C44 24 38 32 24 42 Z" />
        },
        // A speech bubble, not a face: the faces beside the words are the
        // child's own.
        MyPlanPart::YouFeel => html! {
            <path class="sds-my-plan__fill" d="M8 6 H40 Q44 6 44 10 V30 Q44 34 40 34 H22 L12 43 L14 34 H8 Q4 34 4 30 V10 Q4 6 8 6 Z" />
        },
        MyPlanPart::WillChange => html! {
            <path class="sds-my-plan__line" d="M6 24 L40 24 M28 12 L40 24 L28 36" />
        },
        MyPlanPart::WhoHelps => html! {
            <>
                <circle class="sds-my-plan__fill" cx="16" cy="14" r="7" />
                <path class="sds-my-plan__fill" d="M4 42 C4 30 9 25 16 25 C23 25 28 30 28 42 Z" />
                <circle class="sds-my-plan__fill" cx="34" cy="17" r="6" />
                <path class="sds-my-plan__fill" d="M25 42 C25 33 29 28 34 28 C39 28 44 33 44 42 Z" />
            </>
        },
    };
    html! {
        <svg class="sds-my-plan__symbol" viewBox="0 0 48 48" aria-hidden="true" focusable="false">{ drawing }</svg>
    }
}

/// A line of the family's words, with the face they picked beside it
/// (hidden from screen readers: the words say the same).
fn said_line(line: &Said) -> Html {
    html! {
        <li>
            if let Some(face) = line.face {
                <span class="sds-said--feeling">
                    <svg class="sds-said__face" viewBox="0 0 40 40" aria-hidden="true" focusable="false">
                        { face_lines(Some(face)) }
                    </svg>
                    <span>{ line.words.clone() }</span>
                </span>
            } else {
                { line.words.clone() }
            }
        </li>
    }
}

/// The support worker's name and organisation, for the summary only.
fn worker_boxes(app: &AppContext, t: &Text) -> Html {
    let s = t.summary;
    let worker = app.model().worker();
    let heading_id = app.id("worker-heading");
    let look = || InputLook {
        width: "sds-input--width-20",
        inputmode: None,
        prefix: None,
        suffix: None,
        label_is_heading: false,
    };
    html! {
        <section class="sds-summary__worker sds-inset sds-no-print" aria-labelledby={heading_id.clone()}>
            <Heading depth={2} class="sds-heading-m" id={heading_id}>{ s.worker_heading }</Heading>
            <p class="sds-body">{ s.worker_intro }</p>
            { text_input(t, TextBox {
                id: app.id("worker-name"),
                name: "worker-name",
                label: s.worker_name_label,
                hint: "",
                value: &worker.name,
                error: None,
                node: NodeRef::default(),
                oninput: app.sender(Action::SetWorkerName),
            }, look()) }
            { text_input(t, TextBox {
                id: app.id("worker-organisation"),
                name: "worker-organisation",
                label: s.worker_organisation_label,
                hint: "",
                value: &worker.organisation,
                error: None,
                node: NodeRef::default(),
                oninput: app.sender(Action::SetWorkerOrganisation),
            }, look()) }
        </section>
    }
}

/// How a day usually goes, as faces along a line. The words are its
/// text equivalent (and the section's rows say the same).
fn day_picture(picture: &DayPicture) -> Html {
    const COLUMN: usize = 110;
    let width = COLUMN * picture.parts.len();
    let centre = |n: usize| COLUMN * n + COLUMN / 2;
    let last = centre(picture.parts.len().saturating_sub(1));
    html! {
        <figure class="sds-day-picture">
            <figcaption class="sds-heading-s sds-day-picture__caption">{ picture.heading.clone() }</figcaption>
            <svg class="sds-day-picture__svg" role="img" aria-label={picture.words.clone()}
                viewBox={format!("0 0 {width} 130")} focusable="false">
                <line class="sds-day-picture__line" x1={centre(0).to_string()} y1="40" x2={last.to_string()} y2="40" />
                { for picture.parts.iter().enumerate().map(|(n, part)| {
                    let x = centre(n);
                    let mark = match part.how {
                        Some(how) => html! {
                            <g class="sds-day-picture__face" transform={format!("translate({} 16) scale(1.2)", x - 24)}>
                                <circle cx="20" cy="20" r="19" class="sds-day-picture__ground" />
                                { face_lines(how.face()) }
                            </g>
                        },
                        None => html! { <circle class="sds-day-picture__none" cx={x.to_string()} cy="40" r="6" /> },
                    };
                    html! {
                        <g>
                            { mark }
                            <text class="sds-day-picture__name" x={x.to_string()} y="90" text-anchor="middle">{ part.name }</text>
                            <text class="sds-day-picture__label" x={x.to_string()} y="110" text-anchor="middle">{ part.label }</text>
                        </g>
                    }
                }) }
            </svg>
        </figure>
    }
}

/// The people around the child as circles: the child in the middle, the
/// family on the first ring, the people and places that help on the next.
/// The words are its text equivalent.
fn people_picture(people: &PeoplePicture) -> Html {
    const CX: f64 = 300.0;
    const CY: f64 = 180.0;
    // The outer ring starts half a step round, so its names fall between
    // the inner ring's.
    let ring = |names: &[String], radius: f64, half_step: bool, class: &'static str| -> Html {
        let count = names.len().max(1) as f64;
        let start = -std::f64::consts::FRAC_PI_2
            + if half_step {
                std::f64::consts::PI / count
            } else {
                0.0
            };
        names
            .iter()
            .enumerate()
            .map(|(n, name)| {
                let angle = start + std::f64::consts::TAU * n as f64 / count;
                let (x, y) = (CX + radius * angle.cos(), CY + radius * angle.sin());
                html! {
                    <g>
                        <circle class="sds-people-picture__dot" cx={format!("{x:.1}")} cy={format!("{y:.1}")} r="5" />
                        <text {class} x={format!("{x:.1}")} y={format!("{:.1}", y + 20.0)} text-anchor="middle">{ name.clone() }</text>
                    </g>
                }
            })
            .collect()
    };
    html! {
        <figure class="sds-people-picture">
            <figcaption class="sds-heading-s">{ people.heading.clone() }</figcaption>
            <svg class="sds-people-picture__svg" role="img" aria-label={people.words.clone()}
                viewBox="0 0 600 380" focusable="false">
                <circle class="sds-people-picture__ring" cx="300" cy="180" r="170" />
                <circle class="sds-people-picture__ring" cx="300" cy="180" r="100" />
                <circle class="sds-people-picture__centre" cx="300" cy="180" r="42" />
                <text class="sds-people-picture__child" x="300" y="186" text-anchor="middle">{ people.centre.clone() }</text>
                { ring(&people.inner, 100.0, false, "sds-people-picture__name sds-people-picture__name--close") }
                { ring(&people.outer, 170.0, true, "sds-people-picture__name") }
            </svg>
        </figure>
    }
}

/// The typical week as a grid, a column a day; ideas that cannot all
/// happen at once are hatched and marked "!". The words are its text
/// equivalent.
fn week_picture(app: &AppContext, week: &WeekPicture) -> Html {
    const LABEL: usize = 140;
    const COLUMN: usize = 80;
    const HEADER: usize = 24;
    const ROW: usize = 46;
    let width = LABEL + COLUMN * week.days.len();
    let height = HEADER + ROW * week.parts.len();
    let hatch_id = app.id("week-hatch");
    html! {
        <figure class="sds-week-picture">
            <figcaption class="sds-heading-s">{ week.heading }</figcaption>
            <svg class="sds-week-picture__svg" role="img" aria-label={week.words.clone()}
                viewBox={format!("0 0 {width} {height}")} focusable="false">
                <defs>
                    <pattern id={hatch_id.clone()} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                        <rect class="sds-week-picture__hatch-ground" width="8" height="8" />
                        <line class="sds-week-picture__hatch" x1="0" y1="0" x2="0" y2="8" />
                    </pattern>
                </defs>
                { for week.days.iter().enumerate().map(|(d, day)| html! {
                    <text class="sds-week-picture__day" x={(LABEL + COLUMN * d + COLUMN / 2).to_string()} y="16" text-anchor="middle">{ *day }</text>
                }) }
                { for week.parts.iter().zip(&week.cells).enumerate().map(|(p, (part, row))| {
                    let top = HEADER + ROW * p;
                    html! {
                        <g>
                            <text class="sds-week-picture__part" x="0" y={(top + ROW / 2 + 4).to_string()}>{ *part }</text>
                            { for row.iter().enumerate().map(|(d, cell)| {
                                let left = LABEL + COLUMN * d;
                                let class = match (cell.names.is_empty(), cell.clash) {
                                    (true, _) => "sds-week-picture__cell",
                                    (false, false) => "sds-week-picture__cell sds-week-picture__planned",
                                    (false, true) => "sds-week-picture__cell sds-week-picture__cell--clash",
                                };
                                let fill = cell.clash.then(|| format!("url(#{hatch_id})"));
                                let shown: Vec<String> = if cell.names.len() <= 2 {
                                    cell.names.clone()
                                } else {
                                    cell.names.iter().take(1).cloned()
                                        .chain([format!("+{}", cell.names.len() - 1)]).collect()
                                };
                                html! {
                                    <g>
                                        <rect {class} x={(left + 2).to_string()} y={(top + 2).to_string()}
                                            width={(COLUMN - 4).to_string()} height={(ROW - 4).to_string()} fill={fill} />
                                        // One name in the middle of the cell, two one above the other.
                                        { for shown.iter().enumerate().map(|(n, name)| {
                                            let y = top + ROW / 2 + 4 + 14 * n - 7 * (shown.len() - 1);
                                            html! {
                                                <text class="sds-week-picture__idea" x={(left + COLUMN / 2).to_string()}
                                                    y={y.to_string()} text-anchor="middle">{ name.clone() }</text>
                                            }
                                        }) }
                                        if cell.clash {
                                            <text class="sds-week-picture__clash" x={(left + COLUMN - 8).to_string()} y={(top + 14).to_string()} text-anchor="end">{ "!" }</text>
                                        }
                                    </g>
                                }
                            }) }
                        </g>
                    }
                }) }
            </svg>
            // On a phone the grid is too small to read: its words instead.
            <ul class="sds-week-picture__words">
                { for week.days_said.iter().map(|day| html! { <li>{ day.clone() }</li> }) }
            </ul>
        </figure>
    }
}

/// An answer long enough that, on paper, it may run on to the next page
/// rather than leave a gap where it would have started: about a third of
/// a page.
fn is_long(row: &SummaryRow) -> bool {
    const LONG_CHARS: usize = 600;
    const LONG_LINES: usize = 8;
    row.value.len() > LONG_LINES
        || row
            .value
            .iter()
            .map(|line| line.chars().count())
            .sum::<usize>()
            > LONG_CHARS
}

fn summary_section(app: &AppContext, section: &SummarySection, pictures: Html, t: &Text) -> Html {
    let heading_id = app.id(&format!("summary-{}", section.id.key()));
    html! {
        <section class="sds-summary__section" aria-labelledby={heading_id.clone()}>
            <div class="sds-summary__heading">
                <Heading depth={2} class="sds-heading-m" id={heading_id}>{ section.heading }</Heading>
                <a href={format!("#{}", section.id.key())} class="sds-link sds-no-print"
                    onclick={app.send(Action::Open(section.id.screen()))}>
                    { t.summary.change }{ hidden_words(section.heading) }
                </a>
            </div>
            if section.rows.is_empty() {
                <p class="sds-body sds-summary__empty">{ t.summary.not_filled_in }</p>
            } else {
                <dl class="sds-summary-list">
                    { for section.rows.iter().filter(|row| !row.key.is_empty()).map(|row| html! {
                        <div class={classes!("sds-summary-list__row", is_long(row).then_some("sds-summary-list__row--long"))}>
                            <dt class="sds-summary-list__key">{ row.key.clone() }</dt>
                            <dd class="sds-summary-list__value">
                                { for row.value.iter().map(|v| html! { <p class="sds-summary-list__line">{ v.clone() }</p> }) }
                            </dd>
                        </div>
                    }) }
                </dl>
                { for section.rows.iter().filter(|row| row.key.is_empty()).flat_map(|row| row.value.iter()).map(|note| html! {
                    <p class="sds-body sds-summary__note">{ note.clone() }</p>
                }) }
            }
            { pictures }
        </section>
    }
}
