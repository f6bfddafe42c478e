// The one door between the UI and the Rust side: the only module that imports Tauri's API.
// Each function here is one command of the desktop shell (src-tauri/), typed with the
// read models that ts-rs generates from crates/core/src/view.rs. Tests replace this module
// with backend.mock.ts; `vite --mode fixtures` answers from fixtures.ts, for working on the
// UI in a plain browser.

import { invoke } from '@tauri-apps/api/core';
import type { DraftContent } from './bindings/DraftContent';
import type { DraftKey } from './bindings/DraftKey';
import type { DraftKind } from './bindings/DraftKind';
import type { ForumListItem } from './bindings/ForumListItem';
import type { IdentityDetails } from './bindings/IdentityDetails';
import type { MyContributions } from './bindings/MyContributions';
import type { PriorityView } from './bindings/PriorityView';
import type { SearchResults } from './bindings/SearchResults';
import type { StatementView } from './bindings/StatementView';
import type { SyncLine } from './bindings/SyncLine';
import { toBackendError } from './errors';
import type { JoinDetails } from './join';

export type { BackendError } from './errors';

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  if (import.meta.env.MODE === 'fixtures') return fromFixtures<T>(command, args);
  try {
    return await invoke<T>(command, args);
  } catch (reason) {
    throw toBackendError(reason);
  }
}

/** The whole statement in reading order. */
export function getStatement(): Promise<StatementView> {
  return call<StatementView>('statement');
}

/** One priority's page. Rejects with code `not-found` for an unknown id. */
export function getPriority(id: string): Promise<PriorityView> {
  return call<PriorityView>('priority', { id });
}

/** A key for a new draft: a fresh id for a comment or amendment; for a position, the
 * priority's own id (a participant has one position per priority). Nothing is stored yet. */
export function newDraft(kind: DraftKind, priority: string): Promise<DraftKey> {
  return call<DraftKey>('new_draft', { kind, priority });
}

/** Stores a draft as it stands; the first save creates it. */
export function saveDraft(key: DraftKey, priority: string, content: DraftContent): Promise<void> {
  return call<void>('save_draft', { key, priority, content });
}

/** Throws a draft away. */
export function discardDraft(key: DraftKey): Promise<void> {
  return call<void>('discard_draft', { key });
}

/** Turns a saved draft into a signed contribution, ready to send. An incomplete draft is
 * refused with code `invalid` and the `field` to fix, and stays as it was. */
export function submitDraft(key: DraftKey): Promise<void> {
  return call<void>('submit_draft', { key });
}

/** Opens a draft prefilled from one of the user's contributions; submitting it supersedes
 * the contribution. `target` is the comment's or amendment's id, or a position's priority. */
export function editContribution(kind: DraftKind, target: string): Promise<DraftKey> {
  return call<DraftKey>('edit_contribution', { kind, target });
}

/** Takes a contribution back: retracts a comment, withdraws an amendment, clears a position. */
export function retract(kind: DraftKind, target: string): Promise<void> {
  return call<void>('retract', { kind, target });
}

/** The user's drafts, and their contributions ready to send and sent. */
export function getMyContributions(): Promise<MyContributions> {
  return call<MyContributions>('my_contributions');
}

/** Searches priorities, comments and amendments. */
export function search(query: string): Promise<SearchResults> {
  return call<SearchResults>('search', { query });
}

/** Markdown being typed, rendered and sanitized by the Rust side exactly as it will be shown. */
export function previewMarkdown(text: string): Promise<string> {
  return call<string>('preview_markdown', { text });
}

/** What the user is willing to disclose about themselves, per contribution. */
export function getIdentityDetails(): Promise<IdentityDetails> {
  return call<IdentityDetails>('identity_details');
}

/** Stores what the user is willing to disclose about themselves. */
export function setIdentityDetails(details: IdentityDetails): Promise<void> {
  return call<void>('set_identity_details', { details });
}

/** The forums on this device, the one shown marked `current`; a forum just joined has no
 * title until its first sync brings it. */
export function getForums(): Promise<ForumListItem[]> {
  return call<ForumListItem[]>('forums');
}

/** Makes `forum` the one the app shows; the current page's data must then be loaded again.
 * Rejects with `not-found` for a forum whose first sync has not arrived yet. */
export function openForum(forum: string): Promise<void> {
  return call<void>('open_forum', { forum });
}

/** Joins the forum an invite code opens on `server`, telling its organizers `details`;
 * resolves with the forum's id. Rejects with `invalid` (`field`: `server`, `invite` or
 * `group`), `network` (the server could not be reached), `server` (it refused: the message
 * carries its reason) or `protocol`. */
export function joinForum(server: string, invite: string, details: JoinDetails): Promise<string> {
  return call<string>('join_forum', { server, invite, details });
}

/** Starts a sync of every joined forum now. */
export function syncNow(): Promise<void> {
  return call<void>('sync_now');
}

/** The status line of the forum shown: its sync state, progress, and what waits. */
export function getSyncLine(): Promise<SyncLine> {
  return call<SyncLine>('sync_line');
}

/** Tells the shell that the first screen has been painted; it logs the cold-start time. */
export function uiReady(): Promise<void> {
  return call<void>('ui_ready');
}

// Development only: a build in any other mode drops this branch and fixtures.ts with it.
// The fixture store (lib/fixture-store.ts) keeps drafts and contributions in memory, so that
// the whole drafting flow can be tried in a plain browser.
async function fromFixtures<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  const { FixtureStore } = await import('./fixture-store');
  fixtureStore ??= new FixtureStore();
  return fixtureStore.answer(command, args ?? {}) as T;
}

let fixtureStore: import('./fixture-store').FixtureStore | undefined;
