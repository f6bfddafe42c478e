// Anchors: the passage of a priority's text that a comment is about, taken from the reader's
// selection. The Rust side (crates/core/src/anchor.rs) finds the passage again in later
// revisions by its quote, the context around it and where it started, all counted in Unicode
// code points of the text as a reader sees it: the container's text with every run of
// whitespace collapsed to one space, and none at either end. This module measures the same way.

import type { AnchorDraft } from './bindings/AnchorDraft';

/** How much context is kept on each side of a quote, in code points. */
export const ANCHOR_CONTEXT = 32;

/** The longest quote the Rust side accepts, in code points. */
export const MAX_QUOTE = 2000;

/** Text with every run of whitespace collapsed to one space, trimmed. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The anchor for a selection of raw text: `before` is all the container's text before the
 * selection, `selected` the selected text, `after` the rest. Null when nothing but
 * whitespace is selected. */
export function anchorFromParts(before: string, selected: string, after: string): AnchorDraft | null {
  const exact = Array.from(collapse(selected));
  if (exact.length === 0) return null;
  // The quote starts at the first character that is not whitespace. Everything before it,
  // collapsed and trimmed at the start only, keeps the one space that separates it from the
  // quote in the collapsed whole.
  const leading = /^\s*/.exec(selected)?.[0] ?? '';
  const head = Array.from((before + leading).replace(/\s+/g, ' ').replace(/^ /, ''));
  const whole = Array.from(collapse(before + selected + after));
  const start = head.length;
  const end = start + exact.length;
  return {
    exact: whole.slice(start, end).join(''),
    prefix: whole.slice(Math.max(0, start - ANCHOR_CONTEXT), start).join(''),
    suffix: whole.slice(end, end + ANCHOR_CONTEXT).join(''),
    start,
  };
}

/** The anchor for the part of `range` that lies inside `container`, or null when the range
 * does not touch it or holds only whitespace. */
export function anchorFromRange(container: Node, range: Range): AnchorDraft | null {
  const document = container.ownerDocument;
  if (!document || range.collapsed) return null;
  const whole = document.createRange();
  whole.selectNodeContents(container);
  // Keep only the part of the selection inside the container. (START_TO_END compares the
  // range's end with the container's start; END_TO_START its start with the container's end.)
  if (
    range.compareBoundaryPoints(Range.START_TO_END, whole) <= 0 ||
    range.compareBoundaryPoints(Range.END_TO_START, whole) >= 0
  ) {
    return null;
  }
  const inside = range.cloneRange();
  if (inside.compareBoundaryPoints(Range.START_TO_START, whole) < 0) {
    inside.setStart(whole.startContainer, whole.startOffset);
  }
  if (inside.compareBoundaryPoints(Range.END_TO_END, whole) > 0) {
    inside.setEnd(whole.endContainer, whole.endOffset);
  }
  const before = document.createRange();
  before.setStart(whole.startContainer, whole.startOffset);
  before.setEnd(inside.startContainer, inside.startOffset);
  const after = document.createRange();
  after.setStart(inside.endContainer, inside.endOffset);
  after.setEnd(whole.endContainer, whole.endOffset);
  return anchorFromParts(before.toString(), inside.toString(), after.toString());
}

/** The anchor for the current selection inside `container`, if there is one. */
export function anchorFromSelection(container: Node, selection: Selection | null): AnchorDraft | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  return anchorFromRange(container, selection.getRangeAt(0));
}

/** The comment ids a `<mark data-anchor="ID …">` belongs to. */
export function anchorIds(mark: Element): string[] {
  return (mark.getAttribute('data-anchor') ?? '').split(/\s+/).filter((id) => id !== '');
}
