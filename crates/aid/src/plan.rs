//! What each step of a reached stage is due by, from the record's dates and
//! the model's arithmetic (the same numbers `stagehand deadline` prints),
//! where each deadline stands today, and what to do next.

use crate::dates::{at, long_date, long_due};
use crate::record::{Outcome, Record, StageRecord};
use crate::wording::mid_sentence;
use crate::words::{Arg, w, wf};
use chrono::NaiveDate;
use stagehand_model::{
    Calendar, CountFrom, Deadline, Due, Procedure, Start, Timescale, deadline, working_days_between,
};

/// Where a deadline stands: a GOV.UK tag, in words as well as colour. The
/// summary, the record, the calendar and the monitoring return all take it
/// from [`Tag::of`], so none of them can say something the others do not.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tag {
    /// Done on or before the date.
    Met,
    /// Done after the date.
    Missed,
    /// Done, on a day not known (the finder placed them past it).
    Done,
    /// Overdue by this many working days (0: a non-working day has passed).
    Overdue(i64),
    DueToday,
    /// Due in this many working days (0: on the next working day).
    DueIn(i64),
}

/// Whether, and when, a step (or a stage's target) was done.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Completion {
    NotYet,
    On(NaiveDate),
    /// Done on this day or before it: a step of a stage that ended then.
    /// Met when that is by the date; otherwise only done, as nobody said
    /// on which day.
    By(NaiveDate),
    /// Done, but the day is not known.
    Unknown,
}

impl Completion {
    /// Step `n` of the stage at `index`: done by the day the stage ended
    /// (the day each step was done is never asked), or done when the
    /// practitioner is past it. `None`: a step after the one the stage was
    /// resolved at, which was never needed (the record does not say it was
    /// done).
    pub fn of_step(record: &Record, index: usize, n: usize) -> Option<Self> {
        let Some(reached) = record.stages.get(index) else {
            return Some(Self::NotYet);
        };
        // The day they gave decides: met or missed by it.
        if let Some(day) = record.done_on(index, n) {
            return Some(Self::On(day));
        }
        Some(
            if reached.outcome == Outcome::Resolved && n > reached.step as usize {
                return None;
            } else if reached.outcome.ended() {
                record.ended_on(index).map_or(Self::Unknown, Self::By)
            } else if n < reached.step as usize {
                Self::Unknown
            } else if reached.not_resolved {
                // "Not resolved, not taken further yet" says nothing of
                // this step: neither done nor due.
                return None;
            } else {
                Self::NotYet
            },
        )
    }

    /// A stage's target date: met or missed by the day the stage ended.
    pub fn of_stage(record: &Record, index: usize) -> Self {
        match record.stages.get(index) {
            Some(r) if r.outcome.ended() => record.ended_on(index).map_or(Self::Unknown, Self::On),
            _ => Self::NotYet,
        }
    }
}

impl Tag {
    /// The one rule: a deadline that was done is met or missed by the day it
    /// was done (or just done, when that day is not known); one not done yet
    /// is due or overdue against today.
    pub fn of(due: NaiveDate, done: Completion, today: NaiveDate, calendar: &Calendar) -> Self {
        match done {
            Completion::On(day) if day <= due => Self::Met,
            Completion::On(_) => Self::Missed,
            Completion::By(day) if day <= due => Self::Met,
            Completion::By(_) | Completion::Unknown => Self::Done,
            Completion::NotYet => Self::against(due, today, calendar),
        }
    }

    /// Whether the deadline no longer applies (the calendar cancels it).
    pub fn is_done(&self) -> bool {
        matches!(self, Self::Met | Self::Missed | Self::Done)
    }

    /// For the monitoring return: `Some(true)` met, `Some(false)` missed or
    /// overdue, `None` not known yet.
    pub fn met(&self) -> Option<bool> {
        match self {
            Self::Met => Some(true),
            Self::Missed | Self::Overdue(_) => Some(false),
            _ => None,
        }
    }

    pub fn words(&self) -> String {
        let days = |id: &str, n: i64| {
            let days = wf("working-days", &[("count", Arg::Number(n))]);
            wf(id, &[("days", Arg::Text(&days))])
        };
        match *self {
            Self::Met => w("tag-met"),
            Self::Missed => w("tag-missed"),
            Self::Done => w("tag-done"),
            Self::Overdue(0) => w("tag-overdue"),
            Self::Overdue(n) => days("tag-overdue-by", n),
            Self::DueToday => w("tag-due-today"),
            Self::DueIn(0) => w("tag-due-next-day"),
            Self::DueIn(n) => days("tag-due-in", n),
        }
    }

    /// The GOV.UK tag colour class.
    pub fn class(&self) -> &'static str {
        match self {
            Self::Met | Self::Done => "tag tag--green",
            Self::Missed => "tag tag--grey",
            Self::Overdue(_) => "tag tag--red",
            Self::DueToday => "tag tag--orange",
            Self::DueIn(_) => "tag tag--blue",
        }
    }

    /// Where `due` stands against `today`, not yet done.
    fn against(due: NaiveDate, today: NaiveDate, calendar: &Calendar) -> Self {
        let n = working_days_between(today, due, calendar);
        match n {
            _ if due == today => Self::DueToday,
            n if due > today => Self::DueIn(n.max(0)),
            n => Self::Overdue(-n),
        }
    }
}

