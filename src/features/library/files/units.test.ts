import { describe, expect, it } from 'vitest';
import { cleanFilename, contentDisposition } from './filename.ts';
import { fileTypeLabel } from './formats.ts';
import { etagMatches, notModifiedSince } from '../../../core/http/etag.ts';
import { parseRange, rangeStillValid } from './http-file.ts';
import { cleanText } from './pdf-text.ts';
import { sniffHead } from './sniff.ts';
import { executableBytes, makePdf } from './test-helpers.ts';

describe('cleanFilename', () => {
  it('keeps the readable name, drops folders and hostile characters, and ends with the real extension', () => {
    expect(cleanFilename('../../etc/passwd', 'pdf', 'document')).toBe('passwd.pdf');
    expect(cleanFilename('C:\\temp\\Informe anual.exe', 'pdf', 'document')).toBe('Informe anual.pdf');
    expect(cleanFilename('a\u0000b\u202ecod.pdf', 'docx', 'document')).toBe('abcod.docx');
    expect(cleanFilename('<script>"x".pdf', 'pdf', 'document')).toBe('scriptx.pdf');
    expect(cleanFilename('   ', 'png', 'cover')).toBe('cover.png');
    expect(cleanFilename('...', 'pdf', 'document')).toBe('document.pdf');
    expect(cleanFilename('Résumé – été 2024.PDF', 'pdf', 'document')).toBe('Résumé – été 2024.pdf');
    expect(cleanFilename('تقرير.pdf', 'pdf', 'document')).toBe('تقرير.pdf');
    const long = cleanFilename(`${'é'.repeat(300)}.pdf`, 'pdf', 'document');
    expect([...long].length).toBe(120);
    expect(long.endsWith('.pdf')).toBe(true);
  });

  it('offers the name in an ASCII fallback and exactly in RFC 5987 form', () => {
    expect(contentDisposition('attachment', 'Relatório (final) ação.pdf')).toBe(
      `attachment; filename="Relatorio (final) acao.pdf"; filename*=UTF-8''Relat%C3%B3rio%20%28final%29%20a%C3%A7%C3%A3o.pdf`,
    );
    expect(contentDisposition('inline', 'تقرير.png')).toMatch(
      /^inline; filename="_____.png"; filename\*=UTF-8''/,
    );
  });
});

describe('byte ranges and validators', () => {
  it('reads single byte ranges and ignores what it cannot honour', () => {
    expect(parseRange('bytes=0-99', 1000)).toEqual({ start: 0, end: 99 });
    expect(parseRange('bytes=990-2000', 1000)).toEqual({ start: 990, end: 999 });
    expect(parseRange('bytes=500-', 1000)).toEqual({ start: 500, end: 999 });
    expect(parseRange('bytes=-100', 1000)).toEqual({ start: 900, end: 999 });
    expect(parseRange('bytes=-5000', 1000)).toEqual({ start: 0, end: 999 });
    expect(parseRange('bytes=1000-', 1000)).toBe('unsatisfiable');
    expect(parseRange('bytes=-0', 1000)).toBe('unsatisfiable');
    expect(parseRange(undefined, 1000)).toBeNull();
    expect(parseRange('bytes=0-1,5-6', 1000)).toBeNull();
    expect(parseRange('items=0-1', 1000)).toBeNull();
    expect(parseRange('bytes=9-3', 1000)).toBeNull();
    expect(parseRange('bytes=-', 1000)).toBeNull();
  });

  it('compares entity tags weakly for If-None-Match and strictly for If-Range', () => {
    expect(etagMatches('"a", W/"b"', '"b"')).toBe(true);
    expect(etagMatches('*', '"b"')).toBe(true);
    expect(etagMatches('"c"', '"b"')).toBe(false);
    const at = new Date('2025-01-02T03:04:05.678Z');
    expect(notModifiedSince('Thu, 02 Jan 2025 03:04:05 GMT', at)).toBe(true);
    expect(notModifiedSince('Thu, 02 Jan 2025 03:04:04 GMT', at)).toBe(false);
    expect(notModifiedSince('garbage', at)).toBe(false);
    expect(rangeStillValid(undefined, '"b"', at)).toBe(true);
    expect(rangeStillValid('"b"', '"b"', at)).toBe(true);
    expect(rangeStillValid('W/"b"', '"b"', at)).toBe(false);
    expect(rangeStillValid('Thu, 02 Jan 2025 03:04:05 GMT', '"b"', at)).toBe(true);
  });
});

describe('type sniffing', () => {
  it('names formats from the bytes, whatever the name says', async () => {
    expect(await sniffHead(await makePdf([['x']]), 'document')).toEqual({
      format: expect.objectContaining({ ext: 'pdf', mediaType: 'application/pdf' }),
    });
    await expect(sniffHead(executableBytes(), 'document')).rejects.toMatchObject({
      code: 'unsupported_type',
      field: 'file',
    });
    await expect(sniffHead(Buffer.from('just some text'), 'document')).rejects.toMatchObject({
      field: 'file',
    });
    await expect(sniffHead(Buffer.alloc(0), 'cover')).rejects.toMatchObject({ code: 'empty_file' });
    expect(fileTypeLabel('application/vnd.ms-powerpoint')).toBe('PowerPoint');
    expect(fileTypeLabel('application/vnd.oasis.opendocument.spreadsheet')).toBe('OpenDocument (ODS)');
  });

  it('keeps extracted text free of NUL and control characters', () => {
    expect(cleanText('a\u0000b\u0007c  \t d\n\n\n e')).toBe('a b c d\ne');
  });
});
