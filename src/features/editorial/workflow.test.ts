import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../core/audit/tables.ts';
import { queryRows } from '../../core/db/client.ts';
import { startTestApp, type TestApp, type TestClient } from '../../test/app.ts';
import { clientAt, createMember, signIn } from '../../test/factories.ts';
import { startSmtp } from '../../test/smtp.ts';
import { type ContentStatus, contentItem } from '../content/tables.ts';
import { createPublication } from '../library/detail/test-fixtures.ts';
import { searchRow, validForm } from '../library/editorial/test-helpers.ts';
import { organisation } from '../organisations/tables.ts';
import { loadReferenceData } from '../taxonomy/index.tsx';
import { setAffiliation, setRight } from './rights/repository.ts';
import { contentTransition, spotCheck } from './tables.ts';
import { publishDue } from './workflow/publish-due.ts';
import { RULES, WORKFLOW_ACTIONS, type WorkflowAction } from './workflow/rules.ts';

let t: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
const db = () => t.services.db;
const people: Record<
  'submitter' | 'member' | 'editor' | 'editor2' | 'admin',
  { id: string; email: string; client: TestClient }
> = {} as never;

const itemRow = async (id: string) =>
  (await db().select().from(contentItem).where(eq(contentItem.id, id)))[0]!;
const transitions = (id: string) =>
  db().select().from(contentTransition).where(eq(contentTransition.itemId, id)).orderBy(contentTransition.id);

let serial = 0;
/** A publication in `status`, owned by the submitter (claimed by `claimedBy` when in review). */
async function item(status: ContentStatus, claimedBy?: string): Promise<string> {
  const { id } = await createPublication(db(), {
    slug: `wf-${++serial}`,
    status,
    texts: { en: { title: `Workflow item ${serial}`, summary: 'S.' } },
  });
  await db()
    .update(contentItem)
    .set({ authorId: people.submitter.id, claimedBy: claimedBy ?? null, submittedAt: new Date() })
    .where(eq(contentItem.id, id));
  return id;
}

const future = () => {
  const d = new Date(Date.now() + 3 * 86_400_000);
  return d.toISOString().slice(0, 16);
};
const bodyFor = (action: WorkflowAction): Record<string, string> =>
  action === 'schedule'
    ? { scheduledFor: future(), message: 'Timed for the launch.' }
    : RULES[action].message === 'required'
      ? { message: 'Please add the 2023 figures.' }
      : {};

beforeAll(async () => {
  smtp = await startSmtp();
  t = await startTestApp({ jobs: true, env: { SMTP_URL: smtp.url } });
  await loadReferenceData(db());
  await db().insert(organisation).values({
    slug: 'ipc-ig',
    name: 'International Policy Centre for Inclusive Growth',
    type: 'international',
  });
  for (const [key, opts] of [
    ['submitter', { locale: 'fr', name: 'Awa Ndiaye' }],
    ['member', {}],
    ['editor', { role: 'editor', name: 'Eva Editor' }],
    ['editor2', { role: 'editor', name: 'Otto Other' }],
    ['admin', { role: 'admin', name: 'Ada Admin' }],
  ] as const) {
    const m = await createMember(t, opts);
    people[key] = { id: m.user.id, email: m.user.email, client: await signIn(t, m.user.email, m.password) };
  }
});
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