/// A stage's target date (set by the practitioner where the procedure sets
/// none), tagged by the same rule.
pub fn target_tag(
    procedure: &Procedure,
    record: &Record,
    index: usize,
    today: NaiveDate,
) -> Option<Tag> {
    let target = record.stages.get(index)?.target?;
    Some(Tag::of(
        target,
        Completion::of_stage(record, index),
        today,
        &procedure.route.calendar,
    ))
}

/// One step of a reached stage, with its deadline worked out.
#[derive(Clone, Debug, PartialEq)]
pub struct StepDue {
    pub action: String,
    /// Who the practitioner contacts, in their own agency's terms.
    pub contact: Option<String>,
    /// The same step's role in the agency they disagree with.
    pub counterpart: Option<String>,
    pub deadline: Option<Deadline>,
    /// The procedure's timescale, if it sets one.
    pub within: Option<Timescale>,
    /// "Within 3 working days", "No timescale set by the procedure".
    pub timescale: String,
    /// When it must happen sooner, in the procedure's words.
    pub sooner_if: Option<String>,
    /// Met, missed, done, or where its date stands today; `None` with no
    /// date: a step with no timescale is never tagged.
    pub tag: Option<Tag>,
    /// The day the practitioner said it was done.
    pub done: Option<NaiveDate>,
}

impl StepDue {
    pub fn due_date(&self) -> Option<Due> {
        self.deadline
            .as_ref()
            .map(|d| d.due)
            .filter(|d| *d != Due::NoDate)
    }

    /// "Thursday 9 April 2026", or the timescale in words where there is no date.
    pub fn due_words(&self) -> String {
        self.due_date()
            .and_then(|d| long_due(&d))
            .unwrap_or_else(|| self.timescale.clone())
    }

    /// The deadline and, where it was marked done, the day: "Friday 4
    /// December 2026; done on Friday 4 December 2026".
    pub fn due_and_done_words(&self) -> String {
        match self.done {
            Some(day) => {
                let (due, done) = (self.due_words(), long_date(day));
                wf(
                    "due-and-done",
                    &[("due", Arg::Text(&due)), ("done", Arg::Text(&done))],
                )
            }
            None => self.due_words(),
        }
    }
}

fn stage_record<'a>(record: &'a Record, stage_id: &str) -> Option<&'a StageRecord> {
    record.stages.iter().find(|s| s.stage == stage_id)
}

/// The steps of the stage at `index` in the record, with deadlines, for the
/// practitioner's agency.
pub fn steps(
    procedure: &Procedure,
    record: &Record,
    index: usize,
    today: NaiveDate,
) -> Vec<StepDue> {
    let Some(reached) = record.stages.get(index) else {
        return Vec::new();
    };
    let route = &procedure.route;
    let Some(stage) = route.stage(&reached.stage) else {
        return Vec::new();
    };
    let stage_number = |id: &str| route.stage_index(id).map(|i| i + 1);
    let mut out: Vec<StepDue> = Vec::new();
    for (n, step) in stage.steps.iter().enumerate() {
        let start = match &step.from {
            None => reached.started.map(|d| (d, reached.started_time.clone())),
            Some(CountFrom::StageStart { stage }) => stage_record(record, stage)
                .and_then(|s| s.started.map(|d| (d, s.started_time.clone()))),
            // From the previous step's deadline, as the page says ("counted
            // from the previous step's deadline"), whenever that step was
            // done: the same facts give the same date and the same tag.
            Some(CountFrom::PreviousStep) => out.last().and_then(|prev| match prev.due_date()? {
                Due::Date(d) => Some((d, None)),
                Due::DateTime(t) => Some((t.date(), Some(crate::dates::hhmm(t.time())))),
                _ => None,
            }),
        };
        let deadline = start.and_then(|(date, time)| {
            let start = if step.within.is_some_and(|t| t.needs_time()) {
                Start::DateTime(at(date, time.as_deref()))
            } else {
                Start::Date(date)
            };
            deadline(start, step.within, &route.calendar).ok()
        });
        let due = deadline.as_ref().map(|d| d.due).and_then(|d| d.date());
        let tag = due
            .zip(Completion::of_step(record, index, n))
            .map(|(d, done)| Tag::of(d, done, today, &route.calendar));
        out.push(StepDue {
            action: step.action.clone(),
            contact: step
                .contact_for(record.agency.as_deref())
                .map(str::to_string),
            counterpart: record
                .other_agency
                .as_deref()
                .and_then(|a| step.roles.iter().find(|r| r.agency == a))
                .map(|r| r.role.clone()),
            deadline,
            within: step.within,
            timescale: crate::words::messages().step_timescale(step, stage_number),
            sooner_if: step.sooner_if.clone(),
            tag,
            done: record.done_on(index, n),
        });
    }
    out
}

/// A stage's title with its number: "Stage 2: Service managers".
pub fn stage_name(procedure: &Procedure, stage_id: &str) -> String {
    procedure
        .route
        .stage_index(stage_id)
        .map(|i| {
            let title = &procedure.route.stages[i].title;
            wf(
                "stage-name",
                &[("number", (i + 1).into()), ("title", title.into())],
            )
        })
        .unwrap_or_else(|| stage_id.to_string())
}

/// A date the practitioner should have in their calendar.
#[derive(Clone, Debug, PartialEq)]
pub struct CalendarDate {
    /// Stable across downloads: the stage and step, or `target`.
    pub key: String,
    pub due: Due,
    pub summary: String,
    /// What to do and whom to contact.
    pub description: String,
    /// The stage is over or the step done: the event is sent as cancelled.
    pub cancelled: bool,
    /// Counted as if raised today (the next stage's first step): not yet a
    /// deadline of the record's own.
    pub supposed: bool,
}

