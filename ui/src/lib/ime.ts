// Input methods: Chinese, Japanese, Korean and many other scripts are typed through an input
// method whose Enter confirms a candidate. Such a key press must never submit anything.
// WebKit fires `compositionend` before that keydown, so besides `isComposing` the key code
// 229 ("an input method is processing this key") marks it too.

/** Whether a key press belongs to an input method's composition. */
export function isComposing(event: KeyboardEvent): boolean {
  return event.isComposing || event.keyCode === 229;
}

/** Whether a key press asks to submit: Ctrl+Enter (⌘+Enter on macOS), outside composition. */
export function isSubmitShortcut(event: KeyboardEvent): boolean {
  return event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !isComposing(event);
}
