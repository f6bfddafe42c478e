// Vitest's stand-in for backend.ts (see src/tests/setup.ts): the same exports, answering from
// an in-memory FixtureStore (fixture-store.ts), each a spy that a test can inspect or make
// fail with mockRejectedValueOnce. Every test starts with a fresh store.

import { vi } from 'vitest';
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
import type { ReviewDecision, SavedFile, TranslationFileFormat, UiSetting } from './backend';
import { FixtureStore } from './fixture-store';
import type { JoinDetails } from './join';

export type { BackendError } from './errors';

/** The store behind the mock; replaced for each test. */
export let store = new FixtureStore();

// Answers asynchronously, as IPC does, and fails the way the real module does.
async function answer<T>(command: string, args: Record<string, unknown> = {}): Promise<T> {
  return store.answer(command, args) as T;
}

export const getStatement = vi.fn(
  (language?: string | null): Promise<StatementView> =>
    answer('statement', language ? { language } : {}),
);
export const getPriority = vi.fn(
  (id: string, language?: string | null): Promise<PriorityView> =>
    answer('priority', language ? { id, language } : { id }),
);
export const newDraft = vi.fn(
  (kind: DraftKind, priority: string): Promise<DraftKey> => answer('new_draft', { kind, priority }),
);
export const saveDraft = vi.fn(
  (key: DraftKey, priority: string, content: DraftContent): Promise<void> =>
    answer('save_draft', { key, priority, content }),
);
export const discardDraft = vi.fn((key: DraftKey): Promise<void> => answer('discard_draft', { key }));
export const submitDraft = vi.fn((key: DraftKey): Promise<void> => answer('submit_draft', { key }));
export const editContribution = vi.fn(
  (kind: DraftKind, target: string): Promise<DraftKey> =>
    answer('edit_contribution', { kind, target }),
);
export const retract = vi.fn(
  (kind: DraftKind, target: string): Promise<void> => answer('retract', { kind, target }),
);
export const getMyContributions = vi.fn((): Promise<MyContributions> => answer('my_contributions'));
export const search = vi.fn((query: string): Promise<SearchResults> => answer('search', { query }));
export const previewMarkdown = vi.fn(
  (text: string): Promise<string> => answer('preview_markdown', { text }),
);
export const getIdentityDetails = vi.fn((): Promise<IdentityDetails> => answer('identity_details'));
export const setIdentityDetails = vi.fn(
  (details: IdentityDetails): Promise<void> => answer('set_identity_details', { details }),
);
export const getForums = vi.fn((): Promise<ForumListItem[]> => answer('forums'));
export const openForum = vi.fn((forum: string): Promise<void> => answer('open_forum', { forum }));
export const joinForum = vi.fn(
  (server: string, invite: string, details: JoinDetails): Promise<string> =>
    answer('join_forum', { server, invite, details }),
);
export const syncNow = vi.fn((): Promise<void> => answer('sync_now'));
export const getSyncLine = vi.fn((): Promise<SyncLine> => answer('sync_line'));
export const getUiSetting = vi.fn(
  (key: UiSetting): Promise<string | null> => answer('ui_setting', { key }),
);
export const setUiSetting = vi.fn(
  (key: UiSetting, value: string): Promise<void> => answer('set_ui_setting', { key, value }),
);
export const getTranslationOverview = vi.fn(
  (language: string): Promise<TranslationOverview> => answer('translation_overview', { language }),
);
export const getTranslationEditor = vi.fn(
  (subject: string, language: string): Promise<TranslationEditorView> =>
    answer('translation_editor', { subject, language }),
);
export const saveTranslationDraft = vi.fn(
  (subject: string, language: string, draft: TranslationDraft): Promise<void> =>
    answer('save_translation_draft', { subject, language, draft }),
);
export const discardTranslationDraft = vi.fn(
  (subject: string, language: string): Promise<void> =>
    answer('discard_translation_draft', { subject, language }),
);
export const submitTranslation = vi.fn(
  (subject: string, language: string): Promise<void> =>
    answer('submit_translation', { subject, language }),
);
export const reviewTranslation = vi.fn(
  (subject: string, language: string, decision: ReviewDecision, note: string | null): Promise<void> =>
    answer('review_translation', { subject, language, decision, note }),
);
export const getGlossary = vi.fn((): Promise<GlossaryView> => answer('glossary'));
export const addConcept = vi.fn((note: string | null): Promise<string> => answer('add_concept', { note }));
export const saveGlossaryEntry = vi.fn(
  (
    concept: string,
    language: string,
    terms: TermView[],
    definition: string,
    usageNote: string,
  ): Promise<void> =>
    answer('save_glossary_entry', { concept, language, terms, definition, usageNote }),
);
export const exportTranslations = vi.fn(
  (language: string, format: TranslationFileFormat): Promise<SavedFile> =>
    answer('export_translations', { language, format }),
);
export const importTranslations = vi.fn(
  (text: string, format: TranslationFileFormat): Promise<ImportSummary> =>
    answer('import_translations', { text, format }),
);
export const exportGlossary = vi.fn((): Promise<SavedFile> => answer('export_glossary'));
export const importGlossary = vi.fn(
  (text: string): Promise<ImportSummary> => answer('import_glossary', { text }),
);
export const uiReady = vi.fn(async (): Promise<void> => {});

const spies = [
  getStatement,
  getPriority,
  newDraft,
  saveDraft,
  discardDraft,
  submitDraft,
  editContribution,
  retract,
  getMyContributions,
  search,
  previewMarkdown,
  getIdentityDetails,
  setIdentityDetails,
  getForums,
  openForum,
  joinForum,
  syncNow,
  getSyncLine,
  getUiSetting,
  setUiSetting,
  getTranslationOverview,
  getTranslationEditor,
  saveTranslationDraft,
  discardTranslationDraft,
  submitTranslation,
  reviewTranslation,
  getGlossary,
  addConcept,
  saveGlossaryEntry,
  exportTranslations,
  importTranslations,
  exportGlossary,
  importGlossary,
  uiReady,
];

/** Forgets calls, one-off behaviours and everything stored, restoring the fixture answers. */
export function resetBackendMock(): void {
  store = new FixtureStore();
  for (const spy of spies) spy.mockReset();
}
