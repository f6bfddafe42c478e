// Behaviours attached to forms with Svelte's {@attach}: keyboard rules that need listeners on
// the form itself, which is not a control.

import { isComposing, isSubmitShortcut } from './ime';

/** Keeps a form from being submitted by a key press that belongs to an input method (Enter
 * confirming a candidate), and says whether Enter in a one-line field submits it at all.
 * `onshortcut`, if given, runs on Ctrl+Enter (⌘+Enter) outside composition. */
export function imeSafeForm(
  options: { enterSubmits?: boolean; onshortcut?: () => void } = {},
) {
  const { enterSubmits = true, onshortcut } = options;
  return (form: HTMLFormElement) => {
    // Set by an Enter that an input method consumed, until the events it causes are over.
    let composingEnter = false;
    let reset: ReturnType<typeof setTimeout> | undefined;

    const keydown = (event: KeyboardEvent) => {
      if (event.key !== 'Enter') return;
      if (isComposing(event)) {
        composingEnter = true;
        clearTimeout(reset);
        reset = setTimeout(() => (composingEnter = false), 0);
        return;
      }
      if (onshortcut && isSubmitShortcut(event)) {
        event.preventDefault();
        onshortcut();
        return;
      }
      const oneLine =
        event.target instanceof HTMLInputElement &&
        !['checkbox', 'radio', 'submit', 'button', 'reset', 'file'].includes(event.target.type);
      if (oneLine && !enterSubmits) event.preventDefault();
    };
    const submit = (event: SubmitEvent) => {
      if (!composingEnter) return;
      composingEnter = false;
      event.preventDefault();
      event.stopImmediatePropagation();
    };
    form.addEventListener('keydown', keydown, true);
    form.addEventListener('submit', submit, true);
    return () => {
      clearTimeout(reset);
      form.removeEventListener('keydown', keydown, true);
      form.removeEventListener('submit', submit, true);
    };
  };
}
