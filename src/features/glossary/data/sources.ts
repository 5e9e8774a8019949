import type { Locale } from '../../../core/i18n/index.ts';

/** A reference document, cited in each language as it is known there. */
export type Source = Record<Locale, string>;

export const ILO_WSPR: Source = {
  en: 'ILO, World Social Protection Report 2020–22',
  fr: 'OIT, Rapport mondial sur la protection sociale 2020-2022',
  es: 'OIT, Informe Mundial sobre la Protección Social 2020-2022',
  pt: 'OIT, Relatório Mundial sobre Proteção Social 2020-2022',
};

export const ILO_R202: Source = {
  en: 'ILO Social Protection Floors Recommendation, 2012 (No. 202)',
  fr: 'OIT, Recommandation (no 202) sur les socles de protection sociale, 2012',
  es: 'OIT, Recomendación sobre los pisos de protección social, 2012 (núm. 202)',
  pt: 'OIT, Recomendação sobre os Pisos de Proteção Social, 2012 (n.º 202)',
};

export const ILO_C102: Source = {
  en: 'ILO Social Security (Minimum Standards) Convention, 1952 (No. 102)',
  fr: 'OIT, Convention (no 102) concernant la sécurité sociale (norme minimum), 1952',
  es: 'OIT, Convenio sobre la seguridad social (norma mínima), 1952 (núm. 102)',
  pt: 'OIT, Convenção sobre a Segurança Social (Norma Mínima), 1952 (n.º 102)',
};

export const ILO_C183: Source = {
  en: 'ILO Maternity Protection Convention, 2000 (No. 183)',
  fr: 'OIT, Convention (no 183) sur la protection de la maternité, 2000',
  es: 'OIT, Convenio sobre la protección de la maternidad, 2000 (núm. 183)',
  pt: 'OIT, Convenção sobre a Proteção da Maternidade, 2000 (n.º 183)',
};

export const ILO_C121: Source = {
  en: 'ILO Employment Injury Benefits Convention, 1964 (No. 121)',
  fr: 'OIT, Convention (no 121) sur les prestations en cas d’accidents du travail et de maladies professionnelles, 1964',
  es: 'OIT, Convenio sobre las prestaciones en caso de accidentes del trabajo y enfermedades profesionales, 1964 (núm. 121)',
  pt: 'OIT, Convenção sobre as Prestações em Caso de Acidentes de Trabalho e Doenças Profissionais, 1964 (n.º 121)',
};

export const ILO_INFORMAL: Source = {
  en: 'ILO, Women and Men in the Informal Economy: A Statistical Picture (2018)',
  fr: 'OIT, Femmes et hommes dans l’économie informelle : un panorama statistique (2018)',
  es: 'OIT, Mujeres y hombres en la economía informal: un panorama estadístico (2018)',
  pt: 'OIT, Mulheres e homens na economia informal: um panorama estatístico (2018)',
};

export const ILO_CARE: Source = {
  en: 'ILO, Care Work and Care Jobs for the Future of Decent Work (2018)',
  fr: 'OIT, Prendre soin d’autrui : un travail et des emplois pour l’avenir du travail décent (2018)',
  es: 'OIT, El trabajo de cuidados y los trabajadores del cuidado para un futuro con trabajo decente (2018)',
  pt: 'OIT, O trabalho de cuidado e os trabalhadores do cuidado para um futuro com trabalho digno (2018)',
};

export const ILO_ALMP: Source = {
  en: 'ILO, What Works: Active Labour Market Policies in Latin America and the Caribbean (2016)',
  fr: 'OIT, Ce qui marche : les politiques actives du marché du travail en Amérique latine et dans les Caraïbes (2016)',
  es: 'OIT, Qué funciona: políticas activas del mercado de trabajo en América Latina y el Caribe (2016)',
  pt: 'OIT, O que funciona: políticas ativas do mercado de trabalho na América Latina e no Caribe (2016)',
};

export const ILO_UBI: Source = {
  en: 'ILO, Universal Basic Income Proposals in Light of ILO Standards (2018)',
  fr: 'OIT, Les propositions de revenu de base universel à la lumière des normes de l’OIT (2018)',
  es: 'OIT, Las propuestas de renta básica universal a la luz de las normas de la OIT (2018)',
  pt: 'OIT, As propostas de rendimento básico universal à luz das normas da OIT (2018)',
};

