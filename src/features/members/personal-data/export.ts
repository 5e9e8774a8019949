import { Readable } from 'node:stream';
import yazl from 'yazl';
import type { SessionUser } from '../../../core/http/context.ts';
import { isLocale, translator } from '../../../core/i18n/index.ts';
import { composeMail } from '../../../core/mail/index.ts';
import type { Services } from '../../../core/services.ts';
import {
  type DataExportRow,
  deleteExport,
  expiredExports,
  insertExport,
  lockPendingExport,
  markExport,
  pendingExportOf,
  personalData,
  photoKeyOf,
} from './repository.ts';

export const BUILD_EXPORT_JOB = 'members.build-export';
export const EXPIRE_EXPORTS_JOB = 'members.expire-exports';
/** How long an archive can be downloaded. */
export const EXPORT_DAYS = 7;

type ExportServices = Pick<Services, 'db' | 'storage' | 'jobs' | 'mailer' | 'config' | 'logger'>;

/**
 * A member asks for their data: one request at a time (asking again while one is being built
 * returns that one). The archive is built by a job; an e-mail says when it is ready.
 */
export async function requestExport(services: ExportServices, user: SessionUser): Promise<DataExportRow> {
  const pending = await pendingExportOf(services.db, user.id);
  if (pending) return pending;
  const row = await insertExport(services.db, user.id);
  await services.jobs.send(BUILD_EXPORT_JOB, { id: row.id });
  return row;
}

/**
 * Builds one archive: `data.json` (everything `personalData` reads, for this member only) and
 * `files/` (their photo, the documents they uploaded to communities), streamed into storage;
 * then e-mails the member a link to their data page. A request whose account is gone (deleted
 * meanwhile) has gone with it: nothing to do.
 */
export async function buildExport(services: ExportServices, id: string, now = new Date()): Promise<boolean> {
  const { db, storage } = services;
  const claimed = await db.transaction((tx) => lockPendingExport(tx, id));
  if (!claimed) return false;
  const data = await personalData(db, claimed.userId);
  if (!data) return false;
  try {
    const zip = new yazl.ZipFile();
    const files: { path: string; key: string }[] = [];
    const photo = await photoKeyOf(db, claimed.userId);
    if (photo) files.push({ path: 'files/photo.webp', key: photo });
    for (const f of data.files as { id: string; filename: string; storage_key: string }[])
      files.push({ path: `files/communities/${f.id}-${f.filename}`, key: f.storage_key });
    const exported = {
      generatedAt: now.toISOString(),
      platform: services.config.publicUrl,
      ...data,
      files: (data.files as Record<string, unknown>[]).map(({ storage_key: _, ...f }) => f),
      archive: files.map((f) => f.path),
    };
    zip.addBuffer(Buffer.from(JSON.stringify(exported, null, 2)), 'data.json');
    for (const f of files)
      if ((await storage.size(f.key)) !== null) zip.addReadStream(storage.read(f.key), f.path);
    zip.end();
    const stored = await storage.put(Readable.from(zip.outputStream), { extension: 'zip' });
    await markExport(db, id, {
      status: 'ready',
      storageKey: stored.key,
      size: stored.size,
      readyAt: now,
      expiresAt: new Date(now.getTime() + EXPORT_DAYS * 86_400_000),
    });
    await db.transaction(async (tx) => {
      const account = data.account as { email: string; name: string; locale: string };
      const locale = isLocale(account.locale) ? account.locale : 'en';
      const t = translator(locale);
      const mail = composeMail(locale, {
        subject: t('members.data.mail.subject'),
        paragraphs: [
          t('accounts.mail.greeting', { name: account.name }),
          t('members.data.mail.body', { days: EXPORT_DAYS }),
        ],
        action: {
          label: t('members.data.mail.action'),
          url: `${services.config.publicUrl}/${locale}/account/data`,
        },
        footer: t('members.data.mail.footer'),
      });
      await services.mailer.queue(tx, {
        toAddress: account.email,
        toName: account.name,
        locale,
        kind: 'members.export',
        ...mail,
      });
    });
    await services.mailer.kick();
    return true;
  } catch (err) {
    services.logger.error({ err, exportId: id }, 'personal data export failed');
    await markExport(db, id, { status: 'failed' });
    return false;
  }
}

/** Archives past their EXPORT_DAYS go: the file, then the request. */
export async function expireExports(
  services: Pick<Services, 'db' | 'storage'>,
  now = new Date(),
): Promise<number> {
  const rows = await expiredExports(services.db, now);
  for (const row of rows) {
    if (row.storageKey) await services.storage.remove(row.storageKey).catch(() => {});
    await deleteExport(services.db, row.id);
  }
  return rows.length;
}

export function registerExportJobs(services: ExportServices) {
  services.jobs.register(
    BUILD_EXPORT_JOB,
    async (data) => void (await buildExport(services, String(data.id))),
  );
  services.jobs.register(EXPIRE_EXPORTS_JOB, async () => void (await expireExports(services)), {
    cron: '41 3 * * *',
  });
}
