import type { Labels } from '../../features/taxonomy/index.tsx';

// Building blocks of the demo library. A publication is one title template applied to one
// programme, in the original language and in any translations, with a summary made of the
// template's opening sentence, one finding and one recommendation. Slots:
//   {prog} short programme name   {progFull} name with its long form
//   {country} / {in} / {of}       the programme's country: name, "in …", "of …"
//   {inRegion}                    its sub-region, "in …"          {year} the year

export interface TitleTemplate {
  key: string;
  title: Labels;
  opening: Labels;
  topics: string[];
  groups?: string[];
  documentTypes: string[];
  minYear?: number;
  maxYear?: number;
  /** Adds neighbouring countries of the sub-region. */
  regional?: boolean;
}

const L = (en: string, fr: string, es: string, pt: string): Labels => ({ en, fr, es, pt });

export const TITLE_TEMPLATES: TitleTemplate[] = [
  {
    key: 'shock',
    title: L(
      'Shock-responsive social protection {inRegion}: lessons from {prog}',
      'Protection sociale réactive aux chocs {inRegion} : les enseignements du programme {prog}',
      'Protección social reactiva ante emergencias {inRegion}: lecciones del programa {prog}',
      'Proteção social reativa a choques {inRegion}: lições do programa {prog}',
    ),
    opening: L(
      'This report reviews how {progFull} adjusted its coverage and benefit levels after droughts, floods and price shocks, and what it would take to respond earlier.',
      'Ce rapport examine comment le programme {progFull} a ajusté sa couverture et le niveau de ses prestations après des sécheresses, des inondations et des chocs de prix, et ce qu’il faudrait pour réagir plus tôt.',
      'Este informe examina cómo el programa {progFull} ajustó su cobertura y el monto de sus prestaciones tras sequías, inundaciones y alzas de precios, y qué haría falta para responder antes.',
      'Este relatório analisa como o programa {progFull} ajustou sua cobertura e o valor dos benefícios após secas, enchentes e choques de preços, e o que seria necessário para responder mais cedo.',
    ),
    topics: ['shock-responsive'],
    documentTypes: ['report', 'working-paper', 'case-study'],
    minYear: 2015,
    regional: true,
  },
  {
    key: 'impact',
    title: L(
      'Impact evaluation of {prog} {in}: final report',
      'Évaluation d’impact du programme {prog} {in} : rapport final',
      'Evaluación de impacto del programa {prog} {in}: informe final',
      'Avaliação de impacto do programa {prog} {in}: relatório final',
    ),
    opening: L(
      'This evaluation measures the effects of {progFull} on household welfare using a mixed-methods design that combines a panel survey with qualitative fieldwork.',
      'Cette évaluation mesure les effets du programme {progFull} sur le bien-être des ménages, selon une méthode mixte associant une enquête par panel et un travail qualitatif de terrain.',
      'Esta evaluación mide los efectos del programa {progFull} en el bienestar de los hogares con un diseño de métodos mixtos que combina una encuesta de panel y trabajo de campo cualitativo.',
      'Esta avaliação mede os efeitos do programa {progFull} sobre o bem-estar das famílias com um desenho de métodos mistos que combina uma pesquisa em painel e trabalho de campo qualitativo.',
    ),
    topics: ['monitoring-evaluation'],
    documentTypes: ['evaluation'],
  },
  {
    key: 'gender',
    title: L(
      'Does {prog} empower women? Evidence from {country}',
      'Le programme {prog} favorise-t-il l’autonomisation des femmes ? Données probantes {of}',
      '¿Empodera a las mujeres el programa {prog}? Evidencia {of}',
      'O programa {prog} empodera as mulheres? Evidências {of}',
    ),
    opening: L(
      'The study asks whether {progFull} changed women’s control over income, their time use and their voice in household decisions.',
      'L’étude cherche à savoir si le programme {progFull} a modifié le contrôle des femmes sur les revenus, l’emploi de leur temps et leur voix dans les décisions du ménage.',
      'El estudio analiza si el programa {progFull} cambió el control de las mujeres sobre los ingresos, el uso de su tiempo y su voz en las decisiones del hogar.',
      'O estudo investiga se o programa {progFull} mudou o controle das mulheres sobre a renda, o uso do seu tempo e sua voz nas decisões da família.',
    ),
    topics: ['gender'],
    groups: ['women'],
    documentTypes: ['journal-article', 'research-paper', 'working-paper'],
  },
  {
    key: 'informal',
    title: L(
      'Extending social protection to informal workers {in}: options for {prog}',
      'Étendre la protection sociale aux travailleurs de l’économie informelle {in} : quelles options pour le programme {prog} ?',
      'Extender la protección social a los trabajadores de la economía informal {in}: opciones para el programa {prog}',
      'Estender a proteção social aos trabalhadores informais {in}: opções para o programa {prog}',
    ),
    opening: L(
      'Most workers {in} earn their living in the informal economy; this paper assesses how {progFull} could reach them through adapted contributions, simplified registration and subsidies.',
      'La plupart des travailleurs {in} vivent de l’économie informelle ; ce document examine comment le programme {progFull} pourrait les atteindre grâce à des cotisations adaptées, une inscription simplifiée et des subventions.',
      'La mayoría de los trabajadores {in} se gana la vida en la economía informal; este documento analiza cómo el programa {progFull} podría llegar a ellos mediante cotizaciones adaptadas, un registro simplificado y subsidios.',
      'A maioria dos trabalhadores {in} vive da economia informal; este documento analisa como o programa {progFull} poderia alcançá-los com contribuições adaptadas, cadastro simplificado e subsídios.',
    ),
    topics: ['informality', 'coverage-extension'],
    groups: ['informal-workers'],
    documentTypes: ['policy-brief', 'report', 'working-paper'],
  },
  {
    key: 'financing',
    title: L(
      'Financing social protection {in}: fiscal space for scaling up {prog}',
      'Financer la protection sociale {in} : l’espace budgétaire nécessaire à l’extension du programme {prog}',
      'Financiar la protección social {in}: espacio fiscal para ampliar el programa {prog}',
      'Financiar a proteção social {in}: espaço fiscal para ampliar o programa {prog}',
    ),
    opening: L(
      'Using budget data and costing simulations, the authors estimate what expanding {progFull} would cost and which revenue sources could pay for it.',
      'À partir de données budgétaires et de simulations de coûts, les auteurs estiment ce que coûterait l’extension du programme {progFull} et quelles recettes pourraient la financer.',
      'Con datos presupuestarios y simulaciones de costos, los autores estiman cuánto costaría ampliar el programa {progFull} y qué fuentes de ingresos podrían financiarlo.',
      'Com dados orçamentários e simulações de custos, os autores estimam quanto custaria ampliar o programa {progFull} e quais fontes de receita poderiam financiá-lo.',
    ),
    topics: ['financing'],
    documentTypes: ['report', 'policy-brief', 'working-paper'],
  },
  {
    key: 'digital',
    title: L(
      'Digital payments and social registries: the experience of {prog}',
      'Paiements numériques et registres sociaux : l’expérience du programme {prog}',
      'Pagos digitales y registros sociales: la experiencia del programa {prog}',
      'Pagamentos digitais e cadastros sociais: a experiência do programa {prog}',
    ),
    opening: L(
      'This case study follows {progFull} as it moved from manual lists and cash in envelopes to a social registry and electronic payments.',
      'Cette étude de cas suit le programme {progFull} dans son passage des listes manuelles et des paiements en espèces à un registre social et à des paiements électroniques.',
      'Este estudio de caso sigue al programa {progFull} en su paso de listas manuales y pagos en efectivo a un registro social y pagos electrónicos.',
      'Este estudo de caso acompanha o programa {progFull} na passagem de listas manuais e pagamentos em dinheiro para um cadastro social e pagamentos eletrônicos.',
    ),
    topics: ['digital-delivery'],
    documentTypes: ['case-study', 'report', 'presentation'],
    minYear: 2015,
  },
  {
    key: 'child-poverty',
    title: L(
      'The contribution of {prog} to reducing child poverty {in}',
      'La contribution du programme {prog} à la réduction de la pauvreté des enfants {in}',
      'La contribución del programa {prog} a la reducción de la pobreza infantil {in}',
      'A contribuição do programa {prog} para a redução da pobreza infantil {in}',
    ),
    opening: L(
      'Children are over-represented among the poor {in}; this paper estimates how much {progFull} lowers child poverty and where it falls short.',
      'Les enfants sont surreprésentés parmi les pauvres {in} ; ce document estime dans quelle mesure le programme {progFull} réduit la pauvreté des enfants et où il reste insuffisant.',
      'Los niños y niñas están sobrerrepresentados entre la población pobre {in}; este documento estima cuánto reduce el programa {progFull} la pobreza infantil y dónde se queda corto.',
      'As crianças estão sobrerrepresentadas entre os pobres {in}; este documento estima quanto o programa {progFull} reduz a pobreza infantil e onde ainda é insuficiente.',
    ),
    topics: ['child-sensitive', 'poverty-inequality'],
    groups: ['children'],
    documentTypes: ['research-paper', 'report', 'journal-article'],
  },
  {
    key: 'targeting',
    title: L(
      'Who benefits? Targeting accuracy of {prog} {in}',
      'Qui en bénéficie ? La précision du ciblage du programme {prog} {in}',
      '¿Quién se beneficia? Precisión de la focalización del programa {prog} {in}',
      'Quem se beneficia? A precisão da focalização do programa {prog} {in}',
    ),
    opening: L(
      'The paper compares the proxy means test used by {progFull} with community-based and categorical approaches, and measures inclusion and exclusion errors.',
      'Le document compare le test multidimensionnel des moyens d’existence utilisé par le programme {progFull} avec les approches communautaires et catégorielles, et mesure les erreurs d’inclusion et d’exclusion.',
      'El documento compara la prueba de medios indirecta que utiliza el programa {progFull} con los enfoques comunitarios y categóricos, y mide los errores de inclusión y exclusión.',
      'O documento compara o teste de meios indireto usado pelo programa {progFull} com abordagens comunitárias e categóricas, e mede os erros de inclusão e de exclusão.',
    ),
    topics: ['targeting'],
    documentTypes: ['working-paper', 'research-paper', 'journal-article'],
  },
  {
    key: 'floors',
    title: L(
      'Towards a social protection floor {in}: the place of {prog}',
      'Vers un socle de protection sociale {in} : la place du programme {prog}',
      'Hacia un piso de protección social {in}: el lugar del programa {prog}',
      'Rumo a um piso de proteção social {in}: o lugar do programa {prog}',
    ),
    opening: L(
      'Following ILO Recommendation No. 202, this assessment maps the guarantees that exist {in} and the role {progFull} plays in closing the remaining gaps.',
      'Dans le prolongement de la recommandation nº 202 de l’OIT, cette évaluation recense les garanties existantes {in} et le rôle du programme {progFull} pour combler les lacunes restantes.',
      'Siguiendo la Recomendación núm. 202 de la OIT, esta evaluación identifica las garantías existentes {in} y el papel del programa {progFull} para cerrar las brechas restantes.',
      'Com base na Recomendação nº 202 da OIT, esta avaliação mapeia as garantias existentes {in} e o papel do programa {progFull} para fechar as lacunas restantes.',
    ),
    topics: ['universal-sp-floors'],
    documentTypes: ['report', 'policy-brief', 'legislation-policy'],
  },
  {
    key: 'climate',
    title: L(
      'Adaptive social protection and climate risk {in}: can {prog} respond faster?',
      'Protection sociale adaptative et risques climatiques {in} : le programme {prog} peut-il réagir plus vite ?',
      'Protección social adaptativa y riesgo climático {in}: ¿puede el programa {prog} responder más rápido?',
      'Proteção social adaptativa e risco climático {in}: o programa {prog} pode responder mais rápido?',
    ),
    opening: L(
      'Linking early-warning systems, pre-arranged finance and the delivery channels of {progFull} could shorten the time between a climate shock and support to households.',
      'Relier les systèmes d’alerte précoce, les financements préétablis et les canaux de paiement du programme {progFull} pourrait réduire le délai entre un choc climatique et l’aide aux ménages.',
      'Vincular los sistemas de alerta temprana, el financiamiento preacordado y los canales de pago del programa {progFull} podría acortar el tiempo entre un choque climático y el apoyo a los hogares.',
      'Articular sistemas de alerta precoce, financiamento pré-acordado e os canais de pagamento do programa {progFull} poderia encurtar o tempo entre um choque climático e o apoio às famílias.',
    ),
    topics: ['climate', 'shock-responsive'],
    documentTypes: ['policy-brief', 'working-paper', 'research-paper'],
    minYear: 2016,
  },
  {
    key: 'covid',
    title: L(
      'Social protection responses to COVID-19 {in}: how {prog} was scaled up',
      'Les réponses de protection sociale à la COVID-19 {in} : comment le programme {prog} a été étendu',
      'Respuestas de protección social a la COVID-19 {in}: cómo se amplió el programa {prog}',
      'Respostas de proteção social à COVID-19 {in}: como o programa {prog} foi ampliado',
    ),
    opening: L(
      'When the pandemic hit, {progFull} added new beneficiaries and raised payments within weeks; this paper documents the choices made and their trade-offs.',
      'Lorsque la pandémie a frappé, le programme {progFull} a ajouté de nouveaux bénéficiaires et augmenté ses paiements en quelques semaines ; ce document retrace les choix effectués et leurs arbitrages.',
      'Cuando llegó la pandemia, el programa {progFull} incorporó nuevos beneficiarios y aumentó los pagos en pocas semanas; este documento describe las decisiones tomadas y sus disyuntivas.',
      'Quando a pandemia chegou, o programa {progFull} incluiu novos beneficiários e aumentou os pagamentos em poucas semanas; este documento registra as escolhas feitas e suas contrapartidas.',
    ),
    topics: ['covid-19', 'shock-responsive'],
    documentTypes: ['case-study', 'report', 'working-paper'],
    minYear: 2020,
    maxYear: 2023,
  },
  {
    key: 'me-framework',
    title: L(
      'Monitoring and evaluation framework for {prog}',
      'Cadre de suivi et d’évaluation du programme {prog}',
      'Marco de monitoreo y evaluación del programa {prog}',
      'Marco de monitoramento e avaliação do programa {prog}',
    ),
    opening: L(
      'The framework sets out the results chain of {progFull}, its indicators, data sources and reporting calendar.',
      'Le cadre présente la chaîne de résultats du programme {progFull}, ses indicateurs, ses sources de données et son calendrier de rapports.',
      'El marco presenta la cadena de resultados del programa {progFull}, sus indicadores, fuentes de datos y calendario de informes.',
      'O marco apresenta a cadeia de resultados do programa {progFull}, seus indicadores, fontes de dados e calendário de relatórios.',
    ),
    topics: ['monitoring-evaluation'],
    documentTypes: ['manual-toolkit', 'guidelines', 'project-document'],
  },
  {
    key: 'operations',
    title: L(
      '{prog}: operations manual',
      '{prog} : manuel des opérations',
      '{prog}: manual operativo',
      '{prog}: manual operacional',
    ),
    opening: L(
      'This manual describes each step of {progFull}: registration, enrolment, payments, case management, grievances and exit.',
      'Ce manuel décrit chaque étape du programme {progFull} : enregistrement, inscription, paiements, gestion des cas, plaintes et sortie.',
      'Este manual describe cada etapa del programa {progFull}: registro, inscripción, pagos, gestión de casos, reclamos y egreso.',
      'Este manual descreve cada etapa do programa {progFull}: cadastro, inscrição, pagamentos, gestão de casos, reclamações e desligamento.',
    ),
    topics: ['sp-systems', 'governance-legal'],
    documentTypes: ['manual-toolkit', 'guidelines'],
  },
  {
    key: 'legal',
    title: L(
      'The legal framework of {prog}: rights, entitlements and grievance mechanisms',
      'Le cadre juridique du programme {prog} : droits, prestations et mécanismes de plainte',
      'El marco jurídico del programa {prog}: derechos, prestaciones y mecanismos de reclamo',
      'O marco legal do programa {prog}: direitos, benefícios e mecanismos de reclamação',
    ),
    opening: L(
      'The paper reviews the laws and regulations behind {progFull} and asks whether they give people enforceable rights.',
      'Le document passe en revue les lois et règlements qui encadrent le programme {progFull} et se demande s’ils confèrent aux personnes des droits opposables.',
      'El documento revisa las leyes y reglamentos del programa {progFull} y analiza si otorgan a las personas derechos exigibles.',
      'O documento revisa as leis e regulamentos do programa {progFull} e analisa se conferem às pessoas direitos exigíveis.',
    ),
    topics: ['governance-legal'],
    documentTypes: ['legislation-policy', 'research-paper', 'report'],
  },
  {
    key: 'adequacy',
    title: L(
      'Are benefits enough? Adequacy of {prog} transfers {in}',
      'Les prestations suffisent-elles ? L’adéquation des transferts du programme {prog} {in}',
      '¿Son suficientes las prestaciones? Suficiencia de las transferencias del programa {prog} {in}',
      'Os benefícios são suficientes? A adequação das transferências do programa {prog} {in}',
    ),
    opening: L(
      'The authors compare the value of {progFull} transfers with poverty lines, food baskets and minimum wages over time.',
      'Les auteurs comparent la valeur des transferts du programme {progFull} aux seuils de pauvreté, aux paniers alimentaires et aux salaires minimums au fil du temps.',
      'Los autores comparan el valor de las transferencias del programa {progFull} con las líneas de pobreza, las canastas básicas y los salarios mínimos a lo largo del tiempo.',
      'Os autores comparam o valor das transferências do programa {progFull} com as linhas de pobreza, as cestas básicas e os salários mínimos ao longo do tempo.',
    ),
    topics: ['benefit-adequacy'],
    documentTypes: ['research-paper', 'policy-brief', 'working-paper'],
  },
  {
    key: 'south-south',
    title: L(
      'South-South learning: what other countries can take from {prog}',
      'Apprentissage Sud-Sud : ce que d’autres pays peuvent retenir du programme {prog}',
      'Aprendizaje Sur-Sur: lo que otros países pueden aprender del programa {prog}',
      'Aprendizagem Sul-Sul: o que outros países podem aprender com o programa {prog}',
    ),
    opening: L(
      'Drawing on study visits and peer exchanges, this note distils what made {progFull} work and which features travel well to other contexts.',
      'À partir de visites d’étude et d’échanges entre pairs, cette note dégage ce qui a fait le succès du programme {progFull} et les éléments transposables à d’autres contextes.',
      'A partir de visitas de estudio e intercambios entre pares, esta nota resume qué hizo funcionar al programa {progFull} y qué elementos pueden trasladarse a otros contextos.',
      'Com base em visitas de estudo e intercâmbios entre pares, esta nota resume o que fez o programa {progFull} funcionar e quais elementos podem ser adaptados a outros contextos.',
    ),
    topics: ['south-south-cooperation'],
    documentTypes: ['case-study', 'presentation', 'report'],
    regional: true,
  },
  {
    key: 'disability',
    title: L(
      'Disability inclusion in {prog}: barriers and good practices {in}',
      'L’inclusion des personnes handicapées dans le programme {prog} : obstacles et bonnes pratiques {in}',
      'Inclusión de las personas con discapacidad en el programa {prog}: barreras y buenas prácticas {in}',
      'Inclusão das pessoas com deficiência no programa {prog}: barreiras e boas práticas {in}',
    ),
    opening: L(
      'Persons with disabilities face extra costs and barriers to enrolment; the study reviews how {progFull} identifies them and adapts its procedures.',
      'Les personnes handicapées supportent des coûts supplémentaires et rencontrent des obstacles à l’inscription ; l’étude examine comment le programme {progFull} les identifie et adapte ses procédures.',
      'Las personas con discapacidad enfrentan costos adicionales y barreras para inscribirse; el estudio revisa cómo el programa {progFull} las identifica y adapta sus procedimientos.',
      'As pessoas com deficiência enfrentam custos adicionais e barreiras para o cadastro; o estudo analisa como o programa {progFull} as identifica e adapta seus procedimentos.',
    ),
    topics: ['disability-inclusion'],
    groups: ['persons-with-disabilities'],
    documentTypes: ['research-paper', 'report', 'guidelines'],
  },
  {
    key: 'systems',
    title: L(
      'From programmes to systems: integrating {prog} into a national social protection system {in}',
      'Des programmes aux systèmes : intégrer le programme {prog} dans un système national de protection sociale {in}',
      'De los programas a los sistemas: integrar el programa {prog} en un sistema nacional de protección social {in}',
      'Dos programas aos sistemas: integrar o programa {prog} num sistema nacional de proteção social {in}',
    ),
    opening: L(
      'The chapter traces how {progFull} moved from a donor-funded project to a government programme linked to other schemes through shared registries and referral systems.',
      'Le chapitre retrace le passage du programme {progFull} d’un projet financé par les bailleurs à un programme gouvernemental relié aux autres dispositifs par des registres et des systèmes d’orientation communs.',
      'El capítulo describe cómo el programa {progFull} pasó de ser un proyecto financiado por donantes a un programa gubernamental vinculado a otros esquemas mediante registros y sistemas de derivación compartidos.',
      'O capítulo descreve como o programa {progFull} passou de projeto financiado por doadores a programa de governo articulado a outros programas por meio de cadastros e sistemas de encaminhamento compartilhados.',
    ),
    topics: ['sp-systems'],
    documentTypes: ['report', 'working-paper', 'book-chapter'],
  },
  {
    key: 'glance',
    title: L(
      '{prog} at a glance ({year})',
      '{prog} en bref ({year})',
      '{prog} en síntesis ({year})',
      '{prog} em resumo ({year})',
    ),
    opening: L(
      'Key figures on {progFull} in {year}: coverage, benefit levels, budget and delivery channels.',
      'Les chiffres clés du programme {progFull} en {year} : couverture, montant des prestations, budget et canaux de paiement.',
      'Las cifras clave del programa {progFull} en {year}: cobertura, montos de las prestaciones, presupuesto y canales de pago.',
      'Os números-chave do programa {progFull} em {year}: cobertura, valor dos benefícios, orçamento e canais de pagamento.',
    ),
    topics: ['sp-systems'],
    documentTypes: ['fact-sheet', 'infographic'],
  },
  {
    key: 'nexus',
    title: L(
      'Linking humanitarian cash and {prog} {inRegion}',
      'Relier l’aide monétaire humanitaire et le programme {prog} {inRegion}',
      'Vincular la asistencia monetaria humanitaria y el programa {prog} {inRegion}',
      'Articular a assistência monetária humanitária e o programa {prog} {inRegion}',
    ),
    opening: L(
      'Humanitarian agencies and the team behind {progFull} increasingly use the same lists, transfer values and payment providers; this report looks at what alignment has achieved.',
      'Les agences humanitaires et l’équipe du programme {progFull} utilisent de plus en plus les mêmes listes, montants de transfert et prestataires de paiement ; ce rapport examine ce que cet alignement a permis.',
      'Las agencias humanitarias y el equipo del programa {progFull} utilizan cada vez más las mismas listas, montos de transferencia y proveedores de pago; este informe analiza qué ha logrado esa alineación.',
      'As agências humanitárias e a equipe do programa {progFull} usam cada vez mais as mesmas listas, valores de transferência e prestadores de pagamento; este relatório examina o que esse alinhamento alcançou.',
    ),
    topics: ['humanitarian-development-nexus', 'shock-responsive'],
    documentTypes: ['report', 'case-study', 'working-paper'],
    minYear: 2016,
    regional: true,
  },
  {
    key: 'qualitative',
    title: L(
      'Beneficiaries’ perspectives on {prog}: a qualitative study {in}',
      'Le programme {prog} vu par ses bénéficiaires : étude qualitative {in}',
      'El programa {prog} desde la mirada de sus participantes: estudio cualitativo {in}',
      'O programa {prog} na perspectiva dos beneficiários: estudo qualitativo {in}',
    ),
    opening: L(
      'Based on focus groups and life-history interviews, the study shows how participants experience {progFull}, from registration to payment day.',
      'Fondée sur des groupes de discussion et des récits de vie, l’étude montre comment les participants vivent le programme {progFull}, de l’inscription au jour de paiement.',
      'A partir de grupos focales y entrevistas de historia de vida, el estudio muestra cómo viven los participantes el programa {progFull}, desde la inscripción hasta el día de pago.',
      'Com base em grupos focais e entrevistas de história de vida, o estudo mostra como os participantes vivenciam o programa {progFull}, do cadastro ao dia do pagamento.',
    ),
    topics: ['monitoring-evaluation'],
    documentTypes: ['research-paper', 'thesis', 'evaluation'],
  },
  {
    key: 'costs',
    title: L(
      'What does {prog} cost? Administrative costs and cost-efficiency',
      'Combien coûte le programme {prog} ? Coûts administratifs et efficience',
      '¿Cuánto cuesta el programa {prog}? Costos administrativos y eficiencia',
      'Quanto custa o programa {prog}? Custos administrativos e eficiência',
    ),
    opening: L(
      'The paper breaks down the cost of delivering {progFull}, from targeting and payments to monitoring, and compares it with similar programmes.',
      'Le document détaille le coût de mise en œuvre du programme {progFull}, du ciblage aux paiements et au suivi, et le compare à des programmes similaires.',
      'El documento desglosa el costo de ejecutar el programa {progFull}, desde la focalización y los pagos hasta el monitoreo, y lo compara con programas similares.',
      'O documento detalha o custo de execução do programa {progFull}, da focalização aos pagamentos e ao monitoramento, e o compara com programas semelhantes.',
    ),
    topics: ['financing'],
    documentTypes: ['working-paper', 'report'],
  },
];

