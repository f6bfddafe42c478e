// Where focus goes when a page takes another's place.

/**
 * Puts the reader at the start of a page that replaced another (its heading, or the main
 * region): the window goes back to the top, so the header stays in view, and focusing does not
 * scroll again (a focused element is scrolled into view, which for a tall region or a heading
 * below the fold pushes the header partly out of the window).
 */
export function focusPageStart(element: HTMLElement | null | undefined): void {
  if (!element) return;
  const scroller = document.scrollingElement ?? document.documentElement;
  scroller.scrollTop = 0;
  element.focus({ preventScroll: true });
}
