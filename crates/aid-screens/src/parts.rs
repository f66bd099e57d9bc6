//! Read-only parts of the aid's screens: tags, summary lists, contacts, a
//! stage's steps, the record with its "Change" links, the Back link and
//! GOV.UK's confirmation page.

use super::Heading;
use super::act::{Act, on_click};
use leptos::prelude::*;
use stagehand_aid::export::{ChangeAt, Section};
use stagehand_aid::plan::Tag;
use stagehand_aid::record::{Outcome, Record};
use stagehand_aid::screen::Screen;
use stagehand_aid::words::{Arg, w, wf};
use stagehand_model::{Contact, Procedure};

/// A GOV.UK tag, in words as well as colour.
pub fn tag(tag: Tag) -> impl IntoView + use<> {
    view! { <strong class=tag.class()>{tag.words()}</strong> }
}

/// A value, then its tag where it has one.
fn tagged(value: String, t: Option<Tag>) -> impl IntoView {
    view! {
        {value}
        {t.map(|t| view! { " " {tag(t)} })}
    }
}

/// A summary list: key, value and, for a deadline, its tag.
pub fn summary_list(rows: Vec<(String, String, Option<Tag>)>) -> AnyView {
    let rows = rows
        .into_iter()
        .map(|(key, value, t)| {
            view! {
                <div class="summary-list__row">
                    <dt class="summary-list__key">{key}</dt>
                    <dd class="summary-list__value">{tagged(value, t)}</dd>
                </div>
            }
        })
        .collect_view();
    view! { <dl class="summary-list">{rows}</dl> }.into_any()
}

/// The aid's Back link, as on its question pages.
pub fn back_link() -> impl IntoView {
    view! {
        <a href="#decision-aid" class="back-link no-print" on:click=on_click(Act::Do("back"))>
            {w("back")}
        </a>
    }
}

/// GOV.UK's confirmation page: Back, the question, what it means, then the
/// warning button that does `act` and a link back.
pub fn confirmation(title: &str, body: AnyView, yes: &str, act: &'static str, no: &str) -> AnyView {
    view! {
        {back_link()}
        <Heading text=title />
        {body}
        <div class="button-group">
            <button type="button" class="button button--warning" on:click=on_click(Act::Do(act))>
                {yes.to_string()}
            </button>
            <a href="#decision-aid" class="link-button" on:click=on_click(Act::Do("back"))>
                {no.to_string()}
            </a>
        </div>
    }
    .into_any()
}

/// A contact point with working `tel:` and `mailto:` links.
pub fn contact(c: &Contact) -> AnyView {
    let tel = |n: &String| {
        let dial: String = n
            .chars()
            .filter(|c| c.is_ascii_digit() || *c == '+')
            .collect();
        view! { <a href=format!("tel:{dial}")>{n.clone()}</a> }
    };
    view! {
        <strong>{c.name.clone()}</strong>
        {c.note.clone().map(|n| view! { ": " {n} })}
        {c.phone.as_ref().map(|p| view! { <br /> {w("contact-phone-label")} {tel(p)} })}
        {c.out_of_hours.as_ref().map(|p| view! { <br /> {w("contact-out-of-hours-label")} {tel(p)} })}
        {c
            .email
            .clone()
            .map(|e| view! { <br /> {w("contact-email-label")} <a href=format!("mailto:{e}")>{e.clone()}</a> })}
        {c
            .url
            .clone()
            .map(|u| {
                let shown = u.clone();
                view! { <br /> <a href=u>{shown}</a> }
            })}
    }
    .into_any()
}

/// A list of items.
pub fn list(class: &str, items: Vec<AnyView>) -> AnyView {
    let items = items
        .into_iter()
        .map(|item| view! { <li>{item}</li> })
        .collect_view();
    let class = (!class.is_empty()).then(|| class.to_string());
    view! { <ul class=class>{items}</ul> }.into_any()
}

/// A `<dl>` row whose value is a view.
fn row(key: String, value: AnyView, class: &'static str) -> impl IntoView {
    view! {
        <div class="summary-list__row">
            <dt class="summary-list__key">{key}</dt>
            <dd class=class>{value}</dd>
        </div>
    }
}

