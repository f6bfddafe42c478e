// The real backend module, over a stand-in for Tauri's invoke: the command names and
// arguments the Rust side must provide, and how failures are passed on.

import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.unmock('../lib/backend');
vi.mock('@tauri-apps/api/core', () => ({ invoke: vi.fn() }));

const { invoke } = await import('@tauri-apps/api/core');
const backend = await import('../lib/backend');
const invokeMock = vi.mocked(invoke);

beforeEach(() => invokeMock.mockReset());

describe('backend', () => {
  it('calls the statement, priority and ui_ready commands', async () => {
    invokeMock.mockResolvedValue({ answer: true });
    await expect(backend.getStatement()).resolves.toEqual({ answer: true });
    await backend.getPriority('pri-1');
    await backend.uiReady();
    expect(invokeMock.mock.calls.map((call) => call[0])).toEqual([
      'statement',
      'priority',
      'ui_ready',
    ]);
    expect(invokeMock.mock.calls[1]?.[1]).toEqual({ id: 'pri-1' });
  });

  it('calls the drafting commands with camelCase arguments', async () => {
    invokeMock.mockResolvedValue(undefined);
    const key = { kind: 'comment' as const, target: 'cmt-1' };
    const content = {
      kind: 'comment' as const,
      revision: 'rev-1',
      commentKind: 'question',
      body: 'Why?',
      language: 'en',
      attribution: 'pseudonym',
      anchor: null,
    };
    const details = { name: null, affiliation: null, group: 'academia', region: '142' };
    await backend.newDraft('comment', 'pri-1');
    await backend.saveDraft(key, 'pri-1', content);
    await backend.discardDraft(key);
    await backend.submitDraft(key);
    await backend.editContribution('amendment', 'amd-1');
    await backend.retract('position', 'pri-1');
    await backend.getMyContributions();
    await backend.search('safety');
    await backend.previewMarkdown('**a**');
    await backend.getIdentityDetails();
    await backend.setIdentityDetails(details);
    expect(invokeMock.mock.calls).toEqual([
      ['new_draft', { kind: 'comment', priority: 'pri-1' }],
      ['save_draft', { key, priority: 'pri-1', content }],
      ['discard_draft', { key }],
      ['submit_draft', { key }],
      ['edit_contribution', { kind: 'amendment', target: 'amd-1' }],
      ['retract', { kind: 'position', target: 'pri-1' }],
      ['my_contributions', undefined],
      ['search', { query: 'safety' }],
      ['preview_markdown', { text: '**a**' }],
      ['identity_details', undefined],
      ['set_identity_details', { details }],
    ]);
  });

  it('calls the forum and sync commands', async () => {
    invokeMock.mockResolvedValue(undefined);
    const details = {
      name: 'Amina Diallo',
      affiliation: 'University of Dakar',
      contact: 'amina@example.org',
      group: 'academia',
      region: null,
    };
    await backend.getForums();
    await backend.openForum('forum-1');
    await backend.joinForum('forum.example.org', 'K7QM-2XPL', details);
    await backend.syncNow();
    await backend.getSyncLine();
    expect(invokeMock.mock.calls).toEqual([
      ['forums', undefined],
      ['open_forum', { forum: 'forum-1' }],
      ['join_forum', { server: 'forum.example.org', invite: 'K7QM-2XPL', details }],
      ['sync_now', undefined],
      ['sync_line', undefined],
    ]);
  });

  it('reads the statement and a priority in a language, or in the original', async () => {
    invokeMock.mockResolvedValue({});
    await backend.getStatement('fr');
    await backend.getStatement(null);
    await backend.getPriority('pri-1', 'ar');
    await backend.getPriority('pri-1', null);
    expect(invokeMock.mock.calls).toEqual([
      ['statement', { language: 'fr' }],
      ['statement', undefined],
      ['priority', { id: 'pri-1', language: 'ar' }],
      ['priority', { id: 'pri-1' }],
    ]);
  });

  it('calls the translation, glossary and settings commands with camelCase arguments', async () => {
    invokeMock.mockResolvedValue(undefined);
    const draft = { title: 'Titre', body: 'Texte', state: 'translated' };
    const terms = [{ text: 'sûreté', status: 'preferred' }];
    await backend.getUiSetting('reading-language');
    await backend.setUiSetting('reading-language', 'fr');
    await backend.getTranslationOverview('fr');
    await backend.getTranslationEditor('priority/p-1', 'fr');
    await backend.saveTranslationDraft('priority/p-1', 'fr', draft);
    await backend.discardTranslationDraft('priority/p-1', 'fr');
    await backend.submitTranslation('priority/p-1', 'fr');
    await backend.reviewTranslation('priority/p-1', 'fr', 'needs_review', 'Check 2.1');
    await backend.getGlossary();
    await backend.addConcept(null);
    await backend.saveGlossaryEntry('c-1', 'fr', terms, 'Définition', 'Usage');
    await backend.exportTranslations('fr', 'po');
    await backend.importTranslations('<xliff/>', 'xliff');
    await backend.exportGlossary();
    await backend.importGlossary('<tbx/>');
    expect(invokeMock.mock.calls).toEqual([
      ['ui_setting', { key: 'reading-language' }],
      ['set_ui_setting', { key: 'reading-language', value: 'fr' }],
      ['translation_overview', { language: 'fr' }],
      ['translation_editor', { subject: 'priority/p-1', language: 'fr' }],
      ['save_translation_draft', { subject: 'priority/p-1', language: 'fr', draft }],
      ['discard_translation_draft', { subject: 'priority/p-1', language: 'fr' }],
      ['submit_translation', { subject: 'priority/p-1', language: 'fr' }],
      [
        'review_translation',
        { subject: 'priority/p-1', language: 'fr', decision: 'needs_review', note: 'Check 2.1' },
      ],
      ['glossary', undefined],
      ['add_concept', { note: null }],
      [
        'save_glossary_entry',
        { concept: 'c-1', language: 'fr', terms, definition: 'Définition', usageNote: 'Usage' },
      ],
      ['export_translations', { language: 'fr', format: 'po' }],
      ['import_translations', { text: '<xliff/>', format: 'xliff' }],
      ['export_glossary', undefined],
      ['import_glossary', { text: '<tbx/>' }],
    ]);
  });

  it('keeps every problem of a file that cannot be imported', async () => {
    invokeMock.mockRejectedValueOnce({
      code: 'import',
      message: 'the file cannot be imported',
      problems: ['unit 3: no target', 'unit 7: unknown part'],
    });
    await expect(backend.importGlossary('<tbx/>')).rejects.toEqual({
      code: 'import',
      message: 'the file cannot be imported',
      problems: ['unit 3: no target', 'unit 7: unknown part'],
    });
  });

  it('keeps the field a form error names', async () => {
    invokeMock.mockRejectedValueOnce({ code: 'invalid', field: 'body', message: 'body: empty' });
    await expect(backend.submitDraft({ kind: 'comment', target: 'c' })).rejects.toEqual({
      code: 'invalid',
      field: 'body',
      message: 'body: empty',
    });
  });

  it('passes a command’s error on as it is', async () => {
    invokeMock.mockRejectedValueOnce({ code: 'not-found', message: 'pri-1 was not found' });
    const reason = await backend.getPriority('pri-1').catch((e: unknown) => e);
    expect(reason).toEqual({ code: 'not-found', message: 'pri-1 was not found' });
  });

  it('gives a code to failures that come without one', async () => {
    invokeMock.mockRejectedValueOnce('Command statement not found');
    await expect(backend.getStatement()).rejects.toEqual({
      code: 'ipc',
      message: 'Command statement not found',
    });
    invokeMock.mockRejectedValueOnce(new TypeError('window.__TAURI_INTERNALS__ is undefined'));
    await expect(backend.getStatement()).rejects.toEqual({
      code: 'ipc',
      message: 'window.__TAURI_INTERNALS__ is undefined',
    });
    invokeMock.mockRejectedValueOnce({ code: 7 });
    await expect(backend.getStatement()).rejects.toMatchObject({ code: 'ipc' });
  });
});
