//! The decision aid's markup that the handbook's pages carry too. Each
//! procedure page has the aid's first screen in it as HTML, so the aid's
//! wasm is fetched and started only when the reader comes to it, and
//! nothing moves when it starts. This crate is compiled into the generator
//! and into the aid: one source for both.

/// Text made safe to place in HTML.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    // Writing to a String cannot fail.
    let _ = pulldown_cmark_escape::escape_html(&mut out, text);
    out
}

/// The screen's heading: focused when the screen opens (the page's title
/// names it too).
pub fn heading(text: &str) -> String {
    format!(
        "<h3 class=\"aid-heading\" id=\"aid-heading\" tabindex=\"-1\">{}</h3>",
        escape(text)
    )
}

/// A button that does what `act` names: `data-go="check"` moves to a
/// screen, `data-act="print"` does one of the aid's actions.
pub fn button(text: &str, class: &str, act: &str) -> String {
    format!(
        "<button type=\"button\" class=\"{class}\" {act}>{}</button>",
        escape(text)
    )
}

/// The start screen's heading, and the page's title while it shows.
pub const START_TITLE: &str = "Work out which stage you are at, who to contact and by when";

/// What the start screen says besides its usual words.
#[derive(Clone, Copy, Debug, Default)]
pub struct StartScreen<'a> {
    /// Why the link followed (to a stage or an example) does not work.
    pub link_problem: Option<&'a str>,
    /// A draft is kept on this device.
    pub draft: bool,
    /// Why the saved record chosen could not be opened.
    pub open_error: Option<&'a str>,
}

/// The start screen: what the aid does, Start now, and carrying on from a
/// saved record. `StartScreen::default()` is the one the pages carry.
pub fn start_screen(screen: StartScreen) -> String {
    let mut out = heading(START_TITLE);
    if let Some(p) = screen.link_problem {
        out.push_str(&format!(
            "<div class=\"warning-text\" role=\"note\"><strong>This link does not work: </strong>{}</div>",
            escape(p)
        ));
    }
    out.push_str("<p>Answer a few questions about the disagreement. At the end you can print a record for the child's file, save it to carry on later, and add deadlines to your calendar.</p><p>It takes about 5 minutes. Nothing you type leaves this device.</p>");
    if screen.draft {
        out.push_str(&format!(
            "<div class=\"inset\"><p>You kept a draft of a record on this device.</p>{}</div>",
            button("Continue your draft", "button", "data-go=\"summary\"")
        ));
    }
    out.push_str(&button(
        "Start now",
        "button button--start",
        "data-act=\"start\"",
    ));
    let (group, described, message) = match screen.open_error {
        Some(e) => (
            " form-group--error",
            "aid-open-record-hint aid-open-record-error",
            format!(
                "<p class=\"error-message\" id=\"aid-open-record-error\"><span class=\"visually-hidden\">Error: </span>{}</p>",
                escape(e)
            ),
        ),
        None => ("", "aid-open-record-hint", String::new()),
    };
    out.push_str(&format!(
        "<div class=\"form-group open-record{group}\"><label class=\"label\" for=\"aid-open-record\"><strong>Carry on from a saved record</strong></label><p class=\"hint\" id=\"aid-open-record-hint\">Choose the record file (.json) you saved from this aid.</p>{message}<input type=\"file\" id=\"aid-open-record\" class=\"file-upload\" accept=\".json,application/json\" aria-describedby=\"{described}\"></div>"
    ));
    out
}

/// The aid as the page carries it before it starts: the first screen, as
/// the aid wraps it (see `decision-aid`'s `ui::Aid::render_form`), hidden
/// until the page's script shows it (without JavaScript nothing in it works).
pub fn before_start() -> String {
    format!(
        "<div class=\"aid\" aria-live=\"off\" hidden><div>{}</div></div>",
        start_screen(StartScreen::default())
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_and_the_carried_screen_starts_with_its_heading() {
        assert_eq!(escape("<b>&\""), "&lt;b&gt;&amp;&quot;");
        let carried = before_start();
        assert!(carried.starts_with(
            "<div class=\"aid\" aria-live=\"off\" hidden><div><h3 class=\"aid-heading\""
        ));
        assert!(carried.contains("data-act=\"start\""));
        assert!(!carried.contains("warning-text"));
        let problem = start_screen(StartScreen {
            link_problem: Some("<script>"),
            ..StartScreen::default()
        });
        assert!(problem.contains("&lt;script&gt;"));
    }
}
