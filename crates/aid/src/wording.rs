//! Small rules for fitting the content's words into the aid's sentences.

/// Words that open a role and are never capitalised mid-sentence.
const DETERMINERS: [&str; 8] = ["the", "your", "a", "an", "their", "our", "each", "any"];

fn first_word(text: &str) -> &str {
    text.split_whitespace().next().unwrap_or("")
}

/// Whether a word after the first starts with a capital: a name or a title
/// ("Statutory Safeguarding Partners", "Heads of Service"), kept as written.
fn names_something(text: &str) -> bool {
    text.split_whitespace()
        .skip(1)
        .any(|w| w.chars().next().is_some_and(|c| c.is_ascii_uppercase()))
}

/// A role or heading used mid-sentence: "Agency service manager" becomes
/// "agency service manager" and "Your Head of Service" "your Head of
/// Service", but "Statutory Safeguarding Partners", "DSCP Chair" and "ICPC"
/// keep their capitals. ASCII only, on purpose: full Unicode case mapping
/// costs the wasm several kilobytes of tables for a first letter.
pub fn mid_sentence(text: &str) -> String {
    let mut chars = text.chars();
    let determiner = DETERMINERS
        .iter()
        .any(|d| first_word(text).eq_ignore_ascii_case(d));
    // "Croydon's formal stages": a possessive is somebody's name.
    let possessive = first_word(text).ends_with("'s") || first_word(text).ends_with("\u{2019}s");
    match (chars.next(), chars.next()) {
        (Some(first), Some(second))
            if first.is_ascii_uppercase()
                && !second.is_uppercase()
                && !possessive
                && (determiner || !names_something(text)) =>
        {
            let mut out = String::with_capacity(text.len());
            out.push(first.to_ascii_lowercase());
            out.push_str(&text[1..]);
            out
        }
        _ => text.to_string(),
    }
}

/// Words fitted into a sentence of the aid's language: `mid_sentence` in
/// English; as written in another (Welsh does not lower a capital that
/// way, and the editor's words keep their own form).
pub fn fitted(text: &str) -> String {
    match crate::words::language() {
        crate::words::Language::English => mid_sentence(text),
        _ => text.to_string(),
    }
}

/// Text the practitioner typed, or how to say they typed nothing.
pub fn given(text: Option<&str>) -> String {
    match text.map(str::trim) {
        None => crate::words::w("not-asked"),
        Some("") => crate::words::w("not-given"),
        Some(t) => t.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::{given, mid_sentence};

    #[test]
    fn not_asked_is_never_the_same_as_not_given() {
        assert_eq!(given(None), "Not asked");
        assert_eq!(given(Some("  ")), "Not given");
        assert_eq!(given(Some("Ref 12")), "Ref 12");
    }

    #[test]
    fn keeps_a_name_given_as_a_possessive() {
        assert_eq!(
            mid_sentence("Croydon's formal stages (stages 3 to 5)"),
            "Croydon's formal stages (stages 3 to 5)"
        );
    }

    #[test]
    fn lowers_a_first_capital_but_not_an_acronym() {
        assert_eq!(
            mid_sentence("Agency service manager"),
            "agency service manager"
        );
        assert_eq!(mid_sentence("DSCP Chair"), "DSCP Chair");
        assert_eq!(
            mid_sentence("the professionals involved"),
            "the professionals involved"
        );
        assert_eq!(mid_sentence("A"), "A");
        assert_eq!(mid_sentence(""), "");
    }

    #[test]
    fn names_and_titles_keep_their_capitals() {
        assert_eq!(
            mid_sentence("Statutory Safeguarding Partners or the Chair"),
            "Statutory Safeguarding Partners or the Chair"
        );
        assert_eq!(mid_sentence("Heads of Service"), "Heads of Service");
        assert_eq!(mid_sentence("Your Head of Service"), "your Head of Service");
        assert_eq!(
            mid_sentence("The managers involved"),
            "the managers involved"
        );
    }
}
