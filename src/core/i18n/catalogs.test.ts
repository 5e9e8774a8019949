import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { allMessages, LOCALES, negotiateLocale, translate } from './index.ts';

/** The variable names a message uses, including those nested in plural/select branches. */
function variables(elements: MessageFormatElement[], out = new Set<string>()): Set<string> {
  for (const el of elements) {
    if (
      el.type === TYPE.argument ||
      el.type === TYPE.number ||
      el.type === TYPE.date ||
      el.type === TYPE.time
    )
      out.add(el.value);
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      out.add(el.value);
      for (const option of Object.values(el.options)) variables(option.value, out);
    }
    if (el.type === TYPE.tag) variables(el.children, out);
  }
  return out;
}

describe('message catalogs', () => {
  const all = allMessages();
  const en = all.get('en')!;

  it('has English messages', () => {
    expect(en.size).toBeGreaterThan(50);
  });

  for (const locale of LOCALES.filter((l) => l !== 'en')) {
    it(`${locale} has every English key and no extra one`, () => {
      const other = all.get(locale)!;
      expect([...en.keys()].filter((k) => !other.has(k))).toEqual([]);
      expect([...other.keys()].filter((k) => !en.has(k))).toEqual([]);
    });

    it(`${locale} uses the same variables as English in every message`, () => {
      const other = all.get(locale)!;
      const mismatches: string[] = [];
      for (const [key, source] of en) {
        const translated = other.get(key);
        if (translated === undefined) continue;
        const a = [...variables(parse(source))].sort().join(',');
        const b = [...variables(parse(translated))].sort().join(',');
        if (a !== b) mismatches.push(`${key}: en {${a}} vs ${locale} {${b}}`);
      }
      expect(mismatches).toEqual([]);
    });

    it(`${locale} is translated, not copied from English`, () => {
      const other = all.get(locale)!;
      const long = [...en].filter(([, text]) => text.length > 40);
      const copied = long.filter(([key, text]) => other.get(key) === text).map(([key]) => key);
      // Long sentences identical to English mean a missing translation.
      expect(copied).toEqual([]);
    });
  }

  it('formats plurals per locale', () => {
    expect(translate('en', 'ui.form.errorSummary', { count: 1 })).toBe('There is a problem');
    expect(translate('en', 'ui.form.errorSummary', { count: 3 })).toBe('There are 3 problems');
    expect(translate('fr', 'ui.form.errorSummary', { count: 2 })).toBe('Il y a 2 problèmes');
  });
});

describe('negotiateLocale', () => {
  it('prefers a saved preference', () => {
    expect(negotiateLocale('fr-FR,fr;q=0.9', 'pt')).toBe('pt');
  });
  it('follows Accept-Language weights', () => {
    expect(negotiateLocale('de-DE,de;q=0.9,es;q=0.8,en;q=0.5')).toBe('es');
    expect(negotiateLocale('en;q=0.1, fr;q=0.9')).toBe('fr');
  });
  it('falls back to English', () => {
    expect(negotiateLocale('de, ja')).toBe('en');
    expect(negotiateLocale(undefined)).toBe('en');
  });
});
