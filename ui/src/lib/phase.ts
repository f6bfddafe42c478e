// What the forum's phase lets a participant do, as `Body::allowed_in` in
// crates/proto/src/record.rs decides it (the app checks it before signing, the server when
// records arrive): the UI says so instead of offering a form that would be refused.
// Organizers may always act. Drafting: no comments, amendments or positions yet (taking one
// back is still possible). Commenting: everything. Consolidating: no new amendments.
// Closed: nothing at all, not even taking something back.

import type { ForumSummary } from './bindings/ForumSummary';

/** The phases, in the order a forum moves through them. */
export const PHASES = ['drafting', 'commenting', 'consolidating', 'closed'] as const;
export type Phase = (typeof PHASES)[number];

/** What a participant may try to do on a priority. `retract` takes a contribution back
 * (retracting a comment, withdrawing an amendment, clearing a position). */
export type Act = 'comment' | 'amendment' | 'position' | 'retract';

/** Whether `phase` lets this device do `act`; `organizer` devices always may. An unknown
 * phase (a newer app's) is not second-guessed: the app and the server still check. */
export function allowedIn(phase: string, act: Act, organizer: boolean): boolean {
  if (organizer) return true;
  switch (phase) {
    case 'closed':
      return false;
    case 'drafting':
      return act === 'retract';
    case 'consolidating':
      return act !== 'amendment';
    default:
      return true;
  }
}

/** Whether the forum shown lets this device do `act` now. */
export function forumAllows(forum: ForumSummary, act: Act): boolean {
  return allowedIn(forum.phase, act, forum.role === 'organizer');
}

/** Whether this device organizes the forum. */
export function isOrganizer(forum: ForumSummary | null | undefined): boolean {
  return forum?.role === 'organizer';
}
