// Runs before every test file: no test ever reaches Tauri; each starts on the statement
// with the fixture backend and an English UI.

import { beforeEach, vi } from 'vitest';
import { resetBackendMock } from '../lib/backend.mock';

vi.mock('../lib/backend', () => import('../lib/backend.mock'));

beforeEach(() => {
  resetBackendMock();
  // replaceState changes the fragment without a hashchange event.
  history.replaceState(null, '', '#/');
  document.title = '';
});
