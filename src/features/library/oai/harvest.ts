import type { DbOrTx } from '../../../core/db/client.ts';
import { itemOrganisations, itemTerms } from '../../content/repository.ts';
import { dublinCore } from './dublin-core.ts';
import { parseDate, type OaiError, type OaiRequest } from './protocol.ts';
import {
  countRecords,
  findRecord,
  type HarvestFilter,
  type HeaderRow,
  recordMetadata,
  recordPage,
} from './repository.ts';
import { datestamp, type OaiAnswer, type OaiRecord } from './respond.ts';
import type { SetStructure } from './sets.ts';
import { decodeToken, encodeToken, type HarvestState } from './token.ts';

export interface HarvestContext {
  db: DbOrTx;
  secret: string;
  publicUrl: string;
  /** The `{host}` of identifiers `oai:{host}:{uuid}`. */
  host: string;
  pageSize: number;
  sets: () => Promise<SetStructure>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const oaiError = (code: OaiError['code'], message: string): OaiAnswer => ({
  verb: 'error',
  errors: [{ code, message }],
});
export const noSuchRecord = (identifier: string) =>
  oaiError('idDoesNotExist', `No record has the identifier '${identifier}'.`);
export const noSets = () => oaiError('noSetHierarchy', 'This repository has no sets: its taxonomy is empty.');

export const oaiIdentifier = (host: string, id: string) => `oai:${host}:${id}`;

/** The item id an identifier of this repository names, or null for any other identifier. */
export function itemIdOf(host: string, identifier: string): string | null {
  const prefix = `oai:${host}:`;
  if (!identifier.startsWith(prefix)) return null;
  const id = identifier.slice(prefix.length).toLowerCase();
  return UUID.test(id) ? id : null;
}

/** The header row of an identifier, or null when the repository has no such record. */
export async function recordOf(ctx: HarvestContext, identifier: string): Promise<HeaderRow | null> {
  const id = itemIdOf(ctx.host, identifier);
  return id ? findRecord(ctx.db, id) : null;
}

/** µs since the epoch (the database's precision) → a datestamp (seconds). */
export const usToDatestamp = (us: string) => datestamp(new Date(Math.floor(Number(us) / 1000)));

/** GetRecord: one record, deleted or not. */
export async function getRecord(ctx: HarvestContext, req: OaiRequest): Promise<OaiAnswer> {
  const row = await recordOf(ctx, req.identifier!);
  if (!row) return noSuchRecord(req.identifier!);
  const [record] = await buildRecords(ctx, [row], await ctx.sets(), true);
  return { verb: 'GetRecord', record: record! };
}

/**
 * ListIdentifiers and ListRecords: one page of records in datestamp order, then a resumption
 * token that carries where the next page starts (see token.ts).
 */
export async function listRecords(ctx: HarvestContext, req: OaiRequest): Promise<OaiAnswer> {
  const verb = req.verb as 'ListIdentifiers' | 'ListRecords';
  const sets = await ctx.sets();
  let state: HarvestState;
  if (req.resumptionToken !== undefined) {
    const decoded = decodeToken(ctx.secret, req.resumptionToken);
    if (!decoded || decoded.verb !== verb)
      return oaiError('badResumptionToken', 'The resumption token is not valid for this request.');
    state = decoded;
  } else {
    state = {
      v: 1,
      verb,
      prefix: req.metadataPrefix!,
      set: req.set ?? null,
      from: req.from?.text ?? null,
      until: req.until?.text ?? null,
      after: ['0', '00000000-0000-0000-0000-000000000000'],
      cursor: 0,
      completeListSize: 0,
    };
    if (state.set && sets.sets.length === 0) return noSets();
  }
  const filter = filterOf(state, sets);
  if (!filter) {
    return req.resumptionToken === undefined
      ? oaiError('noRecordsMatch', `There is no set '${state.set}'.`)
      : oaiError('badResumptionToken', `The set '${state.set}' of this token no longer exists.`);
  }
  const first = req.resumptionToken === undefined;
  const rows = await recordPage(ctx.db, filter, first ? null : state.after, ctx.pageSize + 1);
  if (rows.length === 0)
    return oaiError('noRecordsMatch', first ? 'No record matches the request.' : 'No records are left.');
  const page = rows.slice(0, ctx.pageSize);
  const more = rows.length > ctx.pageSize;
  const records = await buildRecords(ctx, page, sets, verb === 'ListRecords');
  let token = null;
  if (more || !first) {
    const size = first ? await countRecords(ctx.db, filter) : state.completeListSize;
    const last = page[page.length - 1]!;
    const next: HarvestState = {
      ...state,
      after: [last.updatedUs, last.id],
      cursor: state.cursor + page.length,
      completeListSize: Math.max(size, state.cursor + page.length + (more ? 1 : 0)),
    };
    token = {
      value: more ? encodeToken(ctx.secret, next) : '',
      cursor: state.cursor,
      completeListSize: next.completeListSize,
    };
  }
  return { verb, records, token };
}

/** The filter a harvest's arguments stand for; null when its set does not exist. */
function filterOf(state: HarvestState, sets: SetStructure): HarvestFilter | null {
  const filter: HarvestFilter = {};
  if (state.from) filter.from = parseDate(state.from)?.start;
  if (state.until) filter.before = parseDate(state.until)?.end;
  if (state.set) {
    const selection = sets.select(state.set);
    if (!selection) return null;
    filter.set = selection;
  }
  return filter;
}

/** Headers, and for records the Dublin Core, of a page: three queries whatever its size. */
async function buildRecords(
  ctx: HarvestContext,
  rows: HeaderRow[],
  sets: SetStructure,
  withMetadata: boolean,
): Promise<OaiRecord[]> {
  const live = withMetadata ? rows.filter((r) => !r.deleted).map((r) => r.id) : [];
  const [metadata, terms, organisations] = await Promise.all([
    recordMetadata(ctx.db, live),
    itemTerms(ctx.db, live, 'en'),
    itemOrganisations(ctx.db, live),
  ]);
  const metadataOf = new Map(metadata.map((m) => [m.id, m]));
  const termsOf = byItem(terms);
  const organisationsOf = byItem(organisations);
  return rows.map((r) => {
    const header = {
      identifier: oaiIdentifier(ctx.host, r.id),
      datestamp: usToDatestamp(r.updatedUs),
      setSpecs: sets.specsOf(r.termIds, r.countries),
      deleted: r.deleted,
    };
    const m = metadataOf.get(r.id);
    if (!m) return { header };
    return {
      header,
      metadata: dublinCore(
        m,
        termsOf.get(r.id) ?? [],
        (organisationsOf.get(r.id) ?? []).map((o) => o.name),
        ctx.publicUrl,
      ),
    };
  });
}

function byItem<T extends { itemId: string }>(rows: T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const list = out.get(r.itemId);
    if (list) list.push(r);
    else out.set(r.itemId, [r]);
  }
  return out;
}