describe('permission matrix: every role × every transition', () => {
  const roles = ['anonymous', 'member', 'submitter', 'editor', 'admin'] as const;
  for (const action of WORKFLOW_ACTIONS) {
    const rule = RULES[action];
    for (const role of roles) {
      const allowed = role === 'editor' || role === 'admin' || (role === 'submitter' && rule.by === 'owner');
      it(`${action} by ${role}: ${allowed ? 'done' : 'refused'}`, async () => {
        // A member's draft is not the team's to publish (tested below): start those from "submitted".
        const from = (
          action === 'publish' || action === 'schedule' ? 'submitted' : rule.from[0]
        ) as ContentStatus;
        const claimer =
          from === 'in_review' ? (role === 'admin' ? people.editor.id : people.editor.id) : undefined;
        const id = await item(from, claimer);
        const client = role === 'anonymous' ? clientAt(t) : people[role].client;
        const res = await client.post(`/en/workflow/${id}/${action}`, bodyFor(action));
        const after = await itemRow(id);
        if (allowed) {
          expect(res.statusCode).toBe(303);
          expect(after.status).toBe(rule.to);
          expect((await transitions(id)).map((x) => x.action)).toEqual([action]);
        } else {
          expect(res.statusCode).toBe(role === 'anonymous' ? 303 : 403);
          if (role === 'anonymous') expect(res.headers.location).toMatch(/^\/en\/sign-in\?next=/);
          expect(after.status).toBe(from);
          expect(await transitions(id)).toHaveLength(0);
        }
      });
    }
  }
});