export const FISCAL_SPACE: Source = {
  en: 'ILO, UNICEF and UN Women, Fiscal Space for Social Protection: A Handbook for Assessing Financing Options (2019)',
  fr: 'OIT, UNICEF et ONU Femmes, Espace budgétaire pour la protection sociale : manuel d’évaluation des options de financement (2019)',
  es: 'OIT, UNICEF y ONU Mujeres, Espacio fiscal para la protección social: manual para evaluar las opciones de financiamiento (2019)',
  pt: 'OIT, UNICEF e ONU Mulheres, Espaço fiscal para a proteção social: manual de avaliação das opções de financiamento (2019)',
};

export const USP2030: Source = {
  en: 'Global Partnership for Universal Social Protection to Achieve the SDGs (USP2030)',
  fr: 'Partenariat mondial pour une protection sociale universelle (USP2030)',
  es: 'Alianza Mundial para la Protección Social Universal (USP2030)',
  pt: 'Parceria Global para a Proteção Social Universal (USP2030)',
};

export const ISPA: Source = {
  en: 'ISPA, Inter-Agency Social Protection Assessments tools',
  fr: 'ISPA, outils d’évaluation interinstitutions de la protection sociale',
  es: 'ISPA, herramientas de evaluación interinstitucional de la protección social',
  pt: 'ISPA, ferramentas de avaliação interagências da proteção social',
};

export const ISSA: Source = {
  en: 'International Social Security Association (ISSA), ISSA Guidelines',
  fr: 'Association internationale de la sécurité sociale (AISS), Lignes directrices de l’AISS',
  es: 'Asociación Internacional de la Seguridad Social (AISS), Directrices de la AISS',
  pt: 'Associação Internacional da Segurança Social (AISS), Diretrizes da AISS',
};

export const WB_ASPIRE: Source = {
  en: 'World Bank, ASPIRE: The Atlas of Social Protection Indicators of Resilience and Equity',
  fr: 'Banque mondiale, ASPIRE : atlas des indicateurs de protection sociale, de résilience et d’équité',
  es: 'Banco Mundial, ASPIRE: atlas de indicadores de protección social, resiliencia y equidad',
  pt: 'Banco Mundial, ASPIRE: atlas de indicadores de proteção social, resiliência e equidade',
};

export const WB_SOURCEBOOK: Source = {
  en: 'World Bank, Sourcebook on the Foundations of Social Protection Delivery Systems (2020)',
  fr: 'Banque mondiale, Guide sur les fondements des systèmes de mise en œuvre de la protection sociale (2020)',
  es: 'Banco Mundial, Manual sobre los fundamentos de los sistemas de entrega de la protección social (2020)',
  pt: 'Banco Mundial, Manual sobre os fundamentos dos sistemas de entrega da proteção social (2020)',
};

export const WB_CCT: Source = {
  en: 'World Bank, Conditional Cash Transfers: Reducing Present and Future Poverty (2009)',
  fr: 'Banque mondiale, Transferts monétaires conditionnels : réduire la pauvreté actuelle et future (2009)',
  es: 'Banco Mundial, Transferencias monetarias condicionadas: reducción de la pobreza actual y futura (2009)',
  pt: 'Banco Mundial, Transferências condicionadas de renda: reduzindo a pobreza atual e futura (2009)',
};

export const WB_ASP: Source = {
  en: 'World Bank, Adaptive Social Protection: Building Resilience to Shocks (2020)',
  fr: 'Banque mondiale, Protection sociale adaptative : renforcer la résilience face aux chocs (2020)',
  es: 'Banco Mundial, Protección social adaptativa: fortalecer la resiliencia ante las crisis (2020)',
  pt: 'Banco Mundial, Proteção social adaptativa: reforçar a resiliência face a choques (2020)',
};

export const WB_INCLUSION: Source = {
  en: 'World Bank, The State of Economic Inclusion Report 2021',
  fr: 'Banque mondiale, Rapport sur l’état de l’inclusion économique 2021',
  es: 'Banco Mundial, Informe sobre el estado de la inclusión económica 2021',
  pt: 'Banco Mundial, Relatório sobre o estado da inclusão econômica 2021',
};

