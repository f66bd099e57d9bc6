use super::*;

fn sources(language: Language) -> impl Iterator<Item = &'static str> {
    language.sources().iter().copied()
}

#[test]
fn every_message_file_reads_without_a_mistake() {
    for language in Language::ALL {
        for source in sources(language) {
            if let Err((_, errors)) = FluentResource::try_new(source.to_string()) {
                panic!("{}: {errors:?}", language.code());
            }
        }
    }
}

#[test]
fn every_language_has_every_message() {
    let english = messages(Language::English).ids();
    let welsh = messages(Language::Welsh).ids();
    let missing: Vec<_> = english.iter().filter(|id| !welsh.contains(id)).collect();
    let extra: Vec<_> = welsh.iter().filter(|id| !english.contains(id)).collect();
    assert!(missing.is_empty(), "not in Welsh: {missing:?}");
    assert!(extra.is_empty(), "only in Welsh: {extra:?}");
}

#[test]
fn every_message_formats_in_every_language_without_an_error() {
    // Each message with made-up arguments of every name it uses: a
    // misspelt variable or a select without a default is an error here.
    for language in Language::ALL {
        let m = messages(language);
        for id in m.ids() {
            let pattern = m.bundle.get_message(&id).and_then(|m| m.value()).unwrap();
            let mut args = FluentArgs::new();
            for name in ["count", "stages", "number", "day", "year"] {
                args.set(name, FluentValue::from(2));
            }
            let mut errors = Vec::new();
            let _ = m.bundle.format_pattern(pattern, Some(&args), &mut errors);
            let real: Vec<_> = errors
                .iter()
                .filter(|e| {
                    !matches!(
                        e,
                        fluent_bundle::FluentError::ResolverError(
                            fluent_bundle::resolver::ResolverError::Reference(_)
                        )
                    )
                })
                .collect();
            assert!(real.is_empty(), "{} {id}: {real:?}", language.code());
        }
    }
}

#[test]
fn dates_read_naturally_in_each_language() {
    let day = NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
    assert_eq!(
        messages(Language::English).date(day),
        "Monday 7 December 2026"
    );
    assert_eq!(
        messages(Language::Welsh).date(day),
        "dydd Llun 7 Rhagfyr 2026"
    );
    assert_eq!(messages(Language::Welsh).day(day), "7 Rhagfyr 2026");
}

#[test]
fn working_days_take_welsh_plural_forms_and_mutation() {
    let cy = messages(Language::Welsh);
    let en = messages(Language::English);
    assert_eq!(
        cy.timescale(Timescale::WorkingDays(7)),
        "o fewn 7 diwrnod gwaith"
    );
    assert_eq!(
        cy.timescale(Timescale::WorkingDays(2)),
        "o fewn 2 ddiwrnod gwaith"
    );
    assert_eq!(
        cy.timescale(Timescale::WorkingDays(1)),
        "o fewn 1 diwrnod gwaith"
    );
    assert_eq!(cy.timescale(Timescale::Hours(24)), "o fewn 24 awr");
    assert_eq!(cy.timescale(Timescale::Immediately), "ar unwaith");
    assert_eq!(
        en.timescale(Timescale::WorkingDays(1)),
        "within 1 working day"
    );
    assert_eq!(
        en.timescale(Timescale::WorkingDays(3)),
        "within 3 working days"
    );
    assert_eq!(
        cy.format(
            "home-meta",
            &[
                ("stages", 3usize.into()),
                ("iso", "x".into()),
                ("date", "d".into())
            ]
        ),
        "3 cham. Diweddarwyd ddiwethaf <time datetime=\"x\">d</time>."
    );
}

#[test]
fn the_route_says_timescales_as_the_model_did_in_english() {
    // The English words are the model's own (`Step::timescale_words`),
    // which the aid still uses: the two must agree.
    use stagehand_model::Step;
    let en = messages(Language::English);
    for within in [
        Timescale::WorkingDays(1),
        Timescale::WorkingDays(5),
        Timescale::Hours(24),
        Timescale::Days(7),
        Timescale::Immediately,
        Timescale::WithoutDelay,
        Timescale::AsSoonAsPossible,
    ] {
        for from in [
            None,
            Some(CountFrom::PreviousStep),
            Some(CountFrom::StageStart {
                stage: "stage-1".into(),
            }),
        ] {
            let mut step = Step::new("Do it");
            step.within = Some(within);
            step.from = from;
            let number = |_: &str| Some(1);
            assert_eq!(
                en.step_timescale(&step, number),
                step.timescale_words(number)
            );
        }
    }
}

#[test]
fn no_message_is_given_twice() {
    // A second one would be silently ignored by the bundle.
    for language in Language::ALL {
        let ids = messages(language).ids();
        let mut seen = std::collections::BTreeSet::new();
        let twice: Vec<_> = ids.iter().filter(|id| !seen.insert(*id)).collect();
        assert!(twice.is_empty(), "{}: {twice:?}", language.code());
    }
}

#[test]
fn a_contact_always_has_a_place_of_its_own() {
    // An editor's role is never fitted into a sentence ("raising it with
    // your y gwasanaethau cymdeithasol"): it is quoted, or follows a colon
    // or a comma as an item of its own, in every language.
    for language in Language::ALL {
        for source in sources(language) {
            for (at, _) in source.match_indices("{ $contact }") {
                let before = &source[..at];
                assert!(
                    ["“", ": ", ", "].iter().any(|p| before.ends_with(p)),
                    "{}: {}",
                    language.code(),
                    source[..at].lines().last().unwrap_or_default()
                );
            }
            assert!(!source.contains("$whom"), "{}", language.code());
        }
    }
}

#[test]
fn a_welsh_date_mutates_after_ar() {
    assert_eq!(
        soft_mutation("dydd Llun 7 Rhagfyr 2026"),
        "ddydd Llun 7 Rhagfyr 2026"
    );
    assert_eq!(soft_mutation("Cymraeg"), "Gymraeg");
    assert_eq!(soft_mutation("Gwener"), "Wener");
    assert_eq!(soft_mutation("llinell"), "linell");
    assert_eq!(soft_mutation("ddoe"), "ddoe");
    assert_eq!(soft_mutation("7 Rhagfyr"), "7 Rhagfyr");
    let cy = messages(Language::Welsh);
    let made = cy.format(
        "record-made",
        &[("date", Arg::Text("dydd Llun 7 Rhagfyr 2026"))],
    );
    assert_eq!(made, "Gwnaed y cofnod ar ddydd Llun 7 Rhagfyr 2026");
}