describe('a submission from start to publication, with e-mails in the member’s language', () => {
  let id: string;
  it('member submits; an editor claims; the member is told in French', async () => {
    const res = await people.submitter.client.post(
      '/fr/library/submit',
      await validForm(db(), { title: 'Registres sociaux au Sahel', originalLocale: 'fr' }),
    );
    expect(res.statusCode).toBe(303);
    id = /\/([0-9a-f-]{36})\?/.exec(String(res.headers.location))![1]!;
    expect((await itemRow(id)).status).toBe('submitted');
    const queue = await people.editor.client.get('/en/admin/review');
    expect(queue.statusCode).toBe(200);
    expect(queue.body).toContain('Registres sociaux au Sahel');
    const claim = await people.editor.client.post(`/en/workflow/${id}/claim?back=queue`, {});
    expect(claim.headers.location).toBe('/en/admin/review?done=claim');
    expect(await itemRow(id)).toMatchObject({ status: 'in_review', claimedBy: people.editor.id });
    const mail = await smtp.waitFor(
      (m) => m.to.includes(people.submitter.email) && m.subject.includes('Registres'),
    );
    expect(mail.subject).toBe('Votre contribution est en cours de relecture : Registres sociaux au Sahel');
  });

  it('asking for changes needs a message; the message reaches the member, escaped', async () => {
    const empty = await people.editor.client.post(`/en/workflow/${id}/request_changes`, { message: '  ' });
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('Write a message for the submitter.');
    expect((await itemRow(id)).status).toBe('in_review');
    const res = await people.editor.client.post(`/en/workflow/${id}/request_changes`, {
      message: 'Ajoutez les chiffres de 2023 <script>alert(1)</script>',
    });
    expect(res.statusCode).toBe(303);
    expect((await itemRow(id)).status).toBe('changes_requested');
    const mail = await smtp.waitFor(
      (m) =>
        m.to.includes(people.submitter.email) &&
        m.subject === 'Modifications demandées : Registres sociaux au Sahel',
    );
    expect(mail.text).toContain('Ajoutez les chiffres de 2023 <script>alert(1)</script>');
    expect(mail.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(mail.html).not.toContain('<script>');
    const page = await people.submitter.client.get(`/fr/library/submissions/${id}`);
    expect(page.body).toContain('Ajoutez les chiffres de 2023 &lt;script>alert(1)&lt;/script>');
    expect(page.body).not.toContain('<script>alert');
    expect(page.body).toContain(`/fr/library/submissions/${id}/edit`);
  });

  it('the member revises and resubmits; the editor publishes; it is found', async () => {
    const edit = await people.submitter.client.post(
      `/fr/library/submissions/${id}/edit`,
      await validForm(db(), { title: 'Registres sociaux au Sahel, 2023', originalLocale: 'fr' }),
    );
    expect(edit.statusCode).toBe(303);
    const resubmit = await people.submitter.client.post(`/fr/workflow/${id}/submit`, {});
    expect(resubmit.headers.location).toBe(`/fr/library/submissions/${id}?wf=submit`);
    expect((await itemRow(id)).status).toBe('submitted');
    // Claimed by someone else now: the first editor cannot decide it.
    await people.editor2.client.post(`/en/workflow/${id}/claim`, {});
    const other = await people.editor.client.post(`/en/workflow/${id}/publish`, {});
    expect(other.statusCode).toBe(409);
    expect(other.body).toContain('Otto Other is reviewing this item');
    const res = await people.editor2.client.post(`/en/workflow/${id}/publish`, {});
    expect(res.statusCode).toBe(303);
    expect((await itemRow(id)).status).toBe('published');
    expect(await searchRow(db(), id)).not.toBeNull();
    const mail = await smtp.waitFor(
      (m) =>
        m.to.includes(people.submitter.email) &&
        m.subject === 'Contribution publiée : Registres sociaux au Sahel, 2023',
    );
    expect(mail.subject).toBe('Contribution publiée : Registres sociaux au Sahel, 2023');
    const search = await clientAt(t).get('/fr/library?q=registres+sahel');
    expect(search.body).toContain(`/fr/library/${(await itemRow(id)).slug}`);
    expect((await transitions(id)).map((x) => x.action)).toEqual([
      'submit',
      'claim',
      'request_changes',
      'submit',
      'claim',
      'publish',
    ]);
    const audited = await db().select().from(auditLog).where(eq(auditLog.subjectId, id));
    expect(audited.map((a) => a.action)).toContain('content.publish');
  });
});

describe('reject, reopen, no publication from rejected', () => {
  it('rejects with a reason, refuses to publish until reopened', async () => {
    const id = await item('submitted');
    const res = await people.editor.client.post(`/en/workflow/${id}/reject`, { message: 'Out of scope.' });
    expect(res.statusCode).toBe(303);
    expect((await itemRow(id)).status).toBe('rejected');
    const publish = await people.editor.client.post(`/en/workflow/${id}/publish`, {});
    expect(publish.statusCode).toBe(409);
    expect((await itemRow(id)).status).toBe('rejected');
    await people.editor.client.post(`/en/workflow/${id}/reopen`, {});
    expect((await itemRow(id)).status).toBe('submitted');
    const mail = await smtp.waitFor(
      (m) => m.to.includes(people.submitter.email) && m.text.includes('Out of scope.'),
    );
    expect(mail.text).toContain('Out of scope.');
  });
});

describe('what the rules table alone does not say', () => {
  it('a member’s draft is theirs: editors cannot publish it, only archive it', async () => {
    const id = await item('draft');
    const res = await people.editor.client.post(`/en/workflow/${id}/publish`, {});
    expect(res.statusCode).toBe(409);
    expect((await itemRow(id)).status).toBe('draft');
    expect((await people.editor.client.post(`/en/workflow/${id}/archive`, {})).statusCode).toBe(303);
  });

  it('a trusted member’s resubmission after changes were asked goes back to review', async () => {
    const m = await createMember(t);
    const client = await signIn(t, m.user.email, m.password);
    await setRight(db(), 'user', m.user.id, 'trusted', people.editor.id);
    const id = await item('changes_requested');
    await db().update(contentItem).set({ authorId: m.user.id }).where(eq(contentItem.id, id));
    expect((await client.post(`/en/workflow/${id}/submit`, {})).statusCode).toBe(303);
    expect((await itemRow(id)).status).toBe('submitted');
  });

  it('an item abandoned after changes were asked can be rejected or archived', async () => {
    const id = await item('changes_requested');
    expect(
      (await people.editor.client.post(`/en/workflow/${id}/reject`, { message: 'No reply.' })).statusCode,
    ).toBe(303);
    expect((await itemRow(id)).status).toBe('rejected');
  });

  it('a decision on a page opened before a change is refused', async () => {
    const id = await item('submitted');
    const version = (await itemRow(id)).version;
    await people.editor2.client.post(`/en/workflow/${id}/claim`, {});
    const res = await people.editor.client.post(`/en/workflow/${id}/release`, { version: String(version) });
    expect(res.statusCode).toBe(409);
  });
});

describe('two editors claim the same item at once', () => {
  it('one wins, the other is told who has it', async () => {
    const id = await item('submitted');
    const [a, b] = await Promise.all([
      people.editor.client.post(`/en/workflow/${id}/claim`, {}),
      people.editor2.client.post(`/en/workflow/${id}/claim`, {}),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([303, 409]);
    const loser = a.statusCode === 409 ? a : b;
    const winner = (await itemRow(id)).claimedBy;
    expect(loser.body).toContain(
      winner === people.editor.id
        ? 'Eva Editor claimed this item first.'
        : 'Otto Other claimed this item first.',
    );
    expect(await transitions(id)).toHaveLength(1);
  });
});

describe('bulk decisions from the queue', () => {
  it('confirms first, needs one reason to reject, reports what could not be done', async () => {
    const ids = [await item('submitted'), await item('submitted'), await item('published')];
    const confirm = await people.editor.client.post('/en/admin/review/bulk', { ids, action: 'reject' });
    expect(confirm.statusCode).toBe(200);
    expect(confirm.body).toContain('Reject: 3 items');
    for (const id of ids) expect(confirm.body).toContain(`value="${id}"`);
    const noReason = await people.editor.client.post('/en/admin/review/bulk', {
      ids,
      action: 'reject',
      confirm: '1',
    });
    expect(noReason.statusCode).toBe(400);
    expect((await itemRow(ids[0]!)).status).toBe('submitted');
    const done = await people.editor.client.post('/en/admin/review/bulk', {
      ids,
      action: 'reject',
      message: 'Duplicates of existing items.',
      confirm: '1',
    });
    expect(done.statusCode).toBe(200);
    expect(done.body).toContain('2 items done; 1 refused.');
    expect((await itemRow(ids[0]!)).status).toBe('rejected');
    expect((await itemRow(ids[1]!)).status).toBe('rejected');
    expect((await itemRow(ids[2]!)).status).toBe('published');
    const none = await people.editor.client.post('/en/admin/review/bulk', { action: 'publish' });
    expect(none.statusCode).toBe(400);
    expect(none.body).toContain('Select at least one item.');
  });

  it('filters the queue by state and reviewer', async () => {
    const mine = await item('in_review', people.editor.id);
    const waiting = await item('submitted');
    const page = await people.editor.client.get(
      `/en/admin/review?status=in_review&assignee=${people.editor.id}`,
    );
    expect(page.body).toContain(`/en/admin/library/${mine}/edit`);
    expect(page.body).not.toContain(`/en/admin/library/${waiting}/edit`);
    expect((await people.member.client.get('/en/admin/review')).statusCode).toBe(403);
  });
});

describe('posting rights', () => {
  it('a trusted member publishes directly and the item goes to the spot-check list', async () => {
    const m = await createMember(t);
    const client = await signIn(t, m.user.email, m.password);
    await setRight(db(), 'user', m.user.id, 'trusted', people.editor.id);
    const res = await client.post(
      '/en/library/submit',
      await validForm(db(), { title: 'Trusted contribution' }),
    );
    const id = /\/([0-9a-f-]{36})\?/.exec(String(res.headers.location))![1]!;
    expect(res.headers.location).toContain('done=direct');
    expect((await itemRow(id)).status).toBe('published');
    expect(await db().select().from(spotCheck).where(eq(spotCheck.itemId, id))).toHaveLength(1);
    const queue = await people.editor.client.get('/en/admin/review');
    expect(queue.body).toContain('Trusted contribution');
    await people.editor.client.post(`/en/admin/review/spot-check/${id}`, {});
    const [check] = await db().select().from(spotCheck).where(eq(spotCheck.itemId, id));
    expect(check!.checkedBy).toBe(people.editor.id);
  });

  it('a blocked member’s submission is refused and nothing is stored', async () => {
    const m = await createMember(t);
    const client = await signIn(t, m.user.email, m.password);
    await setRight(db(), 'user', m.user.id, 'blocked', people.editor.id);
    const res = await client.post(
      '/en/library/submit',
      await validForm(db(), { title: 'Blocked contribution' }),
    );
    expect(res.statusCode).toBe(403);
    expect(res.body).toContain('Your posting rights do not allow submissions');
    const rows = await queryRows(db(), sql`select 1 from content_item where author_id = ${m.user.id}`);
    expect(rows).toHaveLength(0);
  });

  it('members of a verified partner organisation inherit trusted status', async () => {
    const m = await createMember(t);
    const client = await signIn(t, m.user.email, m.password);
    const [org] = await db()
      .insert(organisation)
      .values({ slug: 'partner', name: 'Partner Org', type: 'ngo', verifiedPartner: true })
      .returning();
    await setAffiliation(db(), m.user.id, org!.id, 'claimed');
    const first = await client.post(
      '/en/library/submit',
      await validForm(db(), { title: 'Before confirmation' }),
    );
    expect(first.headers.location).toContain('done=submitted');
    await setAffiliation(db(), m.user.id, org!.id, 'confirmed');
    const second = await client.post(
      '/en/library/submit',
      await validForm(db(), { title: 'After confirmation' }),
    );
    expect(second.headers.location).toContain('done=direct');
  });
});

describe('scheduled publishing', () => {
  it('publishes when the time comes, as the platform, and tells the submitter', async () => {
    const id = await item('in_review', people.editor.id);
    const past = await people.editor.client.post(`/en/workflow/${id}/schedule`, {
      scheduledFor: '2020-01-01T10:00',
    });
    expect(past.statusCode).toBe(400);
    expect(past.body).toContain('Choose a date and time in the future.');
    const res = await people.editor.client.post(`/en/workflow/${id}/schedule`, { scheduledFor: future() });
    expect(res.statusCode).toBe(303);
    expect((await itemRow(id)).status).toBe('scheduled');
    expect(await publishDue(t.services)).toBe(0);
    await db()
      .update(contentItem)
      .set({ scheduledFor: new Date(Date.now() - 1000) })
      .where(eq(contentItem.id, id));
    expect(await publishDue(t.services)).toBe(1);
    expect((await itemRow(id)).status).toBe('published');
    const last = (await transitions(id)).at(-1)!;
    expect(last).toMatchObject({ action: 'publish_scheduled', actorId: null });
  });
});

describe('safety', () => {
  it('the audit log cannot be changed or emptied', async () => {
    await expect(db().update(auditLog).set({ summary: 'rewritten' })).rejects.toThrow();
    await expect(db().delete(auditLog)).rejects.toThrow();
    expect((await db().select().from(auditLog)).length).toBeGreaterThan(0);
  });

  it('an editor saving over a newer change is refused and nothing is overwritten', async () => {
    const id = await item('draft');
    const version = (await itemRow(id)).version;
    const form = await validForm(db(), { title: 'First editor’s title' });
    const first = await people.editor.client.post(`/en/admin/library/${id}/edit`, {
      ...form,
      version: String(version),
    });
    expect(first.statusCode).toBe(303);
    const second = await people.editor2.client.post(`/en/admin/library/${id}/edit`, {
      ...form,
      title: 'Second editor’s title',
      version: String(version),
    });
    expect(second.statusCode).toBe(409);
    expect(second.body).toContain('Someone else changed this item after you opened it.');
    const titles = await queryRows<{ title: string }>(
      db(),
      sql`select title from content_translation where item_id = ${id}`,
    );
    expect(titles.map((r) => r.title)).toEqual(['First editor’s title']);
  });

  it('refuses a decision without the CSRF token', async () => {
    const id = await item('submitted');
    const res = await people.editor.client.post(`/en/workflow/${id}/claim`, {}, { noCsrf: true });
    expect(res.statusCode).toBe(403);
    expect((await itemRow(id)).status).toBe('submitted');
  });
});
