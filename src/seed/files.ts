import { PDFDocument, type PDFFont, type PDFPage, StandardFonts } from 'pdf-lib';
import type { Services } from '../core/services.ts';
import { addPublicationFile, storeUpload } from '../features/library/files/index.tsx';
import { publicationsWithoutDocument } from '../features/library/files/repository.ts';

/** How many demo publications get a PDF: enough to show downloads and full-text search. */
export const DEMO_FILES = 20;

type FileSeedServices = Pick<Services, 'db' | 'storage' | 'jobs' | 'logger' | 'config'>;

/** Headings and a methods paragraph in each language: text that is in the PDF only, for full-text search. */
const WORDS: Record<string, { summary: string; methods: string; note: string }> = {
  en: {
    summary: 'Summary',
    methods:
      'Methodology. The analysis draws on administrative data, household surveys and interviews with programme staff and beneficiaries. Figures were validated with the implementing ministry before publication.',
    note: 'Demonstration document of the SP Gateway library.',
  },
  fr: {
    summary: 'Résumé',
    methods:
      'Méthodologie. L’analyse s’appuie sur des données administratives, des enquêtes auprès des ménages et des entretiens avec le personnel du programme et les bénéficiaires. Les chiffres ont été validés avec le ministère de mise en œuvre avant publication.',
    note: 'Document de démonstration de la bibliothèque SP Gateway.',
  },
  es: {
    summary: 'Resumen',
    methods:
      'Metodología. El análisis se basa en datos administrativos, encuestas de hogares y entrevistas con el personal del programa y las personas beneficiarias. Las cifras se validaron con el ministerio ejecutor antes de su publicación.',
    note: 'Documento de demostración de la biblioteca SP Gateway.',
  },
  pt: {
    summary: 'Resumo',
    methods:
      'Metodologia. A análise baseia-se em dados administrativos, pesquisas domiciliares e entrevistas com a equipe do programa e os beneficiários. Os números foram validados com o ministério executor antes da publicação.',
    note: 'Documento de demonstração da biblioteca SP Gateway.',
  },
};

/**
 * Gives the newest demo publications a small, real PDF (title, authors, summary and a methods
 * page, in the publication's language), attached through the same use case as an upload, so
 * their text is read by the extraction job and indexed. Deterministic bytes: same demo, same files.
 */
export async function seedDemoFiles(
  services: FileSeedServices,
  opts: { progress: (message: string) => void; count?: number },
): Promise<number> {
  const items = await publicationsWithoutDocument(services.db, opts.count ?? DEMO_FILES);
  let done = 0;
  for (const item of items) {
    const date = item.published_at ? new Date(item.published_at) : new Date(Date.UTC(2024, 0, 1));
    const pdf = await demoPdf({
      title: item.title,
      summary: item.summary ?? '',
      authors: item.authors ?? [],
      year: item.year,
      locale: item.locale,
      date,
    });
    const stored = await storeUpload(services, pdf, { role: 'document', filename: `${item.slug}.pdf` });
    await addPublicationFile(services, item.id, stored);
    done++;
    if (done % 5 === 0 || done === items.length) opts.progress(`demo files ${done}/${items.length}`);
  }
  return done;
}

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;

/** A small, real PDF in the demo's style: title, authors, summary, a methods page. */
export async function demoPdf(p: {
  title: string;
  summary: string;
  authors: string[];
  year: number | null;
  locale: string;
  date: Date;
}): Promise<Buffer> {
  const words = WORDS[p.locale] ?? WORDS.en!;
  const doc = await PDFDocument.create();
  doc.setTitle(winAnsi(p.title));
  if (p.authors.length) doc.setAuthor(winAnsi(p.authors.join(', ')));
  doc.setLanguage(p.locale);
  doc.setProducer('SP Gateway demo data');
  doc.setCreator('SP Gateway');
  doc.setCreationDate(p.date);
  doc.setModificationDate(p.date);
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);

  const first = doc.addPage(A4);
  let y = A4[1] - MARGIN;
  y = paragraph(first, p.title, bold, 18, y, 1.25);
  const byline = [p.authors.join(', '), p.year ? String(p.year) : ''].filter(Boolean).join(' · ');
  if (byline) y = paragraph(first, byline, regular, 10, y - 6, 1.4);
  y = paragraph(first, words.summary, bold, 13, y - 18, 1.4);
  paragraph(first, p.summary, regular, 11, y - 2, 1.45);
  footer(first, words.note, regular);

  const second = doc.addPage(A4);
  paragraph(second, words.methods, regular, 11, A4[1] - MARGIN, 1.45);
  footer(second, words.note, regular);
  return Buffer.from(await doc.save());
}

/** Draws wrapped text from `y` down; returns where the next block starts. */
function paragraph(
  page: PDFPage,
  text: string,
  font: PDFFont,
  size: number,
  y: number,
  leading: number,
): number {
  const width = A4[0] - 2 * MARGIN;
  let line = '';
  let at = y - size;
  const flush = () => {
    page.drawText(line, { x: MARGIN, y: at, size, font });
    at -= size * leading;
    line = '';
  };
  for (const word of winAnsi(text).split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && font.widthOfTextAtSize(next, size) > width) {
      flush();
      line = word;
    } else line = next;
  }
  if (line) flush();
  return at + size * leading - size * 0.5;
}

function footer(page: PDFPage, text: string, font: PDFFont) {
  page.drawText(winAnsi(text), { x: MARGIN, y: MARGIN / 2, size: 8, font });
}

/** Characters beyond the standard PDF fonts' encoding (WinAnsi) lose their accents, or become "?". */
const WIN_ANSI_EXTRA = new Set([...'€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ']);
function winAnsi(text: string): string {
  return [...text]
    .map((c) => {
      const code = c.codePointAt(0)!;
      if ((code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(c)) return c;
      if (/\s/.test(c)) return ' ';
      const plain = c.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
      return [...plain].every((p) => p.charCodeAt(0) <= 0x7e) ? plain : '?';
    })
    .join('');
}
