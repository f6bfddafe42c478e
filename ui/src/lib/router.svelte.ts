// Where the reader is: the URL's fragment, so that the webview's own history gives Back and
// Forward for free and nothing ever asks a server for a page. `#/` is the statement,
// `#/priority/<id>` one priority's page.

export type Route =
  | { kind: 'statement' }
  | { kind: 'priority'; id: string }
  | { kind: 'not-found'; hash: string };

const PRIORITY_PREFIX = '#/priority/';

/** The route a location fragment names. */
export function parseHash(hash: string): Route {
  if (hash === '' || hash === '#' || hash === '#/') return { kind: 'statement' };
  if (hash.startsWith(PRIORITY_PREFIX)) {
    const encoded = hash.slice(PRIORITY_PREFIX.length);
    try {
      const id = decodeURIComponent(encoded);
      if (id !== '') return { kind: 'priority', id };
    } catch {
      // A malformed escape is no priority id: fall through to not-found.
    }
  }
  return { kind: 'not-found', hash };
}

/** The link to the statement. */
export const statementHref = '#/';

/** The link to a priority's page. */
export function priorityHref(id: string): string {
  return PRIORITY_PREFIX + encodeURIComponent(id);
}

/** The current route as reactive state, following the location's fragment. */
export class Router {
  route: Route = $state({ kind: 'statement' });
  /** The route before the last navigation, to put focus back where the reader came from. */
  previous: Route | null = $state(null);
  /** False until the first navigation: on the first screen, focus stays where the webview
   * put it, so that the first Tab reaches the skip link. */
  navigated = $state(false);

  constructor(hash: string) {
    this.route = parseHash(hash);
  }

  /** Follows `hashchange` from now on; returns the function that stops following. */
  start(): () => void {
    const follow = () => {
      this.previous = this.route;
      this.route = parseHash(window.location.hash);
      this.navigated = true;
    };
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }
}
