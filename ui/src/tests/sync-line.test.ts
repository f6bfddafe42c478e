// The status line: what it says in each state, what screen readers hear (state changes, not
// progress ticks), Sync now, reading only while the window is visible, and the page loaded
// again when a sync brings contributions.

import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import App from '../App.svelte';
import SyncBar from '../components/SyncBar.svelte';
import * as backend from '../lib/backend';
import type { SyncLine } from '../lib/bindings/SyncLine';
import { fixtureSyncLine } from '../lib/fixtures';
import { formatTime, t } from '../lib/i18n.svelte';
import { POLL_MS, POLL_SYNCING_MS, SyncStatus } from '../lib/sync-status.svelte';

const text = (element: Element | null) =>
  (element?.textContent ?? '').replace(/[\u2068\u2069]/g, '').replace(/\s+/g, ' ').trim();

const server = (over: Partial<SyncLine>) =>
  fixtureSyncLine({ server: 'https://forum.example.org', role: 'delegate', ...over });

/** The status bar after one read of `line`. */
async function bar(line: SyncLine) {
  vi.mocked(backend.getSyncLine).mockResolvedValue(line);
  const status = new SyncStatus();
  await status.poll();
  render(SyncBar, { status });
  return { status, line: screen.getByTestId('sync-line') };
}

function setHidden(hidden: boolean) {
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
  Object.defineProperty(document, 'visibilityState', {
    configurable: true,
    get: () => (hidden ? 'hidden' : 'visible'),
  });
  document.dispatchEvent(new Event('visibilitychange'));
}

afterEach(() => {
  vi.useRealTimers();
  setHidden(false);
});

describe('the status line says', () => {
  it('when a forum is offline, and when Plenary tries again', async () => {
    const retry = new Date(2026, 10, 29, 14, 32).getTime();
    vi.useFakeTimers({ toFake: ['Date'], now: new Date(2026, 10, 29, 14, 20) });
    const { line } = await bar(server({ state: 'offline', nextAttemptMs: retry, waiting: 3 }));
    expect(line.dataset.state).toBe('offline');
    expect(text(screen.getByTestId('sync-state'))).toBe(
      `Offline — will try again at ${formatTime(retry)}`,
    );
    expect(text(screen.getByTestId('sync-waiting'))).toBe('3 waiting to be sent');
    expect(screen.getByTestId('sync-now')).toBeTruthy();
  });

  it('how far a sync has come: sending, then receiving', async () => {
    const { status, line } = await bar(server({ state: 'syncing', sent: 3, toSend: 12 }));
    expect(line.dataset.state).toBe('syncing');
    expect(text(screen.getByTestId('sync-state'))).toBe('Syncing: sending 3 of 12');

    vi.mocked(backend.getSyncLine).mockResolvedValue(
      server({ state: 'syncing', sent: 12, toSend: 12, received: 1240 }),
    );
    await status.poll();
    await waitFor(() =>
      expect(text(screen.getByTestId('sync-state'))).toBe('Syncing: receiving… 1,240 items'),
    );
  });

  it('when the forum is up to date, with data used and refusals', async () => {
    const last = new Date(2026, 10, 29, 14, 30).getTime();
    vi.useFakeTimers({ toFake: ['Date'], now: new Date(2026, 10, 29, 14, 31) });
    const { line } = await bar(
      server({ state: 'up_to_date', lastSyncMs: last, rejected: 2, bytesThisMonth: 1_234_567 }),
    );
    expect(line.dataset.state).toBe('up_to_date');
    expect(text(screen.getByTestId('sync-state'))).toBe(`Up to date · last sync ${formatTime(last)}`);
    expect(screen.queryByTestId('sync-waiting')).toBeNull();
    const refused = screen.getByTestId('sync-refused');
    expect(text(refused)).toBe('2 refused by the server');
    expect(refused.getAttribute('href')).toBe('#/mine');
    expect(text(screen.getByTestId('sync-data'))).toBe('Data used this month: 1.2 MB');
  });

  it('why a sync failed, in the Rust side’s words, and when it tries again', async () => {
    const { line } = await bar(
      server({
        state: 'error',
        lastError: 'the forum server refused the request (500): storage failed',
        nextAttemptMs: Date.now() + 60_000,
      }),
    );
    expect(line.dataset.state).toBe('error');
    expect(text(screen.getByTestId('sync-state'))).toBe('Could not sync:');
    const reason = screen.getByTestId('sync-reason');
    expect(reason.textContent).toBe('the forum server refused the request (500): storage failed');
    expect(reason.getAttribute('lang')).toBe('en');
    expect(text(line)).toContain('will try again at');
  });

  it('quietly, that a forum is on this device only, with the way to join one', async () => {
    const { line } = await bar(fixtureSyncLine());
    expect(line.dataset.state).toBe('local');
    expect(text(line)).toBe('On this device only Join a forum');
    expect(within(line).getByRole('link', { name: 'Join a forum' }).getAttribute('href')).toBe(
      '#/join',
    );
    expect(screen.queryByTestId('sync-now')).toBeNull();
  });

  it('amounts of data in the reader’s conventions', async () => {
    await bar(server({ state: 'up_to_date', bytesThisMonth: 240_000 }));
    expect(text(screen.getByTestId('sync-data'))).toBe('Data used this month: 240 kB');
  });

  it('is a status that screen readers read on demand, not at every change', async () => {
    const { line } = await bar(server({ state: 'syncing', sent: 1, toSend: 5 }));
    expect(line.getAttribute('role')).toBe('status');
    expect(line.getAttribute('aria-live')).toBe('off');
    expect(screen.getByTestId('sync-announcement').getAttribute('aria-live')).toBe('polite');
  });
});