export const FINDINGS: Labels[] = [
  L(
    'Drawing on administrative data and household surveys, the authors find that coverage has grown steadily but remains uneven across regions.',
    'S’appuyant sur des données administratives et des enquêtes auprès des ménages, les auteurs constatent que la couverture a progressé régulièrement mais reste inégale selon les régions.',
    'A partir de datos administrativos y encuestas de hogares, los autores constatan que la cobertura ha crecido de forma sostenida, aunque sigue siendo desigual entre regiones.',
    'Com base em dados administrativos e pesquisas domiciliares, os autores constatam que a cobertura cresceu de forma constante, mas continua desigual entre as regiões.',
  ),
  L(
    'Interviews with programme staff and participants point to delays in payments and weak grievance mechanisms as the main obstacles.',
    'Les entretiens avec le personnel du programme et les participants font ressortir les retards de paiement et la faiblesse des mécanismes de plainte comme principaux obstacles.',
    'Las entrevistas con el personal del programa y los participantes señalan los retrasos en los pagos y la debilidad de los mecanismos de reclamo como los principales obstáculos.',
    'As entrevistas com a equipe do programa e os participantes apontam os atrasos nos pagamentos e a fragilidade dos mecanismos de reclamação como os principais obstáculos.',
  ),
  L(
    'The analysis shows positive effects on food consumption, school attendance and the use of health services, with larger gains for the poorest households.',
    'L’analyse montre des effets positifs sur la consommation alimentaire, la fréquentation scolaire et le recours aux services de santé, avec des gains plus importants pour les ménages les plus pauvres.',
    'El análisis muestra efectos positivos en el consumo de alimentos, la asistencia escolar y el uso de los servicios de salud, con mayores beneficios para los hogares más pobres.',
    'A análise mostra efeitos positivos no consumo de alimentos, na frequência escolar e no uso dos serviços de saúde, com ganhos maiores para as famílias mais pobres.',
  ),
  L(
    'Benefit levels have lost value to inflation, and the transfer now covers a smaller share of household needs than when the programme started.',
    'Le montant des prestations a été érodé par l’inflation et le transfert couvre aujourd’hui une part plus faible des besoins des ménages qu’au lancement du programme.',
    'El valor de las prestaciones se ha visto erosionado por la inflación y la transferencia cubre hoy una parte menor de las necesidades de los hogares que al inicio del programa.',
    'O valor dos benefícios foi corroído pela inflação, e a transferência cobre hoje uma parcela menor das necessidades das famílias do que no início do programa.',
  ),
  L(
    'Coordination between ministries, local governments and development partners emerges as a decisive factor for performance.',
    'La coordination entre les ministères, les collectivités locales et les partenaires au développement apparaît comme un facteur décisif de performance.',
    'La coordinación entre ministerios, gobiernos locales y socios para el desarrollo aparece como un factor decisivo para el desempeño.',
    'A coordenação entre ministérios, governos locais e parceiros de desenvolvimento surge como fator decisivo para o desempenho.',
  ),
  L(
    'Women make up most recipients, but decisions on how the transfer is spent are still often taken by men.',
    'Les femmes représentent la majorité des bénéficiaires, mais les décisions sur l’utilisation du transfert sont encore souvent prises par les hommes.',
    'Las mujeres son la mayoría de las personas destinatarias, pero las decisiones sobre el uso de la transferencia siguen tomándolas a menudo los hombres.',
    'As mulheres são a maioria dos beneficiários, mas as decisões sobre o uso da transferência ainda são frequentemente tomadas pelos homens.',
  ),
];