/// Every dated deadline of the record (and the target dates set), current
/// or no longer applying, for the calendar file.
pub fn calendar_dates(
    procedure: &Procedure,
    record: &Record,
    today: NaiveDate,
) -> Vec<CalendarDate> {
    let case = record
        .case_reference
        .as_deref()
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .map(|c| wf("cal-case", &[("case", c.into())]))
        .unwrap_or_default();
    let mut out = Vec::new();
    for (i, reached) in record.stages.iter().enumerate() {
        let name = stage_name(procedure, &reached.stage);
        for (n, step) in steps(procedure, record, i, today).into_iter().enumerate() {
            let Some(due) = step.due_date() else {
                continue;
            };
            let contact = step.contact.as_deref();
            let (who, contact_words) = match contact {
                Some(c) => {
                    let args = [("contact", Arg::Text(c))];
                    (wf("cal-who", &args), wf("cal-contact", &args))
                }
                None => (String::new(), String::new()),
            };
            // Done: the event says how it stands (met or missed), by the one tag rule.
            let (state, done) = match (step.tag.filter(Tag::is_done), step.done) {
                (Some(t), Some(day)) => {
                    let (state, date) = (t.words(), long_date(day));
                    let args = [("state", Arg::Text(&state)), ("date", Arg::Text(&date))];
                    let done = wf("cal-done-on", &args);
                    (state, done)
                }
                (Some(t), None) => {
                    let state = t.words();
                    let done = wf("cal-state", &[("state", Arg::Text(&state))]);
                    (state, done)
                }
                _ => (w("cal-due"), String::new()),
            };
            out.push(CalendarDate {
                key: format!("{}-{}", reached.stage, n + 1),
                due,
                summary: wf(
                    "cal-summary",
                    &[
                        ("state", Arg::Text(&state)),
                        ("name", Arg::Text(&name)),
                        ("who", Arg::Text(&who)),
                        ("case", Arg::Text(&case)),
                    ],
                ),
                description: wf(
                    "cal-description",
                    &[
                        ("action", Arg::Text(&step.action)),
                        ("contact_line", Arg::Text(&contact_words)),
                        ("done", Arg::Text(&done)),
                    ],
                ),
                cancelled: step.tag.is_some_and(|t| t.is_done())
                    || Completion::of_step(record, i, n) != Some(Completion::NotYet),
                supposed: false,
            });
        }
        if let Some(target) = reached.target {
            out.push(CalendarDate {
                key: format!("{}-target", reached.stage),
                due: Due::Date(target),
                summary: wf(
                    "cal-target-summary",
                    &[("name", Arg::Text(&name)), ("case", Arg::Text(&case))],
                ),
                description: {
                    let date = long_date(target);
                    wf(
                        "cal-target-description",
                        &[("name", Arg::Text(&name)), ("date", Arg::Text(&date))],
                    )
                },
                cancelled: reached.outcome.ended(),
                supposed: false,
            });
        }
    }
    // The next deadline, where what is left is taking the disagreement
    // further: the next stage's first step as if raised today. Its key is
    // the one the step takes once the stage is reached, so the event is
    // moved, not added; and it is always in the file while there is a next
    // stage, cancelled where it does not apply (resolved since, say), so a
    // calendar that had it drops it.
    if let Some(i) = record.current()
        && let Some(step) = next_stage_if_raised_today(procedure, record, i, today)
        && let Some(due) = step.due_date()
    {
        let next = &procedure.route.stages[i + 1];
        let name = stage_name(procedure, &next.id);
        let today_words = long_date(today);
        let as_it_says = w("cal-as-procedure-says");
        let contact = step.contact.as_deref();
        let who = match contact {
            Some(c) => wf("cal-who", &[("contact", Arg::Text(c))]),
            None => String::new(),
        };
        out.push(CalendarDate {
            key: format!("{}-1", next.id),
            due,
            summary: wf(
                "cal-if-raised-summary",
                &[
                    ("today", Arg::Text(&today_words)),
                    ("name", Arg::Text(&name)),
                    ("who", Arg::Text(&who)),
                    ("case", Arg::Text(&case)),
                ],
            ),
            description: wf(
                "cal-if-raised-description",
                &[
                    ("action", Arg::Text(&step.action)),
                    ("contact", Arg::Text(contact.unwrap_or(&as_it_says))),
                    ("today", Arg::Text(&today_words)),
                ],
            ),
            cancelled: !goes_further_next(procedure, record, i),
            supposed: true,
        });
    }
    out
}

/// Whether what is left at the stage at `i` is to take it to the next stage:
/// every step taken and not resolved, or waiting at its last step.
fn goes_further_next(procedure: &Procedure, record: &Record, i: usize) -> bool {
    let Some(reached) = record.stages.get(i) else {
        return false;
    };
    let steps = procedure.route.stages.get(i).map_or(0, |s| s.steps.len());
    i + 1 < procedure.route.stages.len()
        && match reached.outcome {
            Outcome::Open => record.past_every_step(procedure, i) || record.at_step(i) >= steps,
            Outcome::Waiting => reached.step as usize + 1 >= steps,
            _ => false,
        }
}

/// "the final stage of the procedure", or the last this handbook holds.
fn last_stage_words(route: &stagehand_model::Route) -> String {
    crate::words::messages().last_stage(route)
}

