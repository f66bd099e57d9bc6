//! The record's questions: unique ids, known kinds of answer, and only
//! answers without typed text in a monitoring return.

use super::File;
use crate::Problem;
use crate::raw::RawQuestion;
use stagehand_model::{AnswerKind, RecordQuestion};
use std::collections::HashSet;

/// The kinds of answer, as `answer:` names them.
const ANSWERS: [(&str, AnswerKind); 3] = [
    ("text", AnswerKind::Text),
    ("yes-no", AnswerKind::YesNo),
    ("date", AnswerKind::Date),
];

pub(crate) fn questions(
    raw: Vec<RawQuestion>,
    file: &File,
    problems: &mut Vec<Problem>,
) -> Vec<RecordQuestion> {
    let mut ids = HashSet::new();
    let mut record = Vec::new();
    for q in raw {
        if !ids.insert(q.id.value.clone()) {
            problems.push(file.at(
                &q.id,
                format!("the record question id `{}` is used twice", q.id.value),
                "Give each record question its own id: saved records use it.",
            ));
        }
        let answer = match &q.answer {
            None => AnswerKind::Text,
            Some(named) => match ANSWERS.iter().find(|(name, _)| *name == named.value) {
                Some((_, kind)) => *kind,
                None => {
                    problems.push(file.at(
                        named,
                        format!("`answer: {}` is not a kind of answer", named.value),
                        "Write `answer: text` (the default), `answer: yes-no` or `answer: date`.",
                    ));
                    AnswerKind::Text
                }
            },
        };
        let in_return = q.in_return.as_ref().is_some_and(|r| r.value);
        if let (Some(marked), AnswerKind::Text) = (&q.in_return, answer)
            && marked.value
            && q.answer.as_ref().is_none_or(|a| a.value == "text")
        {
            problems.push(file.at(
                marked,
                format!("the question `{}` is a text answer, and a monitoring return never carries typed text", q.id.value),
                "Only `yes-no` and `date` answers can be `in_return: true`. Remove `in_return`, or make the answer `yes-no` or `date`.",
            ));
        }
        record.push(RecordQuestion {
            id: q.id.value,
            question: q.question,
            answer,
            in_return,
            local: false,
        });
    }
    record
}