export const RECOMMENDATIONS: Labels[] = [
  L(
    'The paper closes with recommendations for policymakers on sequencing reforms and securing sustainable domestic financing.',
    'Le document se conclut par des recommandations aux décideurs sur l’enchaînement des réformes et la mobilisation d’un financement national durable.',
    'El documento concluye con recomendaciones para los responsables de políticas sobre la secuencia de las reformas y la obtención de un financiamiento nacional sostenible.',
    'O documento termina com recomendações aos formuladores de políticas sobre a sequência das reformas e a garantia de um financiamento nacional sustentável.',
  ),
  L(
    'It recommends linking the programme to the social registry and to complementary services such as health insurance and skills training.',
    'Il recommande de relier le programme au registre social et à des services complémentaires tels que l’assurance maladie et la formation professionnelle.',
    'Recomienda vincular el programa con el registro social y con servicios complementarios como el seguro de salud y la formación profesional.',
    'Recomenda articular o programa com o cadastro social e com serviços complementares, como o seguro de saúde e a qualificação profissional.',
  ),
  L(
    'Lessons are relevant for other low- and middle-income countries designing or reforming similar schemes.',
    'Les enseignements tirés intéressent d’autres pays à revenu faible ou intermédiaire qui conçoivent ou réforment des dispositifs similaires.',
    'Las lecciones son pertinentes para otros países de ingreso bajo y mediano que diseñan o reforman esquemas similares.',
    'As lições são relevantes para outros países de renda baixa e média que estão desenhando ou reformando programas semelhantes.',
  ),
  L(
    'The authors call for regular indexation of benefits and for a stronger legal basis that turns the programme into an entitlement.',
    'Les auteurs plaident pour une indexation régulière des prestations et pour une base juridique plus solide qui fasse du programme un droit.',
    'Los autores abogan por una indexación periódica de las prestaciones y por una base jurídica más sólida que convierta el programa en un derecho.',
    'Os autores defendem a indexação regular dos benefícios e uma base legal mais sólida que transforme o programa em um direito.',
  ),
  L(
    'A set of practical tools for programme managers is annexed.',
    'Un ensemble d’outils pratiques destinés aux gestionnaires de programme figure en annexe.',
    'Se anexa un conjunto de herramientas prácticas para quienes gestionan programas.',
    'Um conjunto de ferramentas práticas para gestores de programas é apresentado em anexo.',
  ),
];

