// The language the reader reads the statement in: remembered on this device (the
// `reading-language` interface setting), loaded once before the first page that needs it, and
// passed to the `statement` and `priority` commands. Null reads the original. Whether a
// priority's page shows the original beside its translation is remembered while the app runs.

import * as backend from './backend';
import type { ForumSummary } from './bindings/ForumSummary';
import { toBackendError } from './errors';

export class ReadingLanguage {
  /** The language asked for, or null for the original. */
  value: string | null = $state(null);
  /** Whether a translated priority shows its original too. */
  showOriginal = $state(false);
  #loaded: Promise<void> | null = null;

  /** Reads the remembered language, once; a failure reads the original. */
  load(): Promise<void> {
    this.#loaded ??= backend.getUiSetting('reading-language').then(
      (value) => {
        // A choice made while the setting was loading wins.
        if (this.value === null) this.value = value && value !== '' ? value : null;
      },
      (reason: unknown) => {
        console.warn('reading the reading language failed', toBackendError(reason));
      },
    );
    return this.#loaded;
  }

  /** The language to ask `forum` for: the remembered one if the forum works in it, else
   * null (the original). */
  for(forum: Pick<ForumSummary, 'language' | 'languages'> | null): string | null {
    const language = this.value;
    if (language === null || !forum) return language;
    return forum.languages.includes(language) && language !== forum.language ? language : null;
  }

  /** Reads in `language` from now on, and remembers it on this device. */
  async choose(language: string): Promise<void> {
    this.value = language;
    try {
      await backend.setUiSetting('reading-language', language);
    } catch (reason) {
      // The choice holds for this session; only remembering it failed.
      console.warn('remembering the reading language failed', toBackendError(reason));
    }
  }
}

/** Loads a view in the reader's language. A view is asked for in the remembered language; if
 * its forum does not work in that language, it is asked for again in the original. */
export async function inReadingLanguage<T extends { forum: ForumSummary }>(
  reading: ReadingLanguage,
  known: ForumSummary | null,
  load: (language: string | null) => Promise<T>,
): Promise<T> {
  await reading.load();
  const language = reading.for(known);
  const view = await load(language);
  return language !== null && !view.forum.languages.includes(language) ? load(null) : view;
}