export const WB_IMPACT: Source = {
  en: 'World Bank, Impact Evaluation in Practice, 2nd edition (2016)',
  fr: 'Banque mondiale, L’évaluation d’impact en pratique, 2e édition (2016)',
  es: 'Banco Mundial, La evaluación de impacto en la práctica, 2.ª edición (2017)',
  pt: 'Banco Mundial, Avaliação de impacto na prática, 2.ª edição (2018)',
};

export const WB_POVERTY: Source = {
  en: 'World Bank, Poverty and Shared Prosperity 2022',
  fr: 'Banque mondiale, Pauvreté et prospérité partagée 2022',
  es: 'Banco Mundial, La pobreza y la prosperidad compartida 2022',
  pt: 'Banco Mundial, Pobreza e prosperidade compartilhada 2022',
};

export const WB_WDR2000: Source = {
  en: 'World Bank, World Development Report 2000/2001: Attacking Poverty',
  fr: 'Banque mondiale, Rapport sur le développement dans le monde 2000/2001 : combattre la pauvreté',
  es: 'Banco Mundial, Informe sobre el desarrollo mundial 2000/2001: lucha contra la pobreza',
  pt: 'Banco Mundial, Relatório sobre o Desenvolvimento Mundial 2000/2001: luta contra a pobreza',
};

export const UNICEF: Source = {
  en: 'UNICEF, Global Social Protection Programme Framework (2019)',
  fr: 'UNICEF, Cadre global du programme de protection sociale (2019)',
  es: 'UNICEF, Marco global del programa de protección social (2019)',
  pt: 'UNICEF, Quadro global do programa de proteção social (2019)',
};

export const CSSP: Source = {
  en: 'DFID, HelpAge, IDS, ILO, ODI, Save the Children, UNDP, UNICEF and World Bank, Advancing Child-Sensitive Social Protection (2009)',
  fr: 'DFID, HelpAge, IDS, OIT, ODI, Save the Children, PNUD, UNICEF et Banque mondiale, Faire progresser la protection sociale sensible aux enfants (2009)',
  es: 'DFID, HelpAge, IDS, OIT, ODI, Save the Children, PNUD, UNICEF y Banco Mundial, Promover una protección social sensible a la niñez (2009)',
  pt: 'DFID, HelpAge, IDS, OIT, ODI, Save the Children, PNUD, UNICEF e Banco Mundial, Promover uma proteção social sensível às crianças (2009)',
};

export const WFP: Source = {
  en: 'WFP, Strategy for Support to Social Protection (2021)',
  fr: 'PAM, Stratégie d’appui à la protection sociale (2021)',
  es: 'PMA, Estrategia de apoyo a la protección social (2021)',
  pt: 'PAM, Estratégia de apoio à proteção social (2021)',
};

export const FAO_NUTRITION: Source = {
  en: 'FAO, Nutrition and Social Protection (2015)',
  fr: 'FAO, Nutrition et protection sociale (2015)',
  es: 'FAO, Nutrición y protección social (2015)',
  pt: 'FAO, Nutrição e proteção social (2015)',
};

export const ROME_1996: Source = {
  en: 'World Food Summit, Rome Declaration on World Food Security (1996)',
  fr: 'Sommet mondial de l’alimentation, Déclaration de Rome sur la sécurité alimentaire mondiale (1996)',
  es: 'Cumbre Mundial sobre la Alimentación, Declaración de Roma sobre la Seguridad Alimentaria Mundial (1996)',
  pt: 'Cimeira Mundial da Alimentação, Declaração de Roma sobre a Segurança Alimentar Mundial (1996)',
};

export const CALP: Source = {
  en: 'CALP Network, Glossary of Terminology for Cash and Voucher Assistance',
  fr: 'Réseau CALP, Glossaire de l’assistance monétaire et en coupons',
  es: 'Red CALP, Glosario de terminología de transferencias monetarias y cupones',
  pt: 'Rede CALP, Glossário de terminologia da assistência em dinheiro e vouchers',
};

