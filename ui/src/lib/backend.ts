// The one door between the UI and the Rust side: the only module that imports Tauri's API.
// Each function here is one command of the desktop shell (src-tauri/), typed with the
// read models that ts-rs generates from crates/core/src/view.rs. Tests replace this module
// with backend.mock.ts; `vite --mode fixtures` answers from fixtures.ts, for working on the
// UI in a plain browser.

import { invoke } from '@tauri-apps/api/core';
import type { PriorityView } from './bindings/PriorityView';
import type { StatementView } from './bindings/StatementView';
import { toBackendError } from './errors';

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

/** Tells the shell that the first screen has been painted; it logs the cold-start time. */
export function uiReady(): Promise<void> {
  return call<void>('ui_ready');
}

// Development only: a build in any other mode drops this branch and fixtures.ts with it.
async function fromFixtures<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  const fixtures = await import('./fixtures');
  switch (command) {
    case 'statement':
      return fixtures.fixtureStatement() as T;
    case 'priority': {
      const id = String(args?.id);
      const view = fixtures.fixturePriority(id);
      if (!view) throw { code: 'not-found', message: `priority ${id} was not found` };
      return view as T;
    }
    default:
      return undefined as T;
  }
}
