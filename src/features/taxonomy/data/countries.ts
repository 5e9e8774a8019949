// Every ISO 3166-1 alpha-2 code known to i18n-iso-countries, with its World Bank region and
// income group (analytical classification for fiscal year 2026, published July 2025; see
// docs/decisions/0002-regions-and-income-groups.md). `null` income: the World Bank does not
// classify the territory (not a member economy, or no data, as for Venezuela since FY2022);
// such territories take the region of their geography.

export type RegionSlug =
  | 'east-asia-pacific'
  | 'europe-central-asia'
  | 'latin-america-caribbean'
  | 'middle-east-north-africa'
  | 'north-america'
  | 'south-asia'
  | 'sub-saharan-africa';

export type IncomeSlug = 'low-income' | 'lower-middle-income' | 'upper-middle-income' | 'high-income';

type Code = 'L' | 'LM' | 'UM' | 'H' | null;

const INCOME: Record<Exclude<Code, null>, IncomeSlug> = {
  L: 'low-income',
  LM: 'lower-middle-income',
  UM: 'upper-middle-income',
  H: 'high-income',
};

// biome-ignore format: a compact table, ten codes a line, reads better than one a line.
const BY_REGION: Record<RegionSlug, Record<string, Code>> = {
  'sub-saharan-africa': {
    AO: 'LM', BJ: 'LM', BW: 'UM', BF: 'L', BI: 'L', CV: 'UM', CM: 'LM', CF: 'L', TD: 'L', KM: 'LM',
    CD: 'L', CG: 'LM', CI: 'LM', GQ: 'UM', ER: 'L', SZ: 'LM', ET: 'L', GA: 'UM', GM: 'L', GH: 'LM',
    GN: 'LM', GW: 'L', KE: 'LM', LS: 'LM', LR: 'L', MG: 'L', MW: 'L', ML: 'L', MR: 'LM', MU: 'UM',
    MZ: 'L', NA: 'LM', NE: 'L', NG: 'LM', RW: 'L', ST: 'LM', SN: 'LM', SC: 'H', SL: 'L', SO: 'L',
    ZA: 'UM', SS: 'L', SD: 'L', TZ: 'LM', TG: 'L', UG: 'L', ZM: 'LM', ZW: 'LM',
    // Territories the World Bank does not classify.
    YT: null, RE: null, SH: null,
  },
  'latin-america-caribbean': {
    AG: 'H', AR: 'UM', AW: 'H', BS: 'H', BB: 'H', BZ: 'UM', BO: 'LM', BR: 'UM', VG: 'H', KY: 'H',
    CL: 'H', CO: 'UM', CR: 'H', CU: 'UM', CW: 'H', DM: 'UM', DO: 'UM', EC: 'UM', SV: 'UM', GD: 'UM',
    GT: 'UM', GY: 'H', HT: 'LM', HN: 'LM', JM: 'UM', MX: 'UM', NI: 'LM', PA: 'H', PY: 'UM', PE: 'UM',
    PR: 'H', SX: 'H', KN: 'H', LC: 'UM', MF: 'H', VC: 'UM', SR: 'UM', TT: 'H', TC: 'H', UY: 'H',
    VI: 'H',
    // Unclassified: Venezuela (no data since FY2022) and non-member territories.
    VE: null, AI: null, BQ: null, BL: null, FK: null, GF: null, GP: null, MQ: null, MS: null, GS: null,
  },
  'east-asia-pacific': {
    AS: 'H', AU: 'H', BN: 'H', KH: 'LM', CN: 'UM', FJ: 'UM', PF: 'H', GU: 'H', HK: 'H', ID: 'UM',
    JP: 'H', KI: 'LM', KP: 'L', KR: 'H', LA: 'LM', MO: 'H', MY: 'UM', MH: 'UM', FM: 'LM', MN: 'UM',
    MM: 'LM', NR: 'H', NC: 'H', NZ: 'H', MP: 'H', PW: 'H', PG: 'LM', PH: 'LM', WS: 'UM', SG: 'H',
    SB: 'LM', TW: 'H', TH: 'UM', TL: 'LM', TO: 'UM', TV: 'UM', VU: 'LM', VN: 'LM',
    // Territories the World Bank does not classify.
    CX: null, CC: null, CK: null, HM: null, NU: null, NF: null, PN: null, TK: null, UM: null, WF: null,
    AQ: null,
  },
  'europe-central-asia': {
    AL: 'UM', AD: 'H', AM: 'UM', AT: 'H', AZ: 'UM', BY: 'UM', BE: 'H', BA: 'UM', BG: 'H', HR: 'H',
    CY: 'H', CZ: 'H', DK: 'H', EE: 'H', FO: 'H', FI: 'H', FR: 'H', GE: 'UM', DE: 'H', GI: 'H',
    GR: 'H', GL: 'H', HU: 'H', IS: 'H', IE: 'H', IM: 'H', IT: 'H', KZ: 'UM', XK: 'UM', KG: 'LM',
    LV: 'H', LI: 'H', LT: 'H', LU: 'H', MD: 'UM', MC: 'H', ME: 'UM', NL: 'H', MK: 'UM', NO: 'H',
    PL: 'H', PT: 'H', RO: 'H', RU: 'H', SM: 'H', RS: 'UM', SK: 'H', SI: 'H', ES: 'H', SE: 'H',
    CH: 'H', TJ: 'LM', TR: 'UM', TM: 'UM', UA: 'UM', GB: 'H', UZ: 'LM',
    // The World Bank reports Guernsey and Jersey together as "Channel Islands" (high income).
    GG: 'H', JE: 'H',
    // Territories the World Bank does not classify.
    AX: null, BV: null, SJ: null, VA: null, TF: null,
  },
  'middle-east-north-africa': {
    DZ: 'UM', BH: 'H', DJ: 'LM', EG: 'LM', IR: 'UM', IQ: 'UM', IL: 'H', JO: 'LM', KW: 'H', LB: 'LM',
    LY: 'UM', MT: 'H', MA: 'LM', OM: 'H', QA: 'H', SA: 'H', SY: 'L', TN: 'LM', AE: 'H', PS: 'LM',
    YE: 'L',
    // Not classified by the World Bank.
    EH: null,
  },
  'south-asia': {
    AF: 'L', BD: 'LM', BT: 'LM', IN: 'LM', MV: 'UM', NP: 'LM', PK: 'LM', LK: 'LM',
    IO: null,
  },
  'north-america': {
    BM: 'H', CA: 'H', US: 'H',
    PM: null,
  },
};

export interface CountryClassification {
  iso2: string;
  region: RegionSlug;
  income: IncomeSlug | null;
}

export const COUNTRY_CLASSIFICATION: CountryClassification[] = Object.entries(BY_REGION).flatMap(
  ([region, countries]) =>
    Object.entries(countries).map(([iso2, code]) => ({
      iso2,
      region: region as RegionSlug,
      income: code ? INCOME[code] : null,
    })),
);
