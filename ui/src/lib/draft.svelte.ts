// A draft being edited: its fields as reactive state, saved through the backend a moment
// after each change (so a crash loses at most the last second of typing), saved at once when
// the editor loses focus, the window is hidden or the page is left, and submitted or
// discarded from here. Saves go out one after another, in the order they were made. The same
// rules serve contributions (DraftSession) and translations (TranslationSession).

import * as backend from './backend';
import type { DraftContent } from './bindings/DraftContent';
import type { DraftKey } from './bindings/DraftKey';
import type { TranslationDraft } from './bindings/TranslationDraft';
import { toBackendError, type BackendError } from './errors';

export type CommentContent = Extract<DraftContent, { kind: 'comment' }>;
export type AmendmentContent = Extract<DraftContent, { kind: 'amendment' }>;
export type PositionContent = Extract<DraftContent, { kind: 'position' }>;

/** How long typing may pause before the draft is saved. */
export const SAVE_DELAY_MS = 300;

/** `idle`: nothing to save yet; `pending`: a change waits for the pause; `saving`; `saved`
 * (see `savedAt`); `failed` (see `saveError`; the next change or flush tries again). */
export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'failed';

/** Anything with unsaved changes to save before the window goes. */
const live = new Set<{ flush(): Promise<void> }>();

/** Saves every draft with unsaved changes now: when the window is hidden or closed. */
export function flushAllDrafts(): Promise<void> {
  return Promise.all([...live].map((session) => session.flush())).then(() => undefined);
}

let listening = false;
function listenForLeaving(): void {
  if (listening || typeof document === 'undefined') return;
  listening = true;
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') void flushAllDrafts();
  });
  window.addEventListener('pagehide', () => void flushAllDrafts());
}

/** Fields being edited and saved as they change: what every kind of draft shares. A kind of
 * draft says how its fields are stored, signed and thrown away. */
export abstract class AutosaveSession<C extends object> {
  /** The fields; change them, then call `touch`. */
  content: C;
  state: SaveState = $state('idle');
  /** When the draft was last stored, if it has been; 0 when it was stored in an earlier
   * session at a time not known. */
  savedAt: number | null = $state(null);
  saveError: BackendError | null = $state(null);
  /** Why the last submit was refused; `field` names the field at fault, if one is. */
  submitError: BackendError | null = $state(null);
  busy = $state(false);

  #timer: ReturnType<typeof setTimeout> | undefined;
  #dirty = false;
  #chain: Promise<void> = Promise.resolve();
  #delay: number;

  constructor(content: C, savedAt: number | null, delay: number) {
    // A plain copy: what arrives may be part of a page's reactive state.
    this.content = $state($state.snapshot(content) as C);
    this.savedAt = savedAt;
    this.state = savedAt === null ? 'idle' : 'saved';
    this.#delay = delay;
    live.add(this);
    listenForLeaving();
  }

  /** Stores the fields as they stand. */
  protected abstract store(content: C): Promise<void>;
  /** Turns the stored draft into a signed record. */
  protected abstract send(): Promise<void>;
  /** Throws the stored draft away. */
  protected abstract drop(): Promise<void>;
  /** Called after each save that left nothing unsaved. */
  protected saved(): void {}

  /** Whether the draft has been stored at least once. */
  get stored(): boolean {
    return this.savedAt !== null;
  }

  /** Records that the fields changed: the draft is saved once typing pauses. */
  touch(): void {
    this.#dirty = true;
    this.state = 'pending';
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.flush(), this.#delay);
  }

  /** Saves unsaved changes now; resolves once every save made so far has finished. */
  flush(): Promise<void> {
    clearTimeout(this.#timer);
    if (this.#dirty) {
      this.#dirty = false;
      const content = $state.snapshot(this.content) as C;
      this.state = 'saving';
      this.#chain = this.#chain.then(() =>
        this.store(content).then(
          () => {
            this.saveError = null;
            if (!this.#dirty) {
              this.savedAt = Date.now();
              this.state = 'saved';
              this.saved();
            }
          },
          (reason: unknown) => {
            this.saveError = toBackendError(reason);
            this.state = 'failed';
            // Keep the change, so that the next flush tries again.
            this.#dirty = true;
          },
        ),
      );
    }
    return this.#chain;
  }

  /** Stores the draft and submits it. Resolves true once it is ready to send; false when it
   * was refused, with the reason in `submitError`, the draft kept as it was. */
  async submit(): Promise<boolean> {
    if (this.busy) return false;
    this.busy = true;
    this.submitError = null;
    try {
      // A draft never typed into has never been stored: store it, so that submitting it
      // reports what is missing rather than that there is no draft.
      if (!this.stored) this.#dirty = true;
      await this.flush();
      if (this.state === 'failed') {
        this.submitError = this.saveError;
        return false;
      }
      await this.send();
      this.close();
      return true;
    } catch (reason) {
      this.submitError = toBackendError(reason);
      return false;
    } finally {
      this.busy = false;
    }
  }

  /** Throws the draft away (after any save still under way, which would recreate it). */
  async discard(): Promise<boolean> {
    if (this.busy) return false;
    this.busy = true;
    clearTimeout(this.#timer);
    this.#dirty = false;
    try {
      await this.#chain;
      if (this.stored || this.state === 'failed') await this.drop();
      this.close();
      return true;
    } catch (reason) {
      this.submitError = toBackendError(reason);
      return false;
    } finally {
      this.busy = false;
    }
  }

  /** The editor is going away: save what is unsaved, and stop following the window. */
  dispose(): Promise<void> {
    const done = this.flush();
    live.delete(this);
    return done;
  }

  /** Forgets the draft without saving: it was submitted or discarded. */
  close(): void {
    clearTimeout(this.#timer);
    this.#dirty = false;
    live.delete(this);
  }
}

/** A comment, amendment or position being written. */
export class DraftSession<C extends DraftContent> extends AutosaveSession<C> {
  readonly key: DraftKey;
  readonly priority: string;

  constructor(
    key: DraftKey,
    priority: string,
    content: C,
    savedAt: number | null = null,
    delay = SAVE_DELAY_MS,
  ) {
    super(content, savedAt, delay);
    this.key = { kind: key.kind, target: key.target };
    this.priority = priority;
  }

  protected store(content: C): Promise<void> {
    return backend.saveDraft(this.key, this.priority, content);
  }

  protected send(): Promise<void> {
    return backend.submitDraft(this.key);
  }

  protected drop(): Promise<void> {
    return backend.discardDraft(this.key);
  }
}

/** A translation of one part of the statement being written: saved locally as it is typed,
 * signed as the translation's new version when submitted. `onsaved` runs after each save
 * that left nothing unsaved (the editor then asks the glossary about the saved text). */
export class TranslationSession extends AutosaveSession<TranslationDraft> {
  readonly subject: string;
  readonly language: string;
  onsaved: (() => void) | null = null;

  constructor(
    subject: string,
    language: string,
    content: TranslationDraft,
    savedAt: number | null = null,
    delay = SAVE_DELAY_MS,
  ) {
    super(content, savedAt, delay);
    this.subject = subject;
    this.language = language;
  }

  protected store(content: TranslationDraft): Promise<void> {
    return backend.saveTranslationDraft(this.subject, this.language, content);
  }

  protected send(): Promise<void> {
    return backend.submitTranslation(this.subject, this.language);
  }

  protected drop(): Promise<void> {
    return backend.discardTranslationDraft(this.subject, this.language);
  }

  protected override saved(): void {
    this.onsaved?.();
  }
}
