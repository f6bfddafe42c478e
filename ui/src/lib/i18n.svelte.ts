// The user interface's words: every string a person reads comes from a Fluent file in
// assets/locales/<lang>/, looked up here with `t(id, args)`. The current locale is reactive
// state, so switching languages at run time re-renders every `t` call, and it sets
// `<html lang dir>` so the whole page takes the language's direction.

import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';

/** The six UN languages, in the order a language menu lists them. */
export const UI_LOCALES = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const;

/** The locale every other falls back to, and whose file defines every message. */
export const SOURCE_LOCALE = 'en';

const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);

/** The writing direction of a BCP 47 language tag. */
export function directionOf(tag: string): 'ltr' | 'rtl' {
  const language = tag.toLowerCase().split(/[-_]/)[0] ?? '';
  return RTL_LANGUAGES.has(language) ? 'rtl' : 'ltr';
}

// Every .ftl file, at build time, keyed by path. A locale may be split over several files.
const files = import.meta.glob<string>('../../../assets/locales/*/*.ftl', {
  query: '?raw',
  import: 'default',
  eager: true,
});

function sourcesByLocale(): Map<string, string[]> {
  const byLocale = new Map<string, string[]>();
  for (const [path, text] of Object.entries(files)) {
    const locale = /\/locales\/([^/]+)\/[^/]+\.ftl$/.exec(path)?.[1];
    if (!locale) continue;
    byLocale.set(locale, [...(byLocale.get(locale) ?? []), text]);
  }
  return byLocale;
}

const sources = sourcesByLocale();

/**
 * The locale that Intl formats a UI language's numbers and dates with. Arabic is written
 * with Latin digits (0–9): UN Arabic documents number paragraphs and write dates that way,
 * the statement's own numbers (1.2, section 3) are Latin, and Arabic-speaking countries
 * differ (the Maghreb writes 0–9, the Mashriq often ٠–٩). Recent CLDR (47 and later) makes
 * Latin the default for `ar` too, but the ICU a system's WebKit uses may be older (Debian
 * 12 has ICU 72, which gives ٠–٩ for `ar`), so the numbering system is named explicitly:
 * the window and the tests (Node's ICU) then agree.
 */
export function intlLocale(locale: string): string {
  return locale === 'ar' ? 'ar-u-nu-latn' : locale;
}

function makeBundle(locale: string): FluentBundle {
  // Fluent's default bidi isolation stays on: each placeable is wrapped in FSI…PDI, so a
  // Latin title inside an Arabic sentence (or the reverse) cannot reorder its neighbours.
  // Numbers in messages ({ $count }) are formatted in the UI language's Intl locale.
  const bundle = new FluentBundle(intlLocale(locale));
  for (const text of sources.get(locale) ?? []) {
    const errors = bundle.addResource(new FluentResource(text));
    for (const error of errors) console.error(`[i18n] ${locale}: ${error.message}`);
  }
  return bundle;
}

const bundles = new Map<string, FluentBundle>();
function bundleFor(locale: string): FluentBundle {
  let bundle = bundles.get(locale);
  if (!bundle) {
    bundle = makeBundle(locale);
    bundles.set(locale, bundle);
  }
  return bundle;
}

/** The UI languages that have a translation, in menu order. */
export const availableLocales: readonly string[] = UI_LOCALES.filter((l) => sources.has(l));

/** Picks the first of the reader's preferred languages that the UI has, else English. */
export function negotiateLocale(preferred: readonly string[]): string {
  for (const tag of preferred) {
    const lower = tag.toLowerCase();
    const exact = availableLocales.find((l) => l.toLowerCase() === lower);
    if (exact) return exact;
    const language = lower.split(/[-_]/)[0];
    const byLanguage = availableLocales.find((l) => l === language);
    if (byLanguage) return byLanguage;
  }
  return SOURCE_LOCALE;
}

let current = $state(SOURCE_LOCALE);

/** The current UI locale and its direction, as reactive values. */
export const i18n = {
  get locale(): string {
    return current;
  },
  get dir(): 'ltr' | 'rtl' {
    return directionOf(current);
  },
};

