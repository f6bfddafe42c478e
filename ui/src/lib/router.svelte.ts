// Where the reader is: the URL's fragment, so that the webview's own history gives Back and
// Forward for free and nothing ever asks a server for a page. `#/` is the statement,
// `#/priority/<id>` one priority's page (`?focus=<element id>` scrolls to and focuses a
// comment, an amendment or a draft's editor on it), `#/mine` the user's contributions,
// `#/search?q=<query>` search results, `#/settings` the user's identity details, `#/join`
// joining a forum on a server.

export type Route =
  | { kind: 'statement' }
  | { kind: 'priority'; id: string; focus?: string }
  | { kind: 'mine' }
  | { kind: 'search'; query: string }
  | { kind: 'settings' }
  | { kind: 'join' }
  | { kind: 'not-found'; hash: string };

const PRIORITY_PREFIX = '#/priority/';

/** The route a location fragment names. */
export function parseHash(hash: string): Route {
  if (hash === '' || hash === '#' || hash === '#/') return { kind: 'statement' };
  const [path = '', query = ''] = hash.split(/\?(.*)/s, 2);
  const params = new URLSearchParams(query);
  if (path === '#/mine') return { kind: 'mine' };
  if (path === '#/settings') return { kind: 'settings' };
  if (path === '#/join') return { kind: 'join' };
  if (path === '#/search') return { kind: 'search', query: params.get('q') ?? '' };
  if (path.startsWith(PRIORITY_PREFIX)) {
    const encoded = path.slice(PRIORITY_PREFIX.length);
    try {
      const id = decodeURIComponent(encoded);
      const focus = params.get('focus');
      if (id !== '') {
        return focus ? { kind: 'priority', id, focus } : { kind: 'priority', id };
      }
    } catch {
      // A malformed escape is no priority id: fall through to not-found.
    }
  }
  return { kind: 'not-found', hash };
}

/** The link to the statement. */
export const statementHref = '#/';

/** The link to the user's drafts and contributions. */
export const mineHref = '#/mine';

/** The link to the settings. */
export const settingsHref = '#/settings';

/** The link to joining a forum on a server. */
export const joinHref = '#/join';

/** The link to a priority's page, optionally focusing the element with id `focus` on it. */
export function priorityHref(id: string, focus?: string): string {
  const path = PRIORITY_PREFIX + encodeURIComponent(id);
  return focus ? `${path}?${new URLSearchParams({ focus })}` : path;
}

/** The link to the results of a search. */
export function searchHref(query: string): string {
  return `#/search?${new URLSearchParams({ q: query })}`;
}

/** Goes to `href`, as a link would. */
export function navigate(href: string): void {
  window.location.hash = href;
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
