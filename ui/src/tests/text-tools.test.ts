// The amendment editor's helpers: a word diff for the live preview, and the current text as
// Markdown to start from.

import { describe, expect, it } from 'vitest';
import { markdownFromHtml } from '../lib/markdown-source';
import { diffWords } from '../lib/worddiff';

const join = (parts: { kind: string; text: string }[], keep: string) =>
  parts.filter((p) => p.kind === 'same' || p.kind === keep).map((p) => p.text).join('');

describe('the preview’s word diff', () => {
  it('marks whole words added and removed, and rebuilds both texts', () => {
    const before = 'Establish common protocols for incident reporting.';
    const after = 'Establish consistent protocols for AI incident reporting.';
    const parts = diffWords(before, after);
    expect(parts).toEqual([
      { kind: 'same', text: 'Establish ' },
      { kind: 'removed', text: 'common' },
      { kind: 'added', text: 'consistent' },
      { kind: 'same', text: ' protocols for' },
      { kind: 'added', text: ' AI' },
      { kind: 'same', text: ' incident reporting.' },
    ]);
    expect(join(parts, 'removed')).toBe(before);
    expect(join(parts, 'added')).toBe(after);
  });

  it('compares Chinese character by character', () => {
    const parts = diffWords('关注安全差异', '关注安保差异');
    expect(parts).toEqual([
      { kind: 'same', text: '关注安' },
      { kind: 'removed', text: '全' },
      { kind: 'added', text: '保' },
      { kind: 'same', text: '差异' },
    ]);
  });

  it('finds nothing changed in the same text', () => {
    expect(diffWords('a b', 'a b')).toEqual([{ kind: 'same', text: 'a b' }]);
    expect(diffWords('', '')).toEqual([]);
  });
});

describe('the current text as Markdown', () => {
  it('turns the sanitizer’s tags back into Markdown, dropping anchor marks', () => {
    const html =
      '<p>Establish <strong><mark data-anchor="c1">consistent protocols</mark></strong> for ' +
      '<em>AI</em> <a href="https://example.org/x">reporting</a> and <code>x_y</code>.</p>\n' +
      '<ul>\n<li>resources;</li>\n<li>platforms.</li>\n</ul>\n<ol start="3">\n<li>three</li>\n</ol>\n' +
      '<blockquote>\n<p>quoted</p>\n</blockquote>\n';
    expect(markdownFromHtml(html)).toBe(
      'Establish **consistent protocols** for *AI* [reporting](https://example.org/x) and `x_y`.\n\n' +
        '- resources;\n- platforms.\n\n3. three\n\n> quoted',
    );
  });
});
