//! Hostile Markdown and HTML: nothing that could run or load survives rendering.

use plenary_core::markdown::render;

/// Inputs collected from XSS cheat sheets and sanitizer bug reports. Each must come out with
/// no element or attribute able to run script, load anything, or restyle the page.
const HOSTILE: &[&str] = &[
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//x.example/x.js></SCRIPT>",
    "<img src=x onerror=alert(1)>",
    "<svg onload=alert(1)>",
    "<iframe src=\"javascript:alert(1)\"></iframe>",
    "<a href=\"javascript:alert(1)\">x</a>",
    "[click](javascript:alert(1))",
    "[click](JaVaScRiPt:alert(1))",
    "[click](  javascript:alert(1))",
    "[click](java\tscript:alert(1))",
    "[click](&#106;avascript:alert(1))",
    "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "[click](vbscript:msgbox(1))",
    "![img](javascript:alert(1))",
    "![img](https://tracker.example/pixel.gif)",
    "<div style=\"background:url(javascript:alert(1))\">x</div>",
    "<style>body{display:none}</style>",
    "<link rel=stylesheet href=https://x.example/x.css>",
    "<meta http-equiv=refresh content=\"0;url=https://x.example\">",
    "<form action=https://x.example><input name=a></form>",
    "<object data=x.swf></object><embed src=x.swf>",
    "<base href=https://x.example/>",
    "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
    "<p onclick=alert(1)>x</p>",
    "[x](https://example.org \"title\" onclick=alert(1))",
    "<a href=https://example.org onmouseover=alert(1)>x</a>",
    "`<script>alert(1)</script>`",
    "```html\n<script>alert(1)</script>\n```",
    "<!-- <script>alert(1)</script> -->",
    "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
    "<template><script>alert(1)</script></template>",
    "<details open ontoggle=alert(1)>",
    "<video><source onerror=alert(1)></video>",
    "[a](//x.example/relative-protocol)",
    "<x-custom onclick=alert(1)>x</x-custom>",
];

/// Lower-cased fragments that must never appear as markup in the output.
const FORBIDDEN: &[&str] = &[
    "<script",
    "<img",
    "<svg",
    "<iframe",
    "<style",
    "<link",
    "<meta",
    "<form",
    "<input",
    "<object",
    "<embed",
    "<base",
    "<math",
    "<template",
    "<details",
    "<video",
    "<source",
    "<x-custom",
    "<noscript",
    " on",
    "javascript:",
    "vbscript:",
    "data:",
    "style=",
    "src=",
    "//x.example",
];

#[test]
fn no_hostile_input_survives_rendering() {
    for input in HOSTILE {
        let html = render(input).to_lowercase();
        // Text content is escaped, so `&lt;script` is harmless; only real tags and attributes
        // matter. Strip text nodes by looking only inside tags.
        let markup: String =
            html.split('<').skip(1).map(|t| format!("<{}", t.split('>').next().unwrap_or(""))).collect();
        for bad in FORBIDDEN {
            assert!(!markup.contains(bad), "{input:?} rendered to {html:?}, whose markup contains {bad:?}");
        }
    }
}

#[test]
fn deeply_nested_input_renders_without_overflowing_the_stack() {
    for nesting in
        [">".repeat(50_000), "- ".repeat(20_000), "[".repeat(50_000), "*".repeat(100_000), "<div>".repeat(20_000)]
    {
        let html = render(&format!("{nesting}x"));
        assert!(!html.contains("<div"));
        assert!(html.contains('x'), "the text itself survives flattening");
        let depth = html.matches("<blockquote>").count() + html.matches("<ul>").count();
        assert!(depth <= plenary_core::markdown::MAX_DEPTH, "nesting is capped, got {depth}");
    }
}
