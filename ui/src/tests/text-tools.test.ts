// The amendment editor's word diff, for the live preview.

import { describe, expect, it } from 'vitest';
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
