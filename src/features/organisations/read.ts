// What other features may read about organisations (pickers, facets, bylines).
export { allOrganisations, organisationsByIds, organisationsBySlugs } from './repository.ts';
