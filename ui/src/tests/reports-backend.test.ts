// The real backend module's calls for reports, input, groups, triage, attachments and report
// files: the command names and camelCase arguments the Rust side's commands take, and every
// field at fault carried through when a form is refused.

import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.unmock('../lib/backend');
vi.mock('@tauri-apps/api/core', () => ({ invoke: vi.fn() }));

const { invoke } = await import('@tauri-apps/api/core');
const backend = await import('../lib/backend');
const invokeMock = vi.mocked(invoke);

beforeEach(() => invokeMock.mockReset());

describe('backend calls for reports and input', () => {
  it('use the shell’s command names and arguments', async () => {
    invokeMock.mockResolvedValue(undefined);
    const report = { report: { title: 'A title' }, group: null, attachments: [] };
    const attachment = {
      hash: 'a'.repeat(64),
      name: 'a.pdf',
      mediaType: 'application/pdf',
      size: 3,
      chunks: ['b'.repeat(64)],
      available: true,
    };
    const filter = { kind: 'report', status: null, country: 'KE', severity: null, priority: null, triage: 'new' };
    await backend.newFormId();
    await backend.saveForm('report', 'f-1', report);
    await backend.getForm('input', 'f-2');
    await backend.getMyForms();
    await backend.discardForm('report', 'f-1');
    await backend.submitReport('f-1');
    await backend.submitInput('f-2');
    await backend.withdrawReport('r-1');
    await backend.createGroup('Digital Rights Kenya');
    await backend.addGroupMember('g-1', 'ab'.repeat(32));
    await backend.getMyGroups();
    await backend.getDeviceKey();
    await backend.endorse('input', 'i-1', 'g-1');
    await backend.triage('report', 'r-1', 'needs_follow_up', 'Ask for the source');
    await backend.getSubmissions(filter);
    await backend.getReport('r-1');
    await backend.addAttachment('a.pdf', 'application/pdf', 'YWJj');
    await backend.fetchAttachment(['c1', 'c2']);
    await backend.saveAttachment(attachment);
    await backend.exportReport('r-1', 'aiid');
    await backend.importReport('{}');
    expect(invokeMock.mock.calls).toEqual([
      ['new_form_id', undefined],
      ['save_form', { kind: 'report', target: 'f-1', content: report }],
      ['form', { kind: 'input', target: 'f-2' }],
      ['my_forms', undefined],
      ['discard_form', { kind: 'report', target: 'f-1' }],
      ['submit_report', { target: 'f-1' }],
      ['submit_input', { target: 'f-2' }],
      ['withdraw_report', { id: 'r-1' }],
      ['create_group', { name: 'Digital Rights Kenya' }],
      ['add_group_member', { group: 'g-1', key: 'ab'.repeat(32) }],
      ['my_groups', undefined],
      ['device_key', undefined],
      ['endorse', { kind: 'input', id: 'i-1', group: 'g-1' }],
      ['triage', { kind: 'report', id: 'r-1', triage: 'needs_follow_up', note: 'Ask for the source' }],
      ['submissions', { filter }],
      ['report', { id: 'r-1' }],
      ['add_attachment', { name: 'a.pdf', mediaType: 'application/pdf', data: 'YWJj' }],
      ['fetch_attachment', { chunks: ['c1', 'c2'] }],
      ['save_attachment', { attachment }],
      ['export_report', { id: 'r-1', format: 'aiid' }],
      ['import_report', { text: '{}' }],
    ]);
  });

  it('pass on every field at fault of a refused form', async () => {
    invokeMock.mockRejectedValueOnce({
      code: 'invalid',
      message: 'title: is required; harm_types: name at least one kind of harm',
      field: 'title',
      fields: [
        { field: 'title', message: 'is required' },
        { field: 'harm_types', message: 'name at least one kind of harm' },
      ],
    });
    await expect(backend.submitReport('f-1')).rejects.toEqual({
      code: 'invalid',
      message: 'title: is required; harm_types: name at least one kind of harm',
      field: 'title',
      fields: [
        { field: 'title', message: 'is required' },
        { field: 'harm_types', message: 'name at least one kind of harm' },
      ],
    });
  });

  it('drop a malformed list of fields rather than pass it on', async () => {
    invokeMock.mockRejectedValueOnce({ code: 'invalid', message: 'bad', fields: [{ field: 3 }] });
    await expect(backend.submitReport('f-1')).rejects.toEqual({ code: 'invalid', message: 'bad' });
  });
});