/** Switches the UI language at run time; an unavailable locale is refused. */
export function setLocale(locale: string): void {
  if (!availableLocales.includes(locale)) {
    console.warn(`[i18n] no translation for ${locale}; keeping ${current}`);
    return;
  }
  current = locale;
  document.documentElement.lang = locale;
  document.documentElement.dir = directionOf(locale);
}

export type Args = Record<string, FluentVariable>;

function format(chain: readonly string[], id: string, args?: Args): string {
  for (const locale of chain) {
    const bundle = bundleFor(locale);
    const message = bundle.getMessage(id);
    if (!message?.value) continue;
    const errors: Error[] = [];
    const text = bundle.formatPattern(message.value, args ?? null, errors);
    for (const error of errors) console.warn(`[i18n] ${locale} ${id}: ${error.message}`);
    return text;
  }
  // Showing the id rather than nothing makes a missing message obvious, and findable.
  console.warn(`[i18n] missing message ${id}`);
  return id;
}

function chainFor(locale: string): string[] {
  return locale === SOURCE_LOCALE ? [locale] : [locale, SOURCE_LOCALE];
}

/** Whether the current locale (or English) has a message with this id. */
export function has(id: string): boolean {
  return chainFor(current).some((l) => bundleFor(l).hasMessage(id));
}

/** The message `id` in the current UI language, with `args` filled in. */
export function t(id: string, args?: Args): string {
  return format(chainFor(current), id, args);
}

/** The message `id` in a given UI language, such as a language's own name for a menu. */
export function tFor(locale: string, id: string, args?: Args): string {
  return format(chainFor(locale), id, args);
}

/** A day, such as "14 March 2025", in the current UI language's conventions. */
export function formatDate(ms: number): string {
  return new Intl.DateTimeFormat(intlLocale(current), { dateStyle: 'long' }).format(new Date(ms));
}

/** A time of day, such as "14:32", in the current UI language's conventions. */
export function formatTime(ms: number): string {
  return new Intl.DateTimeFormat(intlLocale(current), { timeStyle: 'short' }).format(new Date(ms));
}

/** A day and time, such as "14 March 2025, 14:32", for when something was saved. */
export function formatDateTime(ms: number): string {
  return new Intl.DateTimeFormat(intlLocale(current), {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(
    new Date(ms),
  );
}

/** When something happened: the time alone if it was today, else the day and time. */
export function formatMoment(ms: number, now: number = Date.now()): string {
  const day = (t: number) => new Date(t).toDateString();
  return day(ms) === day(now) ? formatTime(ms) : formatDateTime(ms);
}

/** An amount of data, such as "1.2 MB" or "240 kB", in the current UI language's conventions
 * (decimal units, as network plans count them). */
export function formatBytes(bytes: number): string {
  const [unit, size] =
    bytes >= 1e9 ? ['gigabyte', 1e9] : bytes >= 1e6 ? ['megabyte', 1e6] : ['kilobyte', 1e3];
  const value = bytes / size;
  return new Intl.NumberFormat(intlLocale(current), {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumFractionDigits: value < 10 ? 1 : 0,
  }).format(value);
}

/** A name with its first letter as a menu or heading shows it: CLDR's names are in the form
 * used mid-sentence, lower-case in French, Spanish or Russian ("allemand"), and CLDR's own
 * context rules title-case them in menus and standing alone ("Allemand"). */
function standAlone(name: string, locale: string): string {
  const [first = '', ...rest] = [...name];
  return first.toLocaleUpperCase(locale) + rest.join('');
}

/** A language's name for a menu or a heading, in the current UI language: the Fluent message
 * for the six UN languages, else the platform's name for the tag with its own name beside
 * it, such as "Simplified Chinese (简体中文)"; the tag itself if neither knows it. Sentences
 * that insert it are worded for a name in that form (see the translations' notes). */
export function languageName(code: string): string {
  if ((UI_LOCALES as readonly string[]).includes(code)) return t('language-name', { code });
  const named = (locale: string) => {
    try {
      const name = new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' }).of(code);
      return name === undefined ? undefined : standAlone(name, locale);
    } catch {
      return undefined;
    }
  };
  const name = named(current);
  if (!name) return code;
  const autonym = named(code);
  return autonym && autonym !== name ? t('language-name-with-autonym', { name, autonym }) : name;
}
