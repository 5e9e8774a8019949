import { describe, expect, it } from 'vitest';
import { normaliseDoi, normaliseIsbn, normaliseUrl } from './identifiers.ts';
import { licenceCode, licenceDeedUrl, licenceLabel } from '../../content/licences.ts';
import { nextSlug, slugify } from './slug.ts';
import { translator } from '../../../core/i18n/index.ts';

describe('DOI', () => {
  it('accepts a bare DOI, a doi: prefix and doi.org links, lower-cased', () => {
    expect(normaliseDoi('10.1596/978-1-4648-1045-9')).toBe('10.1596/978-1-4648-1045-9');
    expect(normaliseDoi(' doi:10.1016/J.WORLDDEV.2019.104742 ')).toBe('10.1016/j.worlddev.2019.104742');
    expect(normaliseDoi('https://doi.org/10.1111/ABC.1')).toBe('10.1111/abc.1');
    expect(normaliseDoi('http://dx.doi.org/10.18356/9789210054249')).toBe('10.18356/9789210054249');
  });
  it('refuses what is not a DOI', () => {
    for (const bad of [
      '10.12/abc',
      '11.1234/abc',
      '10.1234/',
      '10.1234 /x',
      'https://example.org/10.1234/x',
      'x'.repeat(300),
    ])
      expect(normaliseDoi(bad)).toBeNull();
  });
});

describe('ISBN', () => {
  it('accepts ISBN-10 and ISBN-13 with valid check digits, hyphens or not', () => {
    expect(normaliseIsbn('978-92-2-133963-2')).toBe('9789221339632');
    expect(normaliseIsbn('ISBN 978 1 4648 1045 9')).toBe('9781464810459');
    expect(normaliseIsbn('0-306-40615-2')).toBe('0306406152');
    expect(normaliseIsbn('0-8044-2957-x')).toBe('080442957X');
  });
  it('refuses a wrong check digit or length', () => {
    for (const bad of ['978-92-2-133963-3', '0-306-40615-3', '12345', '977-92-2-133963-2', 'abcdefghij'])
      expect(normaliseIsbn(bad)).toBeNull();
  });
});

describe('URL', () => {
  it('keeps http and https addresses', () => {
    expect(normaliseUrl('https://www.ilo.org/publications/world-social-protection-report')).toBe(
      'https://www.ilo.org/publications/world-social-protection-report',
    );
    expect(normaliseUrl('http://example.org')).toBe('http://example.org/');
  });
  it('refuses other schemes and credentials', () => {
    for (const bad of [
      'javascript:alert(1)',
      'ftp://example.org/x',
      'data:text/html,x',
      '//example.org',
      'https://user:pw@example.org/',
    ])
      expect(normaliseUrl(bad)).toBeNull();
  });
});

describe('slugs', () => {
  it('makes ASCII slugs from titles in any script', () => {
    expect(slugify('Transferências monetárias: evidência do Brasil')).toBe(
      'transferencias-monetarias-evidencia-do-brasil',
    );
    expect(slugify('Œuvres sociales & Straße')).toBe('oeuvres-sociales-strasse');
    expect(slugify('الحماية الاجتماعية')).toBe('');
    expect(slugify('word '.repeat(40)).length).toBeLessThanOrEqual(80);
  });
  it('adds a suffix when the slug is taken or reserved', () => {
    expect(nextSlug('cash', new Set())).toBe('cash');
    expect(nextSlug('cash', new Set(['cash', 'cash-2']))).toBe('cash-3');
    expect(nextSlug('submit', new Set())).toBe('submit-2');
    expect(nextSlug('', new Set(['publication']))).toBe('publication-2');
  });
});

describe('licences', () => {
  it('stores codes and shows them translated; other stored text is shown as is', () => {
    expect(licenceCode('CC BY 4.0')).toBe('cc-by-4.0');
    expect(licenceCode('cc0')).toBe('cc0');
    expect(licenceCode('CC BY 3.0 IGO')).toBe('cc-by-3.0-igo');
    expect(licenceCode('CC BY 2.5 ZA')).toBeUndefined();
    expect(licenceLabel(translator('fr'), 'all-rights-reserved')).toBe('Tous droits réservés');
    expect(licenceLabel(translator('es'), 'CC BY 2.5 ZA')).toBe('CC BY 2.5 ZA');
    expect(licenceLabel(translator('fr'), 'CC BY 3.0 IGO')).toBe(
      'CC BY 3.0 IGO (attribution, organisations intergouvernementales)',
    );
    expect(licenceDeedUrl('cc-by-nc-4.0')).toBe('https://creativecommons.org/licenses/by-nc/4.0/');
    expect(licenceDeedUrl('all-rights-reserved')).toBeNull();
  });
});
