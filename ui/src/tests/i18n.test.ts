// The Fluent files: every one parses, every English message formats, and every message id
// the code asks for exists in English (ids nobody asks for are reported as warnings). Every
// translation has exactly English's messages and attributes over all of its locale's files,
// uses only the variables English passes, and words every value a selector can take.

import { FluentBundle, FluentResource } from '@fluent/bundle';
import {
  FluentParser,
  Identifier,
  Junk,
  Message,
  NumberLiteral,
  SelectExpression,
  VariableReference,
} from '@fluent/syntax';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  availableLocales,
  directionOf,
  formatBytes,
  formatDate,
  formatTime,
  i18n,
  languageName,
  negotiateLocale,
  setLocale,
  t,
  tFor,
  UI_LOCALES,
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

/** A locale's messages over all of its files, by id. */
function messagesOf(texts: Record<string, string>): Map<string, Message> {
  const messages = new Map<string, Message>();
  for (const [path, text] of Object.entries(texts)) {
    for (const message of parse(path, text).messages) messages.set(message.id.name, message);
  }
  return messages;
}

/** Every select expression in a node, with the name of the variable it selects on. */
function selectsIn(node: unknown, found: [string, SelectExpression][] = []) {
  if (node instanceof SelectExpression) {
    const name = node.selector instanceof VariableReference ? node.selector.id.name : '';
    found.push([name, node]);
  }
  if (Array.isArray(node)) for (const child of node) selectsIn(child, found);
  else if (node && typeof node === 'object') {
    for (const child of Object.values(node)) selectsIn(child, found);
  }
  return found;
}

function keyOf(key: Identifier | NumberLiteral): string {
  return key instanceof NumberLiteral ? key.value : key.name;
}

const PLURAL_CATEGORIES = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);

/** Whether English's variants make this a plural (a count's category), such as `[one]` and
 * `*[other]`, rather than a choice of words for a value, such as `[comment]`. */
function isPlural(keys: string[]): boolean {
  return (
    keys.every((key) => PLURAL_CATEGORIES.has(key) || /^\d+$/.test(key)) &&
    keys.some((key) => key !== 'other' && PLURAL_CATEGORIES.has(key))
  );
}

/** What is wrong with one locale's files against English's: each problem names the
 * message. Empty when the translation is complete. */
function localeProblems(
  locale: string,
  english: Map<string, Message>,
  translated: Map<string, Message>,
): string[] {
  const problems: string[] = [];
  const plural = new Intl.PluralRules(locale);
  const categories = new Set(plural.resolvedOptions().pluralCategories as string[]);
  for (const id of english.keys()) {
    if (!translated.has(id)) problems.push(`${locale}: lacks ${id}`);
  }
  for (const [id, message] of translated) {
    const source = english.get(id);
    if (!source) {
      problems.push(`${locale}: has ${id}, which English does not`);
      continue;
    }
    if (!!source.value !== !!message.value) {
      problems.push(`${locale}: ${id} ${source.value ? 'lacks' : 'has'} a value`);
    }
    const attributes = (m: Message) => m.attributes.map((a) => a.id.name).sort();
    for (const name of attributes(source)) {
      if (!attributes(message).includes(name)) problems.push(`${locale}: ${id} lacks .${name}`);
    }
    for (const name of attributes(message)) {
      if (!attributes(source).includes(name)) {
        problems.push(`${locale}: ${id} has .${name}, which English does not`);
      }
    }
    const variables = variablesIn(source);
    for (const name of variablesIn(message)) {
      if (!variables.has(name)) problems.push(`${locale}: ${id} uses $${name}, which English does not pass`);
    }

    const englishSelects = selectsIn(source);
    const translatedSelects = selectsIn(message);
    for (const [name, select] of englishSelects) {
      const keys = select.variants.map((v) => keyOf(v.key));
      const theirs = translatedSelects.filter(([n]) => n === name);
      if (isPlural(keys)) continue; // Checked below: a translation may phrase it without one.
      // A choice of words for a value: every value English words needs its own wording.
      if (theirs.length === 0) problems.push(`${locale}: ${id} does not choose by $${name}`);
      for (const [, their] of theirs) {
        const have = new Set(their.variants.map((v) => keyOf(v.key)));
        const missing = keys.filter((key) => !have.has(key));
        if (missing.length > 0) {
          problems.push(`${locale}: ${id} has no [${missing.join('], [')}] for $${name}`);
        }
      }
    }
    for (const [name, select] of translatedSelects) {
      const keys = select.variants.map((v) => keyOf(v.key));
      const source = englishSelects.find(([n]) => n === name)?.[1];
      const sourceKeys = source?.variants.map((v) => keyOf(v.key)) ?? [];
      const counted = isPlural(keys) || (source !== undefined && isPlural(sourceKeys));
      if (!counted) continue;
      // A count: only this language's categories (or exact numbers), and every whole number
      // reaches a variant written for it, not a default written for another category.
      for (const key of keys) {
        if (!/^\d+$/.test(key) && !categories.has(key)) {
          problems.push(`${locale}: ${id} has [${key}], not a plural category of ${locale}`);
        }
      }
      const uncovered = new Set<string>();
      for (let n = 0; n <= 1000; n++) {
        if (!keys.includes(String(n)) && !keys.includes(plural.select(n))) uncovered.add(plural.select(n));
      }
      if (uncovered.size > 0) {
        problems.push(`${locale}: ${id} has no [${[...uncovered].join('], [')}] for $${name}`);
      }
    }
  }
  return problems;
}

