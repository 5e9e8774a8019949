import type { Locale } from '../../../core/i18n/index.ts';
import * as S from './sources.ts';

/** A concept's words in one language: its label, the other names it goes by, and what it means. */
export interface ConceptWords {
  label: string;
  synonyms: string[];
  definition: string;
}

/** A reference concept of the glossary, loaded on first start (see load-glossary.ts). */
export type ConceptSeed = { slug: string; source: S.Source } & Record<Locale, ConceptWords>;

type Words = [label: string, synonyms: string[], definition: string];

function concept(slug: string, source: S.Source, words: Record<Locale, Words>): ConceptSeed {
  const of = ([label, synonyms, definition]: Words): ConceptWords => ({ label, synonyms, definition });
  return { slug, source, en: of(words.en), fr: of(words.fr), es: of(words.es), pt: of(words.pt) };
}

// Definitions are written for this glossary, after the sources cited. Synonyms are the names
// readers actually use, since the search expands a query with them: two concepts must never
// share a form whose stems are the same in one language (a test checks it). Negations such as
// Spanish "no" and Portuguese "não" are stop words and vanish from stems, hence "programa no
// contributivo" rather than "régimen no contributivo", which would read as "régimen contributivo";
// and Spanish "seguridad social" has the stems of "seguro social", so it is not a synonym here.
export const CONCEPTS: ConceptSeed[] = [
  concept('social-protection', S.ILO_WSPR, {
    en: [
      'social protection',
      ['social security'],
      'The policies and programmes that prevent and reduce poverty, vulnerability and social exclusion throughout people’s lives. It covers benefits for children and families, maternity, unemployment, employment injury, sickness, old age, disability and survivors, and health protection, through contributory and non-contributory schemes.',
    ],
    fr: [
      'protection sociale',
      ['sécurité sociale'],
      'Ensemble des politiques et programmes qui préviennent et réduisent la pauvreté, la vulnérabilité et l’exclusion sociale tout au long de la vie. Elle couvre les prestations aux enfants et aux familles, de maternité, de chômage, d’accident du travail, de maladie, de vieillesse, d’invalidité et de survivants ainsi que la protection de la santé, par des régimes contributifs et non contributifs.',
    ],
    es: [
      'protección social',
      [],
      'Conjunto de políticas y programas que previenen y reducen la pobreza, la vulnerabilidad y la exclusión social a lo largo de la vida. Abarca prestaciones para la niñez y las familias, por maternidad, desempleo, accidentes de trabajo, enfermedad, vejez, discapacidad y sobrevivientes, además de la protección de la salud, mediante regímenes contributivos y no contributivos.',
    ],
    pt: [
      'proteção social',
      ['segurança social'],
      'Conjunto de políticas e programas que previnem e reduzem a pobreza, a vulnerabilidade e a exclusão social ao longo da vida. Abrange benefícios para crianças e famílias, maternidade, desemprego, acidentes de trabalho, doença, velhice, invalidez e sobreviventes, bem como a proteção da saúde, por meio de regimes contributivos e não contributivos.',
    ],
  }),
  concept('social-protection-system', S.ISPA, {
    en: [
      'social protection system',
      ['integrated social protection system'],
      'All of a country’s social protection policies, programmes, institutions and delivery tools, organised to work together rather than as isolated schemes. A coherent system coordinates social assistance, social insurance and labour market programmes, shares delivery systems, and rests on law and sustainable financing.',
    ],
    fr: [
      'système de protection sociale',
      ['système intégré de protection sociale'],
      'Ensemble des politiques, programmes, institutions et outils de mise en œuvre de la protection sociale d’un pays, organisés pour fonctionner ensemble plutôt que comme des dispositifs isolés. Un système cohérent coordonne assistance sociale, assurance sociale et programmes du marché du travail, partage ses outils de mise en œuvre et repose sur la loi et un financement durable.',
    ],
    es: [
      'sistema de protección social',
      ['sistema integrado de protección social'],
      'Conjunto de las políticas, programas, instituciones y herramientas de entrega de la protección social de un país, organizados para funcionar juntos y no como programas aislados. Un sistema coherente coordina la asistencia social, el seguro social y los programas del mercado laboral, comparte sus sistemas de entrega y se apoya en la ley y en un financiamiento sostenible.',
    ],
    pt: [
      'sistema de proteção social',
      ['sistema integrado de proteção social'],
      'Conjunto das políticas, programas, instituições e instrumentos de entrega da proteção social de um país, organizados para funcionar em conjunto e não como programas isolados. Um sistema coerente coordena assistência social, seguro social e programas do mercado de trabalho, partilha os sistemas de entrega e assenta na lei e num financiamento sustentável.',
    ],
  }),
  concept('social-assistance', S.WB_ASPIRE, {
    en: [
      'social assistance',
      ['social safety net', 'safety net'],
      'Non-contributory transfers in cash or in kind, financed from taxes or other public revenue, for people living in poverty or facing particular vulnerabilities. Cash transfers, social pensions, school feeding, public works and fee waivers are all forms of social assistance.',
    ],
    fr: [
      'assistance sociale',
      ['filets sociaux', 'filets de sécurité sociaux', 'aide sociale'],
      'Transferts non contributifs, en espèces ou en nature, financés par l’impôt ou d’autres recettes publiques et destinés aux personnes pauvres ou particulièrement vulnérables. Transferts monétaires, pensions sociales, alimentation scolaire, travaux publics et exemptions de frais en sont des formes.',
    ],
    es: [
      'asistencia social',
      ['redes de protección social', 'redes de seguridad social'],
      'Transferencias no contributivas, en efectivo o en especie, financiadas con impuestos u otros ingresos públicos y destinadas a personas en situación de pobreza o de especial vulnerabilidad. Las transferencias monetarias, las pensiones sociales, la alimentación escolar, las obras públicas y las exenciones de pago son formas de asistencia social.',
    ],
    pt: [
      'assistência social',
      ['redes de proteção social', 'redes de segurança social'],
      'Transferências não contributivas, em dinheiro ou em espécie, financiadas por impostos ou outras receitas públicas e destinadas a pessoas em situação de pobreza ou de especial vulnerabilidade. Transferências monetárias, pensões sociais, alimentação escolar, obras públicas e isenções de taxas são formas de assistência social.',
    ],
  }),
  concept('social-insurance', S.ISSA, {
    en: [
      'social insurance',
      ['contributory social security'],
      'Schemes in which workers, employers and sometimes the state pay contributions that entitle insured people to benefits when a covered risk occurs, such as old age, sickness, unemployment, maternity or employment injury. Risks are pooled among members, and entitlement depends on the contribution record.',
    ],
    fr: [
      'assurance sociale',
      ['sécurité sociale contributive'],
      'Régimes dans lesquels travailleurs, employeurs et parfois l’État versent des cotisations qui ouvrent aux assurés le droit à des prestations lorsque survient un risque couvert : vieillesse, maladie, chômage, maternité ou accident du travail. Les risques sont mutualisés entre les membres et les droits dépendent des cotisations versées.',
    ],
    es: [
      'seguro social',
      ['seguridad social contributiva'],
      'Regímenes en los que trabajadores, empleadores y a veces el Estado aportan cotizaciones que dan derecho a prestaciones cuando se produce un riesgo cubierto, como la vejez, la enfermedad, el desempleo, la maternidad o un accidente de trabajo. Los riesgos se mancomunan entre los afiliados y el derecho depende de las cotizaciones realizadas.',
    ],
    pt: [
      'seguro social',
      ['previdência social', 'segurança social contributiva'],
      'Regimes nos quais trabalhadores, empregadores e por vezes o Estado pagam contribuições que dão aos segurados direito a benefícios quando ocorre um risco coberto, como velhice, doença, desemprego, maternidade ou acidente de trabalho. Os riscos são partilhados entre os membros e o direito depende das contribuições pagas.',
    ],
  }),
  concept('contributory-scheme', S.ILO_WSPR, {
    en: [
      'contributory scheme',
      ['contributory programme'],
      'A social protection scheme financed wholly or mainly by contributions from the people protected and their employers, in which entitlement to benefits depends on having contributed. Social insurance is the most common kind.',
    ],
    fr: [
      'régime contributif',
      ['programme contributif'],
      'Régime de protection sociale financé entièrement ou principalement par les cotisations des personnes protégées et de leurs employeurs, dans lequel le droit aux prestations dépend des cotisations versées. L’assurance sociale en est la forme la plus courante.',
    ],
    es: [
      'régimen contributivo',
      [],
      'Régimen de protección social financiado total o principalmente con las cotizaciones de las personas protegidas y de sus empleadores, en el que el derecho a las prestaciones depende de haber cotizado. El seguro social es su forma más común.',
    ],
    pt: [
      'regime contributivo',
      [],
      'Regime de proteção social financiado total ou principalmente pelas contribuições das pessoas protegidas e dos seus empregadores, no qual o direito aos benefícios depende de ter contribuído. O seguro social é a sua forma mais comum.',
    ],
  }),
  concept('non-contributory-scheme', S.ILO_WSPR, {
    en: [
      'non-contributory scheme',
      ['non-contributory programme', 'tax-financed scheme'],
      'A social protection scheme that does not require beneficiaries to have paid contributions, usually financed from taxes or other public revenue. Eligibility rests on need, residence, age or another category, as in social assistance, social pensions and universal child benefits.',
    ],
    fr: [
      'régime non contributif',
      ['programme non contributif'],
      'Régime de protection sociale qui n’exige pas des bénéficiaires qu’ils aient cotisé, généralement financé par l’impôt ou d’autres recettes publiques. L’éligibilité repose sur le besoin, la résidence, l’âge ou une autre catégorie, comme pour l’assistance sociale, les pensions sociales et les allocations universelles pour enfants.',
    ],
    es: [
      'programa no contributivo',
      ['protección social no contributiva'],
      'Programa de protección social que no exige haber cotizado, financiado por lo general con impuestos u otros ingresos públicos. El derecho se basa en la necesidad, la residencia, la edad u otra categoría, como en la asistencia social, las pensiones sociales y las asignaciones universales por hijo.',
    ],
    pt: [
      'programa não contributivo',
      ['proteção social não contributiva'],
      'Programa de proteção social que não exige que os beneficiários tenham contribuído, geralmente financiado por impostos ou outras receitas públicas. A elegibilidade assenta na necessidade, residência, idade ou outra categoria, como na assistência social, nas pensões sociais e nos abonos universais para crianças.',
    ],
  }),
  concept('cash-transfer', S.WB_ASPIRE, {
    en: [
      'cash transfer',
      ['cash benefit', 'cash grant'],
      'A regular or one-off payment of money to individuals or households, made by a government or another organisation to raise or protect their income. Cash transfers may be conditional or unconditional, targeted or universal.',
    ],
    fr: [
      'transfert monétaire',
      ['transfert en espèces', 'prestation en espèces'],
      'Versement d’argent, régulier ou ponctuel, à des personnes ou des ménages par un gouvernement ou une autre organisation, afin d’augmenter ou de protéger leur revenu. Les transferts monétaires peuvent être conditionnels ou non, ciblés ou universels.',
    ],
    es: [
      'transferencia monetaria',
      ['transferencia en efectivo', 'prestación en efectivo'],
      'Pago de dinero, periódico o único, a personas u hogares por parte de un gobierno u otra organización para aumentar o proteger sus ingresos. Las transferencias monetarias pueden ser condicionadas o incondicionales, focalizadas o universales.',
    ],
    pt: [
      'transferência monetária',
      ['transferência de renda', 'transferência em dinheiro', 'benefício em dinheiro'],
      'Pagamento em dinheiro, regular ou pontual, a pessoas ou famílias por um governo ou outra organização, para aumentar ou proteger o seu rendimento. As transferências monetárias podem ser condicionadas ou incondicionais, focalizadas ou universais.',
    ],
  }),
  concept('conditional-cash-transfer', S.WB_CCT, {
    en: [
      'conditional cash transfer',
      ['CCT', 'conditional cash transfer programme'],
      'A cash transfer paid on condition that recipients meet agreed requirements, typically children’s school attendance, health check-ups or vaccinations. Brazil’s Bolsa Família and Mexico’s Progresa-Oportunidades are well-known examples.',
    ],
    fr: [
      'transfert monétaire conditionnel',
      ['TMC', 'transfert en espèces conditionnel'],
      'Transfert monétaire versé à condition que les bénéficiaires respectent certains engagements, le plus souvent la scolarisation des enfants, des visites de santé ou des vaccinations. Bolsa Família au Brésil et Progresa-Oportunidades au Mexique en sont des exemples connus.',
    ],
    es: [
      'transferencia monetaria condicionada',
      ['TMC', 'transferencias condicionadas', 'programa de transferencias condicionadas'],
      'Transferencia monetaria que se entrega a condición de que los hogares cumplan ciertos compromisos, por lo general la asistencia escolar de los hijos, controles de salud o vacunas. Bolsa Família en Brasil y Progresa-Oportunidades en México son ejemplos conocidos.',
    ],
    pt: [
      'transferência condicionada de renda',
      [
        'transferência monetária condicionada',
        'transferência de renda condicionada',
        'programa de transferência condicionada',
      ],
      'Transferência monetária paga com a condição de que os beneficiários cumpram certos compromissos, em geral a frequência escolar das crianças, consultas de saúde ou vacinação. O Bolsa Família no Brasil e o Progresa-Oportunidades no México são exemplos conhecidos.',
    ],
  }),
  concept('unconditional-cash-transfer', S.WB_ASPIRE, {
    en: [
      'unconditional cash transfer',
      ['UCT'],
      'A cash transfer paid without requiring recipients to do anything in return: being eligible is enough. Many child grants, social pensions and humanitarian cash programmes are unconditional.',
    ],
    fr: [
      'transfert monétaire inconditionnel',
      ['transfert monétaire non conditionnel'],
      'Transfert monétaire versé sans exiger de contrepartie des bénéficiaires : il suffit d’être éligible. Beaucoup d’allocations pour enfants, de pensions sociales et de programmes monétaires humanitaires sont inconditionnels.',
    ],
    es: [
      'transferencia monetaria incondicional',
      ['transferencia incondicional'],
      'Transferencia monetaria que se entrega sin exigir contrapartidas: basta con cumplir los criterios de elegibilidad. Muchas asignaciones por hijo, pensiones sociales y programas humanitarios de efectivo son incondicionales.',
    ],
    pt: [
      'transferência monetária incondicional',
      ['transferência incondicional de renda'],
      'Transferência monetária paga sem exigir contrapartidas dos beneficiários: basta ser elegível. Muitos abonos para crianças, pensões sociais e programas humanitários em dinheiro são incondicionais.',
    ],
  }),
  concept('in-kind-transfer', S.WFP, {
    en: [
      'in-kind transfer',
      ['in-kind benefit', 'transfer in kind'],
      'A transfer of goods or services rather than money, such as food rations, agricultural inputs or school uniforms. In-kind transfers are used where markets work poorly or to influence what is consumed.',
    ],
    fr: [
      'transfert en nature',
      ['prestation en nature', 'aide en nature'],
      'Transfert de biens ou de services plutôt que d’argent, comme des rations alimentaires, des intrants agricoles ou des uniformes scolaires. On y recourt quand les marchés fonctionnent mal ou pour orienter la consommation.',
    ],
    es: [
      'transferencia en especie',
      ['prestación en especie', 'ayuda en especie'],
      'Transferencia de bienes o servicios en lugar de dinero, como raciones de alimentos, insumos agrícolas o uniformes escolares. Se utiliza cuando los mercados funcionan mal o para orientar el consumo.',
    ],
    pt: [
      'transferência em espécie',
      ['benefício em espécie', 'ajuda em espécie'],
      'Transferência de bens ou serviços em vez de dinheiro, como rações alimentares, insumos agrícolas ou uniformes escolares. É usada quando os mercados funcionam mal ou para orientar o consumo.',
    ],
  }),
  concept('voucher', S.CALP, {
    en: [
      'voucher',
      ['e-voucher', 'food voucher'],
      'A paper or electronic token that can be exchanged for a set quantity or value of goods or services, usually from selected vendors. Unlike cash, vouchers restrict what can be bought, and are used when a programme aims at specific consumption such as food or seeds.',
    ],
    fr: [
      'coupon',
      ['bon d’achat', 'coupon alimentaire', 'coupon électronique'],
      'Titre papier ou électronique échangeable contre une quantité ou une valeur donnée de biens ou de services, généralement auprès de commerçants sélectionnés. Contrairement à l’argent, le coupon limite ce qui peut être acheté ; on l’utilise pour viser une consommation précise, comme la nourriture ou les semences.',
    ],
    es: [
      'cupón',
      ['cupón electrónico', 'cupón de alimentos', 'vale de compra'],
      'Título en papel o electrónico que se canjea por una cantidad o un valor determinado de bienes o servicios, por lo general en comercios seleccionados. A diferencia del efectivo, limita lo que puede comprarse y se usa cuando un programa busca un consumo concreto, como alimentos o semillas.',
    ],
    pt: [
      'voucher',
      ['cupom', 'vale-compra', 'voucher eletrônico'],
      'Título em papel ou eletrônico que pode ser trocado por uma quantidade ou valor definido de bens ou serviços, geralmente em comerciantes selecionados. Ao contrário do dinheiro, limita o que pode ser comprado e é usado quando um programa visa um consumo específico, como alimentos ou sementes.',
    ],
  }),
  concept('school-feeding', S.WFP, {
    en: [
      'school feeding',
      ['school meals', 'school meal programme', 'home-grown school feeding'],
      'Meals or snacks provided to children at school, sometimes with take-home rations for their families. School feeding supports nutrition, enrolment and attendance, and creates a steady market for local farmers when the food is bought locally.',
    ],
    fr: [
      'alimentation scolaire',
      ['cantines scolaires', 'repas scolaires'],
      'Repas ou collations servis aux enfants à l’école, parfois avec des rations à emporter pour leur famille. L’alimentation scolaire soutient la nutrition, la scolarisation et l’assiduité, et offre un débouché régulier aux agriculteurs locaux quand les vivres sont achetés sur place.',
    ],
    es: [
      'alimentación escolar',
      ['comedores escolares', 'programa de alimentación escolar'],
      'Comidas o refrigerios que reciben los niños en la escuela, a veces con raciones para llevar a casa. La alimentación escolar favorece la nutrición, la matrícula y la asistencia, y crea un mercado estable para la agricultura local cuando los alimentos se compran en la zona.',
    ],
    pt: [
      'alimentação escolar',
      ['merenda escolar', 'refeições escolares'],
      'Refeições ou lanches servidos às crianças na escola, por vezes com rações para levar para casa. A alimentação escolar apoia a nutrição, a matrícula e a frequência, e cria um mercado estável para a agricultura familiar quando os alimentos são comprados localmente.',
    ],
  }),
  concept('social-pension', S.HELPAGE, {
    en: [
      'social pension',
      ['non-contributory pension', 'old-age grant'],
      'A regular cash payment to older people that does not depend on past contributions and is financed from public revenue. Social pensions may be universal for everyone above a given age, or targeted at older people with low incomes or no other pension.',
    ],
    fr: [
      'pension sociale',
      ['pension non contributive', 'pension de vieillesse non contributive'],
      'Versement monétaire régulier aux personnes âgées, indépendant des cotisations passées et financé par des recettes publiques. La pension sociale peut être universelle au-delà d’un certain âge ou ciblée sur les personnes âgées à faible revenu ou sans autre pension.',
    ],
    es: [
      'pensión social',
      ['pensión no contributiva', 'pensión universal para adultos mayores'],
      'Pago monetario periódico a las personas mayores que no depende de cotizaciones previas y se financia con ingresos públicos. Puede ser universal a partir de cierta edad o focalizada en las personas mayores con bajos ingresos o sin otra pensión.',
    ],
    pt: [
      'pensão social',
      ['pensão não contributiva', 'pensão social de velhice'],
      'Pagamento regular em dinheiro às pessoas idosas que não depende de contribuições anteriores e é financiado por receitas públicas. Pode ser universal a partir de certa idade ou focalizado nas pessoas idosas com baixo rendimento ou sem outra pensão.',
    ],
  }),
  concept('old-age-pension', S.ILO_C102, {
    en: [
      'old-age pension',
      ['retirement pension', 'old-age benefit'],
      'A periodic benefit paid to people who have reached pensionable age, replacing part of the income they earned while working. It may be contributory, through social insurance, or non-contributory, as a social pension.',
    ],
    fr: [
      'pension de vieillesse',
      ['pension de retraite', 'retraite'],
      'Prestation périodique versée aux personnes ayant atteint l’âge de la retraite, qui remplace une partie du revenu tiré de leur travail. Elle peut être contributive, par l’assurance sociale, ou non contributive, sous forme de pension sociale.',
    ],
    es: [
      'pensión de vejez',
      ['pensión de jubilación', 'jubilación'],
      'Prestación periódica que reciben las personas que han alcanzado la edad de jubilación y que sustituye una parte de los ingresos que obtenían trabajando. Puede ser contributiva, a través del seguro social, o no contributiva, como pensión social.',
    ],
    pt: [
      'pensão de velhice',
      ['aposentadoria', 'aposentadoria por idade', 'pensão de reforma'],
      'Benefício periódico pago a quem atingiu a idade de reforma, que substitui parte do rendimento obtido com o trabalho. Pode ser contributivo, através do seguro social, ou não contributivo, como pensão social.',
    ],
  }),
  concept('survivors-benefit', S.ILO_C102, {
    en: [
      'survivors’ benefit',
      ['survivors’ pension', 'widow’s pension'],
      'A benefit paid to the spouse, children or other dependants of an insured person or pensioner who has died, to replace the income lost. It is one of the nine branches of social security listed in ILO Convention No. 102.',
    ],
    fr: [
      'pension de survivant',
      ['pension de réversion', 'prestation de survivants'],
      'Prestation versée au conjoint, aux enfants ou à d’autres personnes à charge d’un assuré ou d’un retraité décédé, pour remplacer le revenu perdu. C’est l’une des neuf branches de la sécurité sociale énumérées par la convention no 102 de l’OIT.',
    ],
    es: [
      'pensión de sobrevivientes',
      ['pensión de viudedad', 'pensión de viudez', 'pensión de supervivencia'],
      'Prestación que reciben el cónyuge, los hijos u otras personas a cargo de un asegurado o pensionista fallecido, para sustituir los ingresos perdidos. Es una de las nueve ramas de la seguridad social enumeradas en el Convenio núm. 102 de la OIT.',
    ],
    pt: [
      'pensão por morte',
      ['pensão de sobrevivência', 'pensão de viuvez'],
      'Benefício pago ao cônjuge, aos filhos ou a outros dependentes de um segurado ou pensionista falecido, para substituir o rendimento perdido. É um dos nove ramos da segurança social enumerados na Convenção n.º 102 da OIT.',
    ],
  }),
  concept('public-works-programme', S.WB_ASPIRE, {
    en: [
      'public works programme',
      ['public works', 'public works program', 'cash for work', 'employment guarantee scheme'],
      'A programme offering temporary, usually low-skilled work on community or public infrastructure in exchange for cash or food. It provides income while building assets such as roads, irrigation or soil conservation; India’s rural employment guarantee and Ethiopia’s Productive Safety Net Programme are large examples.',
    ],
    fr: [
      'programme de travaux publics',
      ['travaux publics', 'argent contre travail', 'travaux à haute intensité de main-d’œuvre'],
      'Programme qui offre un travail temporaire, souvent peu qualifié, sur des infrastructures communautaires ou publiques, rémunéré en argent ou en vivres. Il procure un revenu tout en créant des actifs comme des routes, des ouvrages d’irrigation ou de conservation des sols ; la garantie d’emploi rurale en Inde et le Programme de filets sociaux productifs en Éthiopie en sont de grands exemples.',
    ],
    es: [
      'programa de obras públicas',
      ['obras públicas', 'dinero por trabajo', 'programa de empleo temporal'],
      'Programa que ofrece trabajo temporal, por lo general poco calificado, en infraestructura pública o comunitaria a cambio de dinero o alimentos. Genera ingresos a la vez que construye activos como caminos, riego u obras de conservación de suelos; la garantía de empleo rural de la India y el Programa de Red de Seguridad Productiva de Etiopía son grandes ejemplos.',
    ],
    pt: [
      'programa de obras públicas',
      ['obras públicas', 'frentes de trabalho', 'dinheiro por trabalho'],
      'Programa que oferece trabalho temporário, geralmente pouco qualificado, em infraestruturas públicas ou comunitárias em troca de dinheiro ou alimentos. Gera rendimento enquanto cria ativos como estradas, irrigação ou obras de conservação do solo; a garantia de emprego rural da Índia e o Programa de Rede de Segurança Produtiva da Etiópia são grandes exemplos.',
    ],
  }),
  concept('fee-waiver', S.WB_ASPIRE, {
    en: [
      'fee waiver',
      ['fee exemption', 'user fee exemption'],
      'An exemption that lets eligible people use public services, typically health care or education, without paying the user fees others pay. Fee waivers are a form of social assistance that removes financial barriers to access.',
    ],
    fr: [
      'exemption de frais',
      ['exonération des frais', 'exemption du paiement des soins'],
      'Dispense qui permet aux personnes éligibles d’utiliser des services publics, surtout de santé ou d’éducation, sans payer les frais demandés aux autres usagers. C’est une forme d’assistance sociale qui lève les obstacles financiers à l’accès.',
    ],
    es: [
      'exención de pagos',
      ['exoneración de tarifas', 'exención de cuotas'],
      'Dispensa que permite a las personas elegibles usar servicios públicos, sobre todo de salud o educación, sin pagar las tarifas que abonan los demás usuarios. Es una forma de asistencia social que elimina barreras financieras de acceso.',
    ],
    pt: [
      'isenção de taxas',
      ['isenção de tarifas', 'isenção de pagamento'],
      'Dispensa que permite às pessoas elegíveis usar serviços públicos, sobretudo de saúde ou educação, sem pagar as taxas cobradas aos outros utentes. É uma forma de assistência social que elimina barreiras financeiras ao acesso.',
    ],
  }),
  concept('unemployment-insurance', S.ILO_WSPR, {
    en: [
      'unemployment insurance',
      ['unemployment benefit', 'jobseeker’s allowance'],
      'A social insurance benefit that partly replaces the earnings of insured workers who lose their job involuntarily, for a limited period, usually while they look for new work. It is financed by contributions from workers and employers.',
    ],
    fr: [
      'assurance chômage',
      ['allocation chômage', 'indemnité de chômage'],
      'Prestation d’assurance sociale qui remplace en partie, pour une durée limitée, le salaire des travailleurs assurés ayant perdu involontairement leur emploi, généralement pendant leur recherche d’un nouveau travail. Elle est financée par les cotisations des travailleurs et des employeurs.',
    ],
    es: [
      'seguro de desempleo',
      ['prestación por desempleo', 'subsidio de desempleo', 'seguro de cesantía'],
      'Prestación del seguro social que sustituye en parte, durante un tiempo limitado, el salario de los trabajadores asegurados que pierden su empleo de forma involuntaria, por lo general mientras buscan otro. Se financia con cotizaciones de trabajadores y empleadores.',
    ],
    pt: [
      'seguro-desemprego',
      ['subsídio de desemprego', 'benefício de desemprego'],
      'Benefício do seguro social que substitui em parte, por um período limitado, o salário dos trabalhadores segurados que perdem o emprego involuntariamente, em geral enquanto procuram outro. É financiado por contribuições de trabalhadores e empregadores.',
    ],
  }),
  concept('maternity-benefit', S.ILO_C183, {
    en: [
      'maternity benefit',
      ['maternity cash benefit', 'paid maternity leave'],
      'Cash benefits that replace at least part of a woman’s earnings during maternity leave, before and after childbirth, together with medical care during pregnancy and delivery. ILO standards call for at least 14 weeks of leave paid at two-thirds of previous earnings, financed through social insurance or public funds.',
    ],
    fr: [
      'prestation de maternité',
      ['indemnité de maternité', 'congé de maternité rémunéré'],
      'Prestations en espèces qui remplacent au moins une partie du revenu d’une femme pendant son congé de maternité, avant et après l’accouchement, avec les soins médicaux de la grossesse et de l’accouchement. Les normes de l’OIT prévoient au moins 14 semaines de congé payées aux deux tiers du revenu antérieur, financées par l’assurance sociale ou des fonds publics.',
    ],
    es: [
      'prestación por maternidad',
      ['subsidio por maternidad', 'licencia de maternidad remunerada'],
      'Prestaciones en efectivo que sustituyen al menos una parte de los ingresos de la mujer durante la licencia de maternidad, antes y después del parto, junto con la atención médica del embarazo y el parto. Las normas de la OIT prevén al menos 14 semanas de licencia pagadas con dos tercios de los ingresos anteriores, financiadas por el seguro social o con fondos públicos.',
    ],
    pt: [
      'salário-maternidade',
      ['subsídio de maternidade', 'licença-maternidade remunerada'],
      'Prestações em dinheiro que substituem pelo menos parte do rendimento da mulher durante a licença-maternidade, antes e depois do parto, juntamente com os cuidados médicos da gravidez e do parto. As normas da OIT preveem pelo menos 14 semanas de licença pagas a dois terços do rendimento anterior, financiadas pelo seguro social ou por fundos públicos.',
    ],
  }),
  concept('disability-benefit', S.ILO_WSPR, {
    en: [
      'disability benefit',
      ['disability allowance', 'disability pension', 'invalidity benefit'],
      'A cash benefit for people whose impairment limits their ability to work, or who face extra costs because of a disability. It may be contributory, as an invalidity pension under social insurance, or non-contributory and financed from taxes.',
    ],
    fr: [
      'prestation d’invalidité',
      ['pension d’invalidité', 'allocation de handicap'],
      'Prestation en espèces destinée aux personnes dont une déficience limite la capacité de travail ou qui supportent des coûts supplémentaires liés au handicap. Elle peut être contributive, comme la pension d’invalidité de l’assurance sociale, ou non contributive et financée par l’impôt.',
    ],
    es: [
      'prestación por discapacidad',
      ['pensión por discapacidad', 'pensión de invalidez'],
      'Prestación en efectivo para personas cuya deficiencia limita su capacidad de trabajo o que afrontan costos adicionales por su discapacidad. Puede ser contributiva, como la pensión de invalidez del seguro social, o no contributiva y financiada con impuestos.',
    ],
    pt: [
      'benefício por incapacidade',
      ['pensão de invalidez', 'aposentadoria por invalidez', 'benefício por deficiência'],
      'Benefício em dinheiro para pessoas cuja deficiência limita a capacidade de trabalho ou que enfrentam custos adicionais por causa dela. Pode ser contributivo, como a pensão de invalidez do seguro social, ou não contributivo e financiado por impostos.',
    ],
  }),
  concept('employment-injury-benefit', S.ILO_C121, {
    en: [
      'employment injury benefit',
      ['workers’ compensation', 'occupational injury benefit', 'work injury insurance'],
      'Medical care and cash benefits for workers injured or made ill by their work, and for the survivors of those who die from it. It is usually financed by employers through social insurance, replacing the employer’s individual liability.',
    ],
    fr: [
      'prestation en cas d’accident du travail',
      ['réparation des accidents du travail', 'assurance accidents du travail et maladies professionnelles'],
      'Soins médicaux et prestations en espèces pour les travailleurs blessés ou rendus malades par leur travail, et pour les survivants de ceux qui en meurent. Elle est généralement financée par les employeurs au moyen de l’assurance sociale, qui remplace la responsabilité individuelle de l’employeur.',
    ],
    es: [
      'prestación por accidente de trabajo',
      ['seguro de riesgos del trabajo', 'seguro de accidentes de trabajo'],
      'Atención médica y prestaciones en efectivo para los trabajadores que sufren lesiones o enfermedades a causa de su trabajo, y para los sobrevivientes de quienes mueren por ello. Suele financiarse con aportes de los empleadores al seguro social, que sustituye la responsabilidad individual del empleador.',
    ],
    pt: [
      'benefício por acidente de trabalho',
      ['seguro de acidentes de trabalho', 'auxílio-acidente'],
      'Cuidados médicos e benefícios em dinheiro para trabalhadores feridos ou adoecidos por causa do trabalho, e para os sobreviventes dos que morrem em consequência dele. É geralmente financiado pelos empregadores através do seguro social, que substitui a responsabilidade individual do empregador.',
    ],
  }),
  concept('sickness-benefit', S.ILO_C102, {
    en: [
      'sickness benefit',
      ['sick pay', 'sickness cash benefit'],
      'A cash benefit that replaces part of the earnings of workers who cannot work because of illness, for a limited period. It is typically paid by social insurance, sometimes after a first period of sick pay from the employer.',
    ],
    fr: [
      'indemnités journalières de maladie',
      ['prestation de maladie', 'indemnité maladie'],
      'Prestation en espèces qui remplace, pour une durée limitée, une partie du salaire des travailleurs empêchés de travailler par la maladie. Elle est le plus souvent versée par l’assurance sociale, parfois après une première période payée par l’employeur.',
    ],
    es: [
      'prestación por enfermedad',
      ['subsidio por enfermedad', 'subsidio por incapacidad temporal'],
      'Prestación en efectivo que sustituye, durante un tiempo limitado, parte del salario de los trabajadores que no pueden trabajar por enfermedad. Suele pagarla el seguro social, a veces tras un primer periodo a cargo del empleador.',
    ],
    pt: [
      'auxílio-doença',
      ['subsídio de doença', 'benefício por incapacidade temporária'],
      'Benefício em dinheiro que substitui, por um período limitado, parte do salário dos trabalhadores impedidos de trabalhar por doença. É geralmente pago pelo seguro social, por vezes após um primeiro período a cargo do empregador.',
    ],
  }),
  concept('social-health-insurance', S.WHO_UHC, {
    en: [
      'social health insurance',
      ['health insurance', 'national health insurance'],
      'A way of financing health care in which contributions from workers, employers and often the state are pooled to pay for members’ medical services, reducing what they pay out of pocket. Governments may subsidise or pay the contributions of people who cannot afford them.',
    ],
    fr: [
      'assurance maladie',
      ['assurance maladie obligatoire', 'assurance santé'],
      'Mode de financement des soins dans lequel les cotisations des travailleurs, des employeurs et souvent de l’État sont mises en commun pour payer les soins des assurés, réduisant ce qu’ils paient de leur poche. L’État peut subventionner ou prendre en charge les cotisations des personnes qui ne peuvent pas les payer.',
    ],
    es: [
      'seguro de salud',
      ['seguro social de salud', 'seguro de enfermedad'],
      'Forma de financiar la atención de salud en la que las cotizaciones de trabajadores, empleadores y a menudo el Estado se mancomunan para pagar los servicios médicos de los afiliados y reducir su gasto de bolsillo. El Estado puede subsidiar o pagar las cotizaciones de quienes no pueden costearlas.',
    ],
    pt: [
      'seguro de saúde',
      ['seguro social de saúde', 'seguro-doença'],
      'Forma de financiar os cuidados de saúde na qual as contribuições de trabalhadores, empregadores e muitas vezes do Estado são reunidas para pagar os serviços médicos dos segurados, reduzindo o que pagam do próprio bolso. O Estado pode subsidiar ou pagar as contribuições de quem não as pode suportar.',
    ],
  }),
  concept('universal-health-coverage', S.WHO_UHC, {
    en: [
      'universal health coverage',
      ['UHC'],
      'Everyone can obtain the quality health services they need, from prevention to palliative care, without suffering financial hardship because of the cost. It is target 3.8 of the Sustainable Development Goals.',
    ],
    fr: [
      'couverture sanitaire universelle',
      ['CSU', 'couverture maladie universelle'],
      'Situation dans laquelle chacun peut obtenir les services de santé de qualité dont il a besoin, de la prévention aux soins palliatifs, sans connaître de difficultés financières à cause de leur coût. C’est la cible 3.8 des objectifs de développement durable.',
    ],
    es: [
      'cobertura sanitaria universal',
      ['cobertura universal de salud', 'CSU'],
      'Situación en la que todas las personas pueden obtener los servicios de salud de calidad que necesitan, desde la prevención hasta los cuidados paliativos, sin pasar apuros económicos por su costo. Es la meta 3.8 de los Objetivos de Desarrollo Sostenible.',
    ],
    pt: [
      'cobertura universal de saúde',
      ['cobertura universal em saúde'],
      'Situação em que todas as pessoas podem obter os serviços de saúde de qualidade de que precisam, da prevenção aos cuidados paliativos, sem dificuldades financeiras por causa do seu custo. É a meta 3.8 dos Objetivos de Desenvolvimento Sustentável.',
    ],
  }),
  concept('out-of-pocket-health-expenditure', S.WHO_UHC, {
    en: [
      'out-of-pocket health expenditure',
      ['out-of-pocket payments', 'out-of-pocket spending'],
      'Payments households make directly for health care when they use it, not covered by insurance or public funding. High out-of-pocket spending pushes families into poverty and signals gaps in social health protection.',
    ],
    fr: [
      'dépenses de santé à la charge des ménages',
      ['paiements directs', 'reste à charge'],
      'Paiements effectués directement par les ménages au moment des soins, non couverts par une assurance ni par un financement public. Des dépenses directes élevées font basculer des familles dans la pauvreté et révèlent des lacunes de la protection sociale de la santé.',
    ],
    es: [
      'gasto de bolsillo en salud',
      ['gasto de bolsillo', 'pagos directos'],
      'Pagos que los hogares hacen directamente por la atención de salud en el momento de usarla, sin cobertura de un seguro ni financiamiento público. Un gasto de bolsillo elevado empuja a las familias a la pobreza y revela carencias de la protección social de la salud.',
    ],
    pt: [
      'despesas diretas em saúde',
      ['gastos do próprio bolso', 'pagamentos diretos'],
      'Pagamentos feitos diretamente pelas famílias pelos cuidados de saúde no momento da utilização, sem cobertura de seguro nem financiamento público. Despesas diretas elevadas empurram famílias para a pobreza e revelam lacunas na proteção social da saúde.',
    ],
  }),
  concept('social-protection-floor', S.ILO_R202, {
    en: [
      'social protection floor',
      ['SPF', 'national social protection floor'],
      'A nationally defined set of basic social security guarantees that ensures, at least, access to essential health care and basic income security for children, people of working age and older people throughout the life cycle. ILO Recommendation No. 202 set out the concept in 2012.',
    ],
    fr: [
      'socle de protection sociale',
      ['socle national de protection sociale'],
      'Ensemble de garanties élémentaires de sécurité sociale définies au niveau national, qui assure au minimum l’accès aux soins de santé essentiels et une sécurité élémentaire de revenu pour les enfants, les personnes d’âge actif et les personnes âgées, tout au long de la vie. La recommandation no 202 de l’OIT l’a défini en 2012.',
    ],
    es: [
      'piso de protección social',
      ['piso nacional de protección social'],
      'Conjunto de garantías básicas de seguridad social definidas a nivel nacional que asegura, como mínimo, el acceso a la atención de salud esencial y la seguridad básica del ingreso para la niñez, las personas en edad de trabajar y las personas mayores a lo largo de la vida. La Recomendación núm. 202 de la OIT lo definió en 2012.',
    ],
    pt: [
      'piso de proteção social',
      ['piso nacional de proteção social'],
      'Conjunto de garantias básicas de segurança social definidas a nível nacional que assegura, no mínimo, o acesso a cuidados de saúde essenciais e a segurança básica de rendimento para crianças, pessoas em idade ativa e pessoas idosas ao longo da vida. A Recomendação n.º 202 da OIT definiu-o em 2012.',
    ],
  }),
  concept('universal-social-protection', S.USP2030, {
    en: [
      'universal social protection',
      ['USP2030', 'universal coverage of social protection'],
      'The goal that everyone has access to adequate social protection throughout life, through a mix of contributory and non-contributory schemes, as set out in target 1.3 of the Sustainable Development Goals. The USP2030 partnership promotes it.',
    ],
    fr: [
      'protection sociale universelle',
      ['couverture universelle de la protection sociale'],
      'Objectif d’un accès de chacun à une protection sociale adéquate tout au long de la vie, par une combinaison de régimes contributifs et non contributifs, conformément à la cible 1.3 des objectifs de développement durable. Le partenariat USP2030 la promeut.',
    ],
    es: [
      'protección social universal',
      ['cobertura universal de protección social'],
      'Objetivo de que todas las personas tengan acceso a una protección social adecuada a lo largo de la vida, mediante una combinación de regímenes contributivos y no contributivos, según la meta 1.3 de los Objetivos de Desarrollo Sostenible. La alianza USP2030 la promueve.',
    ],
    pt: [
      'proteção social universal',
      ['cobertura universal de proteção social'],
      'Objetivo de que todas as pessoas tenham acesso a uma proteção social adequada ao longo da vida, através de uma combinação de regimes contributivos e não contributivos, conforme a meta 1.3 dos Objetivos de Desenvolvimento Sustentável. A parceria USP2030 promove-a.',
    ],
  }),
  concept('shock-responsive-social-protection', S.OPM_SRSP, {
    en: [
      'shock-responsive social protection',
      ['SRSP', 'shock-sensitive social protection'],
      'Using and adapting existing social protection programmes and systems to respond to large shocks such as droughts, floods, epidemics or economic crises. Options include enrolling new households (horizontal expansion), topping up benefits (vertical expansion) and piggybacking on delivery systems.',
    ],
    fr: [
      'protection sociale réactive aux chocs',
      ['protection sociale adaptée aux chocs'],
      'Utilisation et adaptation des programmes et systèmes de protection sociale existants pour répondre à des chocs de grande ampleur : sécheresses, inondations, épidémies ou crises économiques. On peut inscrire de nouveaux ménages (extension horizontale), augmenter les prestations (extension verticale) ou s’appuyer sur les systèmes de mise en œuvre.',
    ],
    es: [
      'protección social reactiva ante emergencias',
      ['protección social reactiva frente a crisis', 'protección social sensible a los choques'],
      'Uso y adaptación de los programas y sistemas de protección social existentes para responder a grandes crisis, como sequías, inundaciones, epidemias o crisis económicas. Se puede incorporar a nuevos hogares (expansión horizontal), aumentar las prestaciones (expansión vertical) o apoyarse en los sistemas de entrega.',
    ],
    pt: [
      'proteção social responsiva a choques',
      ['proteção social reativa a choques'],
      'Uso e adaptação dos programas e sistemas de proteção social existentes para responder a grandes choques, como secas, inundações, epidemias ou crises económicas. Pode-se inscrever novas famílias (expansão horizontal), aumentar os benefícios (expansão vertical) ou apoiar-se nos sistemas de entrega.',
    ],
  }),
  concept('adaptive-social-protection', S.WB_ASP, {
    en: [
      'adaptive social protection',
      ['ASP'],
      'An approach that links social protection with disaster risk management and climate change adaptation to build the resilience of poor and vulnerable households before, during and after shocks. It invests in preparedness, such as early warning, contingency financing and flexible delivery, so that programmes can scale up quickly.',
    ],
    fr: [
      'protection sociale adaptative',
      ['PSA'],
      'Approche qui relie la protection sociale à la gestion des risques de catastrophe et à l’adaptation au changement climatique, pour renforcer la résilience des ménages pauvres et vulnérables avant, pendant et après les chocs. Elle investit dans la préparation (alerte précoce, financement de contingence, mise en œuvre souple) pour que les programmes puissent s’étendre rapidement.',
    ],
    es: [
      'protección social adaptativa',
      [],
      'Enfoque que vincula la protección social con la gestión del riesgo de desastres y la adaptación al cambio climático, para fortalecer la resiliencia de los hogares pobres y vulnerables antes, durante y después de las crisis. Invierte en preparación (alerta temprana, financiamiento de contingencia, entrega flexible) para que los programas puedan ampliarse con rapidez.',
    ],
    pt: [
      'proteção social adaptativa',
      [],
      'Abordagem que liga a proteção social à gestão do risco de desastres e à adaptação às alterações climáticas, para reforçar a resiliência das famílias pobres e vulneráveis antes, durante e depois dos choques. Investe na preparação (alerta precoce, financiamento de contingência, entrega flexível) para que os programas possam ser ampliados rapidamente.',
    ],
  }),
  concept('anticipatory-action', S.WFP, {
    en: [
      'anticipatory action',
      ['early action', 'forecast-based financing'],
      'Acting before a forecast hazard such as a drought or flood causes its worst effects, using triggers, plans and financing agreed in advance. Social protection programmes can deliver anticipatory cash transfers to households in the predicted path of the shock.',
    ],
    fr: [
      'action anticipatoire',
      ['action précoce', 'financement basé sur les prévisions'],
      'Agir avant qu’un aléa annoncé, comme une sécheresse ou une inondation, ne produise ses pires effets, grâce à des déclencheurs, des plans et des financements convenus à l’avance. Les programmes de protection sociale peuvent verser des transferts monétaires anticipés aux ménages exposés.',
    ],
    es: [
      'acción anticipatoria',
      ['acción temprana', 'financiación basada en pronósticos'],
      'Actuar antes de que una amenaza pronosticada, como una sequía o una inundación, cause sus peores efectos, con disparadores, planes y financiamiento acordados de antemano. Los programas de protección social pueden entregar transferencias anticipadas a los hogares expuestos.',
    ],
    pt: [
      'ação antecipatória',
      ['ação antecipada', 'financiamento baseado em previsões'],
      'Agir antes que uma ameaça prevista, como uma seca ou uma inundação, cause os seus piores efeitos, com gatilhos, planos e financiamento acordados de antemão. Os programas de proteção social podem pagar transferências antecipadas às famílias expostas.',
    ],
  }),
  concept('social-registry', S.WB_SOURCEBOOK, {
    en: [
      'social registry',
      ['social register', 'unified registry'],
      'An information system that supports outreach, intake, registration and needs assessment for people who may be eligible for one or more social programmes. It holds data on potential beneficiaries, whether or not they are enrolled; Brazil’s Cadastro Único is a well-known example.',
    ],
    fr: [
      'registre social',
      ['registre social unifié', 'RSU'],
      'Système d’information qui sert à informer, accueillir, enregistrer et évaluer les besoins des personnes susceptibles de bénéficier d’un ou plusieurs programmes sociaux. Il contient des données sur les bénéficiaires potentiels, inscrits ou non ; le Cadastro Único du Brésil en est un exemple connu.',
    ],
    es: [
      'registro social',
      ['registro social de hogares', 'registro único'],
      'Sistema de información que apoya la difusión, la admisión, el registro y la evaluación de necesidades de las personas que pueden ser elegibles para uno o varios programas sociales. Contiene datos de beneficiarios potenciales, estén o no inscritos; el Cadastro Único de Brasil es un ejemplo conocido.',
    ],
    pt: [
      'registro social',
      ['cadastro único', 'registo social', 'cadastro social'],
      'Sistema de informação que apoia a divulgação, o acolhimento, o registo e a avaliação das necessidades das pessoas que podem ser elegíveis para um ou mais programas sociais. Contém dados sobre beneficiários potenciais, inscritos ou não; o Cadastro Único do Brasil é um exemplo conhecido.',
    ],
  }),
  concept('integrated-beneficiary-registry', S.WB_SOURCEBOOK, {
    en: [
      'integrated beneficiary registry',
      ['beneficiary registry', 'beneficiary database'],
      'A database that brings together information on the people actually enrolled in several social programmes, to coordinate benefits, monitor who receives what, and detect overlaps or gaps. Unlike a social registry, it covers beneficiaries rather than applicants.',
    ],
    fr: [
      'registre intégré des bénéficiaires',
      ['registre des bénéficiaires'],
      'Base de données qui rassemble les informations sur les personnes effectivement inscrites à plusieurs programmes sociaux, pour coordonner les prestations, suivre qui reçoit quoi et repérer doublons ou lacunes. À la différence du registre social, elle porte sur les bénéficiaires et non sur les demandeurs.',
    ],
    es: [
      'registro integrado de beneficiarios',
      ['registro de beneficiarios', 'padrón de beneficiarios'],
      'Base de datos que reúne la información de las personas efectivamente inscritas en varios programas sociales, para coordinar las prestaciones, saber quién recibe qué y detectar duplicaciones o vacíos. A diferencia del registro social, abarca a los beneficiarios y no a los solicitantes.',
    ],
    pt: [
      'registro integrado de beneficiários',
      ['cadastro de beneficiários', 'registo de beneficiários'],
      'Base de dados que reúne as informações sobre as pessoas efetivamente inscritas em vários programas sociais, para coordenar os benefícios, acompanhar quem recebe o quê e detetar sobreposições ou lacunas. Ao contrário do registro social, abrange os beneficiários e não os requerentes.',
    ],
  }),
  concept('targeting', S.WB_ASPIRE, {
    en: [
      'targeting',
      ['beneficiary selection', 'poverty targeting'],
      'Deciding who is eligible for a programme and identifying them, so that limited resources reach the intended group, usually the poorest or most vulnerable. Common methods include means tests, proxy means tests, categorical, geographical and community-based targeting.',
    ],
    fr: [
      'ciblage',
      ['sélection des bénéficiaires'],
      'Fait de décider qui est éligible à un programme et de l’identifier, pour que des ressources limitées atteignent le groupe visé, le plus souvent les plus pauvres ou les plus vulnérables. Les méthodes courantes sont l’examen des ressources, le test par approximation, le ciblage catégoriel, géographique et communautaire.',
    ],
    es: [
      'focalización',
      ['selección de beneficiarios'],
      'Decidir quién es elegible para un programa e identificarlo, para que recursos limitados lleguen al grupo previsto, por lo general los más pobres o vulnerables. Los métodos habituales son la prueba de medios, la prueba de medios sustitutiva y la focalización categórica, geográfica y comunitaria.',
    ],
    pt: [
      'focalização',
      ['seleção de beneficiários'],
      'Decidir quem é elegível para um programa e identificá-lo, para que recursos limitados cheguem ao grupo visado, em geral os mais pobres ou vulneráveis. Os métodos habituais são o teste de meios, o teste de meios por aproximação e a focalização categórica, geográfica e comunitária.',
    ],
  }),
  concept('means-test', S.WB_SOURCEBOOK, {
    en: [
      'means test',
      ['means testing', 'income test'],
      'A targeting method that decides eligibility by checking an applicant’s income, and sometimes assets, against a threshold. It is accurate where incomes are recorded, but costly to run and can discourage people from applying.',
    ],
    fr: [
      'condition de ressources',
      ['examen des ressources', 'test des moyens'],
      'Méthode de ciblage qui fixe l’éligibilité en comparant le revenu, et parfois le patrimoine, du demandeur à un seuil. Précise lorsque les revenus sont enregistrés, elle coûte cher à gérer et peut décourager les demandes.',
    ],
    es: [
      'prueba de medios',
      ['comprobación de medios de vida', 'verificación de ingresos'],
      'Método de focalización que determina la elegibilidad comparando los ingresos, y a veces los bienes, del solicitante con un umbral. Es preciso cuando los ingresos están registrados, pero su gestión es costosa y puede desalentar las solicitudes.',
    ],
    pt: [
      'teste de meios',
      ['comprovação de rendimentos', 'condição de recursos'],
      'Método de focalização que determina a elegibilidade comparando o rendimento, e por vezes o património, do requerente com um limiar. É preciso quando os rendimentos estão registados, mas a sua gestão é cara e pode desencorajar os pedidos.',
    ],
  }),
  concept('proxy-means-test', S.WB_SOURCEBOOK, {
    en: [
      'proxy means test',
      ['PMT', 'proxy means testing'],
      'A targeting method that estimates household welfare from a few easily observed characteristics, such as housing, assets, household size and education, weighted by a formula derived from survey data. It is used where incomes are hard to verify, as in largely informal economies.',
    ],
    fr: [
      'test des moyens d’existence par approximation',
      ['PMT', 'évaluation indirecte des ressources'],
      'Méthode de ciblage qui estime le bien-être d’un ménage à partir de quelques caractéristiques faciles à observer (logement, biens, taille du ménage, instruction), pondérées par une formule tirée d’enquêtes. On l’utilise quand les revenus sont difficiles à vérifier, comme dans les économies très informelles.',
    ],
    es: [
      'prueba de medios sustitutiva',
      ['PMT', 'comprobación indirecta de medios de vida'],
      'Método de focalización que estima el bienestar del hogar a partir de algunas características fáciles de observar (vivienda, bienes, tamaño del hogar, educación), ponderadas con una fórmula derivada de encuestas. Se usa cuando los ingresos son difíciles de verificar, como en economías muy informales.',
    ],
    pt: [
      'teste de meios por aproximação',
      ['PMT', 'teste de meios indireto'],
      'Método de focalização que estima o bem-estar do agregado familiar a partir de algumas características fáceis de observar (habitação, bens, dimensão do agregado, escolaridade), ponderadas por uma fórmula derivada de inquéritos. É usado quando os rendimentos são difíceis de verificar, como em economias muito informais.',
    ],
  }),
  concept('categorical-targeting', S.WB_ASPIRE, {
    en: [
      'categorical targeting',
      ['demographic targeting', 'categorical eligibility'],
      'Eligibility based on belonging to a group that is easy to identify, such as an age group (children, older people) or people with disabilities, rather than on individual income. Universal child benefits and social pensions use it.',
    ],
    fr: [
      'ciblage catégoriel',
      ['ciblage démographique'],
      'Éligibilité fondée sur l’appartenance à un groupe facile à identifier, comme une tranche d’âge (enfants, personnes âgées) ou les personnes handicapées, plutôt que sur le revenu individuel. Les allocations universelles pour enfants et les pensions sociales y recourent.',
    ],
    es: [
      'focalización categórica',
      ['focalización demográfica'],
      'Elegibilidad basada en la pertenencia a un grupo fácil de identificar, como un grupo de edad (niñez, personas mayores) o las personas con discapacidad, en lugar del ingreso individual. La utilizan las asignaciones universales por hijo y las pensiones sociales.',
    ],
    pt: [
      'focalização categórica',
      ['focalização demográfica'],
      'Elegibilidade baseada na pertença a um grupo fácil de identificar, como uma faixa etária (crianças, pessoas idosas) ou as pessoas com deficiência, em vez do rendimento individual. É usada pelos abonos universais para crianças e pelas pensões sociais.',
    ],
  }),
  concept('geographical-targeting', S.WB_ASPIRE, {
    en: [
      'geographical targeting',
      ['geographic targeting', 'area-based targeting'],
      'Selecting beneficiaries by where they live, giving priority to regions, districts or communities with high poverty rates, often identified with poverty maps. It is simple to administer and is often combined with other methods.',
    ],
    fr: [
      'ciblage géographique',
      ['ciblage territorial'],
      'Sélection des bénéficiaires selon leur lieu de résidence, en donnant la priorité aux régions, districts ou communautés où la pauvreté est élevée, souvent repérés grâce à des cartes de pauvreté. Simple à gérer, il est souvent combiné à d’autres méthodes.',
    ],
    es: [
      'focalización geográfica',
      ['focalización territorial'],
      'Selección de beneficiarios según su lugar de residencia, dando prioridad a regiones, distritos o comunidades con altas tasas de pobreza, a menudo identificados con mapas de pobreza. Es sencilla de administrar y suele combinarse con otros métodos.',
    ],
    pt: [
      'focalização geográfica',
      ['focalização territorial'],
      'Seleção dos beneficiários segundo o local onde vivem, dando prioridade a regiões, distritos ou comunidades com elevadas taxas de pobreza, muitas vezes identificados com mapas de pobreza. É simples de administrar e costuma ser combinada com outros métodos.',
    ],
  }),
  concept('community-based-targeting', S.WB_SOURCEBOOK, {
    en: [
      'community-based targeting',
      ['community targeting'],
      'A targeting method in which community members or local committees decide, often in public meetings, which households are poorest or most in need. It draws on local knowledge but can be swayed by local power relations.',
    ],
    fr: [
      'ciblage communautaire',
      ['ciblage à base communautaire'],
      'Méthode de ciblage dans laquelle les membres de la communauté ou des comités locaux désignent, souvent en assemblée publique, les ménages les plus pauvres ou les plus démunis. Elle mobilise le savoir local mais peut subir l’influence des rapports de pouvoir locaux.',
    ],
    es: [
      'focalización comunitaria',
      ['focalización basada en la comunidad'],
      'Método de focalización en el que miembros de la comunidad o comités locales deciden, a menudo en asambleas públicas, qué hogares son los más pobres o necesitados. Aprovecha el conocimiento local, pero puede verse influido por las relaciones de poder locales.',
    ],
    pt: [
      'focalização comunitária',
      ['focalização de base comunitária'],
      'Método de focalização em que membros da comunidade ou comités locais decidem, muitas vezes em assembleias públicas, quais as famílias mais pobres ou necessitadas. Aproveita o conhecimento local, mas pode ser influenciado pelas relações de poder locais.',
    ],
  }),
  concept('inclusion-error', S.WB_ASPIRE, {
    en: [
      'inclusion error',
      ['leakage', 'error of inclusion'],
      'The share of a programme’s beneficiaries who do not belong to the intended group, for example non-poor households receiving a transfer meant for the poor. It is also called leakage.',
    ],
    fr: [
      'erreur d’inclusion',
      ['fuites'],
      'Part des bénéficiaires d’un programme qui n’appartiennent pas au groupe visé, par exemple des ménages non pauvres qui reçoivent un transfert destiné aux pauvres. On parle aussi de fuites.',
    ],
    es: [
      'error de inclusión',
      ['filtración'],
      'Proporción de beneficiarios de un programa que no pertenecen al grupo previsto, por ejemplo hogares no pobres que reciben una transferencia destinada a los pobres. También se llama filtración.',
    ],
    pt: [
      'erro de inclusão',
      ['vazamento'],
      'Proporção dos beneficiários de um programa que não pertencem ao grupo visado, por exemplo famílias não pobres que recebem uma transferência destinada aos pobres. Também se chama vazamento.',
    ],
  }),
  concept('exclusion-error', S.WB_ASPIRE, {
    en: [
      'exclusion error',
      ['undercoverage', 'error of exclusion'],
      'The share of the intended group who do not receive a programme’s benefits, for example poor households missed by a transfer meant for the poor. Exclusion errors are often larger than inclusion errors, and leave people without support.',
    ],
    fr: [
      'erreur d’exclusion',
      ['sous-couverture'],
      'Part du groupe visé qui ne reçoit pas les prestations d’un programme, par exemple des ménages pauvres oubliés par un transfert destiné aux pauvres. Les erreurs d’exclusion sont souvent plus importantes que les erreurs d’inclusion et laissent des personnes sans soutien.',
    ],
    es: [
      'error de exclusión',
      ['subcobertura'],
      'Proporción del grupo previsto que no recibe las prestaciones de un programa, por ejemplo hogares pobres que quedan fuera de una transferencia destinada a los pobres. Suelen ser mayores que los errores de inclusión y dejan a personas sin apoyo.',
    ],
    pt: [
      'erro de exclusão',
      ['subcobertura'],
      'Proporção do grupo visado que não recebe os benefícios de um programa, por exemplo famílias pobres deixadas de fora de uma transferência destinada aos pobres. Costumam ser maiores do que os erros de inclusão e deixam pessoas sem apoio.',
    ],
  }),
  concept('graduation-approach', S.BRAC, {
    en: [
      'graduation approach',
      ['graduation', 'graduation programme', 'ultra-poor graduation'],
      'A sequenced package that helps extremely poor households move into sustainable livelihoods: consumption support, a productive asset, skills training, savings and regular coaching over about two years. BRAC pioneered it in Bangladesh and it has been tested in many countries.',
    ],
    fr: [
      'approche de graduation',
      ['graduation', 'programme de graduation'],
      'Ensemble d’appuis successifs qui aide les ménages extrêmement pauvres à accéder à des moyens d’existence durables : soutien à la consommation, transfert d’un actif productif, formation, épargne et accompagnement régulier pendant environ deux ans. Lancée par BRAC au Bangladesh, elle a été testée dans de nombreux pays.',
    ],
    es: [
      'enfoque de graduación',
      ['graduación', 'programa de graduación'],
      'Paquete secuencial que ayuda a los hogares en pobreza extrema a lograr medios de vida sostenibles: apoyo al consumo, un activo productivo, capacitación, ahorro y acompañamiento regular durante unos dos años. BRAC lo inició en Bangladesh y se ha probado en muchos países.',
    ],
    pt: [
      'abordagem de graduação',
      ['graduação', 'programa de graduação'],
      'Pacote sequencial que ajuda as famílias em pobreza extrema a alcançar meios de vida sustentáveis: apoio ao consumo, um ativo produtivo, formação, poupança e acompanhamento regular durante cerca de dois anos. A BRAC iniciou-a no Bangladesh e foi testada em muitos países.',
    ],
  }),
  concept('productive-inclusion', S.ECLAC, {
    en: [
      'productive inclusion',
      ['productive inclusion programme'],
      'Interventions that help people living in poverty earn a sustainable income from work by combining social protection with access to skills, assets, credit, markets or jobs. The term is widely used in Latin America.',
    ],
    fr: [
      'inclusion productive',
      ['programme d’inclusion productive'],
      'Interventions qui aident les personnes pauvres à tirer de leur travail un revenu durable, en combinant la protection sociale avec l’accès aux compétences, aux actifs, au crédit, aux marchés ou à l’emploi. Le terme est très utilisé en Amérique latine.',
    ],
    es: [
      'inclusión productiva',
      ['programa de inclusión productiva'],
      'Intervenciones que ayudan a las personas en situación de pobreza a obtener ingresos sostenibles de su trabajo, combinando la protección social con el acceso a capacitación, activos, crédito, mercados o empleo. El término es muy usado en América Latina.',
    ],
    pt: [
      'inclusão produtiva',
      ['programa de inclusão produtiva'],
      'Intervenções que ajudam as pessoas em situação de pobreza a obter rendimentos sustentáveis do trabalho, combinando a proteção social com o acesso a qualificação, ativos, crédito, mercados ou emprego. O termo é muito usado na América Latina.',
    ],
  }),
  concept('economic-inclusion', S.WB_INCLUSION, {
    en: [
      'economic inclusion',
      ['economic inclusion programme'],
      'The gradual integration of poor and excluded people into wider economic and community development, through multidimensional programmes that raise incomes and assets and build resilience. Graduation and productive inclusion programmes belong to this family.',
    ],
    fr: [
      'inclusion économique',
      ['programme d’inclusion économique'],
      'Intégration progressive des personnes pauvres et exclues dans le développement économique et communautaire, par des programmes multidimensionnels qui accroissent revenus et actifs et renforcent la résilience. Les programmes de graduation et d’inclusion productive en font partie.',
    ],
    es: [
      'inclusión económica',
      ['programa de inclusión económica'],
      'Integración progresiva de las personas pobres y excluidas en el desarrollo económico y comunitario, mediante programas multidimensionales que aumentan ingresos y activos y fortalecen la resiliencia. Los programas de graduación y de inclusión productiva forman parte de esta familia.',
    ],
    pt: [
      'inclusão econômica',
      ['programa de inclusão econômica'],
      'Integração progressiva das pessoas pobres e excluídas no desenvolvimento económico e comunitário, através de programas multidimensionais que aumentam rendimentos e ativos e reforçam a resiliência. Os programas de graduação e de inclusão produtiva fazem parte desta família.',
    ],
  }),
  concept('fiscal-space', S.FISCAL_SPACE, {
    en: [
      'fiscal space',
      ['budgetary space'],
      'Room in a government’s budget to provide resources for a purpose, such as extending social protection, without endangering the sustainability of its finances. It can be created by raising revenue, reallocating spending, borrowing or curbing illicit financial flows.',
    ],
    fr: [
      'espace budgétaire',
      ['marge de manœuvre budgétaire', 'espace fiscal'],
      'Marge dont dispose le budget d’un État pour financer un objectif, comme l’extension de la protection sociale, sans compromettre la viabilité de ses finances. On peut la créer en augmentant les recettes, en réaffectant des dépenses, en empruntant ou en luttant contre les flux financiers illicites.',
    ],
    es: [
      'espacio fiscal',
      ['margen fiscal'],
      'Margen del presupuesto de un Estado para destinar recursos a un fin, como ampliar la protección social, sin poner en riesgo la sostenibilidad de sus finanzas. Puede crearse aumentando los ingresos, reasignando gastos, endeudándose o frenando los flujos financieros ilícitos.',
    ],
    pt: [
      'espaço fiscal',
      ['espaço orçamental', 'margem orçamental'],
      'Margem no orçamento de um Estado para destinar recursos a um fim, como alargar a proteção social, sem pôr em risco a sustentabilidade das suas finanças. Pode ser criada aumentando as receitas, realocando despesas, recorrendo a empréstimos ou combatendo os fluxos financeiros ilícitos.',
    ],
  }),
  concept('social-security-contributions', S.ISSA, {
    en: [
      'social security contributions',
      ['social contributions', 'payroll contributions'],
      'Payments by workers, employers and sometimes self-employed people, usually a percentage of earnings, that finance social insurance and create entitlement to its benefits.',
    ],
    fr: [
      'cotisations sociales',
      ['cotisations de sécurité sociale'],
      'Versements des travailleurs, des employeurs et parfois des indépendants, généralement proportionnels aux revenus, qui financent l’assurance sociale et ouvrent droit à ses prestations.',
    ],
    es: [
      'cotizaciones sociales',
      ['cotizaciones a la seguridad social', 'aportes a la seguridad social'],
      'Pagos de trabajadores, empleadores y a veces trabajadores independientes, por lo general un porcentaje de los ingresos, que financian el seguro social y dan derecho a sus prestaciones.',
    ],
    pt: [
      'contribuições sociais',
      ['contribuições para a segurança social', 'contribuições previdenciárias'],
      'Pagamentos de trabalhadores, empregadores e por vezes trabalhadores independentes, geralmente uma percentagem dos rendimentos, que financiam o seguro social e dão direito aos seus benefícios.',
    ],
  }),
  concept('informal-economy', S.ILO_INFORMAL, {
    en: [
      'informal economy',
      ['informal sector', 'informality', 'informal employment'],
      'All economic activities of workers and economic units that are not covered, or not sufficiently covered, by formal arrangements in law or in practice. Informal workers usually lack social insurance, which makes informality a central challenge for extending coverage.',
    ],
    fr: [
      'économie informelle',
      ['secteur informel', 'informalité', 'emploi informel'],
      'Ensemble des activités économiques des travailleurs et des unités économiques qui ne sont pas couvertes, ou insuffisamment, par des dispositions formelles, en droit ou en pratique. Les travailleurs informels sont le plus souvent privés d’assurance sociale, ce qui fait de l’informalité un défi central pour étendre la couverture.',
    ],
    es: [
      'economía informal',
      ['sector informal', 'informalidad', 'empleo informal'],
      'Conjunto de actividades económicas de trabajadores y unidades económicas que no están cubiertas, o lo están de forma insuficiente, por disposiciones formales, en la ley o en la práctica. Las personas trabajadoras informales suelen carecer de seguro social, por lo que la informalidad es un desafío central para ampliar la cobertura.',
    ],
    pt: [
      'economia informal',
      ['setor informal', 'informalidade', 'emprego informal', 'trabalho informal'],
      'Conjunto das atividades económicas de trabalhadores e unidades económicas que não estão abrangidas, ou estão de forma insuficiente, por disposições formais, na lei ou na prática. Os trabalhadores informais geralmente não têm seguro social, o que faz da informalidade um desafio central para alargar a cobertura.',
    ],
  }),
  concept('child-benefit', S.UNICEF, {
    en: [
      'child benefit',
      ['child grant', 'child allowance', 'family allowance', 'universal child benefit'],
      'A regular cash payment to families with children, to help with the cost of raising them and reduce child poverty. It can be universal, targeted at low-income families, or linked to the parents’ employment; Argentina’s Asignación Universal por Hijo and South Africa’s Child Support Grant are examples.',
    ],
    fr: [
      'allocation pour enfant',
      ['allocations familiales', 'prestation pour enfant', 'allocation universelle pour enfant'],
      'Versement monétaire régulier aux familles avec enfants, pour les aider à faire face au coût de leur éducation et réduire la pauvreté des enfants. Elle peut être universelle, ciblée sur les familles à faible revenu ou liée à l’emploi des parents ; l’Asignación Universal por Hijo en Argentine et le Child Support Grant en Afrique du Sud en sont des exemples.',
    ],
    es: [
      'asignación por hijo',
      ['asignación familiar', 'asignación universal por hijo', 'prestación por hijo a cargo'],
      'Pago monetario periódico a las familias con hijos, para ayudarles con el costo de su crianza y reducir la pobreza infantil. Puede ser universal, focalizada en familias de bajos ingresos o vinculada al empleo de los padres; la Asignación Universal por Hijo de Argentina y el Child Support Grant de Sudáfrica son ejemplos.',
    ],
    pt: [
      'abono de família',
      ['benefício por criança', 'salário-família', 'abono para crianças'],
      'Pagamento regular em dinheiro às famílias com filhos, para ajudar a suportar o custo da sua criação e reduzir a pobreza infantil. Pode ser universal, focalizado nas famílias de baixo rendimento ou ligado ao emprego dos pais; a Asignación Universal por Hijo da Argentina e o Child Support Grant da África do Sul são exemplos.',
    ],
  }),
  concept('child-sensitive-social-protection', S.CSSP, {
    en: [
      'child-sensitive social protection',
      ['child-focused social protection'],
      'Social protection designed to address the particular risks and deprivations children face, and to strengthen families’ ability to care for them, for example through child benefits, access to services and links with child protection. Its principles were set out in a joint statement by several agencies in 2009.',
    ],
    fr: [
      'protection sociale sensible aux enfants',
      ['protection sociale axée sur l’enfance'],
      'Protection sociale conçue pour répondre aux risques et privations propres aux enfants et renforcer la capacité des familles à prendre soin d’eux, par exemple grâce aux allocations pour enfants, à l’accès aux services et aux liens avec la protection de l’enfance. Plusieurs agences en ont fixé les principes dans une déclaration commune en 2009.',
    ],
    es: [
      'protección social sensible a la niñez',
      ['protección social centrada en la infancia'],
      'Protección social diseñada para atender los riesgos y privaciones propios de la niñez y fortalecer la capacidad de las familias para cuidar de niñas y niños, por ejemplo con asignaciones por hijo, acceso a servicios y vínculos con la protección de la infancia. Varias agencias fijaron sus principios en una declaración conjunta en 2009.',
    ],
    pt: [
      'proteção social sensível às crianças',
      ['proteção social sensível à infância'],
      'Proteção social concebida para responder aos riscos e privações próprios das crianças e reforçar a capacidade das famílias de cuidar delas, por exemplo com abonos para crianças, acesso a serviços e ligação à proteção da infância. Várias agências fixaram os seus princípios numa declaração conjunta em 2009.',
    ],
  }),
  concept('coverage', S.ILO_WSPR, {
    en: [
      'social protection coverage',
      ['coverage', 'effective coverage', 'legal coverage'],
      'The extent to which people are protected by social protection. Legal coverage counts those entitled by law; effective coverage counts those who actually receive benefits or contribute to a scheme, as measured by SDG indicator 1.3.1.',
    ],
    fr: [
      'couverture de la protection sociale',
      ['couverture', 'couverture effective', 'couverture légale'],
      'Mesure dans laquelle les personnes sont protégées par la protection sociale. La couverture légale compte celles qui y ont droit selon la loi ; la couverture effective, celles qui reçoivent réellement des prestations ou cotisent à un régime, comme le mesure l’indicateur 1.3.1 des ODD.',
    ],
    es: [
      'cobertura de la protección social',
      ['cobertura', 'cobertura efectiva', 'cobertura legal'],
      'Grado en que las personas están protegidas por la protección social. La cobertura legal cuenta a quienes tienen derecho según la ley; la cobertura efectiva, a quienes reciben realmente prestaciones o cotizan a un régimen, como mide el indicador 1.3.1 de los ODS.',
    ],
    pt: [
      'cobertura da proteção social',
      ['cobertura', 'cobertura efetiva', 'cobertura legal'],
      'Medida em que as pessoas estão protegidas pela proteção social. A cobertura legal conta quem tem direito segundo a lei; a cobertura efetiva, quem recebe realmente benefícios ou contribui para um regime, como mede o indicador 1.3.1 dos ODS.',
    ],
  }),
  concept('benefit-adequacy', S.ILO_WSPR, {
    en: [
      'benefit adequacy',
      ['adequacy', 'adequacy of benefits'],
      'Whether benefits are high enough, and last long enough, to meet the needs they address, such as keeping people out of poverty or maintaining a reasonable standard of living. It is judged against poverty lines, minimum wages or previous earnings.',
    ],
    fr: [
      'adéquation des prestations',
      ['adéquation', 'niveau adéquat des prestations'],
      'Fait que les prestations soient assez élevées, et durent assez longtemps, pour répondre aux besoins visés, comme éviter la pauvreté ou maintenir un niveau de vie raisonnable. On l’apprécie par rapport au seuil de pauvreté, au salaire minimum ou aux revenus antérieurs.',
    ],
    es: [
      'suficiencia de las prestaciones',
      ['suficiencia', 'adecuación de las prestaciones'],
      'Que las prestaciones sean lo bastante elevadas, y duren lo suficiente, para cubrir las necesidades a las que responden, como evitar la pobreza o mantener un nivel de vida razonable. Se valora frente a la línea de pobreza, el salario mínimo o los ingresos anteriores.',
    ],
    pt: [
      'adequação dos benefícios',
      ['adequação', 'suficiência dos benefícios'],
      'Que os benefícios sejam suficientemente elevados, e durem o bastante, para responder às necessidades a que se destinam, como evitar a pobreza ou manter um nível de vida razoável. Avalia-se face à linha de pobreza, ao salário mínimo ou aos rendimentos anteriores.',
    ],
  }),
  concept('benefit-level', S.WB_ASPIRE, {
    en: [
      'benefit level',
      ['benefit amount', 'transfer size', 'transfer value'],
      'The amount of money, or value of goods, a beneficiary receives per person or household and per period. It is often expressed as a share of the poverty line, of household consumption or of previous earnings, and should be indexed to keep its value.',
    ],
    fr: [
      'montant des prestations',
      ['niveau des prestations', 'montant du transfert'],
      'Somme d’argent, ou valeur des biens, qu’un bénéficiaire reçoit par personne ou par ménage et par période. On l’exprime souvent en part du seuil de pauvreté, de la consommation du ménage ou des revenus antérieurs ; il devrait être indexé pour garder sa valeur.',
    ],
    es: [
      'monto de la prestación',
      ['nivel de las prestaciones', 'monto de la transferencia', 'cuantía de la prestación'],
      'Cantidad de dinero, o valor de los bienes, que recibe un beneficiario por persona u hogar y por periodo. Suele expresarse como proporción de la línea de pobreza, del consumo del hogar o de los ingresos anteriores, y debería indexarse para conservar su valor.',
    ],
    pt: [
      'valor do benefício',
      ['nível dos benefícios', 'valor da transferência'],
      'Montante em dinheiro, ou valor dos bens, que um beneficiário recebe por pessoa ou agregado e por período. Costuma exprimir-se como proporção da linha de pobreza, do consumo do agregado ou dos rendimentos anteriores, e deveria ser indexado para manter o seu valor.',
    ],
  }),
  concept('replacement-rate', S.ILO_C102, {
    en: [
      'replacement rate',
      ['income replacement rate'],
      'A benefit expressed as a percentage of the earnings it replaces, for example a pension equal to 40 per cent of previous wages. ILO standards set minimum replacement rates for social insurance benefits.',
    ],
    fr: [
      'taux de remplacement',
      ['taux de remplacement du revenu'],
      'Prestation exprimée en pourcentage du revenu qu’elle remplace, par exemple une pension égale à 40 pour cent du salaire antérieur. Les normes de l’OIT fixent des taux de remplacement minimaux pour les prestations d’assurance sociale.',
    ],
    es: [
      'tasa de reemplazo',
      ['tasa de sustitución'],
      'Prestación expresada como porcentaje de los ingresos que sustituye, por ejemplo una pensión igual al 40 por ciento del salario anterior. Las normas de la OIT fijan tasas de reemplazo mínimas para las prestaciones del seguro social.',
    ],
    pt: [
      'taxa de substituição',
      ['taxa de reposição'],
      'Benefício expresso em percentagem do rendimento que substitui, por exemplo uma pensão igual a 40 por cento do salário anterior. As normas da OIT fixam taxas de substituição mínimas para os benefícios do seguro social.',
    ],
  }),
  concept('conditionality', S.WB_CCT, {
    en: [
      'conditionality',
      ['behavioural conditions', 'programme conditions'],
      'Requirements beneficiaries must meet to keep receiving a benefit, such as sending children to school or attending health check-ups. Conditions may be enforced strictly with penalties, softly with follow-up and support, or only announced, as in labelled transfers.',
    ],
    fr: [
      'conditionnalité',
      ['conditions comportementales'],
      'Exigences que les bénéficiaires doivent remplir pour continuer à recevoir une prestation, comme scolariser les enfants ou se rendre aux visites de santé. Elles peuvent être appliquées strictement avec des sanctions, souplement avec un suivi et un appui, ou seulement annoncées, comme dans les transferts étiquetés.',
    ],
    es: [
      'condicionalidad',
      ['condiciones del programa'],
      'Requisitos que los beneficiarios deben cumplir para seguir recibiendo una prestación, como enviar a los hijos a la escuela o acudir a controles de salud. Pueden aplicarse de forma estricta con sanciones, de forma flexible con seguimiento y apoyo, o solo anunciarse, como en las transferencias etiquetadas.',
    ],
    pt: [
      'condicionalidade',
      ['condições do programa'],
      'Requisitos que os beneficiários devem cumprir para continuar a receber um benefício, como manter os filhos na escola ou comparecer a consultas de saúde. Podem ser aplicados de forma estrita com sanções, de forma flexível com acompanhamento e apoio, ou apenas anunciados, como nas transferências rotuladas.',
    ],
  }),
  concept('co-responsibility', S.ECLAC, {
    en: [
      'co-responsibility',
      ['shared responsibility'],
      'The idea, common in Latin American conditional cash transfer programmes, that the state and beneficiary families share obligations: the family meets health and education commitments, and the state guarantees the transfer and the services needed to meet them.',
    ],
    fr: [
      'coresponsabilité',
      ['responsabilité partagée'],
      'Idée, courante dans les programmes de transferts monétaires conditionnels d’Amérique latine, selon laquelle l’État et les familles bénéficiaires partagent des obligations : la famille respecte des engagements de santé et d’éducation, l’État garantit le transfert et les services nécessaires pour les tenir.',
    ],
    es: [
      'corresponsabilidad',
      ['responsabilidad compartida'],
      'Idea, habitual en los programas de transferencias condicionadas de América Latina, de que el Estado y las familias beneficiarias comparten obligaciones: la familia cumple compromisos de salud y educación, y el Estado garantiza la transferencia y los servicios necesarios para cumplirlos.',
    ],
    pt: [
      'corresponsabilidade',
      ['responsabilidade compartilhada'],
      'Ideia, comum nos programas de transferência condicionada da América Latina, de que o Estado e as famílias beneficiárias partilham obrigações: a família cumpre compromissos de saúde e educação, e o Estado garante a transferência e os serviços necessários para os cumprir.',
    ],
  }),
  concept('grievance-redress-mechanism', S.WB_SOURCEBOOK, {
    en: [
      'grievance redress mechanism',
      ['GRM', 'grievance mechanism', 'complaints mechanism', 'complaints and appeals mechanism'],
      'Procedures through which applicants and beneficiaries can complain about decisions or service problems, such as being left out, unpaid benefits or mistreatment, and obtain a response and remedy. An accessible and impartial mechanism is part of the right to social security.',
    ],
    fr: [
      'mécanisme de gestion des plaintes',
      ['mécanisme de plaintes', 'mécanisme de recours', 'mécanisme de réclamation'],
      'Procédures par lesquelles demandeurs et bénéficiaires peuvent contester une décision ou signaler un problème de service (exclusion, prestations impayées, mauvais traitement) et obtenir une réponse et une réparation. Un mécanisme accessible et impartial fait partie du droit à la sécurité sociale.',
    ],
    es: [
      'mecanismo de atención de quejas y reclamos',
      ['mecanismo de quejas', 'mecanismo de reclamación'],
      'Procedimientos por los que solicitantes y beneficiarios pueden reclamar contra decisiones o problemas del servicio (exclusión, prestaciones impagas, malos tratos) y obtener una respuesta y una reparación. Un mecanismo accesible e imparcial forma parte del derecho a la seguridad social.',
    ],
    pt: [
      'mecanismo de reclamações',
      ['mecanismo de queixas e recursos', 'ouvidoria'],
      'Procedimentos através dos quais requerentes e beneficiários podem reclamar de decisões ou problemas do serviço (exclusão, benefícios não pagos, maus-tratos) e obter uma resposta e uma reparação. Um mecanismo acessível e imparcial faz parte do direito à segurança social.',
    ],
  }),
  concept('digital-payments', S.WB_SOURCEBOOK, {
    en: [
      'digital payments',
      ['payment system', 'electronic payments', 'G2P payments', 'government-to-person payments'],
      'Paying benefits into bank or mobile money accounts, cards or other electronic instruments instead of cash in hand. Well-designed government-to-person (G2P) payments cut leakage and costs and can open access to financial services, especially for women.',
    ],
    fr: [
      'paiements numériques',
      ['système de paiement', 'paiements électroniques', 'paiements G2P'],
      'Versement des prestations sur des comptes bancaires ou de monnaie mobile, des cartes ou d’autres instruments électroniques plutôt qu’en espèces de la main à la main. Des paiements de l’État aux personnes (G2P) bien conçus réduisent les fuites et les coûts et peuvent ouvrir l’accès aux services financiers, notamment pour les femmes.',
    ],
    es: [
      'pagos digitales',
      ['sistema de pagos', 'pagos electrónicos', 'pagos G2P'],
      'Pago de las prestaciones en cuentas bancarias o de dinero móvil, tarjetas u otros instrumentos electrónicos en lugar de efectivo en mano. Los pagos del gobierno a las personas (G2P) bien diseñados reducen filtraciones y costos y pueden abrir el acceso a servicios financieros, sobre todo para las mujeres.',
    ],
    pt: [
      'pagamentos digitais',
      ['sistema de pagamentos', 'pagamentos eletrônicos', 'pagamentos G2P'],
      'Pagamento dos benefícios em contas bancárias ou de dinheiro móvel, cartões ou outros instrumentos eletrônicos em vez de dinheiro em mão. Pagamentos do governo às pessoas (G2P) bem concebidos reduzem fugas e custos e podem abrir o acesso a serviços financeiros, sobretudo para as mulheres.',
    ],
  }),
  concept('case-management', S.UNICEF, {
    en: [
      'case management',
      ['social case management', 'casework'],
      'A way of working in which a social worker or case manager assesses the needs of a person or family, agrees a plan with them, connects them to benefits and services, and follows up over time. It is central to reaching families with complex needs, including children at risk.',
    ],
    fr: [
      'gestion de cas',
      ['accompagnement social', 'suivi individualisé'],
      'Méthode de travail dans laquelle un travailleur social évalue les besoins d’une personne ou d’une famille, convient avec elle d’un plan, l’oriente vers les prestations et services et assure un suivi dans la durée. Elle est essentielle pour atteindre les familles aux besoins complexes, notamment les enfants en danger.',
    ],
    es: [
      'gestión de casos',
      ['acompañamiento familiar', 'seguimiento de casos'],
      'Forma de trabajo en la que un trabajador social evalúa las necesidades de una persona o familia, acuerda con ella un plan, la conecta con prestaciones y servicios y hace un seguimiento en el tiempo. Es clave para llegar a familias con necesidades complejas, incluidos niños en riesgo.',
    ],
    pt: [
      'gestão de casos',
      ['acompanhamento familiar', 'acompanhamento de casos'],
      'Forma de trabalho em que um assistente social avalia as necessidades de uma pessoa ou família, combina com ela um plano, liga-a a benefícios e serviços e faz o acompanhamento ao longo do tempo. É essencial para chegar às famílias com necessidades complexas, incluindo crianças em risco.',
    ],
  }),
  concept('single-window', S.WB_SOURCEBOOK, {
    en: [
      'single window',
      ['one-stop shop', 'single window service'],
      'A single point of access, physical or online, where people can learn about, apply for and receive several social protection benefits and services. It reduces the cost and time of dealing with separate agencies.',
    ],
    fr: [
      'guichet unique',
      ['guichet unique de protection sociale'],
      'Point d’accès unique, physique ou en ligne, où l’on peut s’informer sur plusieurs prestations et services de protection sociale, les demander et les recevoir. Il réduit le coût et le temps des démarches auprès d’organismes distincts.',
    ],
    es: [
      'ventanilla única',
      ['ventanilla única de protección social'],
      'Punto de acceso único, presencial o en línea, donde las personas pueden informarse sobre varias prestaciones y servicios de protección social, solicitarlos y recibirlos. Reduce el costo y el tiempo de los trámites ante organismos distintos.',
    ],
    pt: [
      'balcão único',
      ['guichê único', 'atendimento integrado'],
      'Ponto de acesso único, presencial ou em linha, onde as pessoas podem informar-se sobre vários benefícios e serviços de proteção social, pedi-los e recebê-los. Reduz o custo e o tempo das diligências junto de organismos distintos.',
    ],
  }),
  concept('monitoring-and-evaluation', S.OECD_EVAL, {
    en: [
      'monitoring and evaluation',
      ['programme monitoring', 'results monitoring'],
      'Monitoring is the continuous collection of data on a programme’s inputs, activities, outputs and coverage to manage it; evaluation is the periodic, systematic assessment of its design, implementation and results. Together they show whether a programme works and how to improve it.',
    ],
    fr: [
      'suivi et évaluation',
      ['suivi-évaluation', 'suivi des programmes'],
      'Le suivi est la collecte continue de données sur les moyens, les activités, les réalisations et la couverture d’un programme pour le piloter ; l’évaluation est l’appréciation périodique et systématique de sa conception, de sa mise en œuvre et de ses résultats. Ensemble, ils montrent si un programme fonctionne et comment l’améliorer.',
    ],
    es: [
      'monitoreo y evaluación',
      ['seguimiento y evaluación'],
      'El monitoreo es la recopilación continua de datos sobre los insumos, actividades, productos y cobertura de un programa para gestionarlo; la evaluación es la valoración periódica y sistemática de su diseño, ejecución y resultados. Juntos muestran si un programa funciona y cómo mejorarlo.',
    ],
    pt: [
      'monitoramento e avaliação',
      ['monitorização e avaliação', 'acompanhamento e avaliação'],
      'O monitoramento é a recolha contínua de dados sobre os insumos, atividades, produtos e cobertura de um programa para o gerir; a avaliação é a apreciação periódica e sistemática da sua conceção, execução e resultados. Juntos mostram se um programa funciona e como melhorá-lo.',
    ],
  }),
  concept('impact-evaluation', S.WB_IMPACT, {
    en: [
      'impact evaluation',
      ['impact assessment', 'counterfactual evaluation'],
      'An evaluation that measures the changes in outcomes, such as income, school attendance or nutrition, that can be attributed to a programme, by comparing beneficiaries with a credible estimate of what would have happened without it. Randomised trials, difference-in-differences and regression discontinuity are common designs.',
    ],
    fr: [
      'évaluation d’impact',
      ['évaluation contrefactuelle'],
      'Évaluation qui mesure les changements de résultats (revenu, scolarisation, nutrition…) attribuables à un programme, en comparant les bénéficiaires à une estimation crédible de ce qui se serait passé sans lui. Essais randomisés, doubles différences et régressions sur discontinuité sont des méthodes courantes.',
    ],
    es: [
      'evaluación de impacto',
      ['evaluación contrafactual'],
      'Evaluación que mide los cambios en los resultados (ingresos, asistencia escolar, nutrición…) atribuibles a un programa, comparando a los beneficiarios con una estimación creíble de lo que habría ocurrido sin él. Los ensayos aleatorios, las dobles diferencias y la regresión discontinua son diseños habituales.',
    ],
    pt: [
      'avaliação de impacto',
      ['avaliação contrafactual'],
      'Avaliação que mede as mudanças nos resultados (rendimento, frequência escolar, nutrição…) atribuíveis a um programa, comparando os beneficiários com uma estimativa credível do que teria acontecido sem ele. Ensaios aleatórios, diferenças em diferenças e regressão descontínua são desenhos comuns.',
    ],
  }),
  concept('humanitarian-development-nexus', S.OECD_NEXUS, {
    en: [
      'humanitarian-development nexus',
      ['humanitarian-development-peace nexus', 'triple nexus'],
      'Closer cooperation between humanitarian, development and peace actors, so that crisis response also reduces long-term needs and vulnerability. In social protection it means linking emergency assistance with national systems, for example by sharing registries and payment channels.',
    ],
    fr: [
      'nexus humanitaire-développement',
      ['nexus humanitaire-développement-paix', 'triple nexus'],
      'Coopération plus étroite entre acteurs humanitaires, du développement et de la paix, pour que la réponse aux crises réduise aussi les besoins et la vulnérabilité à long terme. En protection sociale, il s’agit de relier l’aide d’urgence aux systèmes nationaux, par exemple en partageant registres et circuits de paiement.',
    ],
    es: [
      'nexo humanitario-desarrollo',
      ['nexo humanitario-desarrollo-paz', 'triple nexo'],
      'Cooperación más estrecha entre actores humanitarios, de desarrollo y de paz, para que la respuesta a las crisis reduzca también las necesidades y la vulnerabilidad a largo plazo. En protección social supone vincular la asistencia de emergencia con los sistemas nacionales, por ejemplo compartiendo registros y canales de pago.',
    ],
    pt: [
      'nexo humanitário-desenvolvimento',
      ['nexo humanitário-desenvolvimento-paz', 'triplo nexo'],
      'Cooperação mais estreita entre atores humanitários, de desenvolvimento e de paz, para que a resposta às crises reduza também as necessidades e a vulnerabilidade a longo prazo. Na proteção social, significa ligar a assistência de emergência aos sistemas nacionais, por exemplo partilhando registos e canais de pagamento.',
    ],
  }),
  concept('cash-and-voucher-assistance', S.CALP, {
    en: [
      'cash and voucher assistance',
      ['CVA', 'humanitarian cash transfer', 'cash-based transfer', 'emergency cash transfer'],
      'Humanitarian aid given as cash or vouchers so that people affected by a crisis can buy the goods and services they need in local markets. Where markets work it is often faster, cheaper and more respectful of choice than in-kind aid, and it can be delivered through or alongside national social protection systems.',
    ],
    fr: [
      'assistance monétaire et en coupons',
      ['transfert monétaire humanitaire', 'transfert monétaire d’urgence', 'assistance monétaire'],
      'Aide humanitaire fournie en espèces ou en coupons pour que les personnes touchées par une crise achètent sur les marchés locaux les biens et services dont elles ont besoin. Là où les marchés fonctionnent, elle est souvent plus rapide, moins coûteuse et plus respectueuse des choix que l’aide en nature, et peut passer par les systèmes nationaux de protection sociale ou s’y articuler.',
    ],
    es: [
      'asistencia en efectivo y cupones',
      [
        'transferencia monetaria humanitaria',
        'transferencia monetaria de emergencia',
        'transferencias monetarias y cupones',
      ],
      'Ayuda humanitaria en efectivo o en cupones para que las personas afectadas por una crisis compren en los mercados locales los bienes y servicios que necesitan. Donde los mercados funcionan suele ser más rápida, barata y respetuosa de la elección que la ayuda en especie, y puede entregarse a través de los sistemas nacionales de protección social o junto a ellos.',
    ],
    pt: [
      'assistência em dinheiro e vouchers',
      [
        'transferência monetária humanitária',
        'transferência monetária de emergência',
        'assistência monetária',
      ],
      'Ajuda humanitária em dinheiro ou vouchers para que as pessoas afetadas por uma crise comprem nos mercados locais os bens e serviços de que precisam. Onde os mercados funcionam, é muitas vezes mais rápida, barata e respeitadora da escolha do que a ajuda em espécie, e pode ser entregue através dos sistemas nacionais de proteção social ou a par deles.',
    ],
  }),
  concept('food-security', S.ROME_1996, {
    en: [
      'food security',
      ['food insecurity'],
      'A situation in which all people, at all times, have physical and economic access to sufficient, safe and nutritious food that meets their dietary needs and preferences for an active and healthy life. Its four dimensions are availability, access, utilisation and stability.',
    ],
    fr: [
      'sécurité alimentaire',
      ['insécurité alimentaire'],
      'Situation dans laquelle tous les êtres humains ont, à tout moment, un accès physique et économique à une nourriture suffisante, saine et nutritive leur permettant de satisfaire leurs besoins et préférences alimentaires pour mener une vie saine et active. Ses quatre dimensions sont la disponibilité, l’accès, l’utilisation et la stabilité.',
    ],
    es: [
      'seguridad alimentaria',
      ['inseguridad alimentaria'],
      'Situación en la que todas las personas tienen en todo momento acceso físico y económico a alimentos suficientes, inocuos y nutritivos que satisfacen sus necesidades y preferencias alimentarias para una vida activa y sana. Sus cuatro dimensiones son la disponibilidad, el acceso, la utilización y la estabilidad.',
    ],
    pt: [
      'segurança alimentar',
      ['insegurança alimentar', 'segurança alimentar e nutricional'],
      'Situação em que todas as pessoas têm, em todo o momento, acesso físico e económico a alimentos suficientes, seguros e nutritivos que satisfazem as suas necessidades e preferências alimentares para uma vida ativa e saudável. As suas quatro dimensões são a disponibilidade, o acesso, a utilização e a estabilidade.',
    ],
  }),
  concept('nutrition-sensitive-social-protection', S.FAO_NUTRITION, {
    en: [
      'nutrition-sensitive social protection',
      ['nutrition-sensitive cash transfer'],
      'Social protection designed to improve nutrition as well as income, for example by timing transfers to the first 1,000 days of life, adding nutrition education or providing nutritious foods. It tackles underlying causes of malnutrition such as poverty, poor diets and lack of health services.',
    ],
    fr: [
      'protection sociale sensible à la nutrition',
      ['transfert monétaire sensible à la nutrition'],
      'Protection sociale conçue pour améliorer la nutrition autant que le revenu, par exemple en concentrant les transferts sur les 1 000 premiers jours de vie, en ajoutant une éducation nutritionnelle ou en fournissant des aliments nutritifs. Elle agit sur des causes profondes de la malnutrition comme la pauvreté, une alimentation pauvre et le manque de services de santé.',
    ],
    es: [
      'protección social sensible a la nutrición',
      ['transferencia sensible a la nutrición'],
      'Protección social diseñada para mejorar la nutrición además del ingreso, por ejemplo concentrando las transferencias en los primeros 1000 días de vida, añadiendo educación nutricional o entregando alimentos nutritivos. Actúa sobre causas subyacentes de la malnutrición como la pobreza, las dietas pobres y la falta de servicios de salud.',
    ],
    pt: [
      'proteção social sensível à nutrição',
      ['transferência sensível à nutrição'],
      'Proteção social concebida para melhorar a nutrição além do rendimento, por exemplo concentrando as transferências nos primeiros 1000 dias de vida, acrescentando educação nutricional ou fornecendo alimentos nutritivos. Atua sobre causas subjacentes da má nutrição, como a pobreza, as dietas pobres e a falta de serviços de saúde.',
    ],
  }),
  concept('gender-responsive-social-protection', S.UN_WOMEN, {
    en: [
      'gender-responsive social protection',
      ['gender-sensitive social protection', 'gender-transformative social protection'],
      'Social protection that takes into account the different risks women and men face over their lives, such as unpaid care work, maternity, gender-based violence and gaps in pay and pensions, and is designed to reduce gender inequality rather than reinforce it.',
    ],
    fr: [
      'protection sociale sensible au genre',
      ['protection sociale tenant compte du genre', 'protection sociale transformatrice de genre'],
      'Protection sociale qui tient compte des risques différents auxquels femmes et hommes font face au cours de leur vie (travail de soin non rémunéré, maternité, violences fondées sur le genre, écarts de salaire et de pension) et qui est conçue pour réduire les inégalités de genre plutôt que les renforcer.',
    ],
    es: [
      'protección social con perspectiva de género',
      ['protección social sensible al género', 'protección social transformadora de género'],
      'Protección social que tiene en cuenta los distintos riesgos que enfrentan mujeres y hombres a lo largo de la vida (trabajo de cuidados no remunerado, maternidad, violencia de género, brechas salariales y de pensiones) y que está diseñada para reducir la desigualdad de género en lugar de reforzarla.',
    ],
    pt: [
      'proteção social sensível ao gênero',
      ['proteção social com perspectiva de gênero', 'proteção social transformadora de gênero'],
      'Proteção social que tem em conta os diferentes riscos que mulheres e homens enfrentam ao longo da vida (trabalho de cuidado não remunerado, maternidade, violência de gênero, desigualdades salariais e de pensões) e que é concebida para reduzir a desigualdade de gênero em vez de a reforçar.',
    ],
  }),
  concept('care-economy', S.ILO_CARE, {
    en: [
      'care economy',
      ['care work', 'unpaid care work', 'care services'],
      'The paid and unpaid work of caring for children, older people, people with disabilities and the sick, with the services and infrastructure that support it. Women do most unpaid care work; childcare, long-term care services and care credits in pension schemes are social protection responses.',
    ],
    fr: [
      'économie des soins',
      ['travail de soin', 'travail de soin non rémunéré', 'services de soins'],
      'Travail rémunéré et non rémunéré consistant à prendre soin des enfants, des personnes âgées, des personnes handicapées et des malades, avec les services et infrastructures qui le soutiennent. Les femmes assurent l’essentiel du travail de soin non rémunéré ; services de garde, soins de longue durée et périodes de soin validées pour la retraite sont des réponses de la protection sociale.',
    ],
    es: [
      'economía del cuidado',
      ['trabajo de cuidados', 'trabajo de cuidados no remunerado', 'sistema de cuidados'],
      'Trabajo remunerado y no remunerado de cuidar a niñas y niños, personas mayores, personas con discapacidad y enfermas, junto con los servicios e infraestructuras que lo sostienen. Las mujeres realizan la mayor parte del trabajo de cuidados no remunerado; los servicios de cuidado infantil, los cuidados de larga duración y los créditos por cuidado en las pensiones son respuestas de la protección social.',
    ],
    pt: [
      'economia do cuidado',
      ['trabalho de cuidado', 'trabalho de cuidado não remunerado', 'serviços de cuidado'],
      'Trabalho remunerado e não remunerado de cuidar de crianças, pessoas idosas, pessoas com deficiência e doentes, com os serviços e infraestruturas que o apoiam. As mulheres fazem a maior parte do trabalho de cuidado não remunerado; creches, cuidados de longa duração e períodos de cuidado contados para a pensão são respostas da proteção social.',
    ],
  }),
  concept('social-care-services', S.UNICEF, {
    en: [
      'social care services',
      ['social services', 'social welfare services', 'social work'],
      'Services that support people facing social risks, such as family support, child protection, care for older people and people with disabilities, and help for people experiencing violence or homelessness. They complement cash benefits and are often delivered by social workers at local level.',
    ],
    fr: [
      'services sociaux',
      ['action sociale', 'travail social'],
      'Services qui soutiennent les personnes confrontées à des risques sociaux : appui aux familles, protection de l’enfance, aide aux personnes âgées et handicapées, accompagnement des victimes de violences ou des personnes sans abri. Ils complètent les prestations monétaires et sont souvent assurés par des travailleurs sociaux au niveau local.',
    ],
    es: [
      'servicios sociales',
      ['trabajo social', 'servicios de bienestar social'],
      'Servicios que apoyan a las personas que enfrentan riesgos sociales: apoyo a las familias, protección de la infancia, atención a personas mayores y con discapacidad, y ayuda a quienes sufren violencia o viven en la calle. Complementan las prestaciones monetarias y suelen prestarlos trabajadores sociales a nivel local.',
    ],
    pt: [
      'serviços sociais',
      ['serviço social', 'serviços socioassistenciais', 'trabalho social'],
      'Serviços que apoiam as pessoas que enfrentam riscos sociais: apoio às famílias, proteção da infância, cuidados a pessoas idosas e com deficiência, e ajuda a quem sofre violência ou vive na rua. Complementam os benefícios em dinheiro e são muitas vezes prestados por assistentes sociais a nível local.',
    ],
  }),
  concept('life-cycle-approach', S.ILO_R202, {
    en: [
      'life-cycle approach',
      ['lifecycle approach'],
      'Designing social protection around the risks people face at each stage of life (childhood, working age and old age), including maternity, unemployment, disability and sickness. A life-cycle system combines child benefits, working-age schemes and pensions so that no stage is left uncovered.',
    ],
    fr: [
      'approche fondée sur le cycle de vie',
      ['approche du cycle de vie'],
      'Conception de la protection sociale autour des risques propres à chaque étape de la vie (enfance, âge actif, vieillesse), y compris la maternité, le chômage, le handicap et la maladie. Un système fondé sur le cycle de vie combine allocations pour enfants, régimes pour les personnes d’âge actif et pensions, pour qu’aucune étape ne reste sans couverture.',
    ],
    es: [
      'enfoque de ciclo de vida',
      ['enfoque basado en el ciclo de vida'],
      'Diseñar la protección social en torno a los riesgos de cada etapa de la vida (niñez, edad activa y vejez), incluidos la maternidad, el desempleo, la discapacidad y la enfermedad. Un sistema con enfoque de ciclo de vida combina asignaciones por hijo, regímenes para la edad activa y pensiones para que ninguna etapa quede sin cobertura.',
    ],
    pt: [
      'abordagem do ciclo de vida',
      ['abordagem baseada no ciclo de vida'],
      'Conceber a proteção social em torno dos riscos de cada fase da vida (infância, idade ativa e velhice), incluindo maternidade, desemprego, deficiência e doença. Um sistema baseado no ciclo de vida combina abonos para crianças, regimes para a idade ativa e pensões para que nenhuma fase fique sem cobertura.',
    ],
  }),
  concept('poverty-line', S.WB_POVERTY, {
    en: [
      'poverty line',
      ['poverty threshold', 'international poverty line'],
      'The minimum level of income or consumption considered necessary to meet basic needs in a country; people below it are counted as poor. The World Bank also sets an international extreme poverty line, in dollars a day at purchasing power parity, to compare countries.',
    ],
    fr: [
      'seuil de pauvreté',
      ['ligne de pauvreté', 'seuil international de pauvreté'],
      'Niveau minimal de revenu ou de consommation jugé nécessaire pour satisfaire les besoins essentiels dans un pays ; les personnes en dessous sont comptées comme pauvres. La Banque mondiale fixe aussi un seuil international d’extrême pauvreté, en dollars par jour à parité de pouvoir d’achat, pour comparer les pays.',
    ],
    es: [
      'línea de pobreza',
      ['umbral de pobreza', 'línea internacional de pobreza'],
      'Nivel mínimo de ingreso o consumo que se considera necesario para cubrir las necesidades básicas en un país; las personas por debajo se cuentan como pobres. El Banco Mundial fija además una línea internacional de pobreza extrema, en dólares diarios a paridad de poder adquisitivo, para comparar países.',
    ],
    pt: [
      'linha de pobreza',
      ['limiar de pobreza', 'linha internacional de pobreza'],
      'Nível mínimo de rendimento ou consumo considerado necessário para satisfazer as necessidades básicas num país; as pessoas abaixo dele são contadas como pobres. O Banco Mundial define também uma linha internacional de pobreza extrema, em dólares por dia em paridade de poder de compra, para comparar países.',
    ],
  }),
  concept('multidimensional-poverty', S.UNDP_MPI, {
    en: [
      'multidimensional poverty',
      ['multidimensional poverty index', 'MPI'],
      'Poverty measured by the deprivations people experience at the same time in several dimensions, such as health, education and living standards, rather than by income alone. The global Multidimensional Poverty Index counts people deprived in at least a third of its weighted indicators.',
    ],
    fr: [
      'pauvreté multidimensionnelle',
      ['indice de pauvreté multidimensionnelle', 'IPM'],
      'Pauvreté mesurée par les privations que les personnes subissent simultanément dans plusieurs dimensions, comme la santé, l’éducation et le niveau de vie, plutôt que par le seul revenu. L’indice mondial de pauvreté multidimensionnelle compte les personnes privées dans au moins un tiers de ses indicateurs pondérés.',
    ],
    es: [
      'pobreza multidimensional',
      ['índice de pobreza multidimensional', 'IPM'],
      'Pobreza medida por las privaciones que las personas sufren a la vez en varias dimensiones, como la salud, la educación y el nivel de vida, y no solo por el ingreso. El Índice de Pobreza Multidimensional global cuenta a las personas privadas en al menos un tercio de sus indicadores ponderados.',
    ],
    pt: [
      'pobreza multidimensional',
      ['índice de pobreza multidimensional', 'IPM'],
      'Pobreza medida pelas privações que as pessoas sofrem ao mesmo tempo em várias dimensões, como a saúde, a educação e o nível de vida, e não apenas pelo rendimento. O Índice de Pobreza Multidimensional global conta as pessoas privadas em pelo menos um terço dos seus indicadores ponderados.',
    ],
  }),
  concept('vulnerability', S.WB_WDR2000, {
    en: [
      'vulnerability',
      ['vulnerability to poverty'],
      'The likelihood that a person or household falls into poverty or suffers a serious loss of well-being because of a shock, such as illness, job loss, a disaster or a price rise, given the risks they face and their ability to cope. Many households that are not poor today are vulnerable.',
    ],
    fr: [
      'vulnérabilité',
      ['vulnérabilité à la pauvreté'],
      'Probabilité qu’une personne ou un ménage tombe dans la pauvreté ou subisse une perte grave de bien-être à la suite d’un choc (maladie, perte d’emploi, catastrophe, hausse des prix), compte tenu des risques encourus et de sa capacité à y faire face. Beaucoup de ménages qui ne sont pas pauvres aujourd’hui sont vulnérables.',
    ],
    es: [
      'vulnerabilidad',
      ['vulnerabilidad a la pobreza'],
      'Probabilidad de que una persona u hogar caiga en la pobreza o sufra una pérdida grave de bienestar a causa de una crisis (enfermedad, pérdida del empleo, desastre, subida de precios), según los riesgos que enfrenta y su capacidad para afrontarlos. Muchos hogares que hoy no son pobres son vulnerables.',
    ],
    pt: [
      'vulnerabilidade',
      ['vulnerabilidade à pobreza'],
      'Probabilidade de uma pessoa ou família cair na pobreza ou sofrer uma perda grave de bem-estar por causa de um choque (doença, perda de emprego, desastre, subida de preços), tendo em conta os riscos que enfrenta e a sua capacidade de lhes fazer face. Muitas famílias que hoje não são pobres são vulneráveis.',
    ],
  }),
  concept('resilience', S.UNDRR, {
    en: [
      'resilience',
      ['household resilience'],
      'The ability of people, households, communities and systems to withstand, absorb, adapt to and recover from shocks and stresses in good time, without lasting harm to their well-being. Social protection builds resilience by smoothing consumption and protecting assets.',
    ],
    fr: [
      'résilience',
      ['résilience des ménages'],
      'Capacité des personnes, des ménages, des communautés et des systèmes à résister aux chocs et aux stress, à les absorber, à s’y adapter et à s’en relever à temps, sans dommage durable pour leur bien-être. La protection sociale renforce la résilience en lissant la consommation et en protégeant les actifs.',
    ],
    es: [
      'resiliencia',
      ['resiliencia de los hogares'],
      'Capacidad de las personas, los hogares, las comunidades y los sistemas para resistir, absorber, adaptarse y recuperarse a tiempo de crisis y tensiones, sin daño duradero para su bienestar. La protección social fortalece la resiliencia al suavizar el consumo y proteger los activos.',
    ],
    pt: [
      'resiliência',
      ['resiliência das famílias'],
      'Capacidade das pessoas, famílias, comunidades e sistemas de resistir, absorver, adaptar-se e recuperar a tempo de choques e tensões, sem dano duradouro para o seu bem-estar. A proteção social reforça a resiliência ao suavizar o consumo e proteger os ativos.',
    ],
  }),
  concept('labour-market-programmes', S.ILO_ALMP, {
    en: [
      'labour market programmes',
      ['labour market policies', 'labor market programs'],
      'Public interventions in the labour market that help people find work or protect their income when they are out of work. They are divided into active programmes, such as training, job-search support and wage subsidies, and passive programmes, such as unemployment benefits.',
    ],
    fr: [
      'programmes du marché du travail',
      ['politiques du marché du travail'],
      'Interventions publiques sur le marché du travail qui aident les personnes à trouver un emploi ou protègent leur revenu lorsqu’elles n’en ont pas. On distingue les programmes actifs (formation, aide à la recherche d’emploi, subventions salariales) et passifs (allocations de chômage).',
    ],
    es: [
      'programas del mercado laboral',
      ['políticas del mercado de trabajo'],
      'Intervenciones públicas en el mercado de trabajo que ayudan a las personas a encontrar empleo o protegen su ingreso cuando no lo tienen. Se dividen en programas activos (capacitación, apoyo a la búsqueda de empleo, subsidios salariales) y pasivos (prestaciones por desempleo).',
    ],
    pt: [
      'programas do mercado de trabalho',
      ['políticas do mercado de trabalho'],
      'Intervenções públicas no mercado de trabalho que ajudam as pessoas a encontrar emprego ou protegem o seu rendimento quando não o têm. Dividem-se em programas ativos (formação, apoio à procura de emprego, subsídios salariais) e passivos (subsídios de desemprego).',
    ],
  }),
  concept('active-labour-market-programmes', S.ILO_ALMP, {
    en: [
      'active labour market programmes',
      ['ALMP', 'active labour market policies', 'active labor market programs'],
      'Programmes that help jobseekers and workers find or keep jobs and raise their earnings, such as job-search assistance, vocational training, wage subsidies, public employment services and support for self-employment.',
    ],
    fr: [
      'politiques actives du marché du travail',
      ['programmes actifs du marché du travail', 'mesures actives pour l’emploi'],
      'Programmes qui aident les demandeurs d’emploi et les travailleurs à trouver ou garder un emploi et à améliorer leurs revenus : aide à la recherche d’emploi, formation professionnelle, subventions salariales, services publics de l’emploi et appui à l’emploi indépendant.',
    ],
    es: [
      'políticas activas del mercado de trabajo',
      ['programas activos del mercado laboral', 'políticas activas de empleo'],
      'Programas que ayudan a quienes buscan empleo y a los trabajadores a encontrar o conservar un empleo y mejorar sus ingresos: apoyo a la búsqueda de empleo, formación profesional, subsidios salariales, servicios públicos de empleo y apoyo al trabajo por cuenta propia.',
    ],
    pt: [
      'políticas ativas do mercado de trabalho',
      ['programas ativos do mercado de trabalho', 'políticas ativas de emprego'],
      'Programas que ajudam quem procura emprego e os trabalhadores a encontrar ou manter um emprego e a melhorar os seus rendimentos: apoio à procura de emprego, formação profissional, subsídios salariais, serviços públicos de emprego e apoio ao trabalho por conta própria.',
    ],
  }),
  concept('passive-labour-market-programmes', S.ILO_ALMP, {
    en: [
      'passive labour market programmes',
      ['passive labour market policies', 'passive labor market programs'],
      'Programmes that replace or support the income of people who are out of work, such as unemployment insurance and unemployment assistance, without directly aiming to bring them back into jobs.',
    ],
    fr: [
      'politiques passives du marché du travail',
      ['programmes passifs du marché du travail'],
      'Programmes qui remplacent ou soutiennent le revenu des personnes sans emploi, comme l’assurance et l’assistance chômage, sans viser directement leur retour à l’emploi.',
    ],
    es: [
      'políticas pasivas del mercado de trabajo',
      ['programas pasivos del mercado laboral'],
      'Programas que sustituyen o sostienen el ingreso de las personas sin empleo, como el seguro y la asistencia por desempleo, sin buscar directamente su regreso al trabajo.',
    ],
    pt: [
      'políticas passivas do mercado de trabalho',
      ['programas passivos do mercado de trabalho'],
      'Programas que substituem ou apoiam o rendimento das pessoas sem emprego, como o seguro e a assistência no desemprego, sem visar diretamente o seu regresso ao trabalho.',
    ],
  }),
  concept('universal-basic-income', S.ILO_UBI, {
    en: [
      'universal basic income',
      ['UBI', 'basic income', 'citizen’s income'],
      'A regular cash payment made to every individual, without a means test or work requirement, intended to cover basic needs. Nationwide schemes are rare; most existing programmes are pilots or partial versions.',
    ],
    fr: [
      'revenu de base universel',
      ['revenu universel', 'revenu de base', 'allocation universelle'],
      'Versement monétaire régulier à chaque individu, sans condition de ressources ni obligation de travail, destiné à couvrir les besoins essentiels. Les dispositifs nationaux sont rares ; la plupart des programmes existants sont des expériences pilotes ou des versions partielles.',
    ],
    es: [
      'renta básica universal',
      ['renta básica', 'ingreso básico universal', 'ingreso básico'],
      'Pago monetario periódico a cada persona, sin prueba de medios ni obligación de trabajar, destinado a cubrir las necesidades básicas. Los esquemas nacionales son escasos; la mayoría de los programas existentes son pilotos o versiones parciales.',
    ],
    pt: [
      'renda básica universal',
      ['rendimento básico universal', 'renda básica de cidadania', 'renda básica'],
      'Pagamento regular em dinheiro a cada pessoa, sem teste de meios nem obrigação de trabalhar, destinado a cobrir as necessidades básicas. Os regimes nacionais são raros; a maioria dos programas existentes são pilotos ou versões parciais.',
    ],
  }),
];
