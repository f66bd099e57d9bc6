//! The decision aid's engine: which stage a practitioner is at, what to do
//! next and by when, the record they keep, the return to the partnership
//! and the files they download. Plain Rust with no browser in it, so the
//! aid (in wasm), the generator, the returns report and the tests all use
//! the same rules.

pub mod dates;
pub mod export;
pub mod finder;
pub mod monitoring;
pub mod plan;
pub mod record;
pub mod screen;
pub mod wording;
pub mod words;

#[cfg(test)]
mod real_content;

/// `value` as the aid writes its files: JSON indented by two spaces, as
/// saved records and returns are meant to be readable.
pub fn to_json<T: serde::Serialize>(value: &T) -> String {
    // The aid's types have string keys and no custom serialisers that fail.
    serde_json::to_string_pretty(value).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use stagehand_model::Procedure;

    /// The aid reads the procedure the generator embeds in the page with
    /// the model's own serde derives: one set of field names for both.
    #[test]
    fn the_aid_reads_the_procedures_as_the_generator_writes_them() {
        let procedures = crate::real_content::procedures();
        assert_eq!(procedures.len(), 6);
        for procedure in procedures {
            let embedded = serde_json::to_string(&procedure).unwrap();
            let read: Procedure = serde_json::from_str(&embedded).expect(&procedure.slug);
            assert_eq!(read, procedure);
        }
    }
}
