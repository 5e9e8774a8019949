import type { Locale } from '../../core/i18n/index.ts';

// Hand-written demo blog posts (Markdown bodies): practitioners' and researchers' voices, in the
// four languages, some with a human translation. Organisations by seed key, terms by slug.

export interface BlogPostSeed {
  key: string;
  originalLocale: Locale;
  texts: Partial<Record<Locale, { title: string; summary: string; body: string }>>;
  topics: string[];
  areas: string[];
  countries: string[];
  organisations: string[];
  daysAgo: number;
  /** Colours of the generated lead image (none: no image). */
  image?: { from: string; to: string; alt: Partial<Record<Locale, string>> };
}

export const BLOG_POSTS: BlogPostSeed[] = [
  {
    key: 'registries-after-floods',
    originalLocale: 'en',
    texts: {
      en: {
        title: 'What the 2022 floods taught us about social registries',
        summary:
          'When a third of the country was under water, the households already in the registry were paid within weeks. Those who were not waited months. Three lessons for shock-responsive social protection.',
        body: `When the monsoon floods of 2022 reached their peak, more than 30 million people had lost their homes, their crops or their income. Within three weeks, emergency cash had reached **2.7 million families**. Most of them had one thing in common: they were already in the national socio-economic registry.

## 1. Coverage of the registry matters more than its precision

Households that had been surveyed, even years earlier, could be found, contacted and paid. Those that had never been surveyed — often the poorest, in remote districts — had to be registered in the middle of the emergency.

## 2. Updating is a policy choice, not a technical detail

A registry updated every five years is a photograph of a country that no longer exists. *Dynamic* registration through local offices and mobile teams keeps it close to reality.

## 3. Payments need more than one channel

- Biometric verification at agent points worked where the network was up.
- Mobile money reached people who had been displaced.
- Cash in envelopes, distributed by the army, remained necessary in the worst-hit areas.

Read the [evaluation summary](https://www.socialprotection.org/) for the full figures.`,
      },
      fr: {
        title: 'Ce que les inondations de 2022 nous ont appris sur les registres sociaux',
        summary:
          'Quand un tiers du pays était sous l’eau, les ménages déjà inscrits au registre ont été payés en quelques semaines. Les autres ont attendu des mois. Trois leçons pour une protection sociale réactive aux chocs.',
        body: `Au plus fort des inondations de la mousson de 2022, plus de 30 millions de personnes avaient perdu leur logement, leurs récoltes ou leurs revenus. En trois semaines, une aide d’urgence en espèces avait atteint **2,7 millions de familles**. La plupart avaient un point commun : elles figuraient déjà dans le registre socio-économique national.

## 1. La couverture du registre compte plus que sa précision

Les ménages enquêtés, même des années plus tôt, ont pu être retrouvés, contactés et payés. Ceux qui ne l’avaient jamais été — souvent les plus pauvres, dans les districts isolés — ont dû être inscrits en pleine urgence.

## 2. La mise à jour est un choix politique, pas un détail technique

Un registre mis à jour tous les cinq ans est la photographie d’un pays qui n’existe plus. Une inscription *continue*, dans les bureaux locaux et par des équipes mobiles, le garde proche de la réalité.

## 3. Les paiements ont besoin de plusieurs canaux

- La vérification biométrique chez les agents a fonctionné là où le réseau tenait.
- L’argent mobile a atteint les personnes déplacées.
- Les espèces distribuées par l’armée sont restées nécessaires dans les zones les plus touchées.`,
      },
    },
    topics: ['shock-responsive', 'digital-delivery'],
    areas: ['unconditional-cash-transfers'],
    countries: ['PK'],
    organisations: ['world-bank'],
    daysAgo: 12,
    image: {
      from: '#1d4e89',
      to: '#4fb0c6',
      alt: {
        en: 'Flooded fields seen from above, with a row of houses on higher ground',
        fr: 'Champs inondés vus du ciel, avec une rangée de maisons sur une butte',
      },
    },
  },
  {
    key: 'pensions-informal-workers',
    originalLocale: 'es',
    texts: {
      es: {
        title: 'Pensiones para quienes nunca tuvieron un contrato',
        summary:
          'La mitad de las personas mayores de la región trabajó toda su vida en la informalidad. Las pensiones no contributivas son hoy su principal ingreso. ¿Cómo financiarlas sin desalentar la cotización?',
        body: `En América Latina, **casi la mitad** de las personas que hoy tienen más de 65 años trabajó sin contrato y sin cotizar. Para ellas, la pensión no contributiva no es un complemento: es el ingreso principal.

## Lo que muestran los datos

En los países que ampliaron estas pensiones durante la última década, la pobreza en la vejez se redujo de forma notable, sobre todo entre las mujeres rurales.

## El dilema del financiamiento

1. Una pensión universal es sencilla de administrar, pero exige recursos fiscales estables.
2. Una pensión focalizada cuesta menos, pero deja fuera a muchas personas que la necesitan.
3. Un diseño escalonado, que se reduce a medida que aumenta la pensión contributiva, evita desalentar la cotización.

> «La pensión me permite comprar mis medicamentos sin pedir a mis hijos», nos dijo una beneficiaria de 72 años en Oaxaca.`,
      },
      pt: {
        title: 'Aposentadorias para quem nunca teve carteira assinada',
        summary:
          'Metade das pessoas idosas da região trabalhou a vida inteira na informalidade. As pensões não contributivas são hoje sua principal renda. Como financiá-las sem desestimular a contribuição?',
        body: `Na América Latina, **quase metade** das pessoas com mais de 65 anos trabalhou sem carteira assinada e sem contribuir. Para elas, a pensão não contributiva não é um complemento: é a principal renda.

## O que os dados mostram

Nos países que ampliaram essas pensões na última década, a pobreza na velhice caiu de forma notável, sobretudo entre as mulheres rurais.

## O dilema do financiamento

1. Uma pensão universal é simples de administrar, mas exige recursos fiscais estáveis.
2. Uma pensão focalizada custa menos, mas deixa de fora muitas pessoas que precisam dela.
3. Um desenho escalonado, que diminui à medida que aumenta a aposentadoria contributiva, evita desestimular a contribuição.`,
      },
    },
    topics: ['informality', 'financing'],
    areas: ['social-pensions'],
    countries: ['MX', 'BO'],
    organisations: ['eclac'],
    daysAgo: 26,
    image: {
      from: '#8c3b1f',
      to: '#e0a458',
      alt: {
        es: 'Una mujer mayor cuenta billetes frente a una ventanilla de pago',
        pt: 'Uma senhora idosa conta cédulas diante de um guichê de pagamento',
      },
    },
  },
  {
    key: 'cantines-scolaires',
    originalLocale: 'fr',
    texts: {
      fr: {
        title: 'Cantines scolaires : acheter local, un pari qui paie',
        summary:
          'Quand les repas scolaires sont achetés aux producteurs des environs, l’école nourrit aussi le village. Retour d’expérience de trois régions du Sénégal.',
        body: `Depuis deux ans, les cantines de 420 écoles des régions de Kolda, Sédhiou et Tambacounda achètent leur riz, leur mil et leurs légumes à des groupements de productrices situés à moins de 30 kilomètres.

## Ce qui a changé

- Les élèves mangent des produits frais, et la fréquentation a augmenté, surtout celle des filles.
- Les groupements de femmes disposent d’un débouché stable et d’un prix connu à l’avance.
- Les comités de gestion, formés à la passation de marchés, tiennent une comptabilité simple et publique.

## Ce qui reste difficile

Les paiements arrivent souvent en retard, ce qui fragilise les productrices. *Un fonds de roulement au niveau communal* est à l’étude.`,
      },
    },
    topics: ['food-security', 'gender'],
    areas: ['school-feeding'],
    countries: ['SN'],
    organisations: ['wfp'],
    daysAgo: 41,
    image: {
      from: '#2f6b3a',
      to: '#c9d86b',
      alt: { fr: 'Des élèves partagent un repas de riz et de légumes dans une cour d’école' },
    },
  },
  {
    key: 'disability-assessment',
    originalLocale: 'en',
    texts: {
      en: {
        title: 'Disability assessment without the waiting room',
        summary:
          'Medical boards in the capital kept thousands of people out of disability benefits. A functional assessment done by community health workers changed that in eighteen months.',
        body: `For years, applying for a disability grant meant travelling to a medical board in the capital, often twice, at one's own cost. Many never applied.

## A different question

Instead of asking *what condition do you have?*, the new assessment asks **what can you do, and what stops you?** It follows the Washington Group questions and takes about forty minutes.

## Results after eighteen months

| | Before | After |
|---|---|---|
| Applications per month | 1,100 | 3,900 |
| Median waiting time | 7 months | 6 weeks |
| Share of women among new recipients | 38% | 51% |

The next step is linking the assessment to services — assistive devices, transport — and not only to cash.`,
      },
    },
    topics: ['disability-inclusion'],
    areas: ['disability-benefits'],
    countries: ['KE'],
    organisations: ['kenya-sdsp', 'unicef'],
    daysAgo: 63,
  },
  {
    key: 'bolsa-familia-20',
    originalLocale: 'pt',
    texts: {
      pt: {
        title: 'Bolsa Família aos 20 anos: o que o mundo aprendeu com o Brasil',
        summary:
          'Duas décadas depois de sua criação, o programa inspirou transferências de renda em dezenas de países. Gestores de quatro continentes contam o que adaptaram — e o que deixaram de lado.',
        body: `Em 2003, o Brasil unificou quatro programas de transferência de renda em um só. Vinte anos depois, o **Bolsa Família** atende mais de 20 milhões de famílias e se tornou referência para a cooperação Sul-Sul.

## O que foi adaptado

- O **Cadastro Único** inspirou registros sociais na África e na Ásia.
- As condicionalidades em saúde e educação foram adotadas, às vezes de forma mais leve.
- O pagamento por cartão bancário abriu caminho para a inclusão financeira.

## O que ficou de fora

Muitos países preferiram transferências sem condicionalidades, mais simples de gerir quando os serviços de saúde e educação ainda são escassos.

Leia também a série de [estudos de caso](https://ipcig.org/) do IPC-IG.`,
      },
      en: {
        title: 'Bolsa Família at 20: what the world learned from Brazil',
        summary:
          'Two decades after it was created, the programme has inspired cash transfers in dozens of countries. Managers from four continents tell what they adapted — and what they left aside.',
        body: `In 2003, Brazil merged four cash transfer programmes into one. Twenty years later, **Bolsa Família** reaches more than 20 million families and has become a reference for South-South cooperation.

## What was adapted

- The **Cadastro Único** inspired social registries in Africa and Asia.
- Health and education conditions were adopted, sometimes in a lighter form.
- Payment by bank card paved the way for financial inclusion.

## What was left aside

Many countries preferred unconditional transfers, simpler to run where health and education services are still scarce.`,
      },
    },
    topics: ['digital-delivery'],
    areas: ['conditional-cash-transfers'],
    countries: ['BR'],
    organisations: ['mds-brazil', 'ipc-ig'],
    daysAgo: 90,
    image: {
      from: '#0f6e4f',
      to: '#f2c14e',
      alt: {
        pt: 'Fila de pessoas diante de uma agência bancária em uma cidade do interior',
        en: 'People queueing outside a bank branch in a small town',
      },
    },
  },
  {
    key: 'climate-adaptive-safety-nets',
    originalLocale: 'en',
    texts: {
      en: {
        title: 'Paying before the drought, not after',
        summary:
          'Forecast-based financing lets safety nets pay households weeks before a drought peaks. Early results from the Sahel suggest that timing is worth as much as the amount.',
        body: `A transfer that arrives after the harvest has failed helps a family survive. A transfer that arrives **before** it can help the family avoid selling its livestock.

## How it works

When seasonal forecasts and vegetation indices cross an agreed threshold, pre-registered households receive an anticipatory payment. The trigger, the amount and the list are agreed in advance, so no new decision is needed when the alarm sounds.

## First results

Households that were paid early were *less likely* to skip meals and to sell productive assets than comparable households paid after the crisis.

The open question is financing: contingent budget lines and risk insurance must be in place before the season starts.`,
      },
    },
    topics: ['climate', 'shock-responsive'],
    areas: ['unconditional-cash-transfers'],
    countries: ['NE', 'ML'],
    organisations: ['odi'],
    daysAgo: 120,
    image: {
      from: '#a4572a',
      to: '#f6d89b',
      alt: { en: 'A herder leads goats across dry, cracked ground at dusk' },
    },
  },
];
