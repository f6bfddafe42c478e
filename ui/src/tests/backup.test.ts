// Backups in Settings: making one (the passphrase twice), restoring one from a file (a wrong
// passphrase or a damaged file says so and changes nothing; another identity that has been
// used is refused, never mixed; replacing asks first), and going back to an automatic copy.

import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import App from '../App.svelte';
import * as backend from '../lib/backend';
import { store } from '../lib/backend.mock';
import { fixtureBackupFile } from '../lib/fixture-backups';
import { t } from '../lib/i18n.svelte';

const text = (element: Element | null) =>
  (element?.textContent ?? '').replace(/[\u2068\u2069]/g, '').replace(/\s+/g, ' ').trim();

async function openSettings() {
  history.replaceState(null, '', '#/settings');
  render(App);
  await screen.findByRole('heading', { level: 1, name: t('settings-heading') });
  return screen.getByTestId('backups');
}

/** Picks a file in the restore form, as the file dialog would. */
function pick(content: string, name = 'plenary-backup-2026-11-28.plenary-backup') {
  const input = screen.getByLabelText(t('restore-file')) as HTMLInputElement;
  const file = new File([content], name, { type: 'application/octet-stream' });
  fireEvent.change(input, { target: { files: [file] } });
}

const OTHER = 'b7c2'.repeat(16);

describe('making a backup', () => {
  it('takes the passphrase twice and says where the file was saved', async () => {
    const user = userEvent.setup();
    const section = await openSettings();
    const form = within(section).getByTestId('backup-form');
    const passphrase = within(form).getByLabelText(t('backup-passphrase'));
    const repeat = within(form).getByLabelText(t('backup-repeat'));
    expect(passphrase.getAttribute('type')).toBe('password');
    expect(repeat.getAttribute('type')).toBe('password');

    // Empty, too short, then two that differ: each says what to fix, at its field.
    await user.click(within(form).getByTestId('backup-make'));
    expect(text(screen.getByTestId('backup-passphrase-error'))).toBe(t('backup-passphrase-missing'));
    expect(document.activeElement).toBe(passphrase);
    expect(passphrase.getAttribute('aria-invalid')).toBe('true');
    expect(passphrase.getAttribute('aria-describedby')).toContain('backup-passphrase-error');
    await user.type(passphrase, 'short');
    await user.click(within(form).getByTestId('backup-make'));
    expect(text(screen.getByTestId('backup-passphrase-error'))).toBe(
      t('backup-passphrase-short', { count: 8 }).replace(/[\u2068\u2069]/g, ''),
    );
    await user.type(passphrase, ' but long enough');
    await user.type(repeat, 'short but long enougH');
    await user.click(within(form).getByTestId('backup-make'));
    expect(text(screen.getByTestId('backup-repeat-error'))).toBe(t('backup-passphrases-differ'));
    expect(document.activeElement).toBe(repeat);
    expect(backend.createBackup).not.toHaveBeenCalled();

    await user.clear(repeat);
    await user.type(repeat, 'short but long enough');
    await user.click(within(form).getByTestId('backup-make'));
    const made = await screen.findByTestId('backup-made');
    expect(backend.createBackup).toHaveBeenCalledWith('short but long enough');
    const path = [...store.backups.made.keys()][0]!;
    expect(text(within(made).getByTestId('backup-path'))).toBe(path);
    expect(within(made).getByTestId('backup-path').getAttribute('dir')).toBe('ltr');
    // The passphrase does not stay on screen.
    expect((passphrase as HTMLInputElement).value).toBe('');
    expect((repeat as HTMLInputElement).value).toBe('');
  });

  it('says why when the shell refuses or fails', async () => {
    const user = userEvent.setup();
    const section = await openSettings();
    const form = within(section).getByTestId('backup-form');
    vi.mocked(backend.createBackup).mockRejectedValueOnce({ code: 'io', message: '/home/delegate/Downloads: disk full' });
    await user.type(within(form).getByLabelText(t('backup-passphrase')), 'correct horse battery');
    await user.type(within(form).getByLabelText(t('backup-repeat')), 'correct horse battery');
    await user.click(within(form).getByTestId('backup-make'));
    const error = await screen.findByTestId('backup-error');
    expect(error.getAttribute('role')).toBe('alert');
    expect(text(error)).toContain(t('backup-failed'));
    expect(text(error)).toContain('disk full');
    expect(screen.queryByTestId('backup-made')).toBeNull();
  });
});

