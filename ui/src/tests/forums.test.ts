// The forums on this device: listed in the header, the one shown marked, a joined one without
// a title yet listed as joining, and another opened from the keyboard.

import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import App from '../App.svelte';
import * as backend from '../lib/backend';
import { SERVER_FORUM_ID } from '../lib/fixtures';
import { t } from '../lib/i18n.svelte';

const text = (element: Element | null) =>
  (element?.textContent ?? '').replace(/[\u2068\u2069]/g, '').replace(/\s+/g, ' ').trim();

async function openSwitcher(user: ReturnType<typeof userEvent.setup>) {
  render(App);
  const button = await screen.findByTestId('forum-switcher');
  expect(button.getAttribute('aria-expanded')).toBe('false');
  const list = document.getElementById(button.getAttribute('aria-controls')!)!;
  expect(list.hidden).toBe(true);
  button.focus();
  await user.keyboard('{Enter}');
  expect(button.getAttribute('aria-expanded')).toBe('true');
  expect(list.hidden).toBe(false);
  return { button, list };
}

describe('the forum switcher', () => {
  it('lists each forum with where it lives, the one shown marked, one joining untitled', async () => {
    const user = userEvent.setup();
    const { list } = await openSwitcher(user);
    const options = within(list).getAllByTestId('forum-option');
    expect(options.map(text)).toEqual([
      `Enhancing International Collaboration to Improve Open-Source AI Safety and Security ${t('forum-origin', { origin: 'sample' })} ${t('forum-current')}`,
      'Kigali Workshop on AI Incident Reporting forum.example.org',
    ]);
    expect(options.map((o) => o.getAttribute('aria-current'))).toEqual(['true', null]);
    expect(text(within(list).getByTestId('forum-joining'))).toBe(
      `Joining… (plenary.example.net) ${t('forum-joining-hint')}`,
    );
    expect(within(list).getByRole('link', { name: t('sync-join') }).getAttribute('href')).toBe(
      '#/join',
    );
  });

  it('opens another forum from the keyboard, and shows its statement', async () => {
    const user = userEvent.setup();
    history.replaceState(null, '', '#/mine');
    const { list } = await openSwitcher(user);
    const other = within(list)
      .getAllByTestId('forum-option')
      .find((o) => o.dataset.forumId === SERVER_FORUM_ID)!;
    await user.tab();
    await user.tab();
    expect(document.activeElement).toBe(other);
    await user.keyboard('{Enter}');

    expect(backend.openForum).toHaveBeenCalledWith(SERVER_FORUM_ID);
    await waitFor(() => expect(window.location.hash).toBe('#/'));
    await waitFor(() =>
      expect(text(screen.getByTestId('statement-title'))).toBe(
        'Kigali Workshop on AI Incident Reporting',
      ),
    );
    expect(text(screen.getByTestId('notice'))).toBe(
      'Now showing “Kigali Workshop on AI Incident Reporting”.',
    );
    expect(screen.getByTestId('forum-switcher').getAttribute('aria-expanded')).toBe('false');
    // The list follows, and so does the status line (this forum syncs).
    await user.click(screen.getByTestId('forum-switcher'));
    const current = within(list)
      .getAllByTestId('forum-option')
      .find((o) => o.getAttribute('aria-current') === 'true')!;
    expect(current.dataset.forumId).toBe(SERVER_FORUM_ID);
    await waitFor(() => expect(screen.getByTestId('sync-line').dataset.state).toBe('up_to_date'));
  });

  it('closes with Escape, putting focus back on its button', async () => {
    const user = userEvent.setup();
    const { button, list } = await openSwitcher(user);
    await user.tab();
    await user.keyboard('{Escape}');
    expect(list.hidden).toBe(true);
    expect(document.activeElement).toBe(button);
    expect(backend.openForum).not.toHaveBeenCalled();
  });

  it('says why a forum could not be opened, and stays where it was', async () => {
    const user = userEvent.setup();
    vi.mocked(backend.openForum).mockRejectedValueOnce({
      code: 'store',
      message: 'the local store failed: database is locked',
    });
    const { list } = await openSwitcher(user);
    const other = within(list)
      .getAllByTestId('forum-option')
      .find((o) => o.dataset.forumId === SERVER_FORUM_ID)!;
    await user.click(other);
    const error = await within(list).findByTestId('forum-error');
    expect(text(error)).toContain(t('error-store'));
    expect(list.hidden).toBe(false);
    expect(text(screen.getByTestId('statement-title'))).toBe(
      'Enhancing International Collaboration to Improve Open-Source AI Safety and Security',
    );
  });
});
