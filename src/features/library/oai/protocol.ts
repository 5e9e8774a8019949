/**
 * OAI-PMH 2.0 requests: which arguments each verb takes, and the checks the specification
 * asks for before anything is read (§3.1, §3.6). Pure functions; no database.
 */

export const VERBS = [
  'Identify',
  'ListMetadataFormats',
  'ListSets',
  'GetRecord',
  'ListIdentifiers',
  'ListRecords',
] as const;
export type Verb = (typeof VERBS)[number];

/** The specification's error codes (OAI-PMH 2.0 §3.6). */
export type ErrorCode =
  | 'badArgument'
  | 'badResumptionToken'
  | 'badVerb'
  | 'cannotDisseminateFormat'
  | 'idDoesNotExist'
  | 'noRecordsMatch'
  | 'noMetadataFormats'
  | 'noSetHierarchy';

export interface OaiError {
  code: ErrorCode;
  message: string;
}

/** The one metadata format served; every record can be disseminated in it. */
export const OAI_DC = 'oai_dc';

type Arg = 'identifier' | 'metadataPrefix' | 'from' | 'until' | 'set' | 'resumptionToken';

/** Required and optional arguments per verb; `exclusive` may only come alone (with the verb). */
const ARGUMENTS: Record<Verb, { required: Arg[]; optional: Arg[]; exclusive?: Arg }> = {
  Identify: { required: [], optional: [] },
  ListMetadataFormats: { required: [], optional: ['identifier'] },
  ListSets: { required: [], optional: [], exclusive: 'resumptionToken' },
  GetRecord: { required: ['identifier', 'metadataPrefix'], optional: [] },
  ListIdentifiers: {
    required: ['metadataPrefix'],
    optional: ['from', 'until', 'set'],
    exclusive: 'resumptionToken',
  },
  ListRecords: {
    required: ['metadataPrefix'],
    optional: ['from', 'until', 'set'],
    exclusive: 'resumptionToken',
  },
};

/** A UTC instant in one of the two granularities the repository supports. */
export interface OaiDate {
  /** First instant the value covers. */
  start: Date;
  /** First instant after it (a day, or a second: `until` is inclusive). */
  end: Date;
  granularity: 'day' | 'second';
  text: string;
}

export interface OaiRequest {
  verb: Verb;
  /** The arguments as given, for the `request` element of the answer. */
  args: Record<string, string>;
  identifier?: string;
  metadataPrefix?: string;
  from?: OaiDate;
  until?: OaiDate;
  set?: string;
  resumptionToken?: string;
}

/**
 * A request ready to answer, or its errors. `echo` is what the answer's `request` element may
 * carry as attributes: nothing after badVerb or badArgument (§3.2), the arguments otherwise.
 */
