// A word-level comparison for the amendment editor's live preview only: what the proposed
// text changes, as the author types. The diff shown once an amendment is submitted is the
// Rust side's (crates/core/src/diff.rs); this one only has to be close to it and quick.

import type { DiffPart } from './bindings/DiffPart';

/** Splits text into words, the spaces between them and punctuation, keeping every character.
 * Scripts written without spaces (Chinese, Japanese) split character by character, as
 * Unicode word boundaries would in the Rust diff. */
export function tokens(text: string): string[] {
  return text.match(/\s+|[\p{L}\p{M}\p{N}_'’-]+|./gsu) ?? [];
}

function isSpaceless(token: string): boolean {
  return /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(token);
}

function split(text: string): string[] {
  return tokens(text).flatMap((token) => (isSpaceless(token) ? Array.from(token) : [token]));
}

/** The longest texts compared word by word; beyond this the preview shows a coarser diff. */
const MAX_CELLS = 4_000_000;

/** The changes from `before` to `after`, adjacent runs of the same kind merged. */
export function diffWords(before: string, after: string): DiffPart[] {
  const a = split(before);
  const b = split(after);
  // Common ends first: an edit usually touches a small part of a long text.
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  ) {
    tail++;
  }
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  const parts: DiffPart[] = [];
  const push = (kind: string, text: string) => {
    if (text === '') return;
    const last = parts[parts.length - 1];
    if (last && last.kind === kind) last.text += text;
    else parts.push({ kind, text });
  };
  push('same', a.slice(0, head).join(''));
  if (midA.length * midB.length > MAX_CELLS) {
    push('removed', midA.join(''));
    push('added', midB.join(''));
  } else {
    // Longest common subsequence, by dynamic programming over the middle.
    const n = midA.length;
    const m = midB.length;
    const table = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        table[i]![j] =
          midA[i] === midB[j]
            ? table[i + 1]![j + 1]! + 1
            : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n && j < m) {
      if (midA[i] === midB[j]) {
        push('same', midA[i]!);
        i++;
        j++;
      } else if (table[i + 1]![j]! >= table[i]![j + 1]!) {
        push('removed', midA[i]!);
        i++;
      } else {
        push('added', midB[j]!);
        j++;
      }
    }
    push('removed', midA.slice(i).join(''));
    push('added', midB.slice(j).join(''));
  }
  push('same', a.slice(a.length - tail).join(''));
  return parts;
}
