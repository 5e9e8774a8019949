import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import { xmlText } from '../../../core/render/xml.ts';
import type { DcElement } from './dublin-core.ts';
import type { OaiError } from './protocol.ts';
import type { OaiSet } from './sets.ts';

// The XML of every answer, written with xmlbuilder2 (which escapes); every text goes through
// xmlText first, so a control character pasted into a title cannot break a harvest.

const OAI = 'http://www.openarchives.org/OAI/2.0/';
const OAI_DC = 'http://www.openarchives.org/OAI/2.0/oai_dc/';
const OAI_ID = 'http://www.openarchives.org/OAI/2.0/oai-identifier';
const DC = 'http://purl.org/dc/elements/1.1/';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
const XMLNS = 'http://www.w3.org/2000/xmlns/';

export const OAI_DC_FORMAT = {
  metadataPrefix: 'oai_dc',
  schema: 'http://www.openarchives.org/OAI/2.0/oai_dc.xsd',
  metadataNamespace: OAI_DC,
};

export interface OaiHeader {
  identifier: string;
  datestamp: string;
  setSpecs: string[];
  deleted: boolean;
}

export interface OaiRecord {
  header: OaiHeader;
  /** Absent for deleted records. */
  metadata?: DcElement[];
}

export interface IdentifyInfo {
  repositoryName: string;
  adminEmail: string;
  earliestDatestamp: string;
  /** The repositoryIdentifier of the oai-identifier description, when the host name allows one. */
  repositoryIdentifier: string | null;
  sampleIdentifier: string;
}

/** Where a list stops: the token of the next page ('' on the last page) with its counts. */
export interface TokenInfo {
  value: string;
  cursor: number;
  completeListSize: number;
}

export type OaiAnswer =
  | { verb: 'Identify'; identify: IdentifyInfo }
  | { verb: 'ListMetadataFormats' }
  | { verb: 'ListSets'; sets: OaiSet[] }
  | { verb: 'GetRecord'; record: OaiRecord }
  | { verb: 'ListIdentifiers' | 'ListRecords'; records: OaiRecord[]; token: TokenInfo | null }
  | { verb: 'error'; errors: OaiError[] };

/** `echo`: the request's arguments for the `request` element (null: none, after badVerb or badArgument). */
export function renderAnswer(
  answer: OaiAnswer,
  ctx: { baseUrl: string; now: Date; echo: Record<string, string> | null },
): string {
  const root = create({ version: '1.0', encoding: 'UTF-8' })
    .ele(OAI, 'OAI-PMH')
    .att(XMLNS, 'xmlns:xsi', XSI)
    .att(XSI, 'xsi:schemaLocation', `${OAI} ${OAI}OAI-PMH.xsd`);
  text(root, 'responseDate', datestamp(ctx.now));
  const request = root.ele('request');
  for (const [k, v] of Object.entries(ctx.echo ?? {})) request.att(k, xmlText(v));
  request.txt(ctx.baseUrl);
  switch (answer.verb) {
    case 'error':
      for (const e of answer.errors) root.ele('error', { code: e.code }).txt(xmlText(e.message));
      break;
    case 'Identify':
      identify(root.ele('Identify'), answer.identify, ctx.baseUrl);
      break;
    case 'ListMetadataFormats': {
      const format = root.ele('ListMetadataFormats').ele('metadataFormat');
      for (const [k, v] of Object.entries(OAI_DC_FORMAT)) text(format, k, v);
      break;
    }
    case 'ListSets': {
      const list = root.ele('ListSets');
      for (const s of answer.sets) {
        const set = list.ele('set');
        text(set, 'setSpec', s.spec);
        text(set, 'setName', s.name);
      }
      break;
    }
    case 'GetRecord':
      record(root.ele('GetRecord'), answer.record);
      break;
    default: {
      const list = root.ele(answer.verb);
      for (const r of answer.records)
        if (answer.verb === 'ListIdentifiers') header(list, r.header);
        else record(list, r);
      if (answer.token)
        list
          .ele('resumptionToken', {
            completeListSize: String(answer.token.completeListSize),
            cursor: String(answer.token.cursor),
          })
          .txt(answer.token.value);
    }
  }
  return root.end();
}

/** A UTC instant at the repository's granularity (seconds). */
export function datestamp(at: Date): string {
  return at.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Adds <name>value</name> under `parent` and returns the new element. */
function text(parent: XMLBuilder, name: string, value: string): XMLBuilder {
  return parent.ele(name).txt(xmlText(value));
}

function identify(el: XMLBuilder, info: IdentifyInfo, baseUrl: string) {
  text(el, 'repositoryName', info.repositoryName);
  text(el, 'baseURL', baseUrl);
  text(el, 'protocolVersion', '2.0');
  text(el, 'adminEmail', info.adminEmail);
  text(el, 'earliestDatestamp', info.earliestDatestamp);
  text(el, 'deletedRecord', 'persistent');
  text(el, 'granularity', 'YYYY-MM-DDThh:mm:ssZ');
  text(el, 'compression', 'gzip');
  if (info.repositoryIdentifier) {
    const id = el
      .ele('description')
      .ele(OAI_ID, 'oai-identifier')
      .att(XSI, 'xsi:schemaLocation', `${OAI_ID} http://www.openarchives.org/OAI/2.0/oai-identifier.xsd`);
    text(id, 'scheme', 'oai');
    text(id, 'repositoryIdentifier', info.repositoryIdentifier);
    text(id, 'delimiter', ':');
    text(id, 'sampleIdentifier', info.sampleIdentifier);
  }
}

function header(parent: XMLBuilder, h: OaiHeader) {
  const el = parent.ele('header', h.deleted ? { status: 'deleted' } : {});
  text(el, 'identifier', h.identifier);
  text(el, 'datestamp', h.datestamp);
  for (const s of h.setSpecs) text(el, 'setSpec', s);
}

function record(parent: XMLBuilder, r: OaiRecord) {
  const el = parent.ele('record');
  header(el, r.header);
  if (!r.metadata) return;
  const dc = el
    .ele('metadata')
    .ele(OAI_DC, 'oai_dc:dc')
    .att(XMLNS, 'xmlns:dc', DC)
    .att(XSI, 'xsi:schemaLocation', `${OAI_DC} ${OAI_DC_FORMAT.schema}`);
  // Prefixed names resolve through the xmlns:dc declared above; skipping the namespace
  // look-up per element makes a page of records markedly cheaper to build.
  for (const e of r.metadata)
    dc.ele(`dc:${e.name}`, e.lang ? { 'xml:lang': e.lang } : undefined).txt(xmlText(e.value));
}
