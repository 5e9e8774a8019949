// Every table, for Drizzle's typed client and drizzle-kit. Features own their tables.ts.
export * from './tables.ts';
export * from '../events/tables.ts';
export * from '../mail/tables.ts';
export * from '../../features/accounts/tables.ts';
export * from '../../features/taxonomy/tables.ts';
export * from '../../features/organisations/tables.ts';
export * from '../../features/content/tables.ts';
export * from '../../features/library/tables.ts';
export * from '../search/tables.ts';
export * from '../../features/glossary/tables.ts';
export * from '../audit/tables.ts';
export * from '../../features/editorial/tables.ts';
export * from '../../features/events/tables.ts';
export * from '../../features/webinars/tables.ts';
export * from '../../features/communities/tables.ts';
export * from '../../features/notifications/tables.ts';