export type Parsed =
  | { ok: true; request: OaiRequest }
  | { ok: false; errors: OaiError[]; echo: Record<string, string> | null };

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const SECOND = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})Z$/;
/** setSpec syntax of the OAI-PMH schema (setSpecType). */
const SET_SPEC = /^[A-Za-z0-9\-_.!~*'()]+(:[A-Za-z0-9\-_.!~*'()]+)*$/;
/** metadataPrefix syntax of the OAI-PMH schema (metadataPrefixType). */
const PREFIX = /^[A-Za-z0-9\-_.!~*'()]+$/;
/** Any URI (scheme ':' something): what the schema asks of an identifier. */
const URI = /^[A-Za-z][A-Za-z0-9+.-]*:\S+$/;

/** A from/until value, or null when it is not a real date in either granularity. */
export function parseDate(text: string): OaiDate | null {
  const day = DAY.exec(text);
  const m = day ?? SECOND.exec(text);
  if (!m) return null;
  const n = m.slice(1).map(Number);
  const start = new Date(Date.UTC(n[0]!, n[1]! - 1, n[2]!, n[3] ?? 0, n[4] ?? 0, n[5] ?? 0));
  if (Number.isNaN(start.getTime())) return null;
  // Date.UTC rolls 2024-02-30 over to March: a value that does not round-trip is not a date.
  const back = start.toISOString().replace(/\.000Z$/, 'Z');
  if ((day ? back.slice(0, 10) : back) !== text) return null;
  const end = new Date(start.getTime() + (day ? 86_400_000 : 1000));
  return { start, end, granularity: day ? 'day' : 'second', text };
}

const fail = (code: ErrorCode, message: string, echo: Record<string, string> | null = null): Parsed => ({
  ok: false,
  errors: [{ code, message }],
  echo,
});
const bad = (message: string) => fail('badArgument', message);

/**
 * Checks a request's arguments (name → every value given) the way §3.6 orders it: the verb
 * first (badVerb), then the arguments (badArgument), then the metadata format
 * (cannotDisseminateFormat). The token itself is checked by the harvest.
 */
export function parseRequest(pairs: [string, string][]): Parsed {
  const values = new Map<string, string[]>();
  for (const [k, v] of pairs) values.set(k, [...(values.get(k) ?? []), v]);
  const verbs = values.get('verb') ?? [];
  if (verbs.length === 0) return fail('badVerb', 'The verb argument is missing.');
  if (verbs.length > 1) return fail('badVerb', 'The verb argument is repeated.');
  const verb = verbs[0]!;
  if (!(VERBS as readonly string[]).includes(verb))
    return fail('badVerb', `'${verb}' is not an OAI-PMH verb.`);
  const spec = ARGUMENTS[verb as Verb];
  values.delete('verb');

  const args: Record<string, string> = {};
  for (const [name, list] of values) {
    const allowed = [...spec.required, ...spec.optional, ...(spec.exclusive ? [spec.exclusive] : [])];
    if (!(allowed as string[]).includes(name)) return bad(`'${name}' is not an argument of ${verb}.`);
    if (list.length > 1) return bad(`The argument '${name}' is repeated.`);
    if (list[0] === '') return bad(`The argument '${name}' is empty.`);
    args[name] = list[0]!;
  }
  const request: OaiRequest = { verb: verb as Verb, args };
  if (spec.exclusive && args[spec.exclusive] !== undefined) {
    const others = Object.keys(args).filter((k) => k !== spec.exclusive);
    if (others.length)
      return bad(`'${spec.exclusive}' is an exclusive argument: ${others.join(', ')} not allowed.`);
    request.resumptionToken = args[spec.exclusive];
    return { ok: true, request };
  }
  for (const name of spec.required)
    if (args[name] === undefined) return bad(`${verb} requires the argument '${name}'.`);

  if (args.identifier !== undefined) {
    if (!URI.test(args.identifier)) return bad(`'identifier' is not a URI.`);
    request.identifier = args.identifier;
  }
  for (const name of ['from', 'until'] as const) {
    if (args[name] === undefined) continue;
    const date = parseDate(args[name]);
    if (!date) return bad(`'${name}' must be a UTC date as YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ.`);
    request[name] = date;
  }
  if (request.from && request.until) {
    if (request.from.granularity !== request.until.granularity)
      return bad(`'from' and 'until' must have the same granularity.`);
    if (request.from.start > request.until.start) return bad(`'from' is later than 'until'.`);
  }
  if (args.set !== undefined) {
    if (!SET_SPEC.test(args.set)) return bad(`'set' is not a setSpec.`);
    request.set = args.set;
  }
  if (args.metadataPrefix !== undefined) {
    if (!PREFIX.test(args.metadataPrefix)) return bad(`'metadataPrefix' is not a metadata prefix.`);
    request.metadataPrefix = args.metadataPrefix;
    if (args.metadataPrefix !== OAI_DC)
      return fail(
        'cannotDisseminateFormat',
        `The metadata format '${args.metadataPrefix}' is not supported; use oai_dc.`,
        { verb, ...args },
      );
  }
  return { ok: true, request };
}
