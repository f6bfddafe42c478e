// The Fluent files: every one parses, every English message formats, and every message id
// the code asks for exists in English (ids nobody asks for are reported as warnings).

import { FluentBundle, FluentResource } from '@fluent/bundle';
import { FluentParser, Junk, Message, VariableReference } from '@fluent/syntax';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  availableLocales,
  directionOf,
  i18n,
  negotiateLocale,
  setLocale,
  t,
} from '../lib/i18n.svelte';

const ftlFiles = import.meta.glob<string>('../../../assets/locales/*/*.ftl', {
  query: '?raw',
  import: 'default',
  eager: true,
});

const sourceFiles = import.meta.glob<string>(['../**/*.svelte', '../**/*.ts', '!../tests/**'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** Messages looked up by a computed id, such as `error-${code}`: never reported unused. */
const DYNAMIC_PREFIXES = ['error-'];

/** Message ids in `t('id' …)` and `tFor(locale, 'id' …)` calls. */
function usedMessageIds(source: string): string[] {
  const ids: string[] = [];
  const patterns = [
    /\bt\(\s*(['"`])([A-Za-z][\w-]*)\1/g,
    /\btFor\(\s*[^,()]+,\s*(['"`])([A-Za-z][\w-]*)\1/g,
  ];
  for (const pattern of patterns) {
    for (const match of source.matchAll(pattern)) ids.push(match[2]!);
  }
  return ids;
}

function parse(path: string, text: string) {
  const resource = new FluentParser({ withSpans: true }).parse(text);
  const junk = resource.body.filter((entry): entry is Junk => entry instanceof Junk);
  const problems = junk.flatMap((entry) =>
    entry.annotations.map((a) => `${path}: ${a.code} ${a.message} in: ${entry.content.trim()}`),
  );
  const messages = resource.body.filter((entry): entry is Message => entry instanceof Message);
  return { problems, messages };
}

/** The names of the variables a message refers to, such as `count` for `{ $count }`. */
function variablesIn(node: unknown, found = new Set<string>()): Set<string> {
  if (node instanceof VariableReference) found.add(node.id.name);
  else if (Array.isArray(node)) for (const child of node) variablesIn(child, found);
  else if (node && typeof node === 'object') {
    for (const child of Object.values(node)) variablesIn(child, found);
  }
  return found;
}

function localeOf(path: string): string {
  return /\/locales\/([^/]+)\//.exec(path)![1]!;
}

const englishPaths = Object.keys(ftlFiles).filter((path) => localeOf(path) === 'en');

function englishIds(): Set<string> {
  return new Set(
    englishPaths.flatMap((path) => parse(path, ftlFiles[path]!).messages.map((m) => m.id.name)),
  );
}

afterEach(() => {
  setLocale('en');
  vi.restoreAllMocks();
});

describe('Fluent files', () => {
  it('include the English source', () => {
    expect(englishPaths.length).toBeGreaterThan(0);
  });

  it('parse without errors', () => {
    const problems: string[] = [];
    for (const [path, text] of Object.entries(ftlFiles)) {
      const parsed = parse(path, text);
      problems.push(...parsed.problems);
      // The runtime parser skips what it cannot read, silently: it must find the same messages.
      const bundle = new FluentBundle(localeOf(path));
      const errors = bundle.addResource(new FluentResource(text));
      problems.push(...errors.map((e) => `${path}: ${e.message}`));
      for (const message of parsed.messages) {
        if (!bundle.hasMessage(message.id.name)) {
          problems.push(`${path}: @fluent/bundle could not read ${message.id.name}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('catch a broken message (the check above can fail)', () => {
    const broken = 'good = Fine\nbad = { $unclosed\nalso-good = Fine\n';
    expect(parse('broken.ftl', broken).problems).toHaveLength(1);
  });

  it('hold only messages that English also has', () => {
    const english = englishIds();
    const extra: string[] = [];
    for (const [path, text] of Object.entries(ftlFiles)) {
      if (localeOf(path) === 'en') continue;
      for (const message of parse(path, text).messages) {
        if (!english.has(message.id.name)) extra.push(`${path}: ${message.id.name}`);
      }
    }
    expect(extra).toEqual([]);
  });

  it('format every English message without errors', () => {
    const problems: string[] = [];
    for (const path of englishPaths) {
      const text = ftlFiles[path]!;
      const bundle = new FluentBundle('en');
      bundle.addResource(new FluentResource(text));
      for (const message of parse(path, text).messages) {
        const variables = variablesIn(message);
        const args = Object.fromEntries([...variables].map((name) => [name, 1]));
        const pattern = bundle.getMessage(message.id.name)?.value;
        if (!pattern) {
          problems.push(`${message.id.name} has no value`);
          continue;
        }
        const errors: Error[] = [];
        bundle.formatPattern(pattern, args, errors);
        problems.push(...errors.map((e) => `${message.id.name}: ${e.message}`));
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('message ids in the code', () => {
  it('are found by the scanner', () => {
    expect(
      usedMessageIds(`t('a-b') + t("c", { n: 1 }) + tFor(code, 'd') + at('x') + t(id)`),
    ).toEqual(['a-b', 'c', 'd']);
  });

  it('all exist in English', () => {
    const english = englishIds();
    const sources = Object.entries(sourceFiles);
    expect(sources.length).toBeGreaterThan(5);
    const missing = sources.flatMap(([path, source]) =>
      usedMessageIds(source)
        .filter((id) => !english.has(id))
        .map((id) => `${path}: ${id}`),
    );
    expect(missing).toEqual([]);

    const used = new Set(sources.flatMap(([, source]) => usedMessageIds(source)));
    const unused = [...english].filter(
      (id) => !used.has(id) && !DYNAMIC_PREFIXES.some((prefix) => id.startsWith(prefix)),
    );
    if (unused.length > 0) console.warn(`Fluent messages no code uses: ${unused.join(', ')}`);
  });
});

describe('the i18n module', () => {
  it('formats messages in the current locale', () => {
    expect(i18n.locale).toBe('en');
    expect(t('statement-heading')).toBe('Statement of priorities');
    // Placeables are isolated, so that a right-to-left value cannot reorder its sentence.
    expect(t('section-label', { number: 2 })).toBe('Section \u20682\u2069');
  });

  it('shows the id of a message that does not exist', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(t('no-such-message')).toBe('no-such-message');
  });

  it('offers the languages that have a translation, and picks the reader’s', () => {
    expect(availableLocales).toContain('en');
    expect(negotiateLocale(['en-GB', 'fr'])).toBe('en');
    expect(negotiateLocale(['tlh'])).toBe('en');
  });

  it('knows which languages are written right to left', () => {
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('ar-EG')).toBe('rtl');
    expect(directionOf('zh-Hans')).toBe('ltr');
    expect(directionOf('en')).toBe('ltr');
  });

  it('sets the page’s language and direction, and refuses a language it lacks', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    document.documentElement.lang = '';
    setLocale('en');
    expect(document.documentElement.lang).toBe('en');
    expect(document.documentElement.dir).toBe('ltr');
    setLocale('tlh');
    expect(i18n.locale).toBe('en');
  });
});

describe('messages chosen by a value', () => {
  // Selectors fall back to their default variant silently: every value the UI passes must
  // have its own variant, or the reader sees the fallback.
  const cases: [string, string, string[], Record<string, string>?][] = [
    ['comment-kind', 'kind', ['support', 'concern', 'question', 'suggestion']],
    ['stance', 'stance', ['support', 'neutral', 'oppose']],
    ['contribution-status', 'status', ['ready', 'sent', 'rejected']],
    ['contribution-state', 'state', ['retracted', 'withdrawn']],
    ['contribution-kind', 'kind', ['comment', 'amendment', 'position']],
    ['amendment-state', 'state', ['proposed', 'withdrawn']],
    ['attribution-choice', 'choice', ['pseudonym', 'group_and_region', 'name']],
    ['attribution-help', 'choice', ['pseudonym', 'group_and_region', 'name']],
    ['search-kind', 'kind', ['priority', 'comment', 'amendment']],
    ['forum-origin', 'origin', ['sample', 'file']],
    [
      'stakeholder-group',
      'group',
      ['government', 'academia', 'industry', 'civil_society', 'international_organization', 'other'],
    ],
    ['language-name', 'code', ['ar', 'zh', 'en', 'fr', 'ru', 'es']],
    [
      'translation-state',
      'state',
      ['untranslated', 'machine_draft', 'needs_review', 'translated', 'approved'],
    ],
    ['translate-subject-kind', 'kind', ['title', 'preamble', 'section', 'priority', 'about']],
    ['term-status', 'status', ['preferred', 'admitted', 'forbidden']],
    ['translation-reviewed', 'decision', ['approved', 'needs_review']],
  ];

  it('have a distinct wording for every value', () => {
    for (const [id, name, values] of cases) {
      const texts = values.map((value) => t(id, { [name]: value }));
      expect(new Set(texts).size, id).toBe(values.length);
      for (const text of texts) expect(text, id).not.toMatch(/^[a-z_]+$/);
    }
  });

  it('name every UN M49 region the settings offer', () => {
    const names = ['002', '019', '142', '150', '009'].map((code) =>
      t('region', { region: `m${code}`, code }),
    );
    expect(names).toEqual(['Africa', 'Americas', 'Asia', 'Europe', 'Oceania']);
    expect(t('region', { region: 'm999', code: '999' })).toBe('Region \u2068999\u2069');
  });

  it('include every field error the editors word themselves', () => {
    const english = englishIds();
    for (const id of [
      'join-missing-server',
      'join-missing-invite',
      'join-missing-name',
      'join-invalid-server',
      'join-invalid-invite',
      'join-invalid-group',
      'join-refused',
      'join-unreachable',
      'join-failed',
      'invalid-body-empty',
      'invalid-title-empty',
      'invalid-stance',
      'invalid-anchor',
      'invalid-comment-kind',
      'invalid-language',
      'invalid-translation-empty',
      'invalid-translation-title',
      'invalid-translation-state',
    ]) {
      expect(english.has(id), id).toBe(true);
    }
  });
});
