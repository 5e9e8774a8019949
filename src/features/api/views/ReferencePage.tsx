import type { MessageKey } from '../../../core/i18n/index.ts';
import { useCtx } from '../../../core/render/context.ts';
import { Layout } from '../../../ui/Layout.tsx';
import { CONTENT_TYPE_NAMES, CONTENT_TYPES } from '../../content/types.ts';
import { contentOperations } from '../routes.ts';

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  description?: string;
}
interface Operation {
  operationId: string;
  parameters?: Parameter[];
}
/** What the reference data operations do, in the reader's language. */
const REFERENCE_OPERATIONS: Record<string, MessageKey> = {
  listOrganisations: 'api.op.listOrganisations',
  getOrganisation: 'api.op.getOrganisation',
  listGlossary: 'api.op.listGlossary',
  getGlossaryConcept: 'api.op.getGlossaryConcept',
  listVocabularies: 'api.op.listVocabularies',
  getVocabulary: 'api.op.getVocabulary',
  listCountries: 'api.op.listCountries',
  getCountry: 'api.op.getCountry',
};

export interface OpenApiDoc {
  info: { version: string };
  paths: Record<string, Record<string, Operation>>;
}

/**
 * The API explained for people, from the OpenAPI document itself (so it cannot drift): how
 * to call it, its conventions, and every operation with its parameters. Parameter notes come
 * from the document, in English (marked so), as developers will meet them in their tools.
 */
export function ReferencePage({ doc }: { doc: OpenApiDoc }) {
  const { t, locale, config } = useCtx();
  const base = `${config.publicUrl}/api/v1`;
  const names = new Map<string, string>();
  for (const type of CONTENT_TYPE_NAMES) {
    const ops = contentOperations(type);
    const name = t(CONTENT_TYPES[type].label);
    names.set(ops.list, t('api.op.list', { name }));
    names.set(ops.get, t('api.op.get', { name }));
  }
  for (const [id, key] of Object.entries(REFERENCE_OPERATIONS)) names.set(id, t(key));
  const summary = (id: string) => names.get(id) ?? id;
  return (
    <Layout title={t('api.reference.title')}>
      <h1>{t('api.reference.title')}</h1>
      <p>{t('api.reference.intro')}</p>
      <h2>{t('api.reference.start')}</h2>
      <p>{t('api.reference.base')}</p>
      <pre>
        <code>{`curl '${base}/publications?q=cash+transfers&lang=${locale}&limit=5'`}</code>
      </pre>
      <p>
        {t('api.reference.openapi')} <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI{' '}
        {doc.info.version}, 3.1)
      </p>
      <h2>{t('api.reference.conventions')}</h2>
      <ul>
        <li>{t('api.reference.paging')}</li>
        <li>{t('api.reference.language')}</li>
        <li>{t('api.reference.fields')}</li>
        <li>{t('api.reference.errors')}</li>
        <li>{t('api.reference.caching')}</li>
        <li>
          {t('api.reference.limits', { anonymous: config.API_RATE_LIMIT, keyed: config.API_KEY_RATE_LIMIT })}
        </li>
        <li>{t('api.reference.licence')}</li>
      </ul>
      <p>
        <a href={`/${locale}/account/api-keys`}>{t('api.keys.title')}</a>
      </p>
      <h2>{t('api.reference.endpoints')}</h2>
      {Object.entries(doc.paths).map(([path, methods]) =>
        Object.entries(methods).map(([method, op]) => {
          const params = op.parameters ?? [];
          return (
            <section key={`${method} ${path}`} aria-labelledby={`op-${op.operationId}`}>
              <h3 id={`op-${op.operationId}`}>
                <code>
                  {method.toUpperCase()} {path}
                </code>
              </h3>
              <p>{summary(op.operationId)}</p>
              {params.length > 0 && (
                <table>
                  <caption class="visually-hidden">
                    {t('api.reference.parametersOf', { operation: `${method.toUpperCase()} ${path}` })}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('api.reference.parameter')}</th>
                      <th scope="col">{t('api.reference.where')}</th>
                      <th scope="col">{t('api.reference.description')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {params.map((p) => (
                      <tr key={`${p.in}-${p.name}`}>
                        <th scope="row">
                          <code>{p.name}</code>
                          {p.required ? ` (${t('api.reference.required')})` : ''}
                        </th>
                        <td>{t(p.in === 'path' ? 'api.reference.inPath' : 'api.reference.inQuery')}</td>
                        <td lang="en">{p.description ?? ''}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </section>
          );
        }),
      )}
    </Layout>
  );
}
