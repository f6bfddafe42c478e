// Routes in the URL fragment.

import { describe, expect, it } from 'vitest';
import {
  glossaryHref,
  parseHash,
  priorityHref,
  searchHref,
  translateHref,
  translationHref,
} from '../lib/router.svelte';

describe('routes', () => {
  it('name every page', () => {
    expect(parseHash('#/')).toEqual({ kind: 'statement' });
    expect(parseHash('#/priority/pri-1')).toEqual({ kind: 'priority', id: 'pri-1' });
    expect(parseHash('#/mine')).toEqual({ kind: 'mine' });
    expect(parseHash('#/settings')).toEqual({ kind: 'settings' });
    expect(parseHash('#/join')).toEqual({ kind: 'join' });
    expect(parseHash('#/search?q=a%20b')).toEqual({ kind: 'search', query: 'a b' });
    expect(parseHash('#/mine/extra')).toEqual({ kind: 'not-found', hash: '#/mine/extra' });
    expect(parseHash('#/glossary')).toEqual({ kind: 'glossary' });
    expect(parseHash(glossaryHref('cpt 1'))).toEqual({ kind: 'glossary', concept: 'cpt 1' });
    expect(parseHash('#/translate')).toEqual({ kind: 'translate', language: null });
    expect(parseHash('#/translate/fr')).toEqual({ kind: 'translate', language: 'fr' });
    expect(parseHash('#/translate/fr/title')).toEqual({
      kind: 'translation',
      language: 'fr',
      subject: 'title',
    });
    expect(parseHash('#/translate/zh-Hans/priority/0193f2a0-7c1e')).toEqual({
      kind: 'translation',
      language: 'zh-Hans',
      subject: 'priority/0193f2a0-7c1e',
    });
    expect(parseHash('#/translate/%E0')).toEqual({ kind: 'not-found', hash: '#/translate/%E0' });
  });

  it('link to the translation of a part, and back', () => {
    expect(translateHref()).toBe('#/translate');
    expect(translateHref('ar')).toBe('#/translate/ar');
    const href = translationHref('zh-Hans', 'section/sec 1');
    expect(href).toBe('#/translate/zh-Hans/section/sec%201');
    expect(parseHash(href)).toEqual({ kind: 'translation', language: 'zh-Hans', subject: 'section/sec 1' });
  });

  it('carry the element to focus on a priority’s page', () => {
    const href = priorityHref('pri 1', 'comment-c1');
    expect(href).toBe('#/priority/pri%201?focus=comment-c1');
    expect(parseHash(href)).toEqual({ kind: 'priority', id: 'pri 1', focus: 'comment-c1' });
    expect(parseHash(searchHref('x?y=z'))).toEqual({ kind: 'search', query: 'x?y=z' });
  });
});