export const OECD_NEXUS: Source = {
  en: 'OECD, DAC Recommendation on the Humanitarian-Development-Peace Nexus (2019)',
  fr: 'OCDE, Recommandation du CAD sur l’articulation entre action humanitaire, développement et paix (2019)',
  es: 'OCDE, Recomendación del CAD sobre el nexo entre la acción humanitaria, el desarrollo y la paz (2019)',
  pt: 'OCDE, Recomendação do CAD sobre o nexo ação humanitária-desenvolvimento-paz (2019)',
};

export const OECD_EVAL: Source = {
  en: 'OECD DAC, Glossary of Key Terms in Evaluation and Results Based Management',
  fr: 'OCDE CAD, Glossaire des principaux termes relatifs à l’évaluation et la gestion axée sur les résultats',
  es: 'OCDE CAD, Glosario de los principales términos sobre evaluación y gestión basada en resultados',
  pt: 'OCDE CAD, Glossário dos principais termos sobre avaliação e gestão baseada em resultados',
};

export const WHO_UHC: Source = {
  en: 'WHO and World Bank, Tracking Universal Health Coverage: 2023 Global Monitoring Report',
  fr: 'OMS et Banque mondiale, Suivi de la couverture sanitaire universelle : rapport mondial de suivi 2023',
  es: 'OMS y Banco Mundial, Seguimiento de la cobertura sanitaria universal: informe de monitoreo mundial 2023',
  pt: 'OMS e Banco Mundial, Monitoramento da cobertura universal de saúde: relatório global de monitoramento 2023',
};

export const UN_WOMEN: Source = {
  en: 'UN Women, Progress of the World’s Women 2015–2016: Transforming Economies, Realizing Rights',
  fr: 'ONU Femmes, Le progrès des femmes dans le monde 2015-2016 : transformer les économies, réaliser les droits',
  es: 'ONU Mujeres, El progreso de las mujeres en el mundo 2015-2016: transformar las economías para realizar los derechos',
  pt: 'ONU Mulheres, O progresso das mulheres no mundo 2015-2016: transformar as economias para realizar os direitos',
};

export const UNDP_MPI: Source = {
  en: 'UNDP and OPHI, Global Multidimensional Poverty Index',
  fr: 'PNUD et OPHI, Indice de pauvreté multidimensionnelle mondial',
  es: 'PNUD y OPHI, Índice de Pobreza Multidimensional global',
  pt: 'PNUD e OPHI, Índice de Pobreza Multidimensional global',
};

export const UNDRR: Source = {
  en: 'UNDRR, Terminology on Disaster Risk Reduction (2017)',
  fr: 'UNDRR, Terminologie relative à la réduction des risques de catastrophe (2017)',
  es: 'UNDRR, Terminología sobre la reducción del riesgo de desastres (2017)',
  pt: 'UNDRR, Terminologia sobre a redução do risco de desastres (2017)',
};

export const OPM_SRSP: Source = {
  en: 'Oxford Policy Management, Shock-Responsive Social Protection Systems Research: Synthesis Report (2018)',
  fr: 'Oxford Policy Management, Recherche sur les systèmes de protection sociale réactive aux chocs : rapport de synthèse (2018)',
  es: 'Oxford Policy Management, Investigación sobre sistemas de protección social reactivos ante emergencias: informe de síntesis (2018)',
  pt: 'Oxford Policy Management, Pesquisa sobre sistemas de proteção social responsivos a choques: relatório de síntese (2018)',
};

export const HELPAGE: Source = {
  en: 'HelpAge International, Social Pensions Database',
  fr: 'HelpAge International, base de données sur les pensions sociales',
  es: 'HelpAge International, base de datos de pensiones sociales',
  pt: 'HelpAge International, base de dados de pensões sociais',
};

export const BRAC: Source = {
  en: 'BRAC, Ultra-Poor Graduation Approach',
  fr: 'BRAC, approche de graduation des ultra-pauvres',
  es: 'BRAC, enfoque de graduación de la pobreza extrema',
  pt: 'BRAC, abordagem de graduação da pobreza extrema',
};

export const ECLAC: Source = {
  en: 'ECLAC, Social Panorama of Latin America',
  fr: 'CEPALC, Panorama social de l’Amérique latine',
  es: 'CEPAL, Panorama Social de América Latina',
  pt: 'CEPAL, Panorama Social da América Latina',
};
