// Report and input forms being filled in, saved as typed with the same rules as every other
// draft (AutosaveSession in draft.svelte.ts): a moment after typing pauses, at once when the
// form loses focus, the window is hidden or the page is left. Stored on this device only;
// submitting signs them. A form whose id is an earlier report's submits a new version of it.

import * as backend from './backend';
import type { InputForm } from './bindings/InputForm';
import { AutosaveSession, SAVE_DELAY_MS } from './draft.svelte';
import { storedForm, type ReportEditForm } from './report-form';

/** An incident report being filled in. */
export class ReportSession extends AutosaveSession<ReportEditForm> {
  readonly id: string;

  constructor(id: string, content: ReportEditForm, savedAt: number | null = null, delay = SAVE_DELAY_MS) {
    super(content, savedAt, delay);
    this.id = id;
  }

  protected store(content: ReportEditForm): Promise<void> {
    return backend.saveForm('report', this.id, storedForm(content));
  }

  protected send(): Promise<void> {
    return backend.submitReport(this.id);
  }

  protected drop(): Promise<void> {
    return backend.discardForm('report', this.id);
  }
}

/** Input on the statement being written. */
export class InputSession extends AutosaveSession<InputForm> {
  readonly id: string;

  constructor(id: string, content: InputForm, savedAt: number | null = null, delay = SAVE_DELAY_MS) {
    super(content, savedAt, delay);
    this.id = id;
  }

  protected store(content: InputForm): Promise<void> {
    return backend.saveForm('input', this.id, content);
  }

  protected send(): Promise<void> {
    return backend.submitInput(this.id);
  }

  protected drop(): Promise<void> {
    return backend.discardForm('input', this.id);
  }
}