describe('restoring a backup', () => {
  it('says a wrong passphrase is wrong, and that nothing changed', async () => {
    const user = userEvent.setup();
    await openSettings();
    const before = store.backups.identity;
    pick(fixtureBackupFile('the right passphrase', OTHER, ['Regional forum']));
    await user.type(screen.getByLabelText(t('restore-passphrase')), 'a wrong passphrase');
    await user.click(screen.getByTestId('restore-submit'));
    const error = await screen.findByTestId('restore-error');
    expect(error.getAttribute('role')).toBe('alert');
    expect(error.dataset.code).toBe('wrong-passphrase');
    expect(text(error)).toContain(t('restore-wrong-passphrase'));
    expect(text(error)).toContain(t('restore-nothing-changed'));
    expect(screen.getByLabelText(t('restore-passphrase')).getAttribute('aria-invalid')).toBe('true');
    expect(store.backups.identity).toBe(before);
    expect(store.backups.restores).toBe(0);
    expect(screen.queryByTestId('restore-done')).toBeNull();
  });

  it('says a file that is not a backup is damaged', async () => {
    const user = userEvent.setup();
    await openSettings();
    pick('this is a text file, not a backup');
    await user.type(screen.getByLabelText(t('restore-passphrase')), 'whatever it is');
    await user.click(screen.getByTestId('restore-submit'));
    const error = await screen.findByTestId('restore-error');
    expect(error.dataset.code).toBe('backup-damaged');
    expect(text(error)).toContain(t('restore-damaged'));
    expect(store.backups.restores).toBe(0);
  });

  it('never mixes two identities: another identity that has been used is refused, with the reason', async () => {
    const user = userEvent.setup();
    await openSettings();
    pick(fixtureBackupFile('the right passphrase', OTHER));
    await user.type(screen.getByLabelText(t('restore-passphrase')), 'the right passphrase');
    await user.click(screen.getByTestId('restore-submit'));
    const error = await screen.findByTestId('restore-error');
    expect(error.dataset.code).toBe('other-identity');
    expect(text(error)).toContain(t('restore-other-identity'));
    expect(text(error)).toContain(t('restore-nothing-changed'));
    // The core's own words too, as technical details.
    expect(text(error)).toContain('never mixes two identities');
    // No way to confirm past it.
    expect(screen.queryByTestId('restore-confirm')).toBeNull();
    expect(backend.restoreBackup).toHaveBeenCalledTimes(1);
    expect(backend.restoreBackup).toHaveBeenCalledWith({ data: expect.any(String) }, 'the right passphrase', false);
    expect(store.backups.identity).not.toBe(OTHER);
  });

  it('asks before replacing an unused first-run identity, then restores and reopens', async () => {
    store.backups.used = false;
    const user = userEvent.setup();
    await openSettings();
    pick(fixtureBackupFile('the right passphrase', OTHER, ['Regional forum', 'Workshop']));
    await user.type(screen.getByLabelText(t('restore-passphrase')), 'the right passphrase');
    await user.click(screen.getByTestId('restore-submit'));
    const confirm = await screen.findByTestId('restore-confirm');
    expect(text(confirm)).toContain(t('restore-confirm-unused'));
    expect(document.activeElement).toBe(within(confirm).getByTestId('restore-confirm-replace'));
    expect(store.backups.identity).not.toBe(OTHER);

    // Cancel changes nothing; asking again and confirming restores.
    await user.click(within(confirm).getByTestId('restore-confirm-cancel'));
    expect(screen.queryByTestId('restore-confirm')).toBeNull();
    await user.click(screen.getByTestId('restore-submit'));
    await user.click(await screen.findByTestId('restore-confirm-replace'));
    const done = await screen.findByTestId('restore-done');
    expect(backend.restoreBackup).toHaveBeenLastCalledWith({ data: expect.any(String) }, 'the right passphrase', true);
    expect(store.backups.identity).toBe(OTHER);
    expect(text(done)).toContain('Regional forum');
    expect(text(done)).toContain('2 forums');
    expect(document.activeElement).toBe(done);
    expect(within(done).getByTestId('restore-reopen')).toBeTruthy();
  });

  it('asks before replacing this identity’s own store with an older copy', async () => {
    const user = userEvent.setup();
    await openSettings();
    pick(fixtureBackupFile('the right passphrase', store.backups.identity, ['Open-Source AI Safety Statement']));
    await user.type(screen.getByLabelText(t('restore-passphrase')), 'the right passphrase');
    await user.click(screen.getByTestId('restore-submit'));
    const confirm = await screen.findByTestId('restore-confirm');
    expect(text(confirm)).toContain(t('restore-confirm-same'));
    expect(store.backups.restores).toBe(0);
    await user.click(within(confirm).getByTestId('restore-confirm-replace'));
    const done = await screen.findByTestId('restore-done');
    expect(text(done)).toContain(t('restore-undo-kept'));
    expect(store.backups.restores).toBe(1);
  });

  it('asks for the file and the passphrase before anything else', async () => {
    const user = userEvent.setup();
    await openSettings();
    await user.click(screen.getByTestId('restore-submit'));
    expect(document.activeElement).toBe(screen.getByLabelText(t('restore-file')));
    expect(screen.getByText(t('restore-file-missing'))).toBeTruthy();
    pick(fixtureBackupFile('x'.repeat(8), OTHER));
    await user.click(screen.getByTestId('restore-submit'));
    expect(document.activeElement).toBe(screen.getByLabelText(t('restore-passphrase')));
    expect(screen.getByText(t('restore-passphrase-missing'))).toBeTruthy();
    expect(backend.restoreBackup).not.toHaveBeenCalled();
  });
});