/// The one thing to do next, in a sentence that always says by when: a
/// date, or the procedure's own words where it sets none, and whom to
/// contact where the procedure names someone. Every door (the summary, the
/// stage screen, the printed record, the copy) takes it from here.
pub fn next_action(procedure: &Procedure, record: &Record, today: NaiveDate) -> String {
    let route = &procedure.route;
    let Some(i) = record.current() else {
        return w("next-find");
    };
    let reached = &record.stages[i];
    let name = stage_name(procedure, &reached.stage);
    match reached.outcome {
        Outcome::Resolved => {
            let on = reached
                .ended
                .map(|d| wf("next-resolved-on", &[("date", Arg::Text(&long_date(d)))]))
                .unwrap_or_default();
            wf(
                "next-resolved",
                &[("number", (i + 1).into()), ("on", Arg::Text(&on))],
            )
        }
        Outcome::Unresolved => {
            let end = route
                .end_of_route
                .clone()
                .unwrap_or_else(|| w("no-further-stage"));
            let last = last_stage_words(route);
            wf(
                "next-unresolved",
                &[
                    ("name", Arg::Text(&name)),
                    ("last", Arg::Text(&last)),
                    ("end", Arg::Text(&end)),
                ],
            )
        }
        Outcome::Escalated => taking_further(procedure, record, i, today),
        Outcome::Open | Outcome::Waiting => {
            if record.past_every_step(procedure, i) {
                return taking_further(procedure, record, i, today);
            }
            let steps = steps(procedure, record, i, today);
            let target = reached.target;
            if reached.outcome == Outcome::Waiting {
                // Waiting at a step; past the last (every step marked done),
                // waiting on the last.
                let at = (reached.step as usize).min(steps.len().saturating_sub(1));
                return match steps.get(at) {
                    Some(step) => waiting(procedure, record, i, at, &steps, step, today),
                    None => taking_further(procedure, record, i, today),
                };
            }
            match steps.get(record.at_step(i)) {
                Some(step) => to_do(&name, step, target, today),
                // Every step marked done, and nothing said of the outcome.
                None => {
                    let further = further(procedure, record, i, today, false)
                        .map(|take| wf("next-all-done-further", &[("take", Arg::Text(&take))]))
                        .unwrap_or_default();
                    wf(
                        "next-all-done",
                        &[("name", Arg::Text(&name)), ("further", Arg::Text(&further))],
                    )
                }
            }
        }
    }
}

/// By when a step is to be done: "by Thursday 10 December 2026", "today,
/// Monday 7 December 2026: it was due by ...", or why there is no date.
pub fn by_when(step: &StepDue, target: Option<NaiveDate>, today: NaiveDate) -> String {
    by_when_set(step, target, today, "target-set-own")
}

/// `by_when`, with where a target date is set (`target-set-own`, or
/// `target-set-own-there` for a stage not reached yet).
fn by_when_set(
    step: &StepDue,
    target: Option<NaiveDate>,
    today: NaiveDate,
    set_own: &str,
) -> String {
    if let Some((date, words)) = step
        .due_date()
        .and_then(|d| Some((d.date()?, long_due(&d)?)))
    {
        return if date >= today {
            wf("by-date", &[("date", Arg::Text(&words))])
        } else {
            let today = long_date(today);
            wf(
                "by-today-late",
                &[("today", Arg::Text(&today)), ("date", Arg::Text(&words))],
            )
        };
    }
    let set_your_own = match target {
        Some(t) => wf("target-is", &[("date", Arg::Text(&long_date(t)))]),
        None => w(set_own),
    };
    let target = ("target", Arg::Text(&set_your_own));
    match step.within {
        None => wf("by-no-timescale", &[target]),
        Some(within) => {
            let timescale = crate::words::messages().timescale(within);
            let id = if within.is_urgent_without_date() {
                "by-no-date"
            } else {
                "by-no-start"
            };
            wf(id, &[("timescale", Arg::Text(&timescale)), target])
        }
    }
}

/// "Stage 1: ...: Report it to your team manager. Contact X by D."
fn to_do(name: &str, step: &StepDue, target: Option<NaiveDate>, today: NaiveDate) -> String {
    let who = match step.contact.as_deref() {
        Some(c) => wf("to-do-contact", &[("contact", Arg::Text(c))]),
        None => w("to-do-no-contact"),
    };
    let by = by_when(step, target, today);
    wf(
        "to-do",
        &[
            ("name", Arg::Text(name)),
            ("action", Arg::Text(&step.action)),
            ("who", Arg::Text(&who)),
            ("by", Arg::Text(&by)),
        ],
    )
}

