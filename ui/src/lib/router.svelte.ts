// Where the reader is: the URL's fragment, so that the webview's own history gives Back and
// Forward for free and nothing ever asks a server for a page. `#/` is the statement,
// `#/priority/<id>` one priority's page (`?focus=<element id>` scrolls to and focuses a
// comment, an amendment or a draft's editor on it), `#/mine` the user's contributions,
// `#/search?q=<query>` search results, `#/settings` the user's identity details and backups
// (`?focus=<element id>` focuses one part), `#/join`
// joining a forum on a server, `#/translate` (or `#/translate/<language>`) the parts of the
// statement and their translation state, `#/translate/<language>/<subject>` the translation
// editor of one part (`title`, `preamble`, `about`, `section/<id>`, `priority/<id>`),
// `#/glossary` the glossary of contested terms (`?concept=<id>` scrolls to and focuses one),
// `#/reports` civil-society input and incident reports (`#/reports/report/<form id>` and
// `#/reports/input/<form id>` their forms), `#/report/<id>` one report, `#/groups` group
// accounts, `#/submissions` the organizers' list (its filter in the query: `kind`,
// `status`, `country`, `severity`, `priority`, `triage`), `#/queue/<priority id>` the
// organizers' queue of a priority's open amendments, `#/decisions` the public decision log,
// and `#/overview` the organizers' overview of every priority; `#/welcome` the first-run
// screens again (`?step=privacy` at what stays on this computer and what is shared).

import type { SubmissionFilter } from './bindings/SubmissionFilter';

export type Route =
  | { kind: 'statement' }
  | { kind: 'priority'; id: string; focus?: string }
  | { kind: 'mine' }
  | { kind: 'search'; query: string }
  | { kind: 'settings'; focus?: string }
  | { kind: 'join' }
  | { kind: 'translate'; language: string | null }
  | { kind: 'translation'; language: string; subject: string }
  | { kind: 'glossary'; concept?: string }
  | { kind: 'reports' }
  | { kind: 'report-form'; id: string }
  | { kind: 'input-form'; id: string }
  | { kind: 'report'; id: string }
  | { kind: 'groups' }
  | { kind: 'submissions'; filter: SubmissionFilter }
  | { kind: 'queue'; id: string }
  | { kind: 'decisions' }
  | { kind: 'overview' }
  | { kind: 'welcome'; step: 'language' | 'privacy' | 'start' }
  | { kind: 'not-found'; hash: string };

/** What organizers filter submissions by, in the order the filter form lists them. */
export const SUBMISSION_FILTERS = ['kind', 'status', 'severity', 'country', 'priority', 'triage'] as const;

const PRIORITY_PREFIX = '#/priority/';
const QUEUE_PREFIX = '#/queue/';
const TRANSLATE = '#/translate';

/** The translation route a path below `#/translate/` names, if any. */
function translateRoute(rest: string): Route | null {
  const [language = '', ...subject] = rest.split('/');
  try {
    const decoded = decodeURIComponent(language);
    if (decoded === '') return null;
    if (subject.length === 0) return { kind: 'translate', language: decoded };
    const name = subject.map(decodeURIComponent).join('/');
    return name === '' ? null : { kind: 'translation', language: decoded, subject: name };
  } catch {
    // A malformed escape names nothing.
    return null;
  }
}

