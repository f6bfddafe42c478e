// Joining a forum on a server: what the join form sends, and where and in which words a
// failed join is explained. The Rust side checks the address and the invite code
// (`invalid`, with the field), reaches the server (`network`), and passes on the server's
// refusal (`server`, its English reason inside the message) or a garbled answer (`protocol`).

import type { BackendError } from './errors';
import { has, i18n, t } from './i18n.svelte';

/** What a joining participant tells the forum's organizers, and no one else. */
export type JoinDetails = {
  name: string;
  affiliation: string;
  contact: string;
  group: string | null;
  region: string | null;
};

/** The join form's fields that show their own errors; `form` is the form as a whole. */
export type JoinField = 'server' | 'invite' | 'name' | 'group' | 'form';

/** Why a join failed, beside the field at fault (or for the whole form). `reason` is the
 * server's own words (English); `details` the Rust side's message, as technical details. */
export type JoinProblem = {
  field: JoinField;
  text: string;
  lang: string;
  reason?: string;
  details?: string;
};

/** The server's reason inside the Rust side's message, "the forum server refused the
 * request (403): this invite has been used up; …", without the prefix. */
export function serverReason(message: string): string {
  const match = /^the forum server refused the request \(\d+\):\s*(.*)$/s.exec(message);
  const reason = (match ? match[1]! : message).trim();
  return reason === '' ? message : reason;
}

/** Where and how a failed join is explained. */
export function describeJoinError(error: BackendError): JoinProblem {
  const local = (field: JoinField, id: string) => ({ field, text: t(id), lang: i18n.locale });
  switch (error.code) {
    case 'invalid':
      if (error.field === 'server') return { ...local('server', 'join-invalid-server'), details: error.message };
      if (error.field === 'invite') return local('invite', 'join-invalid-invite');
      if (error.field === 'group') return local('group', 'join-invalid-group');
      return { field: 'form', text: error.message, lang: 'en' };
    case 'server':
      return { ...local('form', 'join-refused'), reason: serverReason(error.message) };
    case 'network':
      return { ...local('form', 'join-unreachable'), details: error.message };
    default: {
      const specific = `error-${error.code}`;
      return {
        ...local('form', has(specific) ? specific : 'join-failed'),
        details: error.message,
      };
    }
  }
}

/** The fields a join cannot go without, checked before anything is sent. */
export function missingJoinFields(values: {
  server: string;
  invite: string;
  name: string;
}): JoinProblem[] {
  const problems: JoinProblem[] = [];
  const missing = (field: JoinField, id: string) =>
    problems.push({ field, text: t(id), lang: i18n.locale });
  if (values.server.trim() === '') missing('server', 'join-missing-server');
  if (values.invite.trim() === '') missing('invite', 'join-missing-invite');
  if (values.name.trim() === '') missing('name', 'join-missing-name');
  return problems;
}
