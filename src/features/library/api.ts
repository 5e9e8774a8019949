import { z } from 'zod';
import type { ApiDetails } from '../content/api-details.ts';
import { fileUrl } from './files/presenter.ts';
import { publicationApiFields } from './repository.ts';

const schema = z
  .object({
    authors: z.array(z.string()),
    year: z.number().int().nullable(),
    issuedOn: z.iso.date().nullable().meta({ description: 'Date of issue, when known (else the year).' }),
    languages: z.array(z.string()).meta({ description: 'Languages of the document itself (ISO 639-1).' }),
    doi: z.string().nullable(),
    isbn: z.string().nullable(),
    externalUrl: z.string().nullable().meta({ description: 'Where the publisher keeps it.' }),
    pageCount: z.number().int().nullable(),
    files: z.array(
      z.object({
        url: z.string(),
        filename: z.string(),
        mediaType: z.string(),
        size: z.number().int().meta({ description: 'Bytes.' }),
        pageCount: z.number().int().nullable(),
      }),
    ),
  })
  .meta({ id: 'PublicationDetails' });

/** Publications in the API: bibliographic fields and downloadable documents. */
export const publicationApi: ApiDetails<typeof schema> = {
  schema,
  async load(db, ids, { publicUrl }) {
    const rows = await publicationApiFields(db, ids);
    return new Map(
      rows.map((r) => [
        r.itemId,
        {
          authors: r.authors,
          year: r.year,
          issuedOn: r.issuedOn,
          languages: r.languages,
          doi: r.doi,
          isbn: r.isbn,
          externalUrl: r.url,
          pageCount: r.pageCount,
          files: r.files.map((f) => ({
            url: `${publicUrl}${fileUrl(f)}`,
            filename: f.filename,
            mediaType: f.mediaType,
            size: Number(f.size),
            pageCount: f.pageCount,
          })),
        },
      ]),
    );
  },
};