/// What to do at a stage, who to contact and by when: everything on the
/// stage's screen above its questions.
pub fn stage(
    procedure: &Procedure,
    record: &Record,
    index: usize,
    today: chrono::NaiveDate,
) -> AnyView {
    use stagehand_aid::dates::long_date;
    let Some(reached) = record.stages.get(index) else {
        return ().into_any();
    };
    let Some(stage) = procedure.route.stage(&reached.stage) else {
        return view! { <p>{w("stage-not-in-procedure")}</p> }.into_any();
    };
    let steps = stagehand_aid::plan::steps(procedure, record, index, today);
    let other = record
        .other_agency
        .as_deref()
        .and_then(|a| procedure.route.agency(a))
        .map(|a| a.name.clone());
    let began = match (reached.started, reached.started_not_known) {
        (Some(d), _) => Some(
            view! {
                <p>{w("stage-began-on")} <strong>{long_date(d)}</strong> {w("stage-began-on-end")}</p>
            }
            .into_any(),
        ),
        (None, true) => Some(view! { <p>{w("stage-began-not-known")}</p> }.into_any()),
        _ => None,
    };
    let waiting = reached.outcome == Outcome::Waiting;
    let at = record.at_step(index);
    let past = record.past_every_step(procedure, index);
    let value = "summary-list__value";
    let items = steps
        .iter()
        .enumerate()
        .map(|(n, s)| {
            let marker = if n == reached.step as usize && waiting {
                Some(w("marker-waiting"))
            } else if n == at && n > 0 && !waiting && !past {
                Some(w("marker-at-step"))
            } else {
                None
            };
            let contact = s
                .contact
                .clone()
                .map(|c| row(w("step-contact-key"), c.into_any(), value));
            let counterpart = s.counterpart.clone().map(|c| {
                let of = other
                    .as_ref()
                    .map(|a| format!(" ({a})"))
                    .unwrap_or_default();
                row(w("step-counterpart-key"), format!("{c}{of}").into_any(), value)
            });
            let due = view! {
                {tagged(s.due_and_done_words(), s.tag)}
                {s.sooner_if.clone().map(|c| view! { <br /> {wf("sooner-if", &[("condition", Arg::Text(&c))])} })}
            };
            view! {
                <li>
                    {marker
                        .map(|m| {
                            view! {
                                <p>
                                    <strong class="tag tag--blue">{m}</strong>
                                </p>
                            }
                        })}
                    <p>{s.action.clone()}</p>
                    <dl class="summary-list summary-list--compact">
                        {contact}
                        {counterpart}
                        {row(w("step-by-when-key"), due.into_any(), "summary-list__value aid-due")}
                    </dl>
                </li>
            }
        })
        .collect_view();
    let next = past.then(|| {
        let words = stagehand_aid::plan::next_action(procedure, record, today);
        view! {
            <div class="inset">
                <p>{words}</p>
            </div>
        }
    });
    let warning = steps
        .iter()
        .find_map(|s| stagehand_aid::words::messages().deadline_warning(s.deadline.as_ref()?))
        .map(|warning| {
            view! {
                <div class="warning-text" role="note">
                    <strong>{w("check-this-date")}</strong>
                    {warning}
                </div>
            }
        });
    let contacts: Vec<AnyView> = procedure
        .route
        .contacts_for(&stage.id)
        .map(contact)
        .collect();
    let contacts = (!contacts.is_empty())
        .then(|| view! { <h4>{w("contacts-heading")}</h4> {list("", contacts)} });
    let to_record = (!stage.record.is_empty()).then(|| {
        let items = stage.record.iter().map(|r| r.clone().into_any()).collect();
        view! { <h4>{w("what-to-record-heading")}</h4> {list("", items)} }
    });
    let read = stage.section.clone().map(|section| {
        view! {
            <p class="no-print">
                <a href=format!("#{section}")>{w("read-stage-text-link")}</a>
            </p>
        }
    });
    view! {
        {began}
        <h4>{w("stage-steps-heading")}</h4>
        <ol class="aid-steps">{items}</ol>
        {next}
        {warning}
        {contacts}
        {to_record}
        {read}
    }
    .into_any()
}

/// The screen a "Change" link returns to.
fn change_screen(at: &ChangeAt) -> Screen {
    match at {
        ChangeAt::Urgent => Screen::Urgent,
        ChangeAt::YourAgency => Screen::YourAgency,
        ChangeAt::OtherAgency => Screen::OtherAgency,
        ChangeAt::Case => Screen::Case,
        ChangeAt::Area => Screen::Area,
        ChangeAt::Description => Screen::Description,
        ChangeAt::StageStart(i) => Screen::StageStart(*i),
        ChangeAt::Contacted(i) => Screen::Stage(*i),
        ChangeAt::Outcome(i) => Screen::Outcome(*i),
        ChangeAt::Questions => Screen::Questions,
    }
}

/// The record as summary lists with "Change" links (hidden in print).
/// Each link returns to the screen that asked.
pub fn record(sections: &[Section]) -> AnyView {
    sections
        .iter()
        .map(|section| {
            let rows = section
                .rows
                .iter()
                .map(|row| {
                    let change = row.change.as_ref().map(|c| {
                        let words = stagehand_aid::wording::fitted(&row.key);
                        view! {
                            <dd class="summary-list__actions no-print">
                                <a href="#decision-aid" on:click=on_click(Act::Change(change_screen(c)))>
                                    {w("change")}
                                    <span class="visually-hidden">{format!(" {words}")}</span>
                                </a>
                            </dd>
                        }
                    });
                    view! {
                        <div class="summary-list__row">
                            <dt class="summary-list__key">{row.key.clone()}</dt>
                            <dd class="summary-list__value">{tagged(row.value.clone(), row.tag)}</dd>
                            {change}
                        </div>
                    }
                })
                .collect_view();
            view! {
                <h4 class="summary-heading">{section.title.clone()}</h4>
                <dl class="summary-list">{rows}</dl>
            }
        })
        .collect_view()
        .into_any()
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    #[test]
    fn everything_typed_is_escaped() {
        let list = summary_list(vec![(
            "<b>key</b>".into(),
            "<script>x</script>".into(),
            Some(Tag::DueToday),
        )])
        .to_html();
        assert!(
            !list.contains("<script>") && !list.contains("<b>"),
            "{list}"
        );
        assert!(list.contains("&lt;script&gt;x&lt;/script&gt;"), "{list}");
        assert!(
            list.contains("<strong class=\"tag tag--orange\">Due today</strong>"),
            "{list}"
        );
    }
}
