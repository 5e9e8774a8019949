import type { Locale } from '../../core/i18n/index.ts';

// How titles name the countries and sub-regions of the demo programmes. French and Portuguese
// put articles and contractions before country names ("au Kenya", "na Índia"), so each form is
// written out rather than assembled.

/** [name, "in …", "of …"] */
type Forms = [string, string, string];

export interface Place {
  iso2: string;
  forms: Record<Locale, Forms>;
  subregion: SubregionKey;
}

export type SubregionKey =
  | 'sahel'
  | 'west-africa'
  | 'east-africa'
  | 'southern-africa'
  | 'latin-america'
  | 'south-asia'
  | 'southeast-asia'
  | 'mena';

const en = (name: string): Forms => [name, `in ${name}`, `of ${name}`];
const es = (name: string): Forms => [name, `en ${name}`, `de ${name}`];

function place(
  iso2: string,
  subregion: SubregionKey,
  english: string | Forms,
  spanish: string | Forms,
  french: Forms,
  portuguese: Forms,
): Place {
  return {
    iso2,
    subregion,
    forms: {
      en: typeof english === 'string' ? en(english) : english,
      es: typeof spanish === 'string' ? es(spanish) : spanish,
      fr: french,
      pt: portuguese,
    },
  };
}

export const PLACES: Place[] = [
  place(
    'BR',
    'latin-america',
    'Brazil',
    'Brasil',
    ['Brésil', 'au Brésil', 'du Brésil'],
    ['Brasil', 'no Brasil', 'do Brasil'],
  ),
  place(
    'MX',
    'latin-america',
    'Mexico',
    'México',
    ['Mexique', 'au Mexique', 'du Mexique'],
    ['México', 'no México', 'do México'],
  ),
  place(
    'KE',
    'east-africa',
    'Kenya',
    'Kenia',
    ['Kenya', 'au Kenya', 'du Kenya'],
    ['Quênia', 'no Quênia', 'do Quênia'],
  ),
  place(
    'ET',
    'east-africa',
    'Ethiopia',
    'Etiopía',
    ['Éthiopie', 'en Éthiopie', 'de l’Éthiopie'],
    ['Etiópia', 'na Etiópia', 'da Etiópia'],
  ),
  place(
    'IN',
    'south-asia',
    'India',
    'India',
    ['Inde', 'en Inde', 'de l’Inde'],
    ['Índia', 'na Índia', 'da Índia'],
  ),
  place(
    'PH',
    'southeast-asia',
    ['the Philippines', 'in the Philippines', 'of the Philippines'],
    'Filipinas',
    ['Philippines', 'aux Philippines', 'des Philippines'],
    ['Filipinas', 'nas Filipinas', 'das Filipinas'],
  ),
  place(
    'ZA',
    'southern-africa',
    'South Africa',
    'Sudáfrica',
    ['Afrique du Sud', 'en Afrique du Sud', 'de l’Afrique du Sud'],
    ['África do Sul', 'na África do Sul', 'da África do Sul'],
  ),
  place(
    'ID',
    'southeast-asia',
    'Indonesia',
    'Indonesia',
    ['Indonésie', 'en Indonésie', 'de l’Indonésie'],
    ['Indonésia', 'na Indonésia', 'da Indonésia'],
  ),
  place(
    'PK',
    'south-asia',
    'Pakistan',
    'Pakistán',
    ['Pakistan', 'au Pakistan', 'du Pakistan'],
    ['Paquistão', 'no Paquistão', 'do Paquistão'],
  ),
  place(
    'BO',
    'latin-america',
    'Bolivia',
    'Bolivia',
    ['Bolivie', 'en Bolivie', 'de la Bolivie'],
    ['Bolívia', 'na Bolívia', 'da Bolívia'],
  ),
  place(
    'PE',
    'latin-america',
    'Peru',
    'Perú',
    ['Pérou', 'au Pérou', 'du Pérou'],
    ['Peru', 'no Peru', 'do Peru'],
  ),
  place(
    'CO',
    'latin-america',
    'Colombia',
    'Colombia',
    ['Colombie', 'en Colombie', 'de la Colombie'],
    ['Colômbia', 'na Colômbia', 'da Colômbia'],
  ),
  place(
    'AR',
    'latin-america',
    'Argentina',
    'Argentina',
    ['Argentine', 'en Argentine', 'de l’Argentine'],
    ['Argentina', 'na Argentina', 'da Argentina'],
  ),
  place(
    'EC',
    'latin-america',
    'Ecuador',
    'Ecuador',
    ['Équateur', 'en Équateur', 'de l’Équateur'],
    ['Equador', 'no Equador', 'do Equador'],
  ),
  place(
    'CL',
    'latin-america',
    'Chile',
    'Chile',
    ['Chili', 'au Chili', 'du Chili'],
    ['Chile', 'no Chile', 'do Chile'],
  ),
  place(
    'UY',
    'latin-america',
    'Uruguay',
    'Uruguay',
    ['Uruguay', 'en Uruguay', 'de l’Uruguay'],
    ['Uruguai', 'no Uruguai', 'do Uruguai'],
  ),
  place(
    'GH',
    'west-africa',
    'Ghana',
    'Ghana',
    ['Ghana', 'au Ghana', 'du Ghana'],
    ['Gana', 'em Gana', 'de Gana'],
  ),
  place(
    'NG',
    'west-africa',
    'Nigeria',
    'Nigeria',
    ['Nigeria', 'au Nigeria', 'du Nigeria'],
    ['Nigéria', 'na Nigéria', 'da Nigéria'],
  ),
  place(
    'SN',
    'west-africa',
    'Senegal',
    'Senegal',
    ['Sénégal', 'au Sénégal', 'du Sénégal'],
    ['Senegal', 'no Senegal', 'do Senegal'],
  ),
  place(
    'CI',
    'west-africa',
    ['Côte d’Ivoire', 'in Côte d’Ivoire', 'of Côte d’Ivoire'],
    'Côte d’Ivoire',
    ['Côte d’Ivoire', 'en Côte d’Ivoire', 'de la Côte d’Ivoire'],
    ['Costa do Marfim', 'na Costa do Marfim', 'da Costa do Marfim'],
  ),
  place('TG', 'west-africa', 'Togo', 'Togo', ['Togo', 'au Togo', 'du Togo'], ['Togo', 'no Togo', 'do Togo']),
  place(
    'CV',
    'west-africa',
    'Cabo Verde',
    'Cabo Verde',
    ['Cap-Vert', 'au Cap-Vert', 'du Cap-Vert'],
    ['Cabo Verde', 'em Cabo Verde', 'de Cabo Verde'],
  ),
  place(
    'MR',
    'sahel',
    'Mauritania',
    'Mauritania',
    ['Mauritanie', 'en Mauritanie', 'de la Mauritanie'],
    ['Mauritânia', 'na Mauritânia', 'da Mauritânia'],
  ),
  place('ML', 'sahel', 'Mali', 'Malí', ['Mali', 'au Mali', 'du Mali'], ['Mali', 'no Mali', 'do Mali']),
  place(
    'NE',
    'sahel',
    'Niger',
    'Níger',
    ['Niger', 'au Niger', 'du Niger'],
    ['Níger', 'no Níger', 'do Níger'],
  ),
  place(
    'BF',
    'sahel',
    'Burkina Faso',
    'Burkina Faso',
    ['Burkina Faso', 'au Burkina Faso', 'du Burkina Faso'],
    ['Burkina Faso', 'em Burkina Faso', 'de Burkina Faso'],
  ),
  place('TD', 'sahel', 'Chad', 'Chad', ['Tchad', 'au Tchad', 'du Tchad'], ['Chade', 'no Chade', 'do Chade']),
  place(
    'TZ',
    'east-africa',
    'Tanzania',
    'Tanzania',
    ['Tanzanie', 'en Tanzanie', 'de la Tanzanie'],
    ['Tanzânia', 'na Tanzânia', 'da Tanzânia'],
  ),
  place(
    'RW',
    'east-africa',
    'Rwanda',
    'Ruanda',
    ['Rwanda', 'au Rwanda', 'du Rwanda'],
    ['Ruanda', 'em Ruanda', 'de Ruanda'],
  ),
  place(
    'UG',
    'east-africa',
    'Uganda',
    'Uganda',
    ['Ouganda', 'en Ouganda', 'de l’Ouganda'],
    ['Uganda', 'em Uganda', 'de Uganda'],
  ),
  place(
    'MW',
    'southern-africa',
    'Malawi',
    'Malaui',
    ['Malawi', 'au Malawi', 'du Malawi'],
    ['Malawi', 'no Malawi', 'do Malawi'],
  ),
  place(
    'ZM',
    'southern-africa',
    'Zambia',
    'Zambia',
    ['Zambie', 'en Zambie', 'de la Zambie'],
    ['Zâmbia', 'na Zâmbia', 'da Zâmbia'],
  ),
  place(
    'MZ',
    'southern-africa',
    'Mozambique',
    'Mozambique',
    ['Mozambique', 'au Mozambique', 'du Mozambique'],
    ['Moçambique', 'em Moçambique', 'de Moçambique'],
  ),
  place(
    'AO',
    'southern-africa',
    'Angola',
    'Angola',
    ['Angola', 'en Angola', 'de l’Angola'],
    ['Angola', 'em Angola', 'de Angola'],
  ),
  place(
    'MA',
    'mena',
    'Morocco',
    'Marruecos',
    ['Maroc', 'au Maroc', 'du Maroc'],
    ['Marrocos', 'em Marrocos', 'de Marrocos'],
  ),
  place(
    'EG',
    'mena',
    'Egypt',
    'Egipto',
    ['Égypte', 'en Égypte', 'de l’Égypte'],
    ['Egito', 'no Egito', 'do Egito'],
  ),
  place(
    'JO',
    'mena',
    'Jordan',
    'Jordania',
    ['Jordanie', 'en Jordanie', 'de la Jordanie'],
    ['Jordânia', 'na Jordânia', 'da Jordânia'],
  ),
  place(
    'LB',
    'mena',
    'Lebanon',
    'Líbano',
    ['Liban', 'au Liban', 'du Liban'],
    ['Líbano', 'no Líbano', 'do Líbano'],
  ),
  place(
    'BD',
    'south-asia',
    'Bangladesh',
    'Bangladés',
    ['Bangladesh', 'au Bangladesh', 'du Bangladesh'],
    ['Bangladesh', 'em Bangladesh', 'de Bangladesh'],
  ),
  place(
    'NP',
    'south-asia',
    'Nepal',
    'Nepal',
    ['Népal', 'au Népal', 'du Népal'],
    ['Nepal', 'no Nepal', 'do Nepal'],
  ),
  place(
    'TH',
    'southeast-asia',
    'Thailand',
    'Tailandia',
    ['Thaïlande', 'en Thaïlande', 'de la Thaïlande'],
    ['Tailândia', 'na Tailândia', 'da Tailândia'],
  ),
  place(
    'KH',
    'southeast-asia',
    'Cambodia',
    'Camboya',
    ['Cambodge', 'au Cambodge', 'du Cambodge'],
    ['Camboja', 'no Camboja', 'do Camboja'],
  ),
];

