import type { FieldError } from '../../../core/errors.ts';
import { formatDate, type MessageKey } from '../../../core/i18n/index.ts';
import { useCtx } from '../../../core/render/context.ts';
import { CsrfField, describe, ErrorSummary, Field, Notice } from '../../../ui/forms.tsx';
import { Layout } from '../../../ui/Layout.tsx';
import type { CommunityContext } from '../read.ts';
import type { MemberListRow } from '../repository.ts';
import { MEMBER_ROLES } from '../tables.ts';

/** The member list; admins decide join requests and change roles; moderators remove and ban; invitations. */
export function MembersPage(p: {
  ctx: CommunityContext;
  members: MemberListRow[];
  pending: MemberListRow[];
  errors?: FieldError[];
  notice?: string;
  emails?: string;
}) {
  const { t, locale } = useCtx();
  const c = p.ctx.community;
  const base = `/${locale}/communities/${c.slug}/members`;
  const admin = p.ctx.can('administer');
  const moderator = p.ctx.can('moderate');
  const errors = p.errors ?? [];
  return (
    <Layout title={t('communities.members.title')} section="communities" indexable={false}>
      <p class="meta">
        <a href={`/${locale}/communities/${c.slug}`}>{c.name}</a>
      </p>
      <h1>{t('communities.members.title')}</h1>
      <Notice text={p.notice} />
      <ErrorSummary errors={errors} />
      {admin && p.pending.length > 0 && (
        <section aria-labelledby="pending-heading">
          <h2 id="pending-heading">{t('communities.members.pending')}</h2>
          <ul>
            {p.pending.map((m) => (
              <li key={m.userId}>
                {m.name} (@{m.handle}){' '}
                {(['accept', 'decline'] as const).map((d) => (
                  <form key={d} method="post" action={`${base}/${m.userId}/decide`} class="inline">
                    <CsrfField />
                    <input type="hidden" name="decision" value={d} />
                    <button type="submit" class={d === 'decline' ? 'secondary' : undefined}>
                      {t(`communities.members.${d}` as MessageKey, { name: m.name })}
                    </button>
                  </form>
                ))}
              </li>
            ))}
          </ul>
        </section>
      )}
      <table>
        <caption>{t('communities.members.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('communities.members.col.name')}</th>
            <th scope="col">{t('communities.members.col.role')}</th>
            <th scope="col">{t('communities.members.col.since')}</th>
            {(admin || moderator) && <th scope="col">{t('communities.members.col.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {p.members.map((m) => (
            <tr key={m.userId}>
              <td>
                {m.name} (@{m.handle})
              </td>
              <td>{t(`communities.role.${m.role}` as MessageKey)}</td>
              <td>{formatDate(locale, m.joinedAt, 'medium')}</td>
              {(admin || moderator) && (
                <td>
                  {admin && (
                    <form method="post" action={`${base}/${m.userId}/role`} class="inline">
                      <CsrfField />
                      <label class="visually-hidden" for={`role-${m.userId}`}>
                        {t('communities.members.roleOf', { name: m.name })}
                      </label>
                      <select id={`role-${m.userId}`} name="role">
                        {MEMBER_ROLES.map((r) => (
                          <option key={r} value={r} selected={r === m.role}>
                            {t(`communities.role.${r}` as MessageKey)}
                          </option>
                        ))}
                      </select>{' '}
                      <button type="submit" class="secondary">
                        {t('communities.members.changeRole')}
                      </button>
                    </form>
                  )}
                  {(admin || m.role === 'member') && (
                    <form method="post" action={`${base}/${m.userId}/remove`} class="inline">
                      <CsrfField />
                      <label class="check">
                        <input type="checkbox" name="ban" value="on" /> {t('communities.members.ban')}
                      </label>{' '}
                      <button type="submit" class="danger">
                        {t('communities.members.remove', { name: m.name })}
                      </button>
                    </form>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {p.ctx.can('invite') && (
        <section aria-labelledby="invite-heading">
          <h2 id="invite-heading">{t('communities.invite.title')}</h2>
          <form method="post" action={`/${locale}/communities/${c.slug}/invitations`}>
            <CsrfField />
            <Field
              name="emails"
              label={t('communities.invite.emails')}
              hint={t('communities.invite.hint')}
              errors={errors}
            >
              <textarea {...describe('emails', errors, true)} rows={3} required>
                {p.emails ?? ''}
              </textarea>
            </Field>
            <button type="submit">{t('communities.invite.submit')}</button>
          </form>
        </section>
      )}
    </Layout>
  );
}
