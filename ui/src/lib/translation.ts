// What the translation screens need to know about subjects, states, the glossary and its
// flags, apart from how they are shown.

import type { ConceptView } from './bindings/ConceptView';
import type { EntryView } from './bindings/EntryView';
import type { TermFlag } from './bindings/TermFlag';
import type { TermView } from './bindings/TermView';
import type { TranslationItem } from './bindings/TranslationItem';
import { t } from './i18n.svelte';

/** The states a translator can give a version; `approved` is a reviewer's decision. */
export const DRAFT_STATES = ['machine_draft', 'needs_review', 'translated'] as const;

/** The statuses of a glossary term, in the order an entry lists them. */
export const TERM_STATUSES = ['preferred', 'admitted', 'forbidden'] as const;

/** What kind of part a subject names: `title`, `preamble`, `about`, `section` or
 * `priority`. */
export function subjectKind(subject: string): string {
  return subject.split('/', 1)[0] ?? subject;
}

/** Whether a part still needs a translator's or a reviewer's attention. */
export function needsWork(item: Pick<TranslationItem, 'state' | 'outdated' | 'hasDraft'>): boolean {
  return item.state !== 'approved' || item.outdated || item.hasDraft;
}

/** A concept's entry in `language`, if it has one. */
export function entryIn(concept: ConceptView, language: string): EntryView | undefined {
  return concept.entries.find((e) => e.language === language);
}

/** Terms, preferred first, then admitted, then forbidden (each kept in its order). */
export function orderedTerms(terms: readonly TermView[] | undefined): TermView[] {
  const rank = (status: string) => {
    const at = (TERM_STATUSES as readonly string[]).indexOf(status);
    return at < 0 ? TERM_STATUSES.length : at;
  };
  return [...(terms ?? [])].sort((a, b) => rank(a.status) - rank(b.status));
}

/** The preferred terms of a concept in `language`. */
export function preferredTerms(concept: ConceptView | undefined, language: string): string[] {
  if (!concept) return [];
  return (entryIn(concept, language)?.terms ?? [])
    .filter((t) => t.status === 'preferred')
    .map((t) => t.text);
}

/** How a concept is named in `language`: its first preferred term there, else its first term
 * there, else null. */
export function conceptName(concept: ConceptView | undefined, language: string): string | null {
  if (!concept) return null;
  const terms = orderedTerms(entryIn(concept, language)?.terms);
  return terms.find((t) => t.status !== 'forbidden')?.text ?? terms[0]?.text ?? null;
}

/** What a flag says, in the interface's language, naming the concept by its term in the
 * source language (such as "safety"). */
export function flagText(
  flag: TermFlag,
  concepts: ConceptView[],
  sourceLanguage: string,
  language: string,
): string {
  const concept = concepts.find((c) => c.id === flag.concept);
  const name = conceptName(concept, sourceLanguage) ?? flag.concept;
  if (flag.kind === 'forbidden') {
    const preferred = preferredTerms(concept, language).filter((p) => p !== flag.term);
    return preferred.length > 0
      ? t('translation-flag-forbidden-prefer', {
          term: flag.term,
          concept: name,
          preferred: preferred.join(' / '),
        })
      : t('translation-flag-forbidden', { term: flag.term, concept: name });
  }
  return t('translation-flag-missing', { term: flag.term, concept: name });
}

/** Text folded for a loose search: lower case, Latin accents and Arabic vowel marks dropped. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f\u064b-\u065f\u0670\u0640]/g, '')
    .toLowerCase();
}

/** The format of a translation file: by its name's extension, else by its first character
 * (XLIFF is XML; PO is not). */
export function translationFileFormat(name: string, text: string): 'xliff' | 'po' {
  const extension = name.toLowerCase().split('.').pop() ?? '';
  if (extension === 'po' || extension === 'pot') return 'po';
  if (['xlf', 'xliff', 'xml'].includes(extension)) return 'xliff';
  return text.trimStart().startsWith('<') ? 'xliff' : 'po';
}
