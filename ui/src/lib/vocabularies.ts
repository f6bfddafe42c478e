// The lists a participant picks from to say who they are: stakeholder groups (their wire
// names) and UN M49 regions (their codes). Shared by Settings and the join form; their names
// are Fluent messages (`stakeholder-group`, `region`).

/** Stakeholder groups, in the order the menus list them. */
export const GROUPS: readonly string[] = [
  'government',
  'academia',
  'industry',
  'civil_society',
  'international_organization',
  'other',
];

/** UN M49 regions: Africa, Americas, Asia, Europe, Oceania. */
export const REGIONS: readonly string[] = ['002', '019', '142', '150', '009'];
