import type { Labels } from '../../features/taxonomy/index.tsx';

// Building blocks of the demo news. Slots as for publications, plus {org} (an organisation's short
// name), {n} (a number of households, formatted per language), {fromB} (another country: "from …")
// and {topic} (a topic's label).

export interface NewsTemplate {
  key: string;
  title: Labels;
  summary: Labels;
  topics: string[];
  /** Needs a second country ({fromB}). */
  visit?: boolean;
}

const L = (en: string, fr: string, es: string, pt: string): Labels => ({ en, fr, es, pt });

export const NEWS_TEMPLATES: NewsTemplate[] = [
  {
    key: 'scale-up',
    title: L(
      '{prog} reaches {n} more households {in}',
      'Le programme {prog} touche {n} ménages supplémentaires {in}',
      'El programa {prog} llega a {n} hogares más {in}',
      'O programa {prog} alcança mais {n} famílias {in}',
    ),
    summary: L(
      'The expansion, announced this week, targets districts where poverty rates are highest. Registration will take place through local offices and mobile teams.',
      'L’extension, annoncée cette semaine, vise les districts où les taux de pauvreté sont les plus élevés. L’inscription se fera dans les bureaux locaux et par des équipes mobiles.',
      'La ampliación, anunciada esta semana, se dirige a los distritos con las tasas de pobreza más altas. La inscripción se realizará en las oficinas locales y mediante equipos móviles.',
      'A ampliação, anunciada nesta semana, prioriza os distritos com as maiores taxas de pobreza. O cadastro será feito nos escritórios locais e por equipes móveis.',
    ),
    topics: ['coverage-extension'],
  },
  {
    key: 'report',
    title: L(
      '{org}: new report on financing social protection {in}',
      '{org} : nouveau rapport sur le financement de la protection sociale {in}',
      '{org}: nuevo informe sobre el financiamiento de la protección social {in}',
      '{org}: novo relatório sobre o financiamento da proteção social {in}',
    ),
    summary: L(
      'The report estimates the cost of closing coverage gaps and proposes a mix of tax measures and reallocations. It was presented to government and parliament representatives.',
      'Le rapport estime le coût de la réduction des écarts de couverture et propose un ensemble de mesures fiscales et de réaffectations. Il a été présenté à des représentants du gouvernement et du parlement.',
      'El informe estima el costo de cerrar las brechas de cobertura y propone una combinación de medidas tributarias y reasignaciones. Fue presentado a representantes del gobierno y del parlamento.',
      'O relatório estima o custo de fechar as lacunas de cobertura e propõe uma combinação de medidas tributárias e realocações. Foi apresentado a representantes do governo e do parlamento.',
    ),
    topics: ['financing'],
  },
  {
    key: 'digital',
    title: L(
      '{prog} moves to digital payments {in}',
      'Le programme {prog} passe aux paiements numériques {in}',
      'El programa {prog} adopta los pagos digitales {in}',
      'O programa {prog} adota pagamentos digitais {in}',
    ),
    summary: L(
      'Recipients can now choose between a bank account and a mobile money wallet. Cash pay points remain open for people who cannot use either.',
      'Les bénéficiaires peuvent désormais choisir entre un compte bancaire et un portefeuille de monnaie mobile. Des points de paiement en espèces restent ouverts pour celles et ceux qui ne peuvent utiliser ni l’un ni l’autre.',
      'Las personas beneficiarias pueden elegir ahora entre una cuenta bancaria y una billetera de dinero móvil. Los puntos de pago en efectivo siguen abiertos para quienes no puedan usar ninguna de las dos.',
      'Os beneficiários agora podem escolher entre uma conta bancária e uma carteira de dinheiro móvel. Os pontos de pagamento em dinheiro continuam abertos para quem não puder usar nenhuma das duas opções.',
    ),
    topics: ['digital-delivery'],
  },
  {
    key: 'law',
    title: L(
      'New social protection law adopted {in}',
      'Adoption d’une nouvelle loi sur la protection sociale {in}',
      'Se aprueba una nueva ley de protección social {in}',
      'Nova lei de proteção social é aprovada {in}',
    ),
    summary: L(
      'The law turns existing programmes, including {prog}, into legal entitlements and creates an independent appeals body. Implementing regulations are expected within a year.',
      'La loi transforme les programmes existants, dont le programme {prog}, en droits et crée une instance de recours indépendante. Les textes d’application sont attendus d’ici un an.',
      'La ley convierte los programas existentes, entre ellos el programa {prog}, en derechos exigibles y crea una instancia de apelación independiente. Los reglamentos se esperan en el plazo de un año.',
      'A lei transforma os programas existentes, entre eles o programa {prog}, em direitos e cria uma instância de recurso independente. A regulamentação é esperada dentro de um ano.',
    ),
    topics: ['governance-legal'],
  },
  {
    key: 'drought',
    title: L(
      'Drought response: {prog} scales up temporary transfers {in}',
      'Sécheresse : le programme {prog} augmente temporairement ses transferts {in}',
      'Sequía: el programa {prog} amplía transferencias temporales {in}',
      'Seca: o programa {prog} amplia transferências temporárias {in}',
    ),
    summary: L(
      'Early-warning data triggered additional payments to households in the most affected areas. Humanitarian partners are using the programme’s lists to avoid duplication.',
      'Les données d’alerte précoce ont déclenché des paiements supplémentaires aux ménages des zones les plus touchées. Les partenaires humanitaires utilisent les listes du programme pour éviter les doublons.',
      'Los datos de alerta temprana activaron pagos adicionales a los hogares de las zonas más afectadas. Los socios humanitarios usan las listas del programa para evitar duplicaciones.',
      'Os dados de alerta precoce acionaram pagamentos adicionais às famílias das áreas mais afetadas. Os parceiros humanitários estão usando as listas do programa para evitar duplicações.',
    ),
    topics: ['shock-responsive', 'climate'],
  },
  {
    key: 'visit',
    title: L(
      'Delegation {fromB} studies {prog} {in}',
      'Une délégation {fromB} étudie le programme {prog} {in}',
      'Una delegación {fromB} conoce el programa {prog} {in}',
      'Delegação {fromB} conhece o programa {prog} {in}',
    ),
    summary: L(
      'Officials met programme managers, visited a payment site and discussed registries and grievance handling. The visit is part of a South-South exchange supported by development partners.',
      'Les responsables ont rencontré les gestionnaires du programme, visité un site de paiement et échangé sur les registres et le traitement des plaintes. La visite s’inscrit dans un échange Sud-Sud soutenu par des partenaires au développement.',
      'Las autoridades se reunieron con los responsables del programa, visitaron un punto de pago y conversaron sobre registros y atención de reclamos. La visita forma parte de un intercambio Sur-Sur apoyado por socios para el desarrollo.',
      'Os gestores públicos se reuniram com a equipe do programa, visitaram um ponto de pagamento e discutiram cadastros e o tratamento de reclamações. A visita faz parte de um intercâmbio Sul-Sul apoiado por parceiros de desenvolvimento.',
    ),
    topics: ['south-south-cooperation'],
    visit: true,
  },
  {
    key: 'webinar',
    title: L(
      'Webinar recap – {topic}: what practitioners shared',
      'Retour sur le webinaire « {topic} » : ce que les praticiens ont partagé',
      'Resumen del seminario web «{topic}»: lo que compartieron los profesionales',
      'Resumo do webinário “{topic}”: o que os profissionais compartilharam',
    ),
    summary: L(
      'Speakers from government, the UN and civil society compared experiences, including from {prog} {in}. The recording and slides are available in the library.',
      'Des intervenants des gouvernements, des Nations Unies et de la société civile ont comparé leurs expériences, notamment celle du programme {prog} {in}. L’enregistrement et les présentations sont disponibles dans la bibliothèque.',
      'Ponentes de gobiernos, de las Naciones Unidas y de la sociedad civil compararon experiencias, entre ellas la del programa {prog} {in}. La grabación y las presentaciones están disponibles en la biblioteca.',
      'Palestrantes de governos, das Nações Unidas e da sociedade civil compararam experiências, entre elas a do programa {prog} {in}. A gravação e as apresentações estão disponíveis na biblioteca.',
    ),
    topics: [],
  },
  {
    key: 'evaluation',
    title: L(
      'Evaluation finds {prog} improved food security {in}',
      'Selon une évaluation, le programme {prog} a amélioré la sécurité alimentaire {in}',
      'Una evaluación concluye que el programa {prog} mejoró la seguridad alimentaria {in}',
      'Avaliação conclui que o programa {prog} melhorou a segurança alimentar {in}',
    ),
    summary: L(
      'Participating households ate more meals and more diverse diets than comparable households. The evaluators recommend regular indexation of benefits.',
      'Les ménages participants prenaient davantage de repas, plus variés, que des ménages comparables. Les évaluateurs recommandent une indexation régulière des prestations.',
      'Los hogares participantes consumían más comidas y una dieta más variada que hogares comparables. Los evaluadores recomiendan indexar periódicamente las prestaciones.',
      'As famílias participantes faziam mais refeições, e mais variadas, do que famílias comparáveis. Os avaliadores recomendam a indexação regular dos benefícios.',
    ),
    topics: ['monitoring-evaluation', 'food-security'],
  },
  {
    key: 'increase',
    title: L(
      'Benefit increase announced for {prog} recipients',
      'Revalorisation annoncée des prestations du programme {prog}',
      'Anuncian un aumento de las prestaciones del programa {prog}',
      'Anunciado reajuste dos benefícios do programa {prog}',
    ),
    summary: L(
      'The new amounts apply from the next payment cycle and follow the rise in food prices. Advocates welcome the decision but call for automatic indexation.',
      'Les nouveaux montants s’appliquent dès le prochain cycle de paiement et suivent la hausse des prix alimentaires. Les associations saluent la décision mais demandent une indexation automatique.',
      'Los nuevos montos se aplican a partir del próximo ciclo de pagos y siguen el alza de los precios de los alimentos. Las organizaciones celebran la decisión, pero piden una indexación automática.',
      'Os novos valores valem a partir do próximo ciclo de pagamento e acompanham a alta dos preços dos alimentos. As organizações comemoram a decisão, mas pedem reajuste automático.',
    ),
    topics: ['benefit-adequacy'],
  },
  {
    key: 'registry',
    title: L(
      'Nationwide update of the social registry completed {in}',
      'Mise à jour nationale du registre social achevée {in}',
      'Concluye la actualización nacional del registro social {in}',
      'Concluída a atualização nacional do cadastro social {in}',
    ),
    summary: L(
      'Enumerators visited households across the country over eight months. Programmes such as {prog} will use the updated data to review eligibility.',
      'Des enquêteurs ont visité les ménages dans tout le pays pendant huit mois. Des programmes comme {prog} utiliseront les données actualisées pour réexaminer l’éligibilité.',
      'Los encuestadores visitaron hogares en todo el país durante ocho meses. Programas como {prog} usarán los datos actualizados para revisar la elegibilidad.',
      'Os recenseadores visitaram famílias em todo o país durante oito meses. Programas como o {prog} usarão os dados atualizados para revisar a elegibilidade.',
    ),
    topics: ['digital-delivery', 'targeting'],
  },
];