/** Each locale's files, by locale. */
function filesByLocale(): Map<string, Record<string, string>> {
  const byLocale = new Map<string, Record<string, string>>();
  for (const [path, text] of Object.entries(ftlFiles)) {
    const locale = localeOf(path);
    byLocale.set(locale, { ...byLocale.get(locale), [path]: text });
  }
  return byLocale;
}

describe('every translation of the interface', () => {
  const byLocale = filesByLocale();
  const english = messagesOf(byLocale.get('en') ?? {});
  const translations = UI_LOCALES.filter((locale) => locale !== 'en');

  it('exists, for each of the six UN languages', () => {
    expect(translations).toEqual(['ar', 'zh', 'fr', 'ru', 'es']);
    for (const locale of translations) expect(byLocale.has(locale), locale).toBe(true);
    expect([...availableLocales].sort()).toEqual([...UI_LOCALES].sort());
  });

  it.each(translations)('%s has exactly English’s messages, variables and variants', (locale) => {
    const translated = messagesOf(byLocale.get(locale) ?? {});
    expect(translated.size).toBeGreaterThan(0);
    expect(localeProblems(locale, english, translated)).toEqual([]);
  });

  it.each(translations)('%s formats every message without errors', (locale) => {
    const bundle = new FluentBundle(locale);
    const problems: string[] = [];
    for (const [path, text] of Object.entries(byLocale.get(locale) ?? {})) {
      problems.push(...bundle.addResource(new FluentResource(text)).map((e) => `${path}: ${e.message}`));
    }
    for (const [id, source] of english) {
      const message = bundle.getMessage(id);
      if (!message) continue; // Reported by the test above.
      const patterns = [message.value, ...Object.values(message.attributes)];
      // Counts that reach every plural category of the six languages, and a string.
      for (const value of [0, 1, 2, 3, 5, 11, 21, 100, 1.5, 'x']) {
        const args = Object.fromEntries([...variablesIn(source)].map((name) => [name, value]));
        for (const pattern of patterns) {
          if (!pattern) continue;
          const errors: Error[] = [];
          bundle.formatPattern(pattern, args, errors);
          problems.push(...errors.map((e) => `${id}: ${e.message}`));
        }
      }
    }
    expect(problems).toEqual([]);
  });

  // The checks above can fail: a translation with each kind of fault.
  it('are checked for what a translation can get wrong', () => {
    const source = messagesOf({
      'en.ftl': [
        'hello = Hello, { $name }',
        'titled = Titled',
        '    .aria-label = A label',
        'kind = { $kind ->',
        '    [comment] Comment',
        '   *[amendment] Amendment',
        '}',
        'count = { $count ->',
        '    [one] One item',
        '   *[other] { $count } items',
        '}',
        'gone = Gone',
      ].join('\n'),
    });
    const translated = messagesOf({
      'ru.ftl': [
        'hello = Привет, { $user }',
        'titled = Заголовок',
        'kind = { $kind ->',
        '   *[comment] Комментарий',
        '}',
        'count = { $count ->',
        '    [one] { $count } элемент',
        '    [few] { $count } элемента',
        '    [two] { $count } элемента',
        '   *[other] { $count } элемента',
        '}',
        'extra = Лишнее',
      ].join('\n'),
    });
    expect(localeProblems('ru', source, translated)).toEqual([
      'ru: lacks gone',
      'ru: hello uses $user, which English does not pass',
      'ru: titled lacks .aria-label',
      'ru: kind has no [amendment] for $kind',
      'ru: count has [two], not a plural category of ru',
      'ru: count has no [many] for $count',
      'ru: has extra, which English does not',
    ]);
    // And a complete one passes.
    expect(localeProblems('en', source, source)).toEqual([]);
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

describe('each UI language', () => {
  /** Without Fluent's bidi isolation marks, to compare with plain text. */
  const plain = (text: string) => text.replace(/[\u2068\u2069]/g, '');
  const day = Date.UTC(2025, 2, 14, 12, 0);

  it('writes dates, times and amounts of data by its own conventions', () => {
    setLocale('fr');
    expect(formatDate(day)).toBe('14 mars 2025');
    // ICU versions differ in which no-break space they put before the unit.
    expect(formatBytes(1_200_000).replace(/\s/g, ' ')).toBe('1,2 Mo');
    setLocale('ru');
    expect(formatDate(day)).toMatch(/^14 марта 2025/);
    setLocale('es');
    expect(formatDate(day)).toBe('14 de marzo de 2025');
    setLocale('zh');
    expect(formatDate(day)).toBe('2025年3月14日');
  });

  it('writes Arabic with Latin digits, whatever the system’s ICU would choose', () => {
    setLocale('ar');
    const date = formatDate(day);
    expect(date).toContain('مارس');
    expect(date).toMatch(/^14 .* 2025$/);
    expect(formatTime(day)).not.toMatch(/[\u0660-\u0669\u06f0-\u06f9]/);
    expect(plain(t('sync-waiting', { count: 12 }))).toBe('12 مساهمة بانتظار الإرسال');
    expect(plain(t('translate-progress', { done: 3, total: 18 }))).not.toMatch(/[\u0660-\u0669]/);
  });

  it('counts in every plural form the language has', () => {
    setLocale('ar');
    const arabic = [0, 1, 2, 3, 11, 100].map((count) => plain(t('sync-waiting', { count })));
    expect(arabic).toEqual([
      'لا شيء بانتظار الإرسال',
      'مساهمة واحدة بانتظار الإرسال',
      'مساهمتان بانتظار الإرسال',
      '3 مساهمات بانتظار الإرسال',
      '11 مساهمة بانتظار الإرسال',
      '100 مساهمة بانتظار الإرسال',
    ]);
    setLocale('ru');
    const russian = [1, 3, 5, 21].map((count) => plain(t('sync-refused', { count })));
    expect(russian).toEqual([
      '1 материал отклонён сервером',
      '3 материала отклонены сервером',
      '5 материалов отклонены сервером',
      '21 материал отклонён сервером',
    ]);
  });

  it('names other languages as a menu shows them', () => {
    setLocale('fr');
    expect(languageName('ar')).toBe('Arabe (العربية)');
    expect(languageName('de')).toBe('\u2068Allemand\u2069 (\u2068Deutsch\u2069)');
    setLocale('ru');
    expect(plain(languageName('it'))).toBe('Итальянский (Italiano)');
    setLocale('en');
    expect(plain(languageName('zh-Hans'))).toBe('Simplified Chinese (简体中文)');
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

  it.each(UI_LOCALES)('have a distinct wording for every value in %s', (locale) => {
    for (const [id, name, values] of cases) {
      const texts = values.map((value) => tFor(locale, id, { [name]: value }));
      expect(new Set(texts).size, `${locale} ${id}`).toBe(values.length);
      for (const text of texts) expect(text, `${locale} ${id}`).not.toMatch(/^[a-z_]+$/);
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
