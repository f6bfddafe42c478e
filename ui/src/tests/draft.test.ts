// A draft being edited: saved once typing pauses, at once when asked (blur, hidden window,
// leaving the page), in order, never before the first change; submitted or discarded.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as backend from '../lib/backend';
import type { DraftKey } from '../lib/bindings/DraftKey';
import {
  DraftSession,
  SAVE_DELAY_MS,
  TranslationSession,
  flushAllDrafts,
  type CommentContent,
} from '../lib/draft.svelte';
import { store } from '../lib/backend.mock';

const key: DraftKey = { kind: 'comment', target: 'cmt-test' };
const priority = 'pri-incident-reporting';

function content(body = ''): CommentContent {
  return {
    kind: 'comment',
    revision: 'rev-pri-incident-reporting',
    commentKind: 'question',
    body,
    language: 'en',
    attribution: 'pseudonym',
    anchor: null,
  };
}

function savedBodies(): string[] {
  return vi
    .mocked(backend.saveDraft)
    .mock.calls.map(([, , c]) => (c.kind === 'comment' ? c.body : ''));
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('a draft session', () => {
  it('stores nothing until the first change', async () => {
    const session = new DraftSession(key, priority, content());
    await vi.advanceTimersByTimeAsync(5 * SAVE_DELAY_MS);
    await session.dispose();
    expect(backend.saveDraft).not.toHaveBeenCalled();
    expect(session.state).toBe('idle');
  });

  it('saves once typing pauses for 300 ms, with what was typed last', async () => {
    const session = new DraftSession(key, priority, content());
    for (const body of ['S', 'Sh', 'Sho', 'Shou', 'Should']) {
      session.content.body = body;
      session.touch();
      await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS - 50);
    }
    expect(backend.saveDraft).not.toHaveBeenCalled();
    expect(session.state).toBe('pending');
    await vi.advanceTimersByTimeAsync(50);
    expect(savedBodies()).toEqual(['Should']);
    expect(session.state).toBe('saved');
    expect(session.savedAt).not.toBeNull();
    expect(store.priority(priority).drafts.map((d) => d.key.target)).toEqual(['cmt-test']);
    session.close();
  });

  it('saves at once when flushed, and when the window is hidden', async () => {
    const session = new DraftSession(key, priority, content());
    session.content.body = 'Typed just before the blur';
    session.touch();
    await session.flush();
    expect(savedBodies()).toEqual(['Typed just before the blur']);

    session.content.body = 'Typed just before the window was hidden';
    session.touch();
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    await vi.advanceTimersByTimeAsync(0);
    expect(savedBodies()).toEqual([
      'Typed just before the blur',
      'Typed just before the window was hidden',
    ]);
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    // A flush with nothing new saves nothing.
    await flushAllDrafts();
    expect(backend.saveDraft).toHaveBeenCalledTimes(2);
    session.close();
  });

  it('sends saves one after another, so a slow one cannot overwrite a newer one', async () => {
    const order: string[] = [];
    vi.mocked(backend.saveDraft).mockImplementationOnce(async (_key, _p, c) => {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      order.push(c.kind === 'comment' ? c.body : '');
    });
    vi.mocked(backend.saveDraft).mockImplementationOnce(async (_key, _p, c) => {
      order.push(c.kind === 'comment' ? c.body : '');
    });
    const session = new DraftSession(key, priority, content());
    session.content.body = 'first';
    session.touch();
    void session.flush();
    session.content.body = 'second';
    session.touch();
    const done = session.flush();
    await vi.advanceTimersByTimeAsync(1000);
    await done;
    expect(order).toEqual(['first', 'second']);
    session.close();
  });

  it('keeps a change whose save failed, and saves it with the next flush', async () => {
    vi.mocked(backend.saveDraft).mockRejectedValueOnce({ code: 'store', message: 'locked' });
    const session = new DraftSession(key, priority, content());
    session.content.body = 'Not lost';
    session.touch();
    await session.flush();
    expect(session.state).toBe('failed');
    expect(session.saveError).toEqual({ code: 'store', message: 'locked' });
    await session.flush();
    expect(session.state).toBe('saved');
    expect(savedBodies()).toEqual(['Not lost', 'Not lost']);
    session.close();
  });

  it('submits after saving what is unsaved, and reports the field a refusal names', async () => {
    const session = new DraftSession(key, priority, content('   '));
    expect(await session.submit()).toBe(false);
    // Never typed into, it was stored first, so that the refusal says what is missing.
    expect(backend.saveDraft).toHaveBeenCalledTimes(1);
    expect(session.submitError).toMatchObject({ code: 'invalid', field: 'body' });
    expect(store.priority(priority).drafts).toHaveLength(1);

    session.content.body = 'Now with text';
    session.touch();
    expect(await session.submit()).toBe(true);
    expect(savedBodies().at(-1)).toBe('Now with text');
    expect(backend.submitDraft).toHaveBeenCalledWith(key);
    const view = store.priority(priority);
    expect(view.drafts).toHaveLength(0);
    expect(view.comments.find((c) => c.id === 'cmt-test')?.status).toBe('ready');
  });

  it('discards without saving what waits, after a save under way', async () => {
    const session = new DraftSession(key, priority, content());
    session.content.body = 'Saved once';
    session.touch();
    await session.flush();
    session.content.body = 'Then thrown away';
    session.touch();
    expect(await session.discard()).toBe(true);
    await vi.advanceTimersByTimeAsync(5 * SAVE_DELAY_MS);
    expect(savedBodies()).toEqual(['Saved once']);
    expect(backend.discardDraft).toHaveBeenCalledWith(key);
    expect(store.priority(priority).drafts).toHaveLength(0);
  });

  it('serves translations too: stored, signed and thrown away through their own commands', async () => {
    const subject = 'priority/pri-enduring-process';
    const draft = { title: '', body: '', state: 'translated' };
    const session = new TranslationSession(subject, 'ru', draft);
    const saved = vi.fn();
    session.onsaved = saved;
    session.content.title = 'Создать постоянный процесс';
    session.content.body = 'Объединить инициативы.';
    session.touch();
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    expect(backend.saveTranslationDraft).toHaveBeenCalledWith(subject, 'ru', {
      title: 'Создать постоянный процесс',
      body: 'Объединить инициативы.',
      state: 'translated',
    });
    expect(saved).toHaveBeenCalledTimes(1);
    expect(store.translations.overview('ru').items.find((i) => i.subject === subject)?.hasDraft).toBe(true);

    expect(await session.submit()).toBe(true);
    expect(backend.submitTranslation).toHaveBeenCalledWith(subject, 'ru');
    expect(store.translations.overview('ru').items.find((i) => i.subject === subject)).toMatchObject({
      state: 'translated',
      hasDraft: false,
    });

    const again = new TranslationSession(subject, 'ru', draft);
    again.content.body = 'Черновик';
    again.touch();
    await again.flush();
    expect(await again.discard()).toBe(true);
    expect(backend.discardTranslationDraft).toHaveBeenCalledWith(subject, 'ru');
  });
});
