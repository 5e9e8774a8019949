import { jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** Small platform-wide settings, e.g. the generated auth secret in embedded mode. */
export const appSetting = pgTable('app_setting', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
