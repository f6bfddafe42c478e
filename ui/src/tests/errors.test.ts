// A command that fails: a localized explanation, the technical details, and a working retry.

import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import App from '../App.svelte';
import * as backend from '../lib/backend';
import { t } from '../lib/i18n.svelte';

describe('the error panel', () => {
  it('explains a failure by its code, and Retry loads the page', async () => {
    vi.mocked(backend.getStatement).mockRejectedValueOnce({
      code: 'store',
      message: 'the local store failed: database is locked',
    });
    const user = userEvent.setup();
    render(App);

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText(t('error-store'))).toBeTruthy();
    expect(within(alert).getByTestId('error-message').textContent).toBe(
      'the local store failed: database is locked',
    );
    expect(screen.queryAllByTestId('priority-link')).toHaveLength(0);
    expect(backend.uiReady).not.toHaveBeenCalled();

    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect((await screen.findAllByTestId('priority-link')).length).toBeGreaterThan(0);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(backend.getStatement).toHaveBeenCalledTimes(2);
    await waitFor(() => expect(backend.uiReady).toHaveBeenCalledTimes(1));
  });

  it('falls back to a general explanation, with the raw message, for an unknown code', async () => {
    vi.mocked(backend.getStatement).mockRejectedValueOnce({
      code: 'flux-capacitor',
      message: 'the flux capacitor is out of alignment',
    });
    render(App);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText(t('error-generic'))).toBeTruthy();
    expect(within(alert).getByText('the flux capacitor is out of alignment')).toBeTruthy();
    expect(alert.textContent).not.toContain('error-flux-capacitor');
  });

  it('treats a rejection without a code as a failure to reach the core', async () => {
    vi.mocked(backend.getStatement).mockRejectedValueOnce('command statement not found');
    render(App);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText(t('error-ipc'))).toBeTruthy();
    expect(within(alert).getByText('command statement not found')).toBeTruthy();
  });

  it('says a missing priority is missing, and offers the way back', async () => {
    const user = userEvent.setup();
    history.replaceState(null, '', '#/priority/pri-withdrawn');
    render(App);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText(t('error-not-found'))).toBeTruthy();
    expect(backend.getPriority).toHaveBeenCalledWith('pri-withdrawn');

    await user.click(within(alert).getByTestId('back-to-statement'));
    expect((await screen.findAllByTestId('priority-link')).length).toBeGreaterThan(0);
  });

  it('moves focus to the panel when a navigation fails', async () => {
    const user = userEvent.setup();
    render(App);
    const [link] = await screen.findAllByTestId('priority-link');
    vi.mocked(backend.getPriority).mockRejectedValueOnce({ code: 'io', message: 'disk full' });
    await user.click(link!);
    const alert = await screen.findByRole('alert');
    await waitFor(() =>
      expect(document.activeElement).toBe(within(alert).getByRole('heading', { level: 2 })),
    );

    // Retry on a priority's page loads that priority.
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    const heading = await screen.findByTestId('priority-title');
    await waitFor(() => expect(document.activeElement).toBe(heading));
  });
});
