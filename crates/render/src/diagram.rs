//! The route at a glance as an inline SVG: one box a stage, top to bottom,
//! with who is contacted and the timescale. The stage list beside it in the
//! page is its text equivalent.

use crate::views::timescale_words;
use stagehand_model::Procedure;

const WIDTH: u32 = 640;
const BOX_X: u32 = 10;
const BOX_W: u32 = 620;
const LINE: u32 = 22;
const CHARS_PER_LINE: usize = 62;

use crate::views::escape;

/// Break text into lines of at most `width` characters, at spaces.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

pub(crate) fn route_svg(procedure: &Procedure) -> String {
    let stages = &procedure.route.stages;
    let mut body = String::new();
    let mut y = 10;
    for (i, stage) in stages.iter().enumerate() {
        let mut lines: Vec<(String, &str)> = wrap(
            &format!("Stage {}: {}", i + 1, stage.title),
            CHARS_PER_LINE - 8,
        )
        .into_iter()
        .map(|l| (l, "title"))
        .collect();
        for step in &stage.steps {
            let who = step.contact.as_deref().unwrap_or("See the procedure");
            let when = timescale_words(step);
            for l in wrap(&format!("{who}: {when}"), CHARS_PER_LINE) {
                lines.push((l, "step"));
            }
        }
        let height = 16 + LINE * lines.len() as u32;
        body.push_str(&format!(
            "<rect x=\"{BOX_X}\" y=\"{y}\" width=\"{BOX_W}\" height=\"{height}\" rx=\"4\" class=\"route-box\" fill=\"#f3f2f1\" stroke=\"#1d70b8\" stroke-width=\"3\"/>\n"
        ));
        for (n, (text, kind)) in lines.iter().enumerate() {
            let ty = y + 28 + LINE * n as u32;
            let weight = if *kind == "title" { "700" } else { "400" };
            body.push_str(&format!(
                "<text x=\"{}\" y=\"{ty}\" font-size=\"17\" font-weight=\"{weight}\" fill=\"#0b0c0c\">{}</text>\n",
                BOX_X + 14,
                escape(text)
            ));
        }
        y += height;
        if i + 1 < stages.len() {
            let mid = BOX_X + BOX_W / 2;
            body.push_str(&format!(
                "<path d=\"M{mid} {} v22 m-9 -10 l9 10 l9 -10\" stroke=\"#0b0c0c\" stroke-width=\"3\" fill=\"none\"/>\n",
                y + 4
            ));
            y += 34;
        }
    }
    let height = y + 10;
    let label = format!(
        "The escalation route of {}: {} stages, from {} to {}.",
        procedure.meta.title,
        stages.len(),
        stages.first().map_or("", |s| s.title.as_str()),
        stages.last().map_or("", |s| s.title.as_str())
    );
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {WIDTH} {height}\" role=\"img\" aria-labelledby=\"route-svg-title\" font-family=\"Arial, Helvetica, sans-serif\">\n<title id=\"route-svg-title\">{}</title>\n{body}</svg>",
        escape(&label)
    )
}

#[cfg(test)]
mod tests {
    use super::wrap;

    #[test]
    fn wraps_at_spaces() {
        assert_eq!(wrap("one two three four", 9), ["one two", "three", "four"]);
    }
}
