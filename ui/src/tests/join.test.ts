// Joining a forum on a server: the ways to the form, what it starts from, where each kind of
// failure is explained, input methods, and what happens once joined.

import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import App from '../App.svelte';
import * as backend from '../lib/backend';
import { store } from '../lib/backend.mock';
import { t } from '../lib/i18n.svelte';

const text = (element: Element | null) =>
  (element?.textContent ?? '').replace(/[\u2068\u2069]/g, '').replace(/\s+/g, ' ').trim();

async function openJoin() {
  history.replaceState(null, '', '#/join');
  render(App);
  await screen.findByRole('heading', { level: 1, name: t('join-heading') });
  return screen.getByTestId('join-form') as HTMLFormElement;
}

/** Fills the form as a delegate would. */
async function fill(user: ReturnType<typeof userEvent.setup>, invite = 'K7QM-2XPL') {
  await user.type(screen.getByTestId('join-server'), ' forum.example.org ');
  await user.type(screen.getByTestId('join-invite'), invite);
  await user.type(screen.getByTestId('join-name'), 'Amina Diallo');
}

/** The ids a field's aria-describedby names, and the error among them. */
function errorOf(field: HTMLElement): HTMLElement | null {
  const ids = (field.getAttribute('aria-describedby') ?? '').split(' ');
  return ids.map((id) => document.getElementById(id)).find((e) => e?.dataset.testid === 'field-error') ?? null;
}