/// Waiting for the answer at a step: what to do if it does not come, and
/// by when.
#[allow(clippy::too_many_arguments)]
fn waiting(
    procedure: &Procedure,
    record: &Record,
    i: usize,
    at: usize,
    steps: &[StepDue],
    step: &StepDue,
    today: NaiveDate,
) -> String {
    let route = &procedure.route;
    let name = stage_name(procedure, &record.stages[i].stage);
    let target = record.stages[i].target;
    let from = step
        .contact
        .as_deref()
        .map(|c| wf("waiting-from", &[("contact", Arg::Text(c))]))
        .unwrap_or_default();
    let then = match steps.get(at + 1) {
        // The next step's words whole, then by when in a sentence of its
        // own: an action of several sentences ends before "by ...".
        Some(next) => {
            let words = match crate::words::language() {
                // Fitted into the English sentence ("If it is not resolved, ...").
                crate::words::Language::English => {
                    mid_sentence(without_condition(next.action.trim_end_matches('.')))
                }
                _ => next.action.trim_end_matches('.').to_string(),
            };
            let by = by_when(next, record.stages[i].target, today);
            wf(
                "waiting-then-next",
                &[("next", Arg::Text(&words)), ("by", Arg::Text(&by))],
            )
        }
        None => match further(procedure, record, i, today, false) {
            Some(take) => take,
            None => {
                let (last, due) = (
                    last_stage_words(route),
                    step_due_clause(step, target, today),
                );
                return wf(
                    "waiting-last",
                    &[
                        ("from", Arg::Text(&from)),
                        ("name", Arg::Text(&name)),
                        ("last", Arg::Text(&last)),
                        ("due", Arg::Text(&due)),
                    ],
                );
            }
        },
    };
    let (id, date) = match step
        .due_date()
        .and_then(|d| Some((d.date()?, long_due(&d)?)))
    {
        Some((date, words)) if date < today => ("waiting-passed", words),
        Some((_, words)) => ("waiting-by", words),
        // No date of the procedure's: the target date they set, if any.
        None => match target {
            Some(t) => ("waiting-target", long_date(t)),
            None => ("waiting-open", String::new()),
        },
    };
    wf(
        id,
        &[
            ("from", Arg::Text(&from)),
            ("name", Arg::Text(&name)),
            ("date", Arg::Text(&date)),
            ("then", Arg::Text(&then)),
        ],
    )
}

/// ", whose deadline is Friday 4 December 2026" (or that it has passed),
/// for a step raised and waiting; nothing where it has no date.
fn step_due_clause(step: &StepDue, target: Option<NaiveDate>, today: NaiveDate) -> String {
    match step
        .due_date()
        .and_then(|d| Some((d.date()?, long_due(&d)?)))
    {
        Some((date, words)) if date < today => wf("due-passed", &[("date", Arg::Text(&words))]),
        Some((_, words)) => wf("due-is", &[("date", Arg::Text(&words))]),
        None if target.is_some() => {
            let date = target.map(long_date).unwrap_or_default();
            wf("due-target", &[("date", Arg::Text(&date))])
        }
        None => match step.within {
            None => w("due-no-timescale"),
            Some(within) if within.is_urgent_without_date() => {
                let timescale = crate::words::messages().timescale(within);
                wf("due-no-date", &[("timescale", Arg::Text(&timescale))])
            }
            Some(_) => w("due-no-start"),
        },
    }
}

/// A next step's action without its own "If it is not resolved," (the
/// sentence it goes into already says when): "If it is not resolved,
/// report it to ..." becomes "report it to ...".
fn without_condition(action: &str) -> &str {
    let lower = action.to_ascii_lowercase();
    match lower.find(", ") {
        Some(comma) if lower.starts_with("if ") && lower[..comma].contains("resolved") => {
            &action[comma + 2..]
        }
        _ => action,
    }
}

/// The first step of the stage after `index`, with its deadline counted
/// as if it were raised today: what "take it further" is due by.
pub fn next_stage_if_raised_today(
    procedure: &Procedure,
    record: &Record,
    index: usize,
    today: NaiveDate,
) -> Option<StepDue> {
    let next = procedure.route.stages.get(index + 1)?;
    let mut supposed = record.clone();
    supposed.stages.truncate(index + 1);
    supposed.stages.push(StageRecord {
        stage: next.id.clone(),
        started: Some(today),
        ..StageRecord::default()
    });
    steps(procedure, &supposed, index + 1, today)
        .into_iter()
        .next()
}

/// Not resolved at the stage at `i`: take it to the next one, whom and by
/// when; at the last stage, say so.
fn taking_further(procedure: &Procedure, record: &Record, i: usize, today: NaiveDate) -> String {
    let route = &procedure.route;
    let name = stage_name(procedure, &route.stages[i].id);
    match further(procedure, record, i, today, true) {
        Some(take) => wf(
            "further-not-resolved",
            &[("name", Arg::Text(&name)), ("take", Arg::Text(&take))],
        ),
        None => {
            let last = last_stage_words(route);
            wf(
                "further-last",
                &[("name", Arg::Text(&name)), ("last", Arg::Text(&last))],
            )
        }
    }
}