/** A closing paragraph for news bodies. */
export const NEWS_CLOSINGS: Labels[] = [
  L(
    'SP Gateway will follow the implementation and publish the related documents in the library as they become available.',
    'SP Gateway suivra la mise en œuvre et publiera les documents correspondants dans la bibliothèque dès qu’ils seront disponibles.',
    'SP Gateway seguirá la implementación y publicará los documentos relacionados en la biblioteca a medida que estén disponibles.',
    'O SP Gateway acompanhará a implementação e publicará os documentos relacionados na biblioteca assim que estiverem disponíveis.',
  ),
  L(
    'Members working on similar reforms can discuss this news in the online communities.',
    'Les membres qui travaillent sur des réformes similaires peuvent discuter de cette actualité dans les communautés en ligne.',
    'Los miembros que trabajan en reformas similares pueden comentar esta noticia en las comunidades en línea.',
    'Os membros que trabalham em reformas semelhantes podem discutir esta notícia nas comunidades on-line.',
  ),
  L(
    'For more information, contact the programme’s communication team or browse related publications in the library.',
    'Pour en savoir plus, contactez l’équipe de communication du programme ou consultez les publications associées dans la bibliothèque.',
    'Para más información, comuníquese con el equipo de comunicación del programa o consulte las publicaciones relacionadas en la biblioteca.',
    'Para mais informações, entre em contato com a equipe de comunicação do programa ou consulte as publicações relacionadas na biblioteca.',
  ),
];