/** Personal authors (publications also have organisations as corporate authors). */
export const AUTHOR_GIVEN = [
  'Amina',
  'Carlos',
  'Fatou',
  'Priya',
  'Tesfaye',
  'Mariana',
  'Kwame',
  'Siti',
  'Jorge',
  'Nusrat',
  'Thandiwe',
  'Ibrahim',
  'Lucía',
  'Rahul',
  'Chiara',
  'Francesca',
  'Stephen',
  'Nicholas',
  'Rachel',
  'Armando',
  'Luz',
  'Keetie',
  'Valentina',
  'Ugo',
  'Babken',
  'Mira',
  'Hanna',
  'Sarah',
  'Fábio',
  'Wouter',
];
export const AUTHOR_FAMILY = [
  'Diallo',
  'Mendoza',
  'Ndiaye',
  'Iyer',
  'Bekele',
  'Silva',
  'Mensah',
  'Rahayu',
  'Quispe',
  'Rahman',
  'Nkosi',
  'Bello',
  'Fernández',
  'Sharma',
  'Osei',
  'Okafor',
  'Santos',
  'Alemu',
  'Gómez',
  'Haddad',
  'Kamau',
  'Traoré',
  'Costa',
  'Pereira',
  'Mokoena',
  'Hossain',
  'Vargas',
  'Dlamini',
  'Sow',
  'Nguyen',
];

export const LICENCES: [string, number][] = [
  ['cc-by-4.0', 5],
  ['cc-by-3.0-igo', 3],
  ['cc-by-nc-sa-4.0', 2],
  ['cc-by-nc-nd-4.0', 1],
  ['all-rights-reserved', 1],
];