/// "Take it to stage 2: ...: raise it with X. If you raise it today, ...,
/// the procedure's deadline for that step (...) is ...", with a capital
/// where it starts a sentence; `None` at the last stage.
fn further(
    procedure: &Procedure,
    record: &Record,
    i: usize,
    today: NaiveDate,
    capital: bool,
) -> Option<String> {
    let next = procedure.route.stages.get(i + 1)?;
    let first = next_stage_if_raised_today(procedure, record, i, today);
    let who = first
        .as_ref()
        .and_then(|s| s.contact.as_deref())
        .map(|c| wf("take-further-who", &[("contact", Arg::Text(c))]))
        .unwrap_or_default();
    let by = match &first {
        Some(step) => match step.due_date().and_then(|d| long_due(&d)) {
            Some(due) => {
                let today = long_date(today);
                let timescale = mid_sentence(&step.timescale);
                wf(
                    "take-further-if-today",
                    &[
                        ("today", Arg::Text(&today)),
                        ("timescale", Arg::Text(&timescale)),
                        ("date", Arg::Text(&due)),
                    ],
                )
            }
            None => {
                let by = by_when_set(step, None, today, "target-set-own-there");
                wf("take-further-by-when", &[("by", Arg::Text(&by))])
            }
        },
        None => String::new(),
    };
    Some(wf(
        "take-further",
        &[
            ("case", Arg::Text(if capital { "upper" } else { "lower" })),
            ("number", (i + 2).into()),
            ("title", Arg::Text(&next.title)),
            ("who", Arg::Text(&who)),
            ("by", Arg::Text(&by)),
        ],
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::real_content::{darlington, durham};
    use crate::record::{Ids, Record};

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn record(p: &Procedure) -> Record {
        Record::new(
            p,
            Ids {
                record: "r".into(),
                monitoring: "m".into(),
            },
            d("2026-12-01"),
        )
    }

    #[test]
    fn a_step_counted_from_the_previous_one_follows_its_deadline() {
        let p = durham();
        let mut r = record(&p);
        r.reach(&p, 0, 0);
        // Thursday 1 April 2027 is before Good Friday (26 March 2027 is Good
        // Friday that year): use Thursday 24 December 2026 instead, across
        // Christmas.
        r.stages[0].started = Some(d("2026-12-24"));
        let s = steps(&p, &r, 0, d("2026-12-24"));
        assert_eq!(s[0].due_date(), Some(Due::Date(d("2026-12-29"))));
        assert_eq!(
            s[1].due_date(),
            Some(Due::Date(d("2026-12-30"))),
            "the team manager within one working day of the discussion"
        );
        assert!(
            s[1].timescale.contains("previous step"),
            "{}",
            s[1].timescale
        );
    }

    #[test]
    fn what_to_do_next_says_its_condition_once() {
        let p = durham();
        let mut r = record(&p);
        r.reach(&p, 0, 0);
        r.stages[0].started = Some(d("2026-12-01"));
        r.stages[0].outcome = Outcome::Waiting;
        let next = next_action(&p, &r, d("2026-12-01"));
        assert!(
            next.contains("If it is not resolved by Wednesday 2 December 2026, report it to your agency team manager"),
            "{next}"
        );
        assert_eq!(next.matches("not resolved").count(), 1, "{next}");
        assert_eq!(
            without_condition("Escalate to the chair"),
            "Escalate to the chair"
        );
    }

    #[test]
    fn tags_say_where_each_deadline_stands() {
        let p = durham();
        let mut r = record(&p);
        r.reach(&p, 1, 0);
        r.stages[0].started = Some(d("2026-12-21"));
        r.stages[1].started = Some(d("2026-12-23"));
        // Stage 2: 3 working days from Wednesday 23 December is Wednesday 30th.
        let tag = |today: &str| steps(&p, &r, 1, d(today))[0].tag;
        assert_eq!(tag("2026-12-24"), Some(Tag::DueIn(2)));
        assert_eq!(tag("2026-12-30"), Some(Tag::DueToday));
        assert_eq!(tag("2027-01-04"), Some(Tag::Overdue(2)));
        // Stage 1 was taken further on the 23rd, a day after its first
        // deadline and on its second: its steps were done by then, so the
        // second was met, and the first is only done (it may have been on
        // time: nobody said), never "missed".
        let first = steps(&p, &r, 0, d("2026-12-24"));
        assert_eq!(
            (first[0].tag, first[1].tag),
            (Some(Tag::Done), Some(Tag::Met))
        );
        assert_eq!(Tag::Overdue(2).words(), "Overdue by 2 working days");
    }

    #[test]
    fn a_stage_resolved_at_its_first_step_says_nothing_of_the_next() {
        let p = durham();
        let mut r = record(&p);
        r.reach(&p, 0, 0);
        r.stages[0].started = Some(d("2026-12-21"));
        r.stages[0].outcome = Outcome::Resolved;
        r.stages[0].ended = Some(d("2026-12-22"));
        // Resolved in the discussion: the manager step was never needed, so
        // the record does not say it was done.
        let s = steps(&p, &r, 0, d("2026-12-28"));
        assert_eq!((s[0].tag, s[1].tag), (Some(Tag::Met), None));
        // Past the discussion (the finder's answers), the manager's step is
        // the one it was resolved at.
        r.stages[0].step = 1;
        let s = steps(&p, &r, 0, d("2026-12-28"));
        assert_eq!((s[0].tag, s[1].tag), (Some(Tag::Met), Some(Tag::Met)));
        // Its calendar event no longer applies either way.
        r.stages[0].step = 0;
        let dates = calendar_dates(&p, &r, d("2026-12-28"));
        assert!(dates.iter().all(|c| c.cancelled), "{dates:?}");
    }

    #[test]
    fn a_step_with_no_timescale_is_never_tagged_and_a_target_follows_the_rule() {
        let p = darlington();
        let mut r = record(&p);
        r.reach(&p, 1, 0);
        r.stages[0].started = Some(d("2026-11-02"));
        r.stages[1].started = Some(d("2026-11-12"));
        r.stages[0].target = Some(d("2026-11-20"));
        let today = d("2026-11-16");
        assert!(steps(&p, &r, 0, today).iter().all(|s| s.tag.is_none()));
        // Taken further on the 12th, before the target of the 20th: met,
        // though the target is still in the future.
        assert_eq!(target_tag(&p, &r, 0, today), Some(Tag::Met));
        r.stages[1].target = Some(d("2026-11-13"));
        assert_eq!(target_tag(&p, &r, 1, today), Some(Tag::Overdue(1)));
    }

    #[test]
    fn waiting_at_a_step_says_what_comes_if_it_is_not_answered() {
        let p = durham();
        let mut r = record(&p);
        r.land(
            &p,
            crate::finder::Landing {
                stage: 0,
                step: 1,
                waiting: true,
            },
        );
        r.stages[0].started = Some(d("2026-12-21"));
        let next = next_action(&p, &r, d("2026-12-21"));
        assert!(
            next.contains("waiting to hear back from “Your agency team manager")
                && next.contains("by Wednesday 23 December 2026")
                && next.contains("take it to stage 2"),
            "{next}"
        );
        // Every step of stage 1 done, not yet taken further: stage 2 has
        // not begun, and the next action says to take it there.
        let mut r = record(&p);
        r.land(
            &p,
            crate::finder::Landing {
                stage: 0,
                step: 2,
                waiting: false,
            },
        );
        r.stages[0].started = Some(d("2026-12-21"));
        assert_eq!(r.stages.len(), 1, "stage 2 has not begun");
        let next = next_action(&p, &r, d("2026-12-21"));
        assert!(
            next.contains("Take it to stage 2")
                && next.contains("raise it with “Agency service manager"),
            "{next}"
        );
        let tags: Vec<_> = steps(&p, &r, 0, d("2026-12-21"))
            .iter()
            .map(|s| s.tag)
            .collect();
        assert_eq!(tags, [Some(Tag::Done), Some(Tag::Done)]);
    }

    #[test]
    fn one_true_sentence_for_a_stage_without_a_date() {
        let p = darlington();
        let mut r = record(&p);
        r.reach(&p, 3, 0);
        r.stages[3].started = Some(d("2026-11-02"));
        let s = steps(&p, &r, 3, d("2026-11-03"));
        assert_eq!(
            s[0].timescale,
            "As soon as possible: the procedure sets no date"
        );
        assert_eq!(s[0].due_date(), None);
        assert_eq!(s[0].tag, None);
    }

    /// "Thursday 10 December 2026": a date in the aid's words.
    fn says_a_date(text: &str) -> bool {
        let days = [
            "Monday",
            "Tuesday",
            "Wednesday",
            "Thursday",
            "Friday",
            "Saturday",
            "Sunday",
        ];
        text.split(' ').collect::<Vec<_>>().windows(4).any(|w| {
            days.contains(&w[0])
                && w[1].parse::<u32>().is_ok()
                && w[3]
                    .trim_end_matches(['.', ',', ':', ')'])
                    .parse::<i32>()
                    .is_ok()
        })
    }

    /// The rule, through every state a record can be in at every stage of
    /// every real procedure: what to do next says by when (a date, or the
    /// procedure's own words for why there is none), and names whom where
    /// the procedure names someone for that step.
    #[test]
    fn every_next_step_says_by_when() {
        let today = d("2026-12-07");
        let mut checked = 0;
        for p in crate::real_content::procedures() {
            for (i, stage) in p.route.stages.iter().enumerate() {
                for step in 0..=stage.steps.len() {
                    for outcome in [Outcome::Open, Outcome::Waiting] {
                        for started in [Some(d("2026-12-02")), Some(today), None] {
                            for not_resolved in [false, true] {
                                let mut r = record(&p);
                                r.reach(&p, i, step as u32);
                                let s = &mut r.stages[i];
                                s.outcome = outcome.clone();
                                s.started = started;
                                s.started_not_known = started.is_none();
                                s.not_resolved = not_resolved;
                                let next = next_action(&p, &r, today);
                                checked += 1;
                                let by_when = says_a_date(&next)
                                    || next.contains("sets no timescale")
                                    || next.contains("sets no date")
                                    || next.contains("cannot be worked out");
                                let last_taken = i + 1 == p.route.stages.len()
                                    && (r.past_every_step(&p, i)
                                        || step >= stage.steps.len() && outcome == Outcome::Open);
                                assert!(
                                    by_when || last_taken,
                                    "{}, stage {}, step {step}, {outcome:?}, started {started:?}, not resolved {not_resolved}: {next}",
                                    p.slug,
                                    i + 1
                                );
                            }
                        }
                    }
                }
            }
        }
        assert!(checked > 100, "{checked}");
    }

    /// The same rule in Welsh, over every state of every translated
    /// procedure: each next step says by when, in Welsh, with no word of
    /// the tool's own left in English.
    #[test]
    fn every_next_step_says_by_when_in_welsh() {
        use crate::words::{Language, speaking};
        let today = d("2026-12-07");
        let english: Vec<String> = {
            let en = stagehand_messages::messages(Language::English);
            en.ids()
                .into_iter()
                .map(|id| en.get(&id))
                .filter(|t| t.len() > 12 && !t.contains('{') && !t.contains('['))
                .collect()
        };
        let welsh = crate::real_content::translations("cy");
        assert!(!welsh.is_empty(), "the real content has a Welsh procedure");
        let mut checked = 0;
        speaking(Language::Welsh, || {
            for p in &welsh {
                for (i, stage) in p.route.stages.iter().enumerate() {
                    for step in 0..=stage.steps.len() {
                        for outcome in [Outcome::Open, Outcome::Waiting] {
                            for started in [Some(d("2026-12-02")), Some(today), None] {
                                let mut r = record(p);
                                r.reach(p, i, step as u32);
                                let s = &mut r.stages[i];
                                s.outcome = outcome.clone();
                                s.started = started;
                                s.started_not_known = started.is_none();
                                let next = next_action(p, &r, today);
                                checked += 1;
                                let by_when = next.contains("dydd ")
                                    || next.contains("nid yw'r weithdrefn yn pennu")
                                    || next.contains("ni ellir cyfrifo");
                                let last_taken = i + 1 == p.route.stages.len()
                                    && (r.past_every_step(p, i)
                                        || step >= stage.steps.len() && outcome == Outcome::Open);
                                assert!(by_when || last_taken, "{}: {next}", i + 1);
                                for words in &english {
                                    assert!(
                                        !next.contains(words.as_str()),
                                        "English: {words}: {next}"
                                    );
                                }
                            }
                        }
                    }
                }
            }
        });
        assert!(checked > 20, "{checked}");
    }

    /// The Durham journey from the practitioners' trial: raised with the
    /// social worker on Wednesday 2 December, not resolved, not yet raised
    /// with the team manager; on Monday 7 December.
    #[test]
    fn the_durham_journey_says_whom_and_by_when_and_the_calendar_holds_what_is_next() {
        let p = durham();
        let today = d("2026-12-07");
        let mut r = record(&p);
        r.land(
            &p,
            crate::finder::Landing {
                stage: 0,
                step: 1,
                waiting: false,
            },
        );
        r.stages[0].started = Some(d("2026-12-02"));
        let next = next_action(&p, &r, today);
        assert!(
            next.contains("Contact “Your agency team manager")
                && next.contains(
                    "today, Monday 7 December 2026: it was due by Friday 4 December 2026"
                ),
            "{next}"
        );
        // Her team manager raised it on Friday 4 December: met, not overdue;
        // and still met when she also gives the day of the discussion (the
        // step is counted from the discussion's deadline, as the page says).
        r.mark_done(0, 1, Some(d("2026-12-04")));
        let s = steps(&p, &r, 0, today);
        assert_eq!(s[1].tag, Some(Tag::Met));
        r.mark_done(0, 0, Some(d("2026-12-02")));
        let s = steps(&p, &r, 0, today);
        assert_eq!((s[0].tag, s[1].tag), (Some(Tag::Met), Some(Tag::Met)));
        // Not resolved there: take it to stage 2, whom and by when.
        r.stages[0].not_resolved = true;
        let next = next_action(&p, &r, today);
        assert!(
            next.contains("raise it with “Agency service manager")
                && next.contains("If you raise it today, Monday 7 December 2026")
                && next.contains("is Thursday 10 December 2026"),
            "{next}"
        );
        let dates = calendar_dates(&p, &r, today);
        let ahead: Vec<_> = dates
            .iter()
            .filter(|c| !c.cancelled && c.due.date().is_some_and(|d| d >= today))
            .collect();
        assert_eq!(ahead.len(), 1, "{dates:?}");
        assert_eq!(ahead[0].key, "stage-2-1");
        assert_eq!(ahead[0].due, Due::Date(d("2026-12-10")));
        // The step marked done on its deadline is met in the calendar file
        // and in the return, as on the screen.
        let manager = dates.iter().find(|c| c.key == "stage-1-2").unwrap();
        assert!(
            manager.cancelled
                && manager.summary.starts_with("Met:")
                && manager
                    .description
                    .contains("done on Friday 4 December 2026"),
            "{manager:?}"
        );
        let made = crate::monitoring::make(&p, &r, today);
        assert_eq!(made.stages[0].deadlines[1].met, Some(true));
    }

    /// Every step marked done and "waiting to hear back": what to do next
    /// says she is waiting, never that it was not resolved.
    #[test]
    fn waiting_after_every_step_is_done_is_waiting() {
        let p = durham();
        let mut r = record(&p);
        r.reach(&p, 0, 0);
        r.stages[0].started = Some(d("2026-12-02"));
        r.mark_done(0, 0, Some(d("2026-12-02")));
        r.mark_done(0, 1, Some(d("2026-12-04")));
        r.stages[0].outcome = Outcome::Waiting;
        r.stages[0].step = r.at_step(0) as u32;
        let next = next_action(&p, &r, d("2026-12-07"));
        assert!(
            next.starts_with("You are waiting to hear back from “Your agency team manager")
                && !next.contains("It was not resolved")
                && next.contains("take it to stage 2"),
            "{next}"
        );
    }

    /// Said not resolved and not yet taken further: nothing says the steps
    /// they did not mark were done.
    #[test]
    fn not_taken_further_yet_tags_no_step_done_that_nobody_said() {
        let p = durham();
        let mut r = record(&p);
        r.reach(&p, 0, 0);
        r.stages[0].started = Some(d("2026-12-04"));
        r.stages[0].not_resolved = true;
        let tags: Vec<_> = steps(&p, &r, 0, d("2026-12-07"))
            .iter()
            .map(|s| s.tag)
            .collect();
        assert_eq!(tags, [None, None]);
        r.mark_done(0, 0, Some(d("2026-12-07")));
        let tags: Vec<_> = steps(&p, &r, 0, d("2026-12-07"))
            .iter()
            .map(|s| s.tag)
            .collect();
        assert_eq!(tags, [Some(Tag::Met), None]);
    }

    #[test]
    fn the_next_action_names_the_step_and_the_date() {
        let p = durham();
        let mut r = record(&p);
        r.reach(&p, 0, 1);
        r.stages[0].started = Some(d("2026-12-21"));
        let next = next_action(&p, &r, d("2026-12-21"));
        assert!(
            next.starts_with(
                "Stage 1: Discussion, then front line managers: If it is not resolved, report it"
            ),
            "{next}"
        );
        assert!(
            next.contains("Contact “Your agency team manager")
                && next.contains("by Wednesday 23 December 2026"),
            "{next}"
        );
        r.stages[0].outcome = Outcome::Waiting;
        let next = next_action(&p, &r, d("2026-12-21"));
        assert!(next.contains("take it to stage 2"), "{next}");
    }
}
