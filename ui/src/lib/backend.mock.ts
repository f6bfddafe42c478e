// Vitest's stand-in for backend.ts (see src/tests/setup.ts): the same exports, answering from
// fixtures.ts, each a spy that a test can inspect or make fail with mockRejectedValueOnce.

import { vi } from 'vitest';
import type { PriorityView } from './bindings/PriorityView';
import type { StatementView } from './bindings/StatementView';
import { fixturePriority, fixtureStatement } from './fixtures';

export type { BackendError } from './errors';

export const getStatement = vi.fn(async (): Promise<StatementView> => fixtureStatement());

export const getPriority = vi.fn(async (id: string): Promise<PriorityView> => {
  const view = fixturePriority(id);
  if (!view) throw { code: 'not-found', message: `priority ${id} was not found` };
  return view;
});

export const uiReady = vi.fn(async (): Promise<void> => {});

/** Forgets calls and one-off behaviours, restoring the fixture answers. */
export function resetBackendMock(): void {
  getStatement.mockReset();
  getPriority.mockReset();
  uiReady.mockReset();
}