describe('what screen readers hear', () => {
  const said = () => text(screen.getByTestId('sync-announcement'));

  it('a change of state and a new refusal, never a progress tick or a background sync', async () => {
    const { status } = await bar(server({ state: 'up_to_date', lastSyncMs: 1 }));
    expect(said()).toBe('');
    const next = async (line: SyncLine) => {
      vi.mocked(backend.getSyncLine).mockResolvedValue(line);
      await status.poll();
    };

    // A background sync that ends where it began is not news.
    await next(server({ state: 'syncing', sent: 0, toSend: 2 }));
    await next(server({ state: 'syncing', sent: 1, toSend: 2 }));
    await next(server({ state: 'up_to_date', lastSyncMs: 2 }));
    expect(said()).toBe('');

    await next(server({ state: 'offline', nextAttemptMs: null }));
    await waitFor(() => expect(said()).toBe('Offline'));
    // Retries that fail again change nothing worth saying.
    await next(server({ state: 'syncing' }));
    await next(server({ state: 'offline', nextAttemptMs: null }));
    expect(said()).toBe('Offline');

    await next(server({ state: 'up_to_date', lastSyncMs: 3, rejected: 1 }));
    await waitFor(() => expect(said()).toBe('Up to date 1 refused by the server'));
  });

  it('the progress and end of a sync the user asked for', async () => {
    const user = userEvent.setup();
    const { status } = await bar(server({ state: 'up_to_date', lastSyncMs: 1 }));
    vi.mocked(backend.getSyncLine).mockResolvedValue(server({ state: 'syncing', sent: 0, toSend: 1 }));
    await user.click(screen.getByTestId('sync-now'));
    expect(backend.syncNow).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(said()).toBe('Syncing…'));
    vi.mocked(backend.getSyncLine).mockResolvedValue(server({ state: 'syncing', sent: 1, toSend: 1 }));
    await status.poll();
    expect(said()).toBe('Syncing…');
    vi.mocked(backend.getSyncLine).mockResolvedValue(
      server({ state: 'up_to_date', lastSyncMs: Date.now() }),
    );
    await status.poll();
    await waitFor(() => expect(said()).toBe('Up to date'));
  });
});

describe('reading the status line', () => {
  it('happens every second or two while the window is visible, and stops while hidden', async () => {
    vi.useFakeTimers();
    vi.mocked(backend.getSyncLine).mockResolvedValue(server({ state: 'up_to_date', lastSyncMs: 1 }));
    const status = new SyncStatus();
    const stop = status.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(backend.getSyncLine).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(POLL_MS);
    expect(backend.getSyncLine).toHaveBeenCalledTimes(2);

    setHidden(true);
    await vi.advanceTimersByTimeAsync(POLL_MS * 10);
    expect(backend.getSyncLine).toHaveBeenCalledTimes(2);
    // A read asked for while hidden (after Sync now, say) schedules no more.
    await status.poll();
    await vi.advanceTimersByTimeAsync(POLL_MS * 10);
    expect(backend.getSyncLine).toHaveBeenCalledTimes(3);

    // Back in view: read at once, then on schedule; faster while a sync is under way.
    vi.mocked(backend.getSyncLine).mockResolvedValue(server({ state: 'syncing' }));
    setHidden(false);
    await vi.advanceTimersByTimeAsync(0);
    expect(backend.getSyncLine).toHaveBeenCalledTimes(4);
    await vi.advanceTimersByTimeAsync(POLL_SYNCING_MS);
    expect(backend.getSyncLine).toHaveBeenCalledTimes(5);

    stop();
    await vi.advanceTimersByTimeAsync(POLL_MS * 10);
    expect(backend.getSyncLine).toHaveBeenCalledTimes(5);
  });

  it('keeps the newest answer when an older one comes back late', async () => {
    let answer!: (line: SyncLine) => void;
    vi.mocked(backend.getSyncLine).mockImplementationOnce(
      () => new Promise<SyncLine>((resolve) => (answer = resolve)),
    );
    vi.mocked(backend.getSyncLine).mockResolvedValueOnce(server({ state: 'up_to_date' }));
    const status = new SyncStatus();
    const slow = status.poll();
    await status.poll();
    answer(server({ state: 'offline' }));
    await slow;
    expect(status.line?.state).toBe('up_to_date');
  });

  it('shows that it failed, without hiding the page', async () => {
    vi.mocked(backend.getSyncLine).mockRejectedValue({ code: 'store', message: 'locked' });
    render(App);
    await screen.findAllByTestId('priority-link');
    const line = await screen.findByTestId('sync-line');
    expect(line.dataset.state).toBe('unknown');
    expect(text(line)).toBe(t('sync-unknown'));
  });
});

describe('the window', () => {
  it('shows the status line on every page, and reloads the page when a sync brings news', async () => {
    vi.mocked(backend.getSyncLine).mockResolvedValue(
      server({ state: 'up_to_date', lastSyncMs: 1, received: 0 }),
    );
    history.replaceState(null, '', '#/mine');
    render(App);
    await screen.findByTestId('mine-ready');
    const line = await screen.findByTestId('sync-line');
    expect(line.dataset.state).toBe('up_to_date');
    expect(backend.getMyContributions).toHaveBeenCalledTimes(1);

    // A background sync sent contributions: the page shows their new status.
    vi.mocked(backend.getSyncLine).mockResolvedValue(
      server({ state: 'up_to_date', lastSyncMs: 2, sent: 1, toSend: 1 }),
    );
    await userEvent.setup().click(screen.getByTestId('sync-now'));
    await waitFor(() => expect(backend.getMyContributions).toHaveBeenCalledTimes(2));
  });
});
