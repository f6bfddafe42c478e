// The one door between the UI and the Rust side: the only module that imports Tauri's API.
// Each function here is one command of the desktop shell (src-tauri/), typed with the
// read models that ts-rs generates from crates/core/src/view.rs. Tests replace this module
// with backend.mock.ts; `vite --mode fixtures` answers from fixtures.ts, for working on the
// UI in a plain browser.

import { invoke } from '@tauri-apps/api/core';
import type { DraftContent } from './bindings/DraftContent';
import type { DraftKey } from './bindings/DraftKey';
import type { DraftKind } from './bindings/DraftKind';
import type { ForumListItem } from './bindings/ForumListItem';
import type { GlossaryView } from './bindings/GlossaryView';
import type { ImportSummary } from './bindings/ImportSummary';
import type { IdentityDetails } from './bindings/IdentityDetails';
import type { MyContributions } from './bindings/MyContributions';
import type { PriorityView } from './bindings/PriorityView';
import type { SearchResults } from './bindings/SearchResults';
import type { StatementView } from './bindings/StatementView';
import type { SyncLine } from './bindings/SyncLine';
import type { TermView } from './bindings/TermView';
import type { TranslationDraft } from './bindings/TranslationDraft';
import type { TranslationEditorView } from './bindings/TranslationEditorView';
import type { TranslationOverview } from './bindings/TranslationOverview';
import { toBackendError } from './errors';
import type { JoinDetails } from './join';

export type { BackendError } from './errors';

/** The interface settings the shell remembers. */
export type UiSetting = 'ui-locale' | 'reading-language';

/** A reviewer's decision on a translation. */
export type ReviewDecision = 'approved' | 'needs_review';

/** The file formats translations are exchanged in. */
export type TranslationFileFormat = 'xliff' | 'po';

/** Where an exported file was saved (the user's downloads folder, or home). */
export type SavedFile = { path: string };

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  if (import.meta.env.MODE === 'fixtures') return fromFixtures<T>(command, args);
  try {
    return await invoke<T>(command, args);
  } catch (reason) {
    throw toBackendError(reason);
  }
}

/** The whole statement in reading order, read in `language` (BCP 47): translations where
 * they exist, each part with its state; the original when no language is given. */
export function getStatement(language?: string | null): Promise<StatementView> {
  return call<StatementView>('statement', language ? { language } : undefined);
}

/** One priority's page, read in `language` like the statement. Rejects with code
 * `not-found` for an unknown id. */
export function getPriority(id: string, language?: string | null): Promise<PriorityView> {
  return call<PriorityView>('priority', language ? { id, language } : { id });
}

/** A key for a new draft: a fresh id for a comment or amendment; for a position, the
 * priority's own id (a participant has one position per priority). Nothing is stored yet. */
export function newDraft(kind: DraftKind, priority: string): Promise<DraftKey> {
  return call<DraftKey>('new_draft', { kind, priority });
}

/** Stores a draft as it stands; the first save creates it. */
export function saveDraft(key: DraftKey, priority: string, content: DraftContent): Promise<void> {
  return call<void>('save_draft', { key, priority, content });
}

/** Throws a draft away. */
export function discardDraft(key: DraftKey): Promise<void> {
  return call<void>('discard_draft', { key });
}

/** Turns a saved draft into a signed contribution, ready to send. An incomplete draft is
 * refused with code `invalid` and the `field` to fix, and stays as it was. */
export function submitDraft(key: DraftKey): Promise<void> {
  return call<void>('submit_draft', { key });
}

/** Opens a draft prefilled from one of the user's contributions; submitting it supersedes
 * the contribution. `target` is the comment's or amendment's id, or a position's priority. */
export function editContribution(kind: DraftKind, target: string): Promise<DraftKey> {
  return call<DraftKey>('edit_contribution', { kind, target });
}

/** Takes a contribution back: retracts a comment, withdraws an amendment, clears a position. */
export function retract(kind: DraftKind, target: string): Promise<void> {
  return call<void>('retract', { kind, target });
}

/** The user's drafts, and their contributions ready to send and sent. */
export function getMyContributions(): Promise<MyContributions> {
  return call<MyContributions>('my_contributions');
}

/** Searches priorities, comments and amendments. */
export function search(query: string): Promise<SearchResults> {
  return call<SearchResults>('search', { query });
}

/** Markdown being typed, rendered and sanitized by the Rust side exactly as it will be shown. */
export function previewMarkdown(text: string): Promise<string> {
  return call<string>('preview_markdown', { text });
}

/** What the user is willing to disclose about themselves, per contribution. */
export function getIdentityDetails(): Promise<IdentityDetails> {
  return call<IdentityDetails>('identity_details');
}

/** Stores what the user is willing to disclose about themselves. */
export function setIdentityDetails(details: IdentityDetails): Promise<void> {
  return call<void>('set_identity_details', { details });
}

/** The forums on this device, the one shown marked `current`; a forum just joined has no
 * title until its first sync brings it. */
export function getForums(): Promise<ForumListItem[]> {
  return call<ForumListItem[]>('forums');
}

