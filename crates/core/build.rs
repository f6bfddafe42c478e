//! Builds the table of the fonts the consolidated statement's HTML export embeds: every face in
//! `assets/fonts/fonts.css` (the same files the UI uses), with its unicode-range and its bytes.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let fonts = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assets/fonts");
    let css_path = fonts.join("fonts.css");
    println!("cargo::rerun-if-changed={}", css_path.display());
    let css = std::fs::read_to_string(&css_path).unwrap_or_else(|e| panic!("{}: {e}", css_path.display()));
    let mut out = String::from("&[\n");
    for block in css.split("@font-face").skip(1) {
        let block = block.split('}').next().unwrap_or_default();
        let value = |key: &str| {
            block
                .lines()
                .find_map(|l| l.trim().strip_prefix(key).map(|v| v.trim().trim_end_matches(';').trim().to_owned()))
                .unwrap_or_else(|| panic!("a face in fonts.css has no {key}"))
        };
        let family = value("font-family:").trim_matches('\'').to_owned();
        let style = value("font-style:");
        let weight: u16 = value("font-weight:").parse().expect("a numeric font-weight");
        let src = value("src:");
        let file = src.split("url(./files/").nth(1).and_then(|r| r.split(')').next()).expect("src: url(./files/…)");
        let mut ranges = String::new();
        for range in value("unicode-range:").split(',') {
            let range = range.trim().trim_start_matches("U+").trim_start_matches("u+");
            let (lo, hi) = match range.split_once('-') {
                Some((lo, hi)) => (lo.to_owned(), hi.to_owned()),
                None if range.contains('?') => (range.replace('?', "0"), range.replace('?', "F")),
                None => (range.to_owned(), range.to_owned()),
            };
            let parse = |h: &str| u32::from_str_radix(h, 16).unwrap_or_else(|_| panic!("bad unicode-range {range}"));
            let _ = write!(ranges, "(0x{:X}, 0x{:X}), ", parse(&lo), parse(&hi));
        }
        let path = fonts.join("files").join(file);
        println!("cargo::rerun-if-changed={}", path.display());
        let _ = writeln!(
            out,
            "    Face {{ family: {family:?}, style: {style:?}, weight: {weight}, ranges: &[{ranges}], data: include_bytes!({:?}) }},",
            path.canonicalize().unwrap_or_else(|e| panic!("{}: {e}", path.display())).display().to_string()
        );
    }
    out.push(']');
    let dest = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("fonts.rs");
    std::fs::write(dest, out).expect("write fonts.rs");
}
