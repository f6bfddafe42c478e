//! The fonts that cover the six UN languages (Noto Sans, Noto Sans Arabic, Noto Sans SC; SIL
//! Open Font License), built in from `assets/fonts/` so an exported HTML file can carry the
//! faces its text needs and read the same on any computer, with nothing fetched.

use base64::Engine as _;
use std::collections::BTreeSet;

/// One font face: a family's weight and style, for the characters of its unicode-range.
pub struct Face {
    /// Its family name.
    pub family: &'static str,
    /// `normal` or `italic`.
    pub style: &'static str,
    /// 400 or 700.
    pub weight: u16,
    /// The code points it covers, as inclusive ranges.
    pub ranges: &'static [(u32, u32)],
    /// The WOFF2 file.
    pub data: &'static [u8],
}

/// Every face that ships.
pub static FACES: &[Face] = include!(concat!(env!("OUT_DIR"), "/fonts.rs"));

impl Face {
    fn covers(&self, c: char) -> bool {
        let c = c as u32;
        self.ranges.iter().any(|&(lo, hi)| lo <= c && c <= hi)
    }
}

/// The families in the order a character is given to them: Latin, Greek and Cyrillic first,
/// then Arabic, then Chinese (whose fonts also cover Latin, but at many times the size).
const ORDER: [&str; 3] = ["Noto Sans", "Noto Sans Arabic", "Noto Sans SC"];

/// The faces needed to show `text`: each character goes to the first family that covers it,
/// and the faces of that family covering it are taken (every weight and style).
pub fn faces_for(text: &str) -> Vec<&'static Face> {
    let chars: BTreeSet<char> = text.chars().filter(|c| !c.is_control()).collect();
    let mut needed = vec![false; FACES.len()];
    for c in chars {
        let Some(family) = ORDER.iter().find(|family| FACES.iter().any(|f| f.family == **family && f.covers(c))) else {
            continue;
        };
        for (i, f) in FACES.iter().enumerate() {
            if f.family == *family && f.covers(c) {
                needed[i] = true;
            }
        }
    }
    FACES.iter().zip(needed).filter(|(_, n)| *n).map(|(f, _)| f).collect()
}

/// `@font-face` rules with the faces `text` needs embedded as `data:` URLs.
pub fn embedded_css(text: &str) -> String {
    let mut css = String::new();
    for face in faces_for(text) {
        let ranges: Vec<String> = face
            .ranges
            .iter()
            .map(|&(lo, hi)| if lo == hi { format!("U+{lo:X}") } else { format!("U+{lo:X}-{hi:X}") })
            .collect();
        css.push_str(&format!(
            "@font-face{{font-family:'{}';font-style:{};font-weight:{};src:url(data:font/woff2;base64,{}) format('woff2');unicode-range:{}}}\n",
            face.family,
            face.style,
            face.weight,
            base64::engine::general_purpose::STANDARD.encode(face.data),
            ranges.join(",")
        ));
    }
    css
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_script_of_the_six_languages_has_a_face_and_only_the_needed_faces_are_taken() {
        for (text, family) in [
            ("Safety", "Noto Sans"),
            ("Безопасность", "Noto Sans"),
            ("سلامة", "Noto Sans Arabic"),
            ("安全", "Noto Sans SC"),
        ] {
            assert!(faces_for(text).iter().any(|f| f.family == family), "{text} needs {family}");
        }
        let latin = faces_for("Safety and security");
        assert!(latin.iter().all(|f| f.family == "Noto Sans"), "Latin text takes no Arabic or Chinese face");
        assert!(latin.len() <= 3, "one subset at 400, 700 and italic: {}", latin.len());
        assert!(embedded_css("安全").contains("data:font/woff2;base64,"));
        assert!(FACES.iter().all(|f| f.data.starts_with(b"wOF2")));
    }
}