describe('the join form', () => {
  it('is reached from the header, Settings and the status line', async () => {
    const user = userEvent.setup();
    render(App);
    const link = await screen.findByTestId('nav-join');
    expect(link.getAttribute('href')).toBe('#/join');
    // The sample forum is on this device only: the status line offers to join one.
    expect((await screen.findByTestId('sync-join')).getAttribute('href')).toBe('#/join');
    await user.click(link);
    const heading = await screen.findByRole('heading', { level: 1, name: t('join-heading') });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(link.getAttribute('aria-current')).toBe('page');
    expect(document.title.replace(/[\u2068\u2069]/g, '')).toBe(`${t('join-heading')} – Plenary`);

    await user.click(screen.getByTestId('nav-settings'));
    expect((await screen.findByTestId('settings-join')).getAttribute('href')).toBe('#/join');
  });

  it('says plainly who sees what, beside the form', async () => {
    const form = await openJoin();
    const privacy = document.getElementById(form.getAttribute('aria-describedby')!)!;
    expect(privacy.tagName).toBe('ASIDE');
    expect(text(privacy)).toContain(t('join-privacy-sent-body'));
    expect(text(privacy)).toContain(t('join-privacy-kept-body'));
    expect(text(privacy)).toContain(t('join-privacy-rule-body'));
  });

  it('starts from the details in Settings, and then does not offer to overwrite them', async () => {
    await store.answer('set_identity_details', {
      details: { name: 'Amina Diallo', affiliation: 'UCAD', group: 'academia', region: '002' },
    });
    await openJoin();
    expect((screen.getByTestId('join-name') as HTMLInputElement).value).toBe('Amina Diallo');
    expect((screen.getByLabelText(t('join-affiliation')) as HTMLInputElement).value).toBe('UCAD');
    expect((screen.getByLabelText(t('identity-group')) as HTMLSelectElement).value).toBe('academia');
    expect((screen.getByLabelText(t('identity-region')) as HTMLSelectElement).value).toBe('002');
    expect((screen.getByTestId('join-keep') as HTMLInputElement).checked).toBe(false);
  });

  it('names what is missing beside each field, and sends nothing', async () => {
    const user = userEvent.setup();
    await openJoin();
    expect((screen.getByTestId('join-keep') as HTMLInputElement).checked).toBe(true);
    await user.click(screen.getByTestId('join-submit'));
    const server = screen.getByTestId('join-server');
    expect(text(errorOf(server))).toBe(t('join-missing-server'));
    expect(text(errorOf(screen.getByTestId('join-invite')))).toBe(t('join-missing-invite'));
    expect(text(errorOf(screen.getByTestId('join-name')))).toBe(t('join-missing-name'));
    expect(server.getAttribute('aria-invalid')).toBe('true');
    await waitFor(() => expect(document.activeElement).toBe(server));
    expect(screen.queryByTestId('join-error')).toBeNull();
    expect(backend.joinForum).not.toHaveBeenCalled();

    // Typing in a field clears its own error only.
    await user.type(server, 'forum.example.org');
    expect(errorOf(server)).toBeNull();
    expect(errorOf(screen.getByTestId('join-invite'))).not.toBeNull();
  });

  it('shows an invite code the Rust side refused beside the invite field', async () => {
    const user = userEvent.setup();
    await openJoin();
    vi.mocked(backend.joinForum).mockRejectedValueOnce({
      code: 'invalid',
      field: 'invite',
      message: 'invite: enter the invite code you were given',
    });
    await fill(user, '   x');
    await user.click(screen.getByTestId('join-submit'));
    const invite = screen.getByTestId('join-invite');
    await waitFor(() => expect(text(errorOf(invite))).toBe(t('join-invalid-invite')));
    expect(invite.getAttribute('aria-invalid')).toBe('true');
    await waitFor(() => expect(document.activeElement).toBe(invite));
    expect(screen.queryByTestId('join-error')).toBeNull();
  });

  it('shows a malformed server address beside the address field', async () => {
    const user = userEvent.setup();
    await openJoin();
    await user.type(screen.getByTestId('join-server'), 'ftp://forum example');
    await user.type(screen.getByTestId('join-invite'), 'K7QM-2XPL');
    await user.type(screen.getByTestId('join-name'), 'Amina Diallo');
    await user.click(screen.getByTestId('join-submit'));
    const server = screen.getByTestId('join-server');
    await waitFor(() => expect(text(errorOf(server))).toBe(t('join-invalid-server')));
    expect(screen.queryByTestId('join-error')).toBeNull();
  });

  it('explains an unreachable server for the whole form, with the technical details', async () => {
    const user = userEvent.setup();
    await openJoin();
    await user.type(screen.getByTestId('join-server'), 'unreachable.example.org');
    await user.type(screen.getByTestId('join-invite'), 'K7QM-2XPL');
    await user.type(screen.getByTestId('join-name'), 'Amina Diallo');
    await user.click(screen.getByTestId('join-submit'));
    const error = await screen.findByTestId('join-error');
    expect(error.getAttribute('role')).toBe('alert');
    expect(text(error)).toContain(t('join-unreachable'));
    expect(text(error)).toContain('could not reach the forum server');
    await waitFor(() => expect(document.activeElement).toBe(error));
    for (const id of ['join-server', 'join-invite', 'join-name']) {
      expect(errorOf(screen.getByTestId(id))).toBeNull();
    }
  });

  it('gives the server’s own reason when it refuses the invite', async () => {
    const user = userEvent.setup();
    await openJoin();
    await fill(user, 'used-up');
    await user.click(screen.getByTestId('join-submit'));
    const error = await screen.findByTestId('join-error');
    expect(text(error)).toContain(t('join-refused'));
    const reason = within(error).getByTestId('join-reason');
    expect(reason.textContent).toBe('this invite has been used up; ask the organizers for a new one');
    expect(reason.getAttribute('lang')).toBe('en');
    expect(errorOf(screen.getByTestId('join-invite'))).toBeNull();
    expect(window.location.hash).toBe('#/join');
    expect(backend.syncNow).not.toHaveBeenCalled();
  });

  it('is never submitted by an input method’s Enter, and is by a plain one', async () => {
    const user = userEvent.setup();
    await openJoin();
    await fill(user);
    const name = screen.getByTestId('join-name');
    fireEvent.keyDown(name, { key: 'Enter', isComposing: true });
    fireEvent.submit(screen.getByTestId('join-form'));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(backend.joinForum).not.toHaveBeenCalled();
    fireEvent.keyDown(name, { key: 'Enter', keyCode: 229 });
    fireEvent.submit(screen.getByTestId('join-form'));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(backend.joinForum).not.toHaveBeenCalled();

    name.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(backend.joinForum).toHaveBeenCalledTimes(1));
    // Arrived on the statement (a later test must not receive this navigation).
    await screen.findAllByTestId('priority-link');
  });

  it('disables Join while joining, and joins once', async () => {
    const user = userEvent.setup();
    await openJoin();
    let finish!: (id: string) => void;
    vi.mocked(backend.joinForum).mockImplementationOnce(
      () => new Promise<string>((resolve) => (finish = resolve)),
    );
    await fill(user);
    const submit = screen.getByTestId('join-submit') as HTMLButtonElement;
    await user.click(submit);
    await waitFor(() => expect(submit.disabled).toBe(true));
    expect(text(screen.getByTestId('join-form'))).toContain(t('join-joining'));
    fireEvent.submit(screen.getByTestId('join-form'));
    expect(backend.joinForum).toHaveBeenCalledTimes(1);
    finish('0193f2a3-0000-7000-8000-000000000009');
    await waitFor(() => expect(window.location.hash).toBe('#/'));
    await screen.findAllByTestId('priority-link');
  });

  it('once joined: says so, syncs, goes to the statement, and shows the forum when it arrives', async () => {
    const user = userEvent.setup();
    await openJoin();
    await fill(user);
    await user.type(screen.getByLabelText(t('join-affiliation')), 'UCAD');
    await user.type(screen.getByLabelText(t('join-contact')), 'amina@example.org');
    await user.selectOptions(screen.getByLabelText(t('identity-group')), 'academia');
    await user.click(screen.getByTestId('join-submit'));

    await waitFor(() => expect(window.location.hash).toBe('#/'));
    expect(backend.joinForum).toHaveBeenCalledWith('forum.example.org', 'K7QM-2XPL', {
      name: 'Amina Diallo',
      affiliation: 'UCAD',
      contact: 'amina@example.org',
      group: 'academia',
      region: null,
    });
    expect(backend.syncNow).toHaveBeenCalled();
    // Kept in Settings, as offered (nothing was there); the contact is for organizers only.
    expect(backend.setIdentityDetails).toHaveBeenCalledWith({
      name: 'Amina Diallo',
      affiliation: 'UCAD',
      group: 'academia',
      region: null,
    });
    const id = vi.mocked(backend.joinForum).mock.results[0]!.value as Promise<string>;
    // The fixture's sync brings the forum at once: the statement now shows it.
    await waitFor(async () => expect(backend.openForum).toHaveBeenCalledWith(await id));
    await waitFor(() =>
      expect(text(screen.getByTestId('statement-title'))).toBe('Forum at forum.example.org'),
    );
    expect(text(screen.getByTestId('notice'))).toBe(
      t('join-arrived', { title: 'Forum at forum.example.org' }).replace(/[\u2068\u2069]/g, ''),
    );
  });

  it('until the first sync arrives, says it joined and keeps the status line syncing', async () => {
    const user = userEvent.setup();
    vi.mocked(backend.syncNow).mockResolvedValue(undefined);
    await openJoin();
    await fill(user);
    await user.click(screen.getByTestId('join-submit'));
    await waitFor(() => expect(window.location.hash).toBe('#/'));
    const notice = await screen.findByTestId('notice');
    expect(text(notice)).toBe(
      t('join-done', { server: 'forum.example.org' }).replace(/[\u2068\u2069]/g, ''),
    );
    expect(notice.closest('[role="status"]')).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId('sync-line').dataset.state).toBe('syncing'));
    expect(backend.openForum).not.toHaveBeenCalled();

    // The notice belongs to the statement: it goes when the reader does.
    await user.click(screen.getByTestId('nav-mine'));
    await screen.findByTestId('mine-ready');
    expect(screen.queryByTestId('notice')).toBeNull();
  });
});
