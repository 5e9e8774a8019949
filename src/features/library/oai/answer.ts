import { translate } from '../../../core/i18n/index.ts';
import type { Services } from '../../../core/services.ts';
import {
  getRecord,
  type HarvestContext,
  listRecords,
  noSets,
  noSuchRecord,
  oaiError,
  oaiIdentifier,
  recordOf,
  usToDatestamp,
} from './harvest.ts';
import { parseRequest } from './protocol.ts';
import { earliestUpdate } from './repository.ts';
import { datestamp, type OaiAnswer, renderAnswer } from './respond.ts';
import { loadSets } from './sets.ts';

/**
 * Records per ListRecords/ListIdentifiers page. Larger pages mean fewer round trips for a
 * harvester; this size keeps one response around half a megabyte (see docs/oai-pmh.md and
 * the harvest benchmark).
 */
export const PAGE_SIZE = 250;

/** repositoryIdentifier syntax of the oai-identifier schema: a domain name with a dot. */
const REPOSITORY_ID = /^[a-zA-Z][a-zA-Z0-9-]*(\.[a-zA-Z][a-zA-Z0-9-]*)+$/;
const SAMPLE_ID = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';

export interface OaiOptions {
  pageSize?: number;
}

/** One OAI-PMH request (its arguments as name/value pairs, repeats kept) → the XML answer. */
export async function answerOai(
  services: Services,
  pairs: [string, string][],
  opts: OaiOptions = {},
): Promise<string> {
  const now = new Date();
  const baseUrl = `${services.config.publicUrl}/oai`;
  const parsed = parseRequest(pairs);
  if (!parsed.ok)
    return renderAnswer({ verb: 'error', errors: parsed.errors }, { baseUrl, now, echo: parsed.echo });
  const req = parsed.request;
  const host = new URL(services.config.publicUrl).hostname;
  const ctx: HarvestContext = {
    db: services.db,
    secret: services.secret,
    publicUrl: services.config.publicUrl,
    host,
    pageSize: opts.pageSize ?? PAGE_SIZE,
    // The taxonomy changes rarely: its sets are kept as long as other public listings.
    sets: () => services.cache.get('oai:sets', services.config.CACHE_TTL_MS, () => loadSets(services.db)),
  };
  let answer: OaiAnswer;
  switch (req.verb) {
    case 'Identify': {
      const earliest = await earliestUpdate(services.db);
      answer = {
        verb: 'Identify',
        identify: {
          repositoryName: translate('en', 'ui.site.name'),
          adminEmail: services.config.CONTACT_EMAIL,
          // With no record yet, nothing is older than now.
          earliestDatestamp: earliest ? usToDatestamp(earliest) : datestamp(now),
          repositoryIdentifier: REPOSITORY_ID.test(host) ? host : null,
          sampleIdentifier: oaiIdentifier(host, SAMPLE_ID),
        },
      };
      break;
    }
    case 'ListMetadataFormats':
      answer =
        req.identifier && !(await recordOf(ctx, req.identifier))
          ? noSuchRecord(req.identifier)
          : { verb: 'ListMetadataFormats' };
      break;
    case 'ListSets': {
      const sets = (await ctx.sets()).sets;
      // ListSets fits one answer, so no token is ever issued for it.
      if (req.resumptionToken !== undefined)
        answer = oaiError('badResumptionToken', 'ListSets is never paged: this token was not issued here.');
      else answer = sets.length === 0 ? noSets() : { verb: 'ListSets', sets };
      break;
    }
    case 'GetRecord':
      answer = await getRecord(ctx, req);
      break;
    default:
      answer = await listRecords(ctx, req);
  }
  return renderAnswer(answer, { baseUrl, now, echo: { verb: req.verb, ...req.args } });
}
