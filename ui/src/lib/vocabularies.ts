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

// The incident report's controlled vocabularies (DESIGN §6), as their wire names, in the
// order crates/proto/src/report.rs declares them; a test checks them against that file and
// the published schema (assets/schemas/incident-report.schema.json). Their names are Fluent
// messages in assets/locales/<lang>/reports.ftl.

/** What a report is about: `report-record-kind`. */
export const RECORD_KINDS = ['incident', 'hazard', 'issue'] as const;

/** How the AI system relates to the event: `report-ai-relation`. */
export const AI_RELATIONS = ['direct', 'contributing', 'involved', 'alleged'] as const;

/** How precisely a date is known: `report-date-precision`. */
export const DATE_PRECISIONS = ['year', 'month', 'day'] as const;

/** The OECD severity scale: `report-severity`. */
export const SEVERITIES = [
  'hazard',
  'serious_hazard',
  'incident',
  'serious_incident',
  'disaster',
] as const;

/** The OECD kinds of harm: `report-harm-type`. */
export const HARM_TYPES = [
  'physical',
  'psychological',
  'reputational',
  'economic_property',
  'environmental',
  'public_interest',
  'human_rights',
  'other',
] as const;

/** What a supporting material is: `report-material-kind`. */
export const MATERIAL_KINDS = [
  'news',
  'report',
  'paper',
  'social_media',
  'testimony',
  'dataset',
  'other',
] as const;

/** Who may see a supporting material: `report-access`. */
export const ACCESS_LEVELS = ['public', 'confidential'] as const;

/** Where a report stands: `report-status`. A report is withdrawn only by withdrawing it. */
export const REPORT_STATUSES = ['draft', 'interim', 'final', 'withdrawn'] as const;

/** Traffic Light Protocol 2.0 markings, most open first: `report-tlp` (see `tlpKey`). */
export const TLP_LEVELS = ['CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED'] as const;

/** The markings only the forum's organizers (and the authors) receive. */
export const ORGANIZERS_ONLY_TLP: readonly string[] = ['AMBER', 'AMBER+STRICT', 'RED'];

/** A TLP marking as a Fluent variant key: `CLEAR` → `clear`, `AMBER+STRICT` → `amber_strict`. */
export function tlpKey(level: string): string {
  return level.toLowerCase().replace('+', '_');
}

/** How a report's authors may be named: `report-attribution`. */
export const REPORT_ATTRIBUTIONS = ['chatham_house', 'consented', 'public'] as const;

/** ISO 3166-1 alpha-2 codes, as the Rust side accepts them. Named with Intl.DisplayNames. */
export const COUNTRIES: readonly string[] = (
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ ' +
  'BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM ' +
  'DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS ' +
  'GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN ' +
  'KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ ' +
  'MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM ' +
  'PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV ' +
  'SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI ' +
  'VN VU WF WS YE YT ZA ZM ZW'
).split(' ');

/** ISIC Rev. 4 sections, A to U: `report-sector`. (Reports may also name two-digit
 * divisions, 01 to 99, which an import can bring; the form shows those by number.) */
export const ISIC_SECTIONS: readonly string[] = 'ABCDEFGHIJKLMNOPQRSTU'.split('');

/** Where organizers' triage put a submission: `triage-state`. */
export const TRIAGE_STATES = ['new', 'triaged', 'needs_follow_up', 'closed'] as const;

/** The files a report or input may carry (crates/proto/src/record.rs). */
export const ATTACHMENT_TYPES: readonly string[] = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/webp',
  'text/plain',
];

/** The largest attachment, in bytes (10 MiB, which the Rust side calls 10 MB). */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/** The most files one report or input may carry. */
export const MAX_ATTACHMENTS = 20;
