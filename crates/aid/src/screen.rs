//! Where the practitioner is in the journey: one screen, one question.
//!
//! Screens are written into the saved record as short words (`stage:2`),
//! so that the browser's Back button can retrace the journey after the
//! record is reopened.

/// A screen of the aid. Numbers are 0-based indexes into the route.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Start,
    /// A kept draft would be lost by starting again: asks first.
    ConfirmRestart,
    /// A training example's story, before it starts.
    Scenario,
    Urgent,
    UrgentAdvice,
    /// Which agency the practitioner works for (procedures that list them).
    YourAgency,
    /// Which agency they disagree with.
    OtherAgency,
    /// The case reference and the practitioner's role.
    Case,
    Area,
    Excluded(usize),
    Description,
    Where,
    /// "Have you already raised it with ...?" for a stage's step.
    Find(usize, usize),
    /// The dates the stages before stage n began, all on one page.
    EarlierStarts(usize),
    /// The date stage n began.
    StageStart(usize),
    /// What to do at stage n, who to contact and by when.
    Stage(usize),
    Outcome(usize),
    /// The date the disagreement went from stage n to the next.
    Escalate(usize),
    Questions,
    Check,
    /// Where a reopened record stands: deadlines, tags, the next action.
    Summary,
    /// The anonymous monitoring return, shown in full before it is saved.
    Return,
    /// "Clear everything" asks first.
    ConfirmClear,
}

impl Screen {
    /// The screen as a word for the saved journey.
    pub fn code(&self) -> String {
        let word = |w: &str| w.to_string();
        match *self {
            Self::Start => word("start"),
            Self::ConfirmRestart => word("confirm-restart"),
            Self::Scenario => word("scenario"),
            Self::Urgent => word("urgent"),
            Self::UrgentAdvice => word("urgent-advice"),
            Self::YourAgency => word("your-agency"),
            Self::OtherAgency => word("other-agency"),
            Self::Case => word("case"),
            Self::Area => word("area"),
            Self::Excluded(i) => format!("excluded:{i}"),
            Self::Description => word("description"),
            Self::Where => word("where"),
            Self::Find(i, j) => format!("find:{i}:{j}"),
            Self::EarlierStarts(i) => format!("earlier-starts:{i}"),
            Self::StageStart(i) => format!("stage-start:{i}"),
            Self::Stage(i) => format!("stage:{i}"),
            Self::Outcome(i) => format!("outcome:{i}"),
            Self::Escalate(i) => format!("escalate:{i}"),
            Self::Questions => word("questions"),
            Self::Check => word("check"),
            Self::Summary => word("summary"),
            Self::Return => word("return"),
            Self::ConfirmClear => word("confirm-clear"),
        }
    }

    /// A saved word back as a screen; `None` for anything else, so a
    /// hand-edited file cannot point the aid at a screen that is not there.
    pub fn from_code(code: &str, stages: usize) -> Option<Self> {
        let mut parts = code.split(':');
        let name = parts.next()?;
        let mut number = || -> Option<usize> { parts.next()?.parse().ok().filter(|n| *n < stages) };
        let screen = match name {
            "start" => Self::Start,
            "confirm-restart" => Self::ConfirmRestart,
            "scenario" => Self::Scenario,
            "urgent" => Self::Urgent,
            "urgent-advice" => Self::UrgentAdvice,
            "your-agency" => Self::YourAgency,
            "other-agency" => Self::OtherAgency,
            "case" => Self::Case,
            "area" => Self::Area,
            // Excluded matters are not stages: any small number will do.
            "excluded" => Self::Excluded(parts.next()?.parse().ok()?),
            "description" => Self::Description,
            "where" => Self::Where,
            "find" => {
                let stage = number()?;
                Self::Find(stage, parts.next()?.parse().ok()?)
            }
            "earlier-starts" => Self::EarlierStarts(number()?),
            "stage-start" => Self::StageStart(number()?),
            "stage" => Self::Stage(number()?),
            "outcome" => Self::Outcome(number()?),
            "escalate" => Self::Escalate(number()?),
            "questions" => Self::Questions,
            "check" => Self::Check,
            "summary" => Self::Summary,
            "return" => Self::Return,
            "confirm-clear" => Self::ConfirmClear,
            _ => return None,
        };
        parts.next().is_none().then_some(screen)
    }
}

#[cfg(test)]
mod tests {
    use super::Screen;

    /// Saved records carry these words: changing one breaks every journey
    /// saved with it, so each is stated here, not derived.
    const SAVED: [(Screen, &str); 23] = [
        (Screen::Start, "start"),
        (Screen::ConfirmRestart, "confirm-restart"),
        (Screen::Scenario, "scenario"),
        (Screen::Urgent, "urgent"),
        (Screen::UrgentAdvice, "urgent-advice"),
        (Screen::YourAgency, "your-agency"),
        (Screen::OtherAgency, "other-agency"),
        (Screen::Case, "case"),
        (Screen::Area, "area"),
        (Screen::Excluded(1), "excluded:1"),
        (Screen::Description, "description"),
        (Screen::Where, "where"),
        (Screen::Find(2, 1), "find:2:1"),
        (Screen::EarlierStarts(3), "earlier-starts:3"),
        (Screen::StageStart(3), "stage-start:3"),
        (Screen::Stage(2), "stage:2"),
        (Screen::Outcome(1), "outcome:1"),
        (Screen::Escalate(0), "escalate:0"),
        (Screen::Questions, "questions"),
        (Screen::Check, "check"),
        (Screen::Summary, "summary"),
        (Screen::Return, "return"),
        (Screen::ConfirmClear, "confirm-clear"),
    ];

    #[test]
    fn every_screen_keeps_the_word_saved_journeys_use() {
        for (screen, code) in SAVED {
            assert_eq!(screen.code(), code, "{screen:?}");
            assert_eq!(Screen::from_code(code, 4), Some(screen), "{code}");
        }
        assert_eq!(Screen::from_code("stage:9", 4), None, "no such stage");
        assert_eq!(Screen::from_code("stage", 4), None);
        assert_eq!(Screen::from_code("stage:1:2", 4), None);
        assert_eq!(Screen::from_code("<script>", 4), None);
    }
}
