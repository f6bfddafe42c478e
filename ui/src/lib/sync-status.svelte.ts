// The status line's data: the Rust side's `sync_line`, read every second or two while the
// window is visible (never while it is hidden), and what of its changes is worth announcing.
// Screen readers hear a change of state ("Offline…", "Up to date"), a new refusal, and the
// progress of a sync the user asked for; never each progress tick, nor the minute-by-minute
// background syncs that end where they began.

import * as backend from './backend';
import type { SyncLine } from './bindings/SyncLine';
import { toBackendError, type BackendError } from './errors';
import { formatMoment, t } from './i18n.svelte';

/** How often the line is read while a sync is under way, and otherwise. */
export const POLL_SYNCING_MS = 1000;
export const POLL_MS = 2000;
/** How long a requested sync may take to show up before its request is forgotten. */
const REQUEST_PATIENCE_MS = 15_000;

/** The line's words: its main phrase, the Rust side's reason for an error (English), and
 * when the next attempt is due after a failure. */
export type LineText = { headline: string; reason: string | null; retry: string | null };

/** What the status line says for `line`. */
export function describeLine(line: SyncLine, now: number = Date.now()): LineText {
  const at = (ms: number) => formatMoment(ms, now);
  const retry = line.nextAttemptMs !== null ? at(line.nextAttemptMs) : null;
  switch (line.state) {
    case 'local':
      return { headline: t('sync-local'), reason: null, retry: null };
    case 'syncing': {
      let headline = t('sync-syncing');
      if (line.toSend > 0 && line.sent < line.toSend) {
        headline = t('sync-sending', { sent: line.sent, total: line.toSend });
      } else if (line.received > 0) {
        headline = t('sync-receiving', { count: line.received });
      }
      return { headline, reason: null, retry: null };
    }
    case 'offline':
      return {
        headline: retry !== null ? t('sync-offline-retry', { time: retry }) : t('sync-offline'),
        reason: null,
        retry: null,
      };
    case 'error':
      return { headline: t('sync-error'), reason: line.lastError, retry };
    case 'up_to_date':
      return {
        headline:
          line.lastSyncMs !== null
            ? t('sync-up-to-date-at', { time: at(line.lastSyncMs) })
            : t('sync-up-to-date'),
        reason: null,
        retry: null,
      };
    default:
      return { headline: line.state, reason: line.lastError, retry };
  }
}

/** The announcement for arriving in a settled state. */
function settledAnnouncement(line: SyncLine): string {
  switch (line.state) {
    case 'up_to_date':
      return t('sync-up-to-date');
    case 'offline':
      return line.nextAttemptMs !== null
        ? t('sync-offline-retry', { time: formatMoment(line.nextAttemptMs) })
        : t('sync-offline');
    case 'error':
      return t('sync-announce-error');
    case 'local':
      return t('sync-local');
    default:
      return '';
  }
}

export class SyncStatus {
  /** The last line read; null until the first answer. */
  line: SyncLine | null = $state(null);
  /** Why the line could not be read, if the last attempt failed. */
  error: BackendError | null = $state(null);
  /** The last change worth announcing, for a polite live region. */
  announcement = $state('');

  #onchange: (line: SyncLine, previous: SyncLine | null) => void;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #running = false;
  /** Numbers the reads, so that a late answer never replaces a newer one. */
  #asked = 0;
  #applied = 0;
  /** The state last announced (or found on the first read); a background sync between two
   * reads of the same state is not news. */
  #announced: string | null = null;
  /** When the user asked for a sync, until it is over; and whether it was seen under way. */
  #requested: number | null = null;
  #sawSyncing = false;
  #flip = false;

  constructor(options: { onchange?: (line: SyncLine, previous: SyncLine | null) => void } = {}) {
    this.#onchange = options.onchange ?? (() => {});
  }

  /** Reads the line now and then every second or two while the document is visible; returns
   * the function that stops. */
  start(): () => void {
    this.#running = true;
    const visibility = () => {
      if (document.hidden) this.#pause();
      else void this.poll();
    };
    document.addEventListener('visibilitychange', visibility);
    if (!document.hidden) void this.poll();
    return () => {
      this.#running = false;
      this.#pause();
      document.removeEventListener('visibilitychange', visibility);
    };
  }

  /** Reads the line once, and (while started and visible) schedules the next read. */
  async poll(): Promise<void> {
    const asked = ++this.#asked;
    let next: SyncLine | null = null;
    try {
      next = await backend.getSyncLine();
      if (asked > this.#applied) this.error = null;
    } catch (reason) {
      if (asked > this.#applied) this.error = toBackendError(reason);
    }
    if (next && asked > this.#applied) {
      this.#applied = asked;
      const previous = this.line;
      this.line = next;
      this.#announce(previous, next);
      this.#onchange(next, previous);
    }
    if (asked === this.#asked) this.#schedule();
  }

  /** Asks the Rust side to sync every joined forum now, and follows it closely. */
  async syncNow(): Promise<void> {
    this.expectSync();
    try {
      await backend.syncNow();
    } catch (reason) {
      this.error = toBackendError(reason);
    }
    await this.poll();
  }

  /** Announces the progress and end of the next sync, as one the user asked for. */
  expectSync(): void {
    this.#requested = Date.now();
    this.#sawSyncing = false;
  }

  #schedule(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (!this.#running || document.hidden) return;
    const delay = this.line?.state === 'syncing' ? POLL_SYNCING_MS : POLL_MS;
    this.#timer = setTimeout(() => void this.poll(), delay);
  }

  #pause(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #say(parts: string[]): void {
    const text = parts.filter((p) => p !== '').join(' ');
    if (text === '') return;
    // The same words twice in a row must still be heard: a trailing space makes it a change.
    this.#flip = !this.#flip;
    this.announcement = this.#flip ? text : `${text}\u00a0`;
  }

  #announce(previous: SyncLine | null, line: SyncLine): void {
    const parts: string[] = [];
    if (previous === null) {
      // The first read is the state the window opened in, not news.
      this.#announced = line.state === 'syncing' ? null : line.state;
    } else if (line.state === 'syncing') {
      if (this.#requested !== null) {
        this.#sawSyncing = true;
        if (this.#announced !== 'syncing') parts.push(t('sync-syncing'));
        this.#announced = 'syncing';
      }
    } else {
      const requested = this.#requested;
      const over =
        requested !== null &&
        (this.#sawSyncing ||
          (line.lastSyncMs ?? 0) >= requested ||
          Date.now() - requested > REQUEST_PATIENCE_MS);
      if (line.state !== this.#announced || over) parts.push(settledAnnouncement(line));
      this.#announced = line.state;
      if (over) {
        this.#requested = null;
        this.#sawSyncing = false;
      }
    }
    if (previous !== null && line.rejected > previous.rejected) {
      parts.push(t('sync-refused', { count: line.rejected }));
    }
    this.#say(parts);
  }
}
