import { Validator } from '@seriousme/openapi-schema-validator';
import type { LightMyRequestResponse } from 'fastify';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

interface Doc {
  paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, unknown> }> }>>;
}

/**
 * Checks API answers against the OpenAPI document the app publishes: the document must be a
 * valid OpenAPI 3.1 description, and every answer must match the schema of its operation and
 * status (JSON Schema 2020-12, as OpenAPI 3.1 says).
 */
export async function openApiChecker(doc: unknown) {
  const verdict = await new Validator().validate(structuredClone(doc) as Record<string, unknown>);
  if (!verdict.valid)
    throw new Error(`invalid OpenAPI document: ${JSON.stringify(verdict.errors).slice(0, 2000)}`);
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  ajv.addSchema(doc as object, 'openapi');
  const d = doc as Doc;
  const templates = Object.keys(d.paths).map((p) => ({
    path: p,
    re: new RegExp(`^${p.replace(/\{[^}]+\}/g, '[^/]+')}$`),
  }));
  const pointer = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');
  let checked = 0;
  return {
    /** Throws when the answer does not match its operation's schema; returns the parsed body. */
    check(url: string, res: LightMyRequestResponse): unknown {
      const path = new URL(url, 'http://x').pathname;
      const match = templates.filter((t) => t.re.test(path)).sort((a, b) => b.path.length - a.path.length)[0];
      if (!match) throw new Error(`no operation in the OpenAPI document for ${path}`);
      const status = String(res.statusCode);
      if (status === '304') return null;
      const op = d.paths[match.path]?.get;
      const response = op?.responses[status];
      if (!response?.content?.['application/json'])
        throw new Error(`the document has no ${status} JSON answer for GET ${match.path}`);
      const ref = `openapi#/paths/${pointer(match.path)}/get/responses/${status}/content/${pointer('application/json')}/schema`;
      const validate = ajv.getSchema(ref);
      if (!validate) throw new Error(`cannot compile ${ref}`);
      const body = res.json();
      if (!validate(body))
        throw new Error(
          `GET ${url} (${status}) does not match the document: ${ajv.errorsText(validate.errors)}`,
        );
      checked++;
      return body;
    },
    get checked() {
      return checked;
    },
  };
}
