import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/app.ts';
import { startSmtp } from '../../test/smtp.ts';
import { composeMail } from './compose.ts';
import { claimQueued, deleteMailBefore } from './repository.ts';
import { mailMessage } from './tables.ts';

const message = (to: string, subject: string) => ({
  toAddress: to,
  toName: 'Amina Diallo',
  locale: 'fr',
  kind: 'test',
  ...composeMail('fr', {
    subject,
    paragraphs: ['Bonjour Amina,', 'Un paragraphe avec <balise> & accents éàç.'],
    action: { label: 'Ouvrir', url: 'http://localhost:3000/fr/' },
    footer: 'Pied',
  }),
});

describe('mail over SMTP, delivered by a job', () => {
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let t: TestApp;
  beforeAll(async () => {
    smtp = await startSmtp();
    t = await startTestApp({ jobs: true, env: { SMTP_URL: smtp.url } });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('sends plain text and HTML with the recipient language, then marks the row sent', async () => {
    const { db, mailer } = t.services;
    const id = await db.transaction((tx) =>
      mailer.queue(tx, message('amina@example.org', 'Sujet accentué é')),
    );
    await mailer.kick();
    const received = await smtp.waitFor((m) => m.to.includes('amina@example.org'));
    expect(received.subject).toBe('Sujet accentué é');
    expect(received.text).toContain('Un paragraphe avec <balise> & accents éàç.');
    expect(received.html).toContain('Un paragraphe avec &lt;balise&gt; &amp; accents');
    expect(received.headers.get('content-language')).toBe('fr');
    await expect
      .poll(async () => (await db.select().from(mailMessage).where(eq(mailMessage.id, id)))[0]?.status)
      .toBe('sent');
  });

  it('never sends twice a message that a crash left in "sending"', async () => {
    const { db, mailer } = t.services;
    const [row] = await db
      .insert(mailMessage)
      .values({
        ...message('crash@example.org', 'Interrompu'),
        status: 'sending',
        claimedAt: new Date(Date.now() - 3_600_000),
      })
      .returning();
    await mailer.deliverPending();
    const [after] = await db.select().from(mailMessage).where(eq(mailMessage.id, row!.id));
    expect(after?.status).toBe('failed');
    expect(smtp.received.some((m) => m.to.includes('crash@example.org'))).toBe(false);
  });
});

describe('a refused message does not hold back the others', () => {
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let t: TestApp;
  beforeAll(async () => {
    smtp = await startSmtp({ reject: (address) => address.startsWith('refused') });
    t = await startTestApp({ env: { SMTP_URL: smtp.url } });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('requeues the refused one and sends the rest of the batch', async () => {
    const { db, mailer } = t.services;
    const refused = await mailer.queue(db, message('refused@example.org', 'Refusé'));
    const others: string[] = [];
    for (let i = 0; i < 3; i++)
      others.push(await mailer.queue(db, message(`ok${i}@example.org`, `Accepté ${i}`)));
    await mailer.deliverPending();
    for (let i = 0; i < 3; i++)
      expect(smtp.received.some((m) => m.to.includes(`ok${i}@example.org`))).toBe(true);
    const rows = await db.select().from(mailMessage);
    const refusedRow = rows.find((r) => r.id === refused);
    expect(refusedRow?.status).toBe('queued');
    expect(refusedRow?.attempts).toBe(1);
    expect(refusedRow?.error).toContain('mailbox unavailable');
    expect(rows.filter((r) => others.includes(r.id)).map((r) => r.status)).toEqual(['sent', 'sent', 'sent']);
  });
});

describe('mail without SMTP: the outbox', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('forgets messages after the retention period', async () => {
    const { db } = t.services;
    const [old] = await db
      .insert(mailMessage)
      .values({ ...message('old@example.org', 'Ancien'), createdAt: new Date(Date.now() - 31 * 86_400_000) })
      .returning();
    const recent = await t.services.mailer.queue(db, message('recent@example.org', 'Récent'));
    expect(await deleteMailBefore(db, new Date(Date.now() - 30 * 86_400_000))).toBe(1);
    const ids = (await db.select().from(mailMessage)).map((r) => r.id);
    expect(ids).not.toContain(old!.id);
    expect(ids).toContain(recent);
  });

  it('claims what a person is waiting for before bulk mail queued earlier', async () => {
    const { db } = t.services;
    await db.delete(mailMessage);
    const bulk = [];
    for (let i = 0; i < 3; i++)
      bulk.push(
        await t.services.mailer.queue(db, { ...message(`bulk-${i}@example.org`, 'Rappel'), priority: 1 }),
      );
    const waiting = await t.services.mailer.queue(db, message('signup@example.org', 'Confirmez'));
    const claimed = await claimQueued(db, 2);
    expect(claimed.map((m) => m.id)).toEqual([waiting, bulk[0]]);
  });

  it('keeps the message in the outbox table', async () => {
    const { db, mailer } = t.services;
    expect(mailer.mode).toBe('outbox');
    const id = await mailer.queue(db, message('kept@example.org', 'Gardé'));
    await mailer.kick();
    const [row] = await db.select().from(mailMessage).where(eq(mailMessage.id, id));
    expect(row?.status).toBe('kept');
    expect(row?.text).toContain('Bonjour Amina');
  });
});
