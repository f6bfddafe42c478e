//! Markdown to safe HTML. Every piece of user-written text that a webview shows passes through
//! [`render`]: pulldown-cmark turns it into HTML, with any raw HTML in the source shown as
//! text rather than markup, and ammonia then keeps only a short list of harmless elements and
//! attributes. Two layers, so a mistake in one is caught by the other.

use ammonia::Builder;
use pulldown_cmark::{Event, Options, Parser};
use std::collections::HashSet;
use std::sync::OnceLock;

/// The most Markdown rendered in one go; longer input is cut (the stored text is untouched).
pub const MAX_RENDER_BYTES: usize = 256 * 1024;

/// How deeply elements may nest. Deeper structure (a thousand nested quotes, say) is
/// flattened to its text: no one writes it, and the HTML sanitizer's time grows with the
/// square of the depth, so a few kilobytes of `>` could otherwise freeze the window.
pub const MAX_DEPTH: usize = 24;

/// Renders Markdown to sanitized HTML, safe to insert into a page as markup.
pub fn render(markdown: &str) -> String {
    to_safe_html(events(markdown), sanitizer())
}

/// The events [`render`] writes: the Markdown cut to [`MAX_RENDER_BYTES`], raw HTML turned into
/// text and nesting beyond [`MAX_DEPTH`] flattened. [`crate::anchor`] reads the same stream, so
/// the plain text that anchors are measured in is exactly the text `render` shows.
pub(crate) fn events(markdown: &str) -> impl Iterator<Item = Event<'_>> {
    let mut end = markdown.len().min(MAX_RENDER_BYTES);
    while !markdown.is_char_boundary(end) {
        end -= 1;
    }
    let options = options();
    // For each open element, whether its tags are written (false once nesting is too deep).
    let mut open: Vec<bool> = Vec::new();
    Parser::new_ext(&markdown[..end], options).filter_map(move |event| match event {
        // Raw HTML in the source is shown as the text it is, never interpreted.
        Event::Html(html) | Event::InlineHtml(html) => Some(Event::Text(html)),
        Event::Start(tag) => {
            let keep = open.len() < MAX_DEPTH;
            open.push(keep);
            keep.then_some(Event::Start(tag))
        }
        Event::End(tag) => open.pop().unwrap_or(true).then_some(Event::End(tag)),
        other => Some(other),
    })
}

/// The Markdown extensions Plenary reads: strikethrough, tables, smart punctuation.
pub(crate) fn options() -> Options {
    Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TABLES | Options::ENABLE_SMART_PUNCTUATION
}

/// Writes `events` as HTML and cleans it with `sanitizer`.
pub(crate) fn to_safe_html<'a>(events: impl Iterator<Item = Event<'a>>, sanitizer: &Builder<'_>) -> String {
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, events);
    sanitizer.clean(&html).to_string()
}

pub(crate) fn sanitizer() -> &'static Builder<'static> {
    static SANITIZER: OnceLock<Builder<'static>> = OnceLock::new();
    SANITIZER.get_or_init(allowlist)
}

/// [`render`]'s sanitizer that also keeps `<mark data-anchor>`. Only
/// [`crate::anchor::render_highlighted`] writes that element, after raw HTML has become text.
pub(crate) fn highlight_sanitizer() -> &'static Builder<'static> {
    static SANITIZER: OnceLock<Builder<'static>> = OnceLock::new();
    SANITIZER.get_or_init(|| {
        let mut builder = allowlist();
        builder.add_tags(["mark"]).add_tag_attributes("mark", ["data-anchor"]);
        builder
    })
}

/// The elements and attributes [`render`] keeps; everything else is removed.
fn allowlist() -> Builder<'static> {
    let tags: HashSet<&str> = [
        "p",
        "br",
        "em",
        "strong",
        "del",
        "code",
        "pre",
        "blockquote",
        "ul",
        "ol",
        "li",
        "a",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
        "table",
        "thead",
        "tbody",
        "tr",
        "th",
        "td",
    ]
    .into_iter()
    .collect();
    let mut builder = Builder::default();
    builder
        .tags(tags)
        .generic_attributes(HashSet::new())
        .tag_attributes([("a", ["href"].into_iter().collect()), ("ol", ["start"].into_iter().collect())].into())
        .url_schemes(["https", "http", "mailto"].into_iter().collect())
        .url_relative(ammonia::UrlRelative::Deny)
        .link_rel(Some("noopener noreferrer nofollow"))
        .strip_comments(true);
    builder
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_ordinary_markdown() {
        assert_eq!(render("Hello *world*"), "<p>Hello <em>world</em></p>\n");
        let html = render("- one\n- two\n\n[link](https://example.org)");
        assert!(html.contains("<li>one</li>"));
        assert!(
            html.contains(r#"<a href="https://example.org" rel="noopener noreferrer nofollow">link</a>"#),
            "{html}"
        );
    }

    #[test]
    fn renders_non_latin_text_unchanged() {
        assert_eq!(render("建立一致的协议"), "<p>建立一致的协议</p>\n");
        assert_eq!(render("بروتوكولات متسقة"), "<p>بروتوكولات متسقة</p>\n");
    }

    #[test]
    fn raw_html_is_shown_as_text() {
        let html = render("before <b>bold</b> after");
        assert!(html.contains("&lt;b&gt;bold&lt;/b&gt;"), "{html}");
    }

    #[test]
    fn cuts_enormous_input_on_a_character_boundary() {
        let html = render(&"é".repeat(MAX_RENDER_BYTES));
        assert!(html.len() < MAX_RENDER_BYTES * 2);
    }
}