/** Sub-regions named in titles: [name, "in …", "of …"] per language. */
export const SUBREGIONS: Record<SubregionKey, Record<Locale, Forms>> = {
  sahel: {
    en: ['the Sahel', 'in the Sahel', 'of the Sahel'],
    fr: ['le Sahel', 'au Sahel', 'du Sahel'],
    es: ['el Sahel', 'en el Sahel', 'del Sahel'],
    pt: ['o Sahel', 'no Sahel', 'do Sahel'],
  },
  'west-africa': {
    en: en('West Africa'),
    fr: ['l’Afrique de l’Ouest', 'en Afrique de l’Ouest', 'de l’Afrique de l’Ouest'],
    es: es('África occidental'),
    pt: ['a África Ocidental', 'na África Ocidental', 'da África Ocidental'],
  },
  'east-africa': {
    en: en('East Africa'),
    fr: ['l’Afrique de l’Est', 'en Afrique de l’Est', 'de l’Afrique de l’Est'],
    es: es('África oriental'),
    pt: ['a África Oriental', 'na África Oriental', 'da África Oriental'],
  },
  'southern-africa': {
    en: en('Southern Africa'),
    fr: ['l’Afrique australe', 'en Afrique australe', 'de l’Afrique australe'],
    es: es('África austral'),
    pt: ['a África Austral', 'na África Austral', 'da África Austral'],
  },
  'latin-america': {
    en: en('Latin America'),
    fr: ['l’Amérique latine', 'en Amérique latine', 'de l’Amérique latine'],
    es: es('América Latina'),
    pt: ['a América Latina', 'na América Latina', 'da América Latina'],
  },
  'south-asia': {
    en: en('South Asia'),
    fr: ['l’Asie du Sud', 'en Asie du Sud', 'de l’Asie du Sud'],
    es: ['Asia meridional', 'en Asia meridional', 'de Asia meridional'],
    pt: ['o Sul da Ásia', 'no Sul da Ásia', 'do Sul da Ásia'],
  },
  'southeast-asia': {
    en: en('South-East Asia'),
    fr: ['l’Asie du Sud-Est', 'en Asie du Sud-Est', 'de l’Asie du Sud-Est'],
    es: ['el Sudeste Asiático', 'en el Sudeste Asiático', 'del Sudeste Asiático'],
    pt: ['o Sudeste Asiático', 'no Sudeste Asiático', 'do Sudeste Asiático'],
  },
  mena: {
    en: [
      'the Middle East and North Africa',
      'in the Middle East and North Africa',
      'of the Middle East and North Africa',
    ],
    fr: [
      'le Moyen-Orient et l’Afrique du Nord',
      'au Moyen-Orient et en Afrique du Nord',
      'du Moyen-Orient et de l’Afrique du Nord',
    ],
    es: [
      'Oriente Medio y el Norte de África',
      'en Oriente Medio y el Norte de África',
      'de Oriente Medio y el Norte de África',
    ],
    pt: [
      'o Oriente Médio e o Norte da África',
      'no Oriente Médio e no Norte da África',
      'do Oriente Médio e do Norte da África',
    ],
  },
};

export function placeOf(iso2: string): Place {
  const found = PLACES.find((p) => p.iso2 === iso2);
  if (!found) throw new Error(`no place forms for ${iso2}`);
  return found;
}
