// Routes in the URL fragment.

import { describe, expect, it } from 'vitest';
import { parseHash, priorityHref, searchHref } from '../lib/router.svelte';

describe('routes', () => {
  it('name every page', () => {
    expect(parseHash('#/')).toEqual({ kind: 'statement' });
    expect(parseHash('#/priority/pri-1')).toEqual({ kind: 'priority', id: 'pri-1' });
    expect(parseHash('#/mine')).toEqual({ kind: 'mine' });
    expect(parseHash('#/settings')).toEqual({ kind: 'settings' });
    expect(parseHash('#/join')).toEqual({ kind: 'join' });
    expect(parseHash('#/search?q=a%20b')).toEqual({ kind: 'search', query: 'a b' });
    expect(parseHash('#/mine/extra')).toEqual({ kind: 'not-found', hash: '#/mine/extra' });
  });

  it('carry the element to focus on a priority’s page', () => {
    const href = priorityHref('pri 1', 'comment-c1');
    expect(href).toBe('#/priority/pri%201?focus=comment-c1');
    expect(parseHash(href)).toEqual({ kind: 'priority', id: 'pri 1', focus: 'comment-c1' });
    expect(parseHash(searchHref('x?y=z'))).toEqual({ kind: 'search', query: 'x?y=z' });
  });
});
