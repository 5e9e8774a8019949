import { utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/app.ts';
import { createMember } from '../../../test/factories.ts';
import { dataExport, memberProfile } from '../../members/tables.ts';
import { organisation } from '../../organisations/tables.ts';
import { publicationFile } from '../tables.ts';
import { sweepUnreferencedFiles } from './sweep-unreferenced.ts';
import { aPublication } from './test-helpers.ts';

// Bytes stored before a crash and never attached are removed by the daily sweep; attached
// files and files still inside the grace period are kept.
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

const DAY = 86_400_000;

async function age(key: string, ms: number) {
  const when = new Date(Date.now() - ms);
  await utimes(join(t.services.config.DATA_DIR, 'files', key), when, when);
}

describe('sweeping unreferenced files', () => {
  it('removes old orphans only', async () => {
    const { storage, db } = t.services;
    const orphan = await storage.put(Buffer.from('never attached'));
    const fresh = await storage.put(Buffer.from('being attached right now'));
    const attached = await storage.put(Buffer.from('%PDF-1.4 attached'));
    await db.insert(publicationFile).values({
      itemId: await aPublication(t),
      storageKey: attached.key,
      filename: 'a.pdf',
      mediaType: 'application/pdf',
      size: attached.size,
      sha256: attached.sha256,
      textStatus: 'none',
    });
    await age(orphan.key, 2 * DAY);
    await age(attached.key, 2 * DAY);
    expect(await sweepUnreferencedFiles(t.services, DAY)).toBe(1);
    expect(await storage.size(orphan.key)).toBeNull();
    expect(await storage.size(fresh.key)).not.toBeNull();
    expect(await storage.size(attached.key)).not.toBeNull();
    expect(await sweepUnreferencedFiles(t.services, DAY)).toBe(0);
  });

  it('keeps member photos, organisation logos and personal-data archives', async () => {
    const { storage, db } = t.services;
    const m = await createMember(t);
    const photo = await storage.put(Buffer.from('RIFF photo'));
    const logo = await storage.put(Buffer.from('RIFF logo'));
    const archive = await storage.put(Buffer.from('PK archive'));
    await db.insert(memberProfile).values({ userId: m.user.id, photoKey: photo.key });
    await db
      .insert(organisation)
      .values({ slug: 'swept-org', name: 'Swept', type: 'ngo', logoKey: logo.key });
    await db.insert(dataExport).values({ userId: m.user.id, status: 'ready', storageKey: archive.key });
    for (const key of [photo.key, logo.key, archive.key]) await age(key, 2 * DAY);
    expect(await sweepUnreferencedFiles(t.services, DAY)).toBe(0);
    for (const key of [photo.key, logo.key, archive.key]) expect(await storage.size(key)).not.toBeNull();
  });
});
