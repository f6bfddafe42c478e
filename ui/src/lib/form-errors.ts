// Where a refused submit's reason is shown, and in which words. The Rust side names the field
// at fault (`body`, `title`, `stance`, `anchor`, `language`, `commentKind`, …) with an English
// message; the editor shows it next to that field, in the reader's language wherever the
// reason can be told for certain, else in the Rust side's own words.

import type { DraftContent } from './bindings/DraftContent';
import type { TranslationDraft } from './bindings/TranslationDraft';
import type { BackendError } from './errors';
import { has, i18n, t } from './i18n.svelte';

/** Fields whose errors are shown beside the attribution choice: what it would disclose. */
const ATTRIBUTION_FIELDS = new Set(['attribution', 'disclosed', 'name', 'affiliation', 'group', 'region']);

/** The editor fields that show their own errors. */
export const FORM_FIELDS = [
  'commentKind',
  'title',
  'body',
  'rationale',
  'stance',
  'reason',
  'anchor',
  'language',
  'attribution',
] as const;
export type FormField = (typeof FORM_FIELDS)[number] | 'form';

/** The field an error belongs beside; `form` for the editor as a whole. */
export function fieldOf(error: BackendError | null): FormField | null {
  if (!error) return null;
  const field = error.field ?? '';
  if (ATTRIBUTION_FIELDS.has(field)) return 'attribution';
  return (FORM_FIELDS as readonly string[]).includes(field) ? (field as FormField) : 'form';
}

/** The words for an error, and their language. */
export function errorMessage(
  error: BackendError,
  content: DraftContent,
): { text: string; lang: string } {
  const local = (text: string) => ({ text, lang: i18n.locale });
  if (error.code !== 'invalid') {
    const specific = `error-${error.code}`;
    return local(has(specific) ? t(specific) : t('error-generic'));
  }
  const field = error.field ?? '';
  if (field === 'body' && content.kind !== 'position' && content.body.trim() === '') {
    return local(t('invalid-body-empty', { kind: content.kind }));
  }
  if (field === 'title' && content.kind === 'amendment' && content.title.trim() === '') {
    return local(t('invalid-title-empty'));
  }
  if (field === 'stance' && content.kind === 'position' && content.stance === null) {
    return local(t('invalid-stance'));
  }
  if (field === 'anchor') return local(t('invalid-anchor'));
  if (field === 'commentKind') return local(t('invalid-comment-kind'));
  if (field === 'language') return local(t('invalid-language'));
  return { text: error.message, lang: 'en' };
}

/** Puts focus on the first field marked invalid in `form` (or the editor's own error). */
export function focusInvalid(form: HTMLElement | undefined): void {
  const bad = form?.querySelector<HTMLElement>('[aria-invalid="true"], .form-error');
  const target = bad?.matches('input, textarea, select, .form-error')
    ? bad
    : bad?.querySelector<HTMLElement>('input, textarea, select');
  target?.focus();
}

/** The translation editor's fields that show their own errors, and `form` for the rest. */
export type TranslationField = 'title' | 'body' | 'state' | 'form';

/** The translation editor's field an error belongs beside. The Rust side names the
 * translation's text `text` (its title and body alike) or `body` (too long to store). */
export function translationFieldOf(error: BackendError | null): TranslationField | null {
  if (!error) return null;
  if (error.code !== 'invalid') return 'form';
  switch (error.field) {
    case 'title':
      return 'title';
    case 'text':
    case 'body':
      return 'body';
    case 'state':
      return 'state';
    default:
      return 'form';
  }
}

/** The words for a translation editor's error, and their language. */
export function translationErrorMessage(
  error: BackendError,
  content: TranslationDraft,
): { text: string; lang: string } {
  const local = (text: string) => ({ text, lang: i18n.locale });
  if (error.code !== 'invalid') {
    const specific = `error-${error.code}`;
    return local(has(specific) ? t(specific) : t('error-generic'));
  }
  const field = translationFieldOf(error);
  if (field === 'title' && (content.title ?? '').trim() === '') return local(t('invalid-translation-title'));
  if (field === 'body' && content.body.trim() === '') return local(t('invalid-translation-empty'));
  if (field === 'state') return local(t('invalid-translation-state'));
  return { text: error.message, lang: 'en' };
}
