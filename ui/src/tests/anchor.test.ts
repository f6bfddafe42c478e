// Anchors taken from the reader's selection: the same text, offsets and context the Rust side
// computes (code points of the container's text with whitespace collapsed and trimmed).

import { describe, expect, it } from 'vitest';
import { anchorFromParts, anchorFromRange, anchorFromSelection, collapse } from '../lib/anchor';

/** A container holding `html`, attached to the document so that selections work. */
function container(html: string): HTMLElement {
  const element = document.createElement('div');
  element.innerHTML = html;
  document.body.replaceChildren(element);
  return element;
}

/** The range of the `n`th occurrence of `text` in a text node under `root`. */
function rangeOf(root: Node, text: string): Range {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent!.indexOf(text);
    if (at >= 0) {
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      return range;
    }
  }
  throw new Error(`"${text}" is not in a single text node`);
}

describe('anchors', () => {
  it('collapse whitespace as String.replace(/\\s+/g, " ").trim() does', () => {
    expect(collapse('  a\n\n b\t c  ')).toBe('a b c');
  });

  it('quote the selection with collapsed whitespace and count from the collapsed text', () => {
    const root = container(
      '<p>  Establish   <strong>consistent\n protocols</strong>\n for AI   safety.</p>\n<p>Second   block.</p>',
    );
    const range = document.createRange();
    const strong = root.querySelector('strong')!.firstChild!;
    range.setStart(strong, 0);
    const second = root.querySelectorAll('p')[1]!.firstChild!;
    range.setEnd(second, 'Second'.length);
    const anchor = anchorFromRange(root, range)!;
    const plain = collapse(root.textContent!);
    expect(plain).toBe('Establish consistent protocols for AI safety. Second block.');
    expect(anchor.exact).toBe('consistent protocols for AI safety. Second');
    expect(anchor.start).toBe(plain.indexOf('consistent'));
    expect(anchor.prefix).toBe('Establish ');
    expect(anchor.suffix).toBe(' block.');
  });

  it('counts Unicode code points, not UTF-16 units, through emoji and Chinese', () => {
    const root = container('<p>风险 🚀🚀 关注“安全”与   “安保”的差异，🙂 以及其他</p>');
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(rangeOf(root, '“安保”的差异'));
    const anchor = anchorFromSelection(root, selection)!;
    const points = Array.from(collapse(root.textContent!));
    expect(anchor.exact).toBe('“安保”的差异');
    // "风险 🚀🚀 关注“安全”与 " is 14 code points but 16 UTF-16 units.
    expect(anchor.start).toBe(14);
    expect(points.slice(anchor.start, anchor.start + 7).join('')).toBe(anchor.exact);
    expect(anchor.prefix).toBe('风险 🚀🚀 关注“安全”与 ');
    expect(anchor.suffix).toBe('，🙂 以及其他');
  });

  it('keeps at most 32 code points of context on each side', () => {
    const before = 'α'.repeat(20) + ' ' + '😀'.repeat(20) + ' ';
    const after = ' ' + '😀'.repeat(40);
    const anchor = anchorFromParts(before, 'quote', after)!;
    expect(Array.from(anchor.prefix)).toHaveLength(32);
    expect(anchor.prefix).toBe('α'.repeat(10) + ' ' + '😀'.repeat(20) + ' ');
    expect(Array.from(anchor.suffix)).toHaveLength(32);
    expect(anchor.suffix).toBe(' ' + '😀'.repeat(31));
    expect(anchor.start).toBe(42);
  });

  it('drops whitespace at the selection’s edges', () => {
    const anchor = anchorFromParts('one  ', '  two \n three  ', '  four')!;
    expect(anchor).toEqual({ exact: 'two three', prefix: 'one ', suffix: ' four', start: 4 });
  });

  it('is nothing for an empty or blank selection, or one outside the text', () => {
    expect(anchorFromParts('a', ' \n ', 'b')).toBeNull();
    const root = container('<p>Inside</p>');
    const outside = document.createElement('p');
    outside.textContent = 'Outside';
    document.body.append(outside);
    expect(anchorFromRange(root, rangeOf(outside, 'Outside'))).toBeNull();
    const collapsed = rangeOf(root, 'Inside');
    collapsed.collapse(true);
    expect(anchorFromRange(root, collapsed)).toBeNull();
  });

  it('keeps only the part of a selection that lies inside the text', () => {
    const root = container('<p>Inside text</p>');
    const outside = document.createElement('p');
    outside.textContent = 'After';
    document.body.append(outside);
    const range = document.createRange();
    range.setStart(root.querySelector('p')!.firstChild!, 'Inside '.length);
    range.setEnd(outside.firstChild!, 3);
    expect(anchorFromRange(root, range)).toEqual({
      exact: 'text',
      prefix: 'Inside ',
      suffix: '',
      start: 7,
    });
  });
});
