//! Small rules for fitting the content's words into the aid's sentences.

/// A role or heading used mid-sentence: "Agency service manager" becomes
/// "agency service manager", but "DSCP Chair" and "ICPC" keep their capitals.
/// ASCII only, on purpose: full Unicode case mapping costs the wasm several
/// kilobytes of tables for a first letter.
pub fn mid_sentence(text: &str) -> String {
    let mut chars = text.chars();
    match (chars.next(), chars.next()) {
        (Some(first), Some(second)) if first.is_ascii_uppercase() && !second.is_uppercase() => {
            let mut out = String::with_capacity(text.len());
            out.push(first.to_ascii_lowercase());
            out.push_str(&text[1..]);
            out
        }
        _ => text.to_string(),
    }
}

/// Text the practitioner typed, or how to say they typed nothing.
pub fn given(text: Option<&str>) -> String {
    match text.map(str::trim) {
        None => "Not asked".into(),
        Some("") => "Not given".into(),
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
}