describe('automatic backups', () => {
  it('are listed newest first, and going back to one asks first', async () => {
    const user = userEvent.setup();
    const section = await openSettings();
    const list = within(section).getByTestId('automatic-backups');
    const items = await within(list).findAllByTestId('automatic-backup');
    expect(items).toHaveLength(2);
    expect(text(items[0]!)).toContain(t('automatic-kind', { kind: 'daily' }));
    const first = store.backups.automatic[0]!.name;

    const button = within(items[0]!).getByTestId('automatic-restore');
    // Its name says what it does; its description which copy.
    expect(button.getAttribute('aria-describedby')).toBeTruthy();
    expect(text(document.getElementById(button.getAttribute('aria-describedby')!))).not.toBe('');
    await user.click(button);
    const confirm = within(items[0]!).getByTestId('automatic-confirm');
    expect(document.activeElement).toBe(confirm);
    expect(backend.restoreAutomaticBackup).not.toHaveBeenCalled();
    await user.click(confirm);
    await screen.findByTestId('restore-done');
    expect(backend.restoreAutomaticBackup).toHaveBeenCalledWith(first);
  });

  it('say when there is none yet', async () => {
    store.backups.automatic = [];
    const section = await openSettings();
    expect(text(await within(section).findByTestId('automatic-none'))).toBe(t('automatic-none'));
  });

  it('say when going back failed, and that nothing changed', async () => {
    const user = userEvent.setup();
    await openSettings();
    const items = await screen.findAllByTestId('automatic-backup');
    vi.mocked(backend.restoreAutomaticBackup).mockRejectedValueOnce({ code: 'io', message: 'backups/daily-1: permission denied' });
    await user.click(within(items[1]!).getByTestId('automatic-restore'));
    await user.click(within(items[1]!).getByTestId('automatic-confirm'));
    const error = await screen.findByTestId('automatic-error');
    expect(text(error)).toContain(t('restore-nothing-changed'));
    expect(text(error)).toContain('permission denied');
    await waitFor(() => expect(screen.queryByTestId('restore-done')).toBeNull());
  });
});
