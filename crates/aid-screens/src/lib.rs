//! The decision aid's screens as Leptos components. The generator renders
//! the aid's first screen into every procedure page with them (`ssr`), and
//! the aid's wasm hydrates that screen and shows the same components
//! (`hydrate`): the page carries exactly what the aid shows, and the
//! framework escapes every text, so nothing typed can become markup.

#[cfg(all(feature = "ssr", feature = "hydrate"))]
compile_error!(
    "stagehand-aid-screens: `ssr` (the generator) and `hydrate` (the aid's wasm) are exclusive; \
     built together, Leptos compiles and then renders wrongly"
);

pub mod act;
pub mod copy;
pub mod fields;
pub mod parts;
mod start;

pub use start::{StartScreen, start_title};

use leptos::prelude::*;

/// The screen's heading: focused when the screen opens (the page's title
/// names it too).
#[component]
pub fn Heading(#[prop(into)] text: String) -> impl IntoView {
    view! { <h3 class="aid-heading" id="aid-heading" tabindex="-1">{text}</h3> }
}

/// The aid as each procedure page carries it before it starts: the first
/// screen, in the boxes the aid shows its screens in, hidden until the
/// page's script shows it (without JavaScript nothing in it works). The aid
/// hydrates the inner box: this must reach the page byte for byte.
#[cfg(feature = "ssr")]
pub fn before_start(language: stagehand_aid::words::Language) -> String {
    stagehand_aid::words::speaking(language, || {
        view! {
            <div class="aid" aria-live="off" hidden=true>
                <div>
                    <StartScreen />
                </div>
            </div>
        }
        .to_html()
    })
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    #[test]
    fn the_carried_screen_starts_with_its_heading_and_text_is_escaped() {
        let carried = before_start(stagehand_aid::words::Language::English);
        assert!(
            carried.starts_with("<div aria-live=\"off\" hidden class=\"aid\"><div><h3 "),
            "{carried}"
        );
        assert!(carried.contains("id=\"aid-heading\""), "{carried}");
        assert!(carried.contains("data-act=\"start\""), "{carried}");
        assert!(!carried.contains("warning-text"), "{carried}");
        let problem = view! { <StartScreen link_problem=Some("<script>".to_string()) /> }.to_html();
        assert!(problem.contains("&lt;script&gt;"), "{problem}");
        assert!(!problem.contains("<script>"), "{problem}");
    }
}
