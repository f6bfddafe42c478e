// Lines the UI's code must not cross, checked on its source: one module talks to Tauri, and
// nothing would break under the app's strict Content Security Policy (no inline scripts or
// styles, no style attributes, nothing from another origin).

import { describe, expect, it } from 'vitest';

const sources = import.meta.glob<string>(
  ['../**/*.svelte', '../**/*.ts', '../**/*.css', '!../tests/**'],
  { query: '?raw', import: 'default', eager: true },
);
const indexHtml = Object.values(
  import.meta.glob<string>('../../index.html', { query: '?raw', import: 'default', eager: true }),
)[0]!;

const svelteFiles = Object.entries(sources).filter(([path]) => path.endsWith('.svelte'));

/** The markup of a component: without its script and style blocks, and without comments. */
function markupOf(source: string): string {
  return source
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '');
}

describe('the UI’s source', () => {
  it('is read', () => {
    expect(svelteFiles.length).toBeGreaterThan(3);
    expect(indexHtml).toContain('<div id="app">');
  });

  it('talks to Tauri only through lib/backend.ts', () => {
    const importers = Object.entries(sources)
      .filter(([, source]) => /(from\s+|import\(\s*)['"]@tauri-apps\//.test(source))
      .map(([path]) => path);
    expect(importers).toEqual(['../lib/backend.ts']);
  });

  it('puts no style attribute, style directive or transition in any markup', () => {
    const offenders = svelteFiles.flatMap(([path, source]) => {
      const markup = markupOf(source);
      const found: string[] = [];
      if (/\sstyle\s*=/.test(markup)) found.push(`${path}: style attribute`);
      if (/\sstyle:[\w-]+/.test(markup)) found.push(`${path}: style: directive`);
      if (/\s(transition|in|out|animate):[\w.]+/.test(markup)) found.push(`${path}: transition`);
      if (/<svelte:head/.test(markup)) found.push(`${path}: svelte:head`);
      return found;
    });
    expect(offenders).toEqual([]);
  });

  it('loads nothing from another origin', () => {
    const fromElsewhere = /url\(\s*['"]?(https?:)?\/\/|@import\s+(url\()?['"]?(https?:)?\/\//;
    const remote = Object.entries(sources)
      .filter(([, source]) => fromElsewhere.test(source))
      .map(([path]) => path);
    expect(remote).toEqual([]);
  });

  it('keeps index.html free of inline script and style', () => {
    const scripts = [...indexHtml.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\bsrc=/);
      expect(body!.trim()).toBe('');
    }
    expect(indexHtml).not.toMatch(/<style\b|\sstyle\s*=|\son\w+\s*=/);
  });
});

const fontsCss = Object.values(
  import.meta.glob<string>('../../../assets/fonts/fonts.css', {
    query: '?raw',
    import: 'default',
    eager: true,
  }),
)[0]!;
const appCss = sources['../app.css']!;
const mainTs = sources['../main.ts']!;

/** The quoted family names in a font stack or in @font-face rules. */
function quotedFamilies(css: string): Set<string> {
  return new Set([...css.matchAll(/'([^']+)'/g)].map((m) => m[1]!));
}

describe('the fonts', () => {
  it('are the bundled ones, imported before the styles that name them', () => {
    expect(mainTs).toMatch(/import '\.\.\/\.\.\/assets\/fonts\/fonts\.css';\s*(\/\/.*\n\s*)*import '\.\/app\.css';/);
    const bundled = new Set(
      [...fontsCss.matchAll(/font-family:\s*'([^']+)'/g)].map((m) => m[1]!),
    );
    expect([...bundled].sort()).toEqual(['Noto Sans', 'Noto Sans Arabic', 'Noto Sans SC']);
    // Every font file is a local WOFF2 beside fonts.css: nothing is fetched.
    const urls = [...fontsCss.matchAll(/url\(([^)]+)\)/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(100);
    for (const url of urls) expect(url).toMatch(/^\.\/files\/[\w-]+\.woff2$/);
  });

  it('are the only ones the styles name, for every language', () => {
    const bundled = quotedFamilies(fontsCss);
    const stacks = [...appCss.matchAll(/--font-(default|arabic|chinese):\s*([^;]+);/g)];
    expect(stacks.map((m) => m[1])).toEqual(['default', 'arabic', 'chinese']);
    const first = Object.fromEntries(stacks.map((m) => [m[1], quotedFamilies(m[2]!)]));
    expect([...first.default!][0]).toBe('Noto Sans');
    expect([...first.arabic!][0]).toBe('Noto Sans Arabic');
    expect([...first.chinese!][0]).toBe('Noto Sans SC');
    for (const [, , stack] of stacks) {
      for (const family of quotedFamilies(stack!)) expect(bundled.has(family), family).toBe(true);
    }
    // No other sans-serif stack anywhere in the UI's styles.
    const others = Object.entries(sources)
      .filter(([path]) => path.endsWith('.css') || path.endsWith('.svelte'))
      .flatMap(([path, source]) =>
        [...source.matchAll(/font-family:\s*([^;]+);/g)]
          .map((m) => m[1]!.trim())
          .filter((value) => !/^(var\(--font-(sans|mono)\)|inherit)$/.test(value))
          .map((value) => `${path}: ${value}`),
      );
    expect(others).toEqual([]);
  });
});

/** The style rules of a source: a component's <style> blocks, or a whole stylesheet; without
 * comments. */
function stylesOf(path: string, source: string): string {
  const css = path.endsWith('.svelte')
    ? [...source.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!).join('\n')
    : source;
  return css.replace(/\/\*[\s\S]*?\*\//g, '');
}

/** Declarations that lay out by left and right rather than by start and end, so that they
 * would not turn around for Arabic. */
function physicalDeclarations(css: string): string[] {
  const found: string[] = [];
  const patterns: [RegExp, string][] = [
    [/\b(margin|padding|border|scroll-margin|scroll-padding)-(left|right)\b[\w-]*\s*:/g, 'side'],
    [/\bborder-(top|bottom)-(left|right)-radius\s*:/g, 'corner'],
    [/(^|[\s;{])(left|right)\s*:/g, 'offset'],
    [/\btext-align\s*:\s*(left|right)\b/g, 'text-align'],
    [/\b(float|clear)\s*:\s*(left|right|both)\b/g, 'float'],
    [/\btranslateX\(|\btranslate\(\s*-?[1-9]|\btranslate3d\(\s*-?[1-9]/g, 'horizontal move'],
    [/\bbackground-position(-x)?\s*:[^;]*\b(left|right)\b/g, 'background-position'],
    [/\b(justify-content|justify-items|justify-self|align-items|align-self)\s*:\s*(left|right)\b/g, 'alignment'],
  ];
  for (const [pattern, kind] of patterns) {
    for (const match of css.matchAll(pattern)) found.push(`${kind}: ${match[0].trim()}`);
  }
  // Shorthands with four values name top, right, bottom and left; differing right and left
  // values would not turn around.
  for (const match of css.matchAll(/\b(margin|padding|inset|border-width|border-radius)\s*:\s*([^;}]+)/g)) {
    const values = match[2]!.trim().split(/\s+(?![^(]*\))/);
    const sides = match[1] === 'border-radius' ? values.length > 1 && new Set(values).size > 1 : values.length === 4 && values[1] !== values[3];
    if (sides) found.push(`shorthand: ${match[0].trim()}`);
  }
  return found;
}

describe('the styles', () => {
  const styled = Object.entries(sources).filter(
    ([path]) => path.endsWith('.css') || path.endsWith('.svelte'),
  );

  it('are read, stylesheets included', () => {
    expect(stylesOf('../app.css', appCss)).toContain('margin-inline');
    expect(styled.length).toBeGreaterThan(10);
  });

  it('lay out by start and end only, so that right to left needs nothing else', () => {
    const offenders = styled.flatMap(([path, source]) =>
      physicalDeclarations(stylesOf(path, source)).map((found) => `${path}: ${found}`),
    );
    expect(offenders).toEqual([]);
  });

  it('catch each kind of left-and-right layout (the check above can fail)', () => {
    const css = `
      .a { margin-left: 1rem; padding-right: 0; border-left-width: 2px; }
      .b { left: 0; text-align: right; float: left; transform: translateX(4px); }
      .c { margin: 0 1rem 0 2rem; border-radius: 4px 0 0 4px; background-position: right top; }
      .d { border-top-left-radius: 2px; justify-content: left; }
      .ok { margin-inline-start: 1rem; inset-inline-end: 0; text-align: start; margin: 0 1rem;
            padding: 1rem 2rem 1.5rem; transform: translateY(-100%); border-radius: 999px; }`;
    expect(physicalDeclarations(css).map((found) => found.split(':')[0])).toEqual([
      'side',
      'side',
      'side',
      'corner',
      'offset',
      'text-align',
      'float',
      'horizontal move',
      'background-position',
      'alignment',
      'shorthand',
      'shorthand',
    ]);
  });
});

/** The forms of a component's markup that hold a text field, each as its opening tag. */
function textForms(markup: string): string[] {
  const forms: string[] = [];
  for (const match of markup.matchAll(/<form\b((?:[^>{]|\{[^}]*\})*)>([\s\S]*?)<\/form>/g)) {
    const body = match[2]!;
    const fields = [...body.matchAll(/<(input|textarea)\b((?:[^>{]|\{[^}]*\})*)>/g)];
    const typed = fields.some(
      ([, tag, attributes]) =>
        tag === 'textarea' ||
        !/\btype=["']?(radio|checkbox|file|hidden|submit|button|range|color)\b/.test(attributes!),
    );
    if (typed) forms.push(`<form${match[1]}>`);
  }
  return forms;
}

describe('forms with a text field', () => {
  it('never submit on an Enter that an input method consumes', () => {
    const unguarded = svelteFiles.flatMap(([path, source]) =>
      textForms(markupOf(source))
        .filter((tag) => !/\{@attach imeSafeForm\(/.test(tag))
        .map((tag) => `${path}: ${tag.replace(/\s+/g, ' ')}`),
    );
    expect(unguarded).toEqual([]);
  });

  it('are found, guarded or not (the check above can fail)', () => {
    const markup = `
      <form onsubmit={go} {@attach imeSafeForm()}><input bind:value={q} /></form>
      <form onsubmit={save}><textarea></textarea></form>
      <form onsubmit={pick}><input type="radio" /></form>
      <form class="x" onsubmit={(e) => send(e, { a: 1 })}><input type="text" /></form>`;
    expect(textForms(markup)).toHaveLength(3);
    expect(textForms(markup).filter((tag) => !/imeSafeForm/.test(tag))).toHaveLength(2);
  });
});
