import type { Locale } from '../../../core/i18n/index.ts';

// The reference vocabularies SP Gateway starts with. They are data: loadReferenceData() copies
// what is missing into the database at every start, and editors then extend, translate, move,
// merge and retire terms in the taxonomy screen. Editing a label here changes nothing for a
// database that already has the term: editors' work is never overwritten.

export type Labels = Record<Locale, string>;

export interface TermSeed {
  slug: string;
  labels: Labels;
  description?: Labels;
  children?: TermSeed[];
}

export interface VocabularySeed {
  id: string;
  isTree: boolean;
  labels: Labels;
  terms: TermSeed[];
}

/** Labels in English, French, Spanish and Portuguese, in that order. */
const L = (en: string, fr: string, es: string, pt: string): Labels => ({ en, fr, es, pt });

const t = (slug: string, labels: Labels, extra: Omit<TermSeed, 'slug' | 'labels'> = {}): TermSeed => ({
  slug,
  labels,
  ...extra,
});

export const VOCABULARIES: VocabularySeed[] = [
  {
    id: 'content-type',
    isTree: false,
    labels: L('Content type', 'Type de contenu', 'Tipo de contenido', 'Tipo de conteúdo'),
    terms: [
      t('publication', L('Publication', 'Publication', 'Publicación', 'Publicação')),
      t('news', L('News', 'Actualité', 'Noticia', 'Notícia')),
      t('blog-post', L('Blog post', 'Billet de blog', 'Entrada de blog', 'Artigo de blog')),
      t('event', L('Event', 'Événement', 'Evento', 'Evento')),
      t('webinar', L('Webinar', 'Webinaire', 'Seminario web', 'Webinário')),
      t('online-course', L('Online course', 'Cours en ligne', 'Curso en línea', 'Curso online')),
      t('programme', L('Programme', 'Programme', 'Programa', 'Programa')),
      t('country-profile', L('Country profile', 'Profil de pays', 'Perfil de país', 'Perfil de país')),
      t(
        'glossary-term',
        L('Glossary term', 'Terme du glossaire', 'Término del glosario', 'Termo do glossário'),
      ),
      t('organisation', L('Organisation', 'Organisation', 'Organización', 'Organização')),
      t('multimedia', L('Multimedia', 'Multimédia', 'Multimedia', 'Multimídia')),
      t(
        'dataset',
        L(
          'Dataset or database',
          'Jeu de données ou base de données',
          'Conjunto de datos o base de datos',
          'Conjunto de dados ou base de dados',
        ),
      ),
    ],
  },
  {
    id: 'document-type',
    isTree: false,
    labels: L('Document type', 'Type de document', 'Tipo de documento', 'Tipo de documento'),
    terms: [
      t(
        'research-paper',
        L('Research paper', 'Document de recherche', 'Documento de investigación', 'Artigo de pesquisa'),
      ),
      t(
        'working-paper',
        L('Working paper', 'Document de travail', 'Documento de trabajo', 'Documento de trabalho'),
      ),
      t(
        'policy-brief',
        L('Policy brief', 'Note d’orientation politique', 'Resumen de políticas', 'Resumo de políticas'),
      ),
      t('report', L('Report', 'Rapport', 'Informe', 'Relatório')),
      t('evaluation', L('Evaluation', 'Évaluation', 'Evaluación', 'Avaliação')),
      t('case-study', L('Case study', 'Étude de cas', 'Estudio de caso', 'Estudo de caso')),
      t(
        'manual-toolkit',
        L(
          'Manual or toolkit',
          'Manuel ou boîte à outils',
          'Manual o caja de herramientas',
          'Manual ou kit de ferramentas',
        ),
      ),
      t('guidelines', L('Guidelines', 'Lignes directrices', 'Directrices', 'Diretrizes')),
      t(
        'legislation-policy',
        L(
          'Legislation or policy document',
          'Texte législatif ou document de politique',
          'Legislación o documento de política',
          'Legislação ou documento de política',
        ),
      ),
      t('presentation', L('Presentation', 'Présentation', 'Presentación', 'Apresentação')),
      t(
        'journal-article',
        L('Journal article', 'Article de revue', 'Artículo de revista', 'Artigo de periódico'),
      ),
      t(
        'book-chapter',
        L(
          'Book or book chapter',
          'Livre ou chapitre de livre',
          'Libro o capítulo de libro',
          'Livro ou capítulo de livro',
        ),
      ),
      t('infographic', L('Infographic', 'Infographie', 'Infografía', 'Infográfico')),
      t(
        'project-document',
        L('Project document', 'Document de projet', 'Documento de proyecto', 'Documento de projeto'),
      ),
      t('fact-sheet', L('Fact sheet', 'Fiche d’information', 'Hoja informativa', 'Ficha informativa')),
      t(
        'thesis',
        L('Thesis or dissertation', 'Thèse ou mémoire', 'Tesis o disertación', 'Tese ou dissertação'),
      ),
    ],
  },
  {
    id: 'programme-area',
    isTree: true,
    labels: L('Programme area', 'Domaine de programme', 'Área programática', 'Área programática'),
    terms: [
      t(
        'social-assistance',
        L('Social assistance', 'Assistance sociale', 'Asistencia social', 'Assistência social'),
        {
          description: L(
            'Non-contributory benefits financed from general revenue, for people living in poverty or vulnerability.',
            'Prestations non contributives financées par le budget général, destinées aux personnes pauvres ou vulnérables.',
            'Prestaciones no contributivas financiadas con ingresos generales, para personas en situación de pobreza o vulnerabilidad.',
            'Benefícios não contributivos financiados por receitas gerais, para pessoas em situação de pobreza ou vulnerabilidade.',
          ),
          children: [
            t(
              'cash-transfers',
              L(
                'Cash transfers',
                'Transferts monétaires',
                'Transferencias monetarias',
                'Transferências monetárias',
              ),
              {
                children: [
                  t(
                    'conditional-cash-transfers',
                    L(
                      'Conditional cash transfers',
                      'Transferts monétaires conditionnels',
                      'Transferencias monetarias condicionadas',
                      'Transferências monetárias condicionadas',
                    ),
                  ),
                  t(
                    'unconditional-cash-transfers',
                    L(
                      'Unconditional cash transfers',
                      'Transferts monétaires non conditionnels',
                      'Transferencias monetarias no condicionadas',
                      'Transferências monetárias não condicionadas',
                    ),
                  ),
                ],
              },
            ),
            t(
              'in-kind-transfers',
              L(
                'In-kind transfers',
                'Transferts en nature',
                'Transferencias en especie',
                'Transferências em espécie',
              ),
            ),
            t(
              'school-feeding',
              L('School feeding', 'Alimentation scolaire', 'Alimentación escolar', 'Alimentação escolar'),
            ),
            t(
              'social-pensions',
              L('Social pensions', 'Pensions sociales', 'Pensiones sociales', 'Pensões sociais'),
            ),
            t('public-works', L('Public works', 'Travaux publics', 'Obras públicas', 'Obras públicas')),
            t(
              'fee-waivers-subsidies',
              L(
                'Fee waivers and subsidies',
                'Exemptions de frais et subventions',
                'Exenciones de pago y subsidios',
                'Isenções de taxas e subsídios',
              ),
            ),
            t(
              'social-support-services',
              L(
                'Social support services',
                'Services d’accompagnement social',
                'Servicios de apoyo social',
                'Serviços de apoio social',
              ),
            ),
          ],
        },
      ),
      t('social-insurance', L('Social insurance', 'Assurance sociale', 'Seguro social', 'Seguro social'), {
        description: L(
          'Contributory schemes that protect workers and their families against life-cycle and employment risks.',
          'Régimes contributifs qui protègent les travailleurs et leur famille contre les risques du cycle de vie et de l’emploi.',
          'Regímenes contributivos que protegen a las personas trabajadoras y sus familias frente a los riesgos del ciclo de vida y del empleo.',
          'Regimes contributivos que protegem trabalhadores e suas famílias contra os riscos do ciclo de vida e do emprego.',
        ),
        children: [
          t(
            'contributory-pensions',
            L('Pensions', 'Pensions de retraite', 'Pensiones contributivas', 'Aposentadorias e pensões'),
          ),
          t(
            'health-insurance',
            L('Health insurance', 'Assurance maladie', 'Seguro de salud', 'Seguro de saúde'),
          ),
          t(
            'unemployment-insurance',
            L('Unemployment insurance', 'Assurance chômage', 'Seguro de desempleo', 'Seguro-desemprego'),
          ),
          t(
            'maternity-benefits',
            L(
              'Maternity benefits',
              'Prestations de maternité',
              'Prestaciones de maternidad',
              'Benefícios de maternidade',
            ),
          ),
          t(
            'disability-benefits',
            L(
              'Disability benefits',
              'Prestations d’invalidité',
              'Prestaciones por discapacidad',
              'Benefícios por invalidez',
            ),
          ),
          t(
            'employment-injury',
            L(
              'Employment injury benefits',
              'Prestations en cas d’accident du travail',
              'Prestaciones por accidentes del trabajo',
              'Benefícios por acidente de trabalho',
            ),
          ),
        ],
      }),
      t(
        'labour-market-programmes',
        L(
          'Labour market programmes',
          'Programmes du marché du travail',
          'Programas del mercado laboral',
          'Programas do mercado de trabalho',
        ),
        {
          description: L(
            'Programmes that help people find, keep or return to work, and that support them while they look for it.',
            'Programmes qui aident les personnes à trouver, garder ou retrouver un emploi, et qui les soutiennent pendant leur recherche.',
            'Programas que ayudan a las personas a encontrar, conservar o recuperar un empleo, y que las apoyan mientras lo buscan.',
            'Programas que ajudam as pessoas a encontrar, manter ou retomar um emprego, e que as apoiam enquanto o procuram.',
          ),
          children: [
            t(
              'active-labour-market',
              L(
                'Active labour market programmes',
                'Programmes actifs du marché du travail',
                'Programas activos del mercado laboral',
                'Programas ativos do mercado de trabalho',
              ),
            ),
            t(
              'passive-labour-market',
              L(
                'Passive labour market programmes',
                'Programmes passifs du marché du travail',
                'Programas pasivos del mercado laboral',
                'Programas passivos do mercado de trabalho',
              ),
            ),
          ],
        },
      ),
      t(
        'productive-inclusion',
        L(
          'Productive and economic inclusion',
          'Inclusion productive et économique',
          'Inclusión productiva y económica',
          'Inclusão produtiva e econômica',
        ),
        {
          description: L(
            'Bundled support (assets, training, coaching, access to finance and markets) that helps poor households build sustainable livelihoods.',
            'Appui combiné (actifs, formation, accompagnement, accès au financement et aux marchés) qui aide les ménages pauvres à bâtir des moyens de subsistance durables.',
            'Apoyo combinado (activos, capacitación, acompañamiento, acceso a financiamiento y mercados) que ayuda a los hogares pobres a construir medios de vida sostenibles.',
            'Apoio combinado (ativos, capacitação, acompanhamento, acesso a crédito e a mercados) que ajuda as famílias pobres a construir meios de vida sustentáveis.',
          ),
        },
      ),
    ],
  },
  {
    id: 'topic',
    isTree: false,
    labels: L('Topic', 'Thème', 'Tema', 'Tema'),
    terms: [
      t(
        'shock-responsive',
        L(
          'Shock-responsive social protection',
          'Protection sociale réactive aux chocs',
          'Protección social reactiva ante emergencias',
          'Proteção social reativa a choques',
        ),
      ),
      t(
        'climate',
        L(
          'Climate change and adaptation',
          'Changement climatique et adaptation',
          'Cambio climático y adaptación',
          'Mudança do clima e adaptação',
        ),
      ),
      t('gender', L('Gender', 'Genre', 'Género', 'Gênero')),
      t(
        'disability-inclusion',
        L(
          'Disability inclusion',
          'Inclusion des personnes handicapées',
          'Inclusión de las personas con discapacidad',
          'Inclusão das pessoas com deficiência',
        ),
      ),
      t(
        'financing',
        L(
          'Financing and fiscal space',
          'Financement et espace budgétaire',
          'Financiamiento y espacio fiscal',
          'Financiamento e espaço fiscal',
        ),
      ),
      t(
        'digital-delivery',
        L(
          'Digital delivery and social registries',
          'Prestation numérique et registres sociaux',
          'Entrega digital y registros sociales',
          'Entrega digital e cadastros sociais',
        ),
      ),
      t('targeting', L('Targeting', 'Ciblage', 'Focalización', 'Focalização')),
      t(
        'universal-sp-floors',
        L(
          'Universal social protection and social protection floors',
          'Protection sociale universelle et socles de protection sociale',
          'Protección social universal y pisos de protección social',
          'Proteção social universal e pisos de proteção social',
        ),
      ),
      t(
        'governance-legal',
        L(
          'Governance and legal frameworks',
          'Gouvernance et cadres juridiques',
          'Gobernanza y marcos jurídicos',
          'Governança e marcos legais',
        ),
      ),
      t(
        'monitoring-evaluation',
        L(
          'Monitoring and evaluation',
          'Suivi et évaluation',
          'Monitoreo y evaluación',
          'Monitoramento e avaliação',
        ),
      ),
      t('informality', L('Informality', 'Économie informelle', 'Informalidad', 'Informalidade')),
      t(
        'child-sensitive',
        L(
          'Child-sensitive social protection',
          'Protection sociale sensible aux enfants',
          'Protección social sensible a la niñez',
          'Proteção social sensível às crianças',
        ),
      ),
      t(
        'food-security',
        L(
          'Food security and nutrition',
          'Sécurité alimentaire et nutrition',
          'Seguridad alimentaria y nutrición',
          'Segurança alimentar e nutricional',
        ),
      ),
      t('health', L('Health', 'Santé', 'Salud', 'Saúde')),
      t(
        'humanitarian-development-nexus',
        L(
          'Humanitarian–development nexus',
          'Nexus humanitaire-développement',
          'Nexo humanitario-desarrollo',
          'Nexo humanitário-desenvolvimento',
        ),
      ),
      t(
        'coverage-extension',
        L(
          'Extension of coverage',
          'Extension de la couverture',
          'Extensión de la cobertura',
          'Extensão da cobertura',
        ),
      ),
      t(
        'benefit-adequacy',
        L(
          'Adequacy of benefits',
          'Adéquation des prestations',
          'Suficiencia de las prestaciones',
          'Adequação dos benefícios',
        ),
      ),
      t(
        'sp-systems',
        L(
          'Social protection systems',
          'Systèmes de protection sociale',
          'Sistemas de protección social',
          'Sistemas de proteção social',
        ),
      ),
      t(
        'urban-sp',
        L(
          'Urban social protection',
          'Protection sociale en milieu urbain',
          'Protección social urbana',
          'Proteção social urbana',
        ),
      ),
      t(
        'migration',
        L(
          'Migration and portability of benefits',
          'Migrations et portabilité des droits',
          'Migración y portabilidad de derechos',
          'Migração e portabilidade de direitos',
        ),
      ),
      t(
        'poverty-inequality',
        L(
          'Poverty and inequality',
          'Pauvreté et inégalités',
          'Pobreza y desigualdad',
          'Pobreza e desigualdade',
        ),
      ),
      t(
        'covid-19',
        L('COVID-19 response', 'Riposte à la COVID-19', 'Respuesta a la COVID-19', 'Resposta à COVID-19'),
      ),
      t(
        'care',
        L(
          'Care policies',
          'Politiques de soins et d’accompagnement',
          'Políticas de cuidados',
          'Políticas de cuidado',
        ),
      ),
      t(
        'south-south-cooperation',
        L('South-South cooperation', 'Coopération Sud-Sud', 'Cooperación Sur-Sur', 'Cooperação Sul-Sul'),
      ),
    ],
  },
  {
    id: 'population-group',
    isTree: false,
    labels: L('Population group', 'Groupe de population', 'Grupo de población', 'Grupo populacional'),
    terms: [
      t('children', L('Children', 'Enfants', 'Niñas y niños', 'Crianças')),
      t('youth', L('Youth', 'Jeunes', 'Jóvenes', 'Jovens')),
      t('women', L('Women', 'Femmes', 'Mujeres', 'Mulheres')),
      t('older-persons', L('Older persons', 'Personnes âgées', 'Personas mayores', 'Pessoas idosas')),
      t(
        'persons-with-disabilities',
        L(
          'Persons with disabilities',
          'Personnes handicapées',
          'Personas con discapacidad',
          'Pessoas com deficiência',
        ),
      ),
      t(
        'informal-workers',
        L(
          'Informal workers',
          'Travailleurs de l’économie informelle',
          'Trabajadores de la economía informal',
          'Trabalhadores informais',
        ),
      ),
      t('rural-households', L('Rural households', 'Ménages ruraux', 'Hogares rurales', 'Famílias rurais')),
      t(
        'refugees-displaced',
        L(
          'Refugees and displaced people',
          'Réfugiés et personnes déplacées',
          'Personas refugiadas y desplazadas',
          'Refugiados e pessoas deslocadas',
        ),
      ),
      t(
        'indigenous-peoples',
        L('Indigenous peoples', 'Peuples autochtones', 'Pueblos indígenas', 'Povos indígenas'),
      ),
      t(
        'unemployed',
        L('Unemployed people', 'Personnes sans emploi', 'Personas desempleadas', 'Pessoas desempregadas'),
      ),
      t(
        'people-living-with-hiv',
        L(
          'People living with HIV',
          'Personnes vivant avec le VIH',
          'Personas que viven con el VIH',
          'Pessoas vivendo com HIV',
        ),
      ),
      t(
        'households-in-poverty',
        L(
          'Households in poverty',
          'Ménages pauvres',
          'Hogares en situación de pobreza',
          'Famílias em situação de pobreza',
        ),
      ),
      t(
        'migrant-workers',
        L('Migrant workers', 'Travailleurs migrants', 'Trabajadores migrantes', 'Trabalhadores migrantes'),
      ),
      t(
        'smallholder-farmers',
        L(
          'Smallholder farmers',
          'Petits exploitants agricoles',
          'Pequeños productores agrícolas',
          'Pequenos agricultores',
        ),
      ),
      t(
        'domestic-workers',
        L(
          'Domestic workers',
          'Travailleurs domestiques',
          'Trabajadoras y trabajadores del hogar',
          'Trabalhadores domésticos',
        ),
      ),
    ],
  },
  {
    id: 'region',
    isTree: false,
    labels: L('Region', 'Région', 'Región', 'Região'),
    terms: [
      t(
        'east-asia-pacific',
        L(
          'East Asia and Pacific',
          'Asie de l’Est et Pacifique',
          'Asia oriental y el Pacífico',
          'Leste da Ásia e Pacífico',
        ),
      ),
      t(
        'europe-central-asia',
        L(
          'Europe and Central Asia',
          'Europe et Asie centrale',
          'Europa y Asia central',
          'Europa e Ásia Central',
        ),
      ),
      t(
        'latin-america-caribbean',
        L(
          'Latin America and the Caribbean',
          'Amérique latine et Caraïbes',
          'América Latina y el Caribe',
          'América Latina e Caribe',
        ),
      ),
      t(
        'middle-east-north-africa',
        L(
          'Middle East and North Africa',
          'Moyen-Orient et Afrique du Nord',
          'Oriente Medio y Norte de África',
          'Oriente Médio e Norte da África',
        ),
      ),
      t('north-america', L('North America', 'Amérique du Nord', 'América del Norte', 'América do Norte')),
      t('south-asia', L('South Asia', 'Asie du Sud', 'Asia meridional', 'Sul da Ásia')),
      t(
        'sub-saharan-africa',
        L('Sub-Saharan Africa', 'Afrique subsaharienne', 'África subsahariana', 'África Subsaariana'),
      ),
    ],
  },
  {
    id: 'income-group',
    isTree: false,
    labels: L('Income group', 'Groupe de revenu', 'Grupo de ingreso', 'Grupo de renda'),
    terms: [
      t('low-income', L('Low income', 'Faible revenu', 'Ingreso bajo', 'Renda baixa'), {
        description: L(
          'World Bank classification: GNI per capita of US$1,135 or less (fiscal year 2026).',
          'Classification de la Banque mondiale : RNB par habitant inférieur ou égal à 1 135 dollars US (exercice 2026).',
          'Clasificación del Banco Mundial: INB per cápita de 1135 dólares o menos (ejercicio 2026).',
          'Classificação do Banco Mundial: RNB per capita de até US$ 1.135 (ano fiscal de 2026).',
        ),
      }),
      t(
        'lower-middle-income',
        L(
          'Lower-middle income',
          'Revenu intermédiaire, tranche inférieure',
          'Ingreso mediano bajo',
          'Renda média-baixa',
        ),
        {
          description: L(
            'World Bank classification: GNI per capita between US$1,136 and US$4,495 (fiscal year 2026).',
            'Classification de la Banque mondiale : RNB par habitant compris entre 1 136 et 4 495 dollars US (exercice 2026).',
            'Clasificación del Banco Mundial: INB per cápita entre 1136 y 4495 dólares (ejercicio 2026).',
            'Classificação do Banco Mundial: RNB per capita entre US$ 1.136 e US$ 4.495 (ano fiscal de 2026).',
          ),
        },
      ),
      t(
        'upper-middle-income',
        L(
          'Upper-middle income',
          'Revenu intermédiaire, tranche supérieure',
          'Ingreso mediano alto',
          'Renda média-alta',
        ),
        {
          description: L(
            'World Bank classification: GNI per capita between US$4,496 and US$13,935 (fiscal year 2026).',
            'Classification de la Banque mondiale : RNB par habitant compris entre 4 496 et 13 935 dollars US (exercice 2026).',
            'Clasificación del Banco Mundial: INB per cápita entre 4496 y 13 935 dólares (ejercicio 2026).',
            'Classificação do Banco Mundial: RNB per capita entre US$ 4.496 e US$ 13.935 (ano fiscal de 2026).',
          ),
        },
      ),
      t('high-income', L('High income', 'Revenu élevé', 'Ingreso alto', 'Renda alta'), {
        description: L(
          'World Bank classification: GNI per capita above US$13,935 (fiscal year 2026).',
          'Classification de la Banque mondiale : RNB par habitant supérieur à 13 935 dollars US (exercice 2026).',
          'Clasificación del Banco Mundial: INB per cápita superior a 13 935 dólares (ejercicio 2026).',
          'Classificação do Banco Mundial: RNB per capita acima de US$ 13.935 (ano fiscal de 2026).',
        ),
      }),
    ],
  },
];