/** The route a location fragment names. */
export function parseHash(hash: string): Route {
  if (hash === '' || hash === '#' || hash === '#/') return { kind: 'statement' };
  const [path = '', query = ''] = hash.split(/\?(.*)/s, 2);
  const params = new URLSearchParams(query);
  if (path === '#/mine') return { kind: 'mine' };
  if (path === '#/settings') {
    const focus = params.get('focus');
    return focus ? { kind: 'settings', focus } : { kind: 'settings' };
  }
  if (path === '#/join') return { kind: 'join' };
  if (path === '#/glossary') {
    const concept = params.get('concept');
    return concept ? { kind: 'glossary', concept } : { kind: 'glossary' };
  }
  if (path === TRANSLATE) return { kind: 'translate', language: null };
  if (path.startsWith(`${TRANSLATE}/`)) {
    const route = translateRoute(path.slice(TRANSLATE.length + 1));
    if (route) return route;
  }
  if (path === '#/search') return { kind: 'search', query: params.get('q') ?? '' };
  if (path === '#/reports') return { kind: 'reports' };
  if (path === '#/groups') return { kind: 'groups' };
  if (path === '#/decisions') return { kind: 'decisions' };
  if (path === '#/overview') return { kind: 'overview' };
  if (path === '#/welcome') {
    const step = params.get('step');
    return { kind: 'welcome', step: step === 'privacy' || step === 'start' ? step : 'language' };
  }
  if (path === '#/submissions') {
    const filter = Object.fromEntries(
      SUBMISSION_FILTERS.map((name) => [name, params.get(name) || null]),
    ) as SubmissionFilter;
    return { kind: 'submissions', filter };
  }
  const form = /^#\/reports\/(report|input)\/([^/]+)$/.exec(path);
  const report = /^#\/report\/([^/]+)$/.exec(path);
  const id = (encoded: string) => {
    try {
      return decodeURIComponent(encoded);
    } catch {
      return '';
    }
  };
  if (form && id(form[2]!) !== '') {
    return { kind: form[1] === 'report' ? 'report-form' : 'input-form', id: id(form[2]!) };
  }
  if (report && id(report[1]!) !== '') return { kind: 'report', id: id(report[1]!) };
  if (path.startsWith(QUEUE_PREFIX) && id(path.slice(QUEUE_PREFIX.length)) !== '') {
    return { kind: 'queue', id: id(path.slice(QUEUE_PREFIX.length)) };
  }
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

/** The first-run screens, from their first step or from what is kept and what is shared. */
export function welcomeHref(step: 'language' | 'privacy' = 'language'): string {
  return step === 'privacy' ? '#/welcome?step=privacy' : '#/welcome';
}

/** The link to civil-society input and incident reports. */
export const reportsHref = '#/reports';

/** The link to group accounts. */
export const groupsHref = '#/groups';

/** The link to a report form (new, saved, or a new version of a submitted report). */
export function reportFormHref(id: string): string {
  return `#/reports/report/${encodeURIComponent(id)}`;
}

/** The link to an input form. */
export function inputFormHref(id: string): string {
  return `#/reports/input/${encodeURIComponent(id)}`;
}

/** The link to one submitted report. */
export function reportHref(id: string): string {
  return `#/report/${encodeURIComponent(id)}`;
}

/** The link to the organizers' list of submissions, filtered. */
export function submissionsHref(filter: Partial<SubmissionFilter> = {}): string {
  const params = new URLSearchParams();
  for (const name of SUBMISSION_FILTERS) {
    const value = filter[name];
    if (value) params.set(name, value);
  }
  const query = params.toString();
  return query ? `#/submissions?${query}` : '#/submissions';
}

/** The link to the public decision log. */
export const decisionsHref = '#/decisions';

/** The link to the organizers' overview of every priority. */
export const overviewHref = '#/overview';

/** The link to the organizers' queue of a priority's open amendments. */
export function queueHref(priority: string): string {
  return QUEUE_PREFIX + encodeURIComponent(priority);
}

/** The link to the glossary, optionally to one concept in it. */
export function glossaryHref(concept?: string): string {
  return concept ? `#/glossary?${new URLSearchParams({ concept })}` : '#/glossary';
}

/** The link to the parts of the statement and their state in `language` (by default the
 * last language translated into, or the reader's). */
export function translateHref(language?: string | null): string {
  return language ? `${TRANSLATE}/${encodeURIComponent(language)}` : TRANSLATE;
}

/** The link to the translation editor of one part of the statement. */
export function translationHref(language: string, subject: string): string {
  return `${translateHref(language)}/${subject.split('/').map(encodeURIComponent).join('/')}`;
}

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
