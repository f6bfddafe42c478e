// The window's colours meet WCAG 2.1 AA in the light theme and the dark one (app.css and its
// prefers-color-scheme: dark block): text 4.5:1 on every surface it is set on, and 3:1 for
// what is not text but must be seen (the borders of fields, the focus ring). The real-window
// audit (tests/e2e/accessibility.rs) checks the rendered pages with axe-core; this checks the
// palette itself, including the pairs axe cannot decide (text under the status line).

import { describe, expect, it } from 'vitest';
import css from '../app.css?raw';

const DARK = '@media (prefers-color-scheme: dark)';

function colours(block: string): Map<string, string> {
  return new Map([...block.matchAll(/--([a-z-]+):\s*(#[0-9a-fA-F]{6});/g)].map((m) => [m[1]!, m[2]!]));
}

const darkStart = css.indexOf(DARK);
const light = colours(css.slice(0, darkStart));
const dark = new Map([...light, ...colours(css.slice(darkStart, css.indexOf('\n}\n', darkStart)))]);

/** WCAG 2.1's relative luminance of an sRGB colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function ratio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** Text colours, and the surfaces each is set on somewhere in the window. */
const TEXT: [string, string[]][] = [
  ['fg', ['bg', 'surface', 'subtle', 'warn-surface', 'danger-surface', 'mark', 'mark-current', 'ins-bg', 'del-bg']],
  ['muted', ['bg', 'surface', 'subtle', 'warn-surface', 'danger-surface']],
  ['accent', ['bg', 'surface', 'subtle', 'warn-surface', 'danger-surface', 'mark']],
  ['accent-hover', ['bg', 'surface', 'subtle']],
  ['danger-fg', ['bg', 'surface', 'danger-surface']],
  ['ok', ['bg', 'surface', 'subtle']],
  ['ins-fg', ['ins-bg']],
  ['del-fg', ['del-bg']],
  ['on-accent', ['accent', 'accent-hover', 'danger-border', 'ok']],
];

/** What must be seen but is not text (WCAG 1.4.11): field borders and the focus ring. */
const NON_TEXT: [string, string[]][] = [
  ['border-strong', ['bg', 'surface']],
  ['focus', ['bg', 'surface', 'subtle']],
];

describe.each([
  ['light', light],
  ['dark', dark],
])('the %s theme', (_name, palette) => {
  it('defines every colour the checks name', () => {
    for (const [fg, backgrounds] of [...TEXT, ...NON_TEXT]) {
      for (const name of [fg, ...backgrounds]) expect(palette.get(name), name).toMatch(/^#/);
    }
  });

  it('sets text at 4.5:1 or more on every surface it is on', () => {
    const low: string[] = [];
    for (const [fg, backgrounds] of TEXT) {
      for (const bg of backgrounds) {
        const r = ratio(palette.get(fg)!, palette.get(bg)!);
        if (r < 4.5) low.push(`--${fg} on --${bg}: ${r.toFixed(2)}`);
      }
    }
    expect(low).toEqual([]);
  });

  it('draws field borders and the focus ring at 3:1 or more', () => {
    const low: string[] = [];
    for (const [fg, backgrounds] of NON_TEXT) {
      for (const bg of backgrounds) {
        const r = ratio(palette.get(fg)!, palette.get(bg)!);
        if (r < 3) low.push(`--${fg} on --${bg}: ${r.toFixed(2)}`);
      }
    }
    expect(low).toEqual([]);
  });
});

describe('the contrast check', () => {
  it('measures as WCAG does', () => {
    expect(ratio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(ratio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    // The dark theme really is dark: its text is lighter than its page.
    expect(luminance(dark.get('fg')!)).toBeGreaterThan(luminance(dark.get('bg')!));
    expect(luminance(light.get('fg')!)).toBeLessThan(luminance(light.get('bg')!));
  });
});