/** Makes `forum` the one the app shows; the current page's data must then be loaded again.
 * Rejects with `not-found` for a forum whose first sync has not arrived yet. */
export function openForum(forum: string): Promise<void> {
  return call<void>('open_forum', { forum });
}

/** Joins the forum an invite code opens on `server`, telling its organizers `details`;
 * resolves with the forum's id. Rejects with `invalid` (`field`: `server`, `invite` or
 * `group`), `network` (the server could not be reached), `server` (it refused: the message
 * carries its reason) or `protocol`. */
export function joinForum(server: string, invite: string, details: JoinDetails): Promise<string> {
  return call<string>('join_forum', { server, invite, details });
}

/** Starts a sync of every joined forum now. */
export function syncNow(): Promise<void> {
  return call<void>('sync_now');
}

/** The status line of the forum shown: its sync state, progress, and what waits. */
export function getSyncLine(): Promise<SyncLine> {
  return call<SyncLine>('sync_line');
}

/** An interface setting remembered on this device (`ui-locale`, `reading-language`), or
 * null when it was never set. */
export function getUiSetting(key: UiSetting): Promise<string | null> {
  return call<string | null>('ui_setting', { key });
}

/** Remembers an interface setting on this device. */
export function setUiSetting(key: UiSetting, value: string): Promise<void> {
  return call<void>('set_ui_setting', { key, value });
}

/** Every part of the statement with its translation state in `language`. */
export function getTranslationOverview(language: string): Promise<TranslationOverview> {
  return call<TranslationOverview>('translation_overview', { language });
}

/** The translation editor for one part (`subject`: `title`, `preamble`, `about`,
 * `section/<id>` or `priority/<id>`) in `language`. */
export function getTranslationEditor(subject: string, language: string): Promise<TranslationEditorView> {
  return call<TranslationEditorView>('translation_editor', { subject, language });
}

/** Stores what the translator typed, on this device only. */
export function saveTranslationDraft(
  subject: string,
  language: string,
  draft: TranslationDraft,
): Promise<void> {
  return call<void>('save_translation_draft', { subject, language, draft });
}

/** Throws the translator's draft away. */
export function discardTranslationDraft(subject: string, language: string): Promise<void> {
  return call<void>('discard_translation_draft', { subject, language });
}

/** Signs the saved draft as the translation's new version, ready to send. A draft that cannot
 * be accepted is refused with code `invalid` and the `field` at fault (`text`, `title`,
 * `state`, …), and stays as it was. */
export function submitTranslation(subject: string, language: string): Promise<void> {
  return call<void>('submit_translation', { subject, language });
}

/** A reviewer's decision on the current version of a translation: `approved`, or
 * `needs_review` (sent back), with an optional note. */
export function reviewTranslation(
  subject: string,
  language: string,
  decision: ReviewDecision,
  note: string | null,
): Promise<void> {
  return call<void>('review_translation', { subject, language, decision, note });
}

/** The forum's glossary of contested terms. */
export function getGlossary(): Promise<GlossaryView> {
  return call<GlossaryView>('glossary');
}

/** Adds a concept to the glossary; resolves with its id. */
export function addConcept(note: string | null): Promise<string> {
  return call<string>('add_concept', { note });
}

/** Writes a concept's entry in one language. Refused with code `invalid` and the `field` at
 * fault (`terms`, `definition`, `usage_note`, …). */
export function saveGlossaryEntry(
  concept: string,
  language: string,
  terms: TermView[],
  definition: string,
  usageNote: string,
): Promise<void> {
  return call<void>('save_glossary_entry', { concept, language, terms, definition, usageNote });
}

/** Saves the translations into `language` as an XLIFF 2.0 or PO file, in the downloads
 * folder under a name no earlier export has. */
export function exportTranslations(language: string, format: TranslationFileFormat): Promise<SavedFile> {
  return call<SavedFile>('export_translations', { language, format });
}

/** Imports a language's translations from the text of an XLIFF 2.0 or PO file, all or
 * nothing: a file with problems is refused with code `import` and every `problems` found. */
export function importTranslations(text: string, format: TranslationFileFormat): Promise<ImportSummary> {
  return call<ImportSummary>('import_translations', { text, format });
}

/** Saves the glossary as a TBX file in the downloads folder. */
export function exportGlossary(): Promise<SavedFile> {
  return call<SavedFile>('export_glossary');
}

/** Imports a glossary from the text of a TBX file, all or nothing (as importTranslations). */
export function importGlossary(text: string): Promise<ImportSummary> {
  return call<ImportSummary>('import_glossary', { text });
}

/** Tells the shell that the first screen has been painted; it logs the cold-start time. */
export function uiReady(): Promise<void> {
  return call<void>('ui_ready');
}

// Development only: a build in any other mode drops this branch and fixtures.ts with it.
// The fixture store (lib/fixture-store.ts) keeps drafts and contributions in memory, so that
// the whole drafting flow can be tried in a plain browser.
async function fromFixtures<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  const { FixtureStore } = await import('./fixture-store');
  fixtureStore ??= new FixtureStore();
  return fixtureStore.answer(command, args ?? {}) as T;
}

let fixtureStore: import('./fixture-store').FixtureStore | undefined;
