import { languageName } from './index.ts';
import { LOCALES } from './locales.ts';

/** Every ISO 639-1 code (2002 list, without the withdrawn "sh"): the languages content can be in. */
export const ISO_639_1 = new Set(
  `aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee
  el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is
  it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms
  mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk
  sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi
  yo za zh zu`.split(/\s+/),
);

export function isLanguageCode(code: string): boolean {
  return ISO_639_1.has(code);
}

const optionsByLocale = new Map<string, { code: string; name: string }[]>();

/** The platform's four languages first, then every other ISO 639-1 language by name in the reader's language. */
export function languageOptions(locale: string): { code: string; name: string }[] {
  const known = optionsByLocale.get(locale);
  if (known) return known;
  const collator = new Intl.Collator(locale);
  const first = (LOCALES as readonly string[]).map((code) => ({ code, name: languageName(code, locale) }));
  const rest = [...ISO_639_1]
    .filter((code) => !(LOCALES as readonly string[]).includes(code))
    .map((code) => ({ code, name: languageName(code, locale) }))
    .sort((a, b) => collator.compare(a.name, b.name));
  const options = [...first, ...rest];
  optionsByLocale.set(locale, options);
  return options;
}
