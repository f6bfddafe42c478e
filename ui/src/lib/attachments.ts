// Behaviours attached to elements with Svelte's {@attach}: listeners on elements that are
// not controls themselves, such as an editor's form catching Ctrl+Enter from its fields.

import { isSubmitShortcut } from './ime';

/** Calls `submit` on Ctrl+Enter (⌘+Enter) anywhere inside the element, never while an input
 * method is composing. */
export function submitShortcut(submit: () => void) {
  return (element: HTMLElement) => {
    const keydown = (event: KeyboardEvent) => {
      if (!isSubmitShortcut(event)) return;
      event.preventDefault();
      submit();
    };
    element.addEventListener('keydown', keydown);
    return () => element.removeEventListener('keydown', keydown);
  };
}
