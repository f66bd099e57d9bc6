//! The name a slip most likely meant, for "Did you mean ...?".

/// The name a slip most likely meant: within two edits, and nearer than
/// half its length (so `lodnon` finds `london`, but `york` finds nothing).
pub(crate) fn nearest<'a>(typed: &str, names: &[&'a str]) -> Option<&'a str> {
    names
        .iter()
        .map(|name| (strsim::damerau_levenshtein(typed, name), *name))
        .filter(|(d, name)| *d <= 2 && *d * 2 < name.len().max(typed.len()))
        .min()
        .map(|(_, name)| name)
}

#[cfg(test)]
mod tests {
    use super::nearest;

    #[test]
    fn a_slip_finds_the_name_and_a_different_word_finds_none() {
        let names = ["london", "durham", "title", "partnership"];
        assert_eq!(nearest("lodnon", &names), Some("london"));
        assert_eq!(nearest("titel", &names), Some("title"));
        assert_eq!(nearest("partnershp", &names), Some("partnership"));
        assert_eq!(nearest("york", &names), None);
        assert_eq!(nearest("bomb", &names), None);
    }
}
