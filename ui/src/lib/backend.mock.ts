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
import type { Annexes } from './bindings/Annexes';
import type { LogEntry } from './bindings/LogEntry';
import type { OverviewRow } from './bindings/OverviewRow';
import type { AttachmentView } from './bindings/AttachmentView';
import type { GroupView } from './bindings/GroupView';
import type { ReportView } from './bindings/ReportView';
import type { SubmissionFilter } from './bindings/SubmissionFilter';
import type { SubmissionItem } from './bindings/SubmissionItem';
import type { AutomaticBackup } from './bindings/AutomaticBackup';
import type { BackupSummary } from './bindings/BackupSummary';
import type { RestoreSummary } from './bindings/RestoreSummary';
import type {
  BackupSource,
  DecisionOutcome,
  HideKind,
  StatementFormat,
  FormContent,
  FormItem,
  FormKind,
  ReportFormat,
  ReviewDecision,
  SavedFile,
  SubmissionKind,
  TranslationFileFormat,
  UiSetting,
} from './backend';
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
export const newFormId = vi.fn((): Promise<string> => answer('new_form_id'));
export const saveForm = vi.fn(
  <K extends FormKind>(kind: K, target: string, content: FormContent<K>): Promise<void> =>
    answer('save_form', { kind, target, content }),
);
export const getForm = vi.fn(
  <K extends FormKind>(kind: K, target: string): Promise<FormContent<K> | null> =>
    answer('form', { kind, target }),
);
export const getMyForms = vi.fn((): Promise<FormItem[]> => answer('my_forms'));
export const discardForm = vi.fn(
  (kind: FormKind, target: string): Promise<void> => answer('discard_form', { kind, target }),
);
export const submitReport = vi.fn((target: string): Promise<void> => answer('submit_report', { target }));
export const submitInput = vi.fn((target: string): Promise<void> => answer('submit_input', { target }));
export const withdrawReport = vi.fn((id: string): Promise<void> => answer('withdraw_report', { id }));
export const createGroup = vi.fn((name: string): Promise<string> => answer('create_group', { name }));
export const addGroupMember = vi.fn(
  (group: string, key: string): Promise<void> => answer('add_group_member', { group, key }),
);
export const getMyGroups = vi.fn((): Promise<GroupView[]> => answer('my_groups'));
export const getDeviceKey = vi.fn((): Promise<string> => answer('device_key'));
export const endorse = vi.fn(
  (kind: SubmissionKind, id: string, group: string): Promise<void> =>
    answer('endorse', { kind, id, group }),
);
export const triage = vi.fn(
  (kind: SubmissionKind, id: string, state: string, note: string | null): Promise<void> =>
    answer('triage', { kind, id, triage: state, note }),
);
export const getSubmissions = vi.fn(
  (filter: SubmissionFilter): Promise<SubmissionItem[]> => answer('submissions', { filter }),
);
export const getReport = vi.fn((id: string): Promise<ReportView> => answer('report', { id }));
export const addAttachment = vi.fn(
  (name: string, mediaType: string, data: string): Promise<AttachmentView> =>
    answer('add_attachment', { name, mediaType, data }),
);
export const fetchAttachment = vi.fn(
  (chunks: string[]): Promise<boolean> => answer('fetch_attachment', { chunks }),
);
export const saveAttachment = vi.fn(
  (attachment: AttachmentView): Promise<SavedFile> => answer('save_attachment', { attachment }),
);
export const exportReport = vi.fn(
  (id: string, format: ReportFormat): Promise<SavedFile> => answer('export_report', { id, format }),
);
export const importReport = vi.fn((text: string): Promise<string> => answer('import_report', { text }));
export const decideAmendments = vi.fn(
  (
    priority: string,
    amendments: string[],
    outcome: DecisionOutcome,
    reason: string | null,
    merged?: { title: string; body: string },
  ): Promise<void> =>
    answer('decide_amendments', {
      priority,
      amendments,
      outcome,
      reason,
      mergedTitle: merged?.title ?? null,
      mergedBody: merged?.body ?? null,
    }),
);
export const hideContribution = vi.fn(
  (kind: HideKind, id: string, reason: string): Promise<void> =>
    answer('hide_contribution', { kind, id, reason }),
);
export const setPhase = vi.fn((phase: string): Promise<void> => answer('set_phase', { phase }));
export const getDecisionLog = vi.fn((): Promise<LogEntry[]> => answer('decision_log'));
export const getOverview = vi.fn((): Promise<OverviewRow[]> => answer('overview'));
export const exportStatement = vi.fn(
  (language: string, format: StatementFormat, annexes: Annexes): Promise<SavedFile> =>
    answer('export_statement', { language, format, annexes }),
);
export const createBackup = vi.fn(
  (passphrase: string): Promise<BackupSummary> => answer('create_backup', { passphrase }),
);
export const restoreBackup = vi.fn(
  (source: BackupSource, passphrase: string, replace: boolean): Promise<RestoreSummary> =>
    answer('restore_backup', { source, passphrase, replace }),
);
export const getAutomaticBackups = vi.fn((): Promise<AutomaticBackup[]> => answer('automatic_backups'));
export const restoreAutomaticBackup = vi.fn(
  (name: string): Promise<RestoreSummary> => answer('restore_automatic_backup', { name }),
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
  newFormId,
  saveForm,
  getForm,
  getMyForms,
  discardForm,
  submitReport,
  submitInput,
  withdrawReport,
  createGroup,
  addGroupMember,
  getMyGroups,
  getDeviceKey,
  endorse,
  triage,
  getSubmissions,
  getReport,
  addAttachment,
  fetchAttachment,
  saveAttachment,
  exportReport,
  importReport,
  decideAmendments,
  hideContribution,
  setPhase,
  getDecisionLog,
  getOverview,
  exportStatement,
  createBackup,
  restoreBackup,
  getAutomaticBackups,
  restoreAutomaticBackup,
  uiReady,
];

/** Forgets calls, one-off behaviours and everything stored, restoring the fixture answers. */
export function resetBackendMock(): void {
  store = new FixtureStore();
  for (const spy of spies) spy.mockReset();
}
