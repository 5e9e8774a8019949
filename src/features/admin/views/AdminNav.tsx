import { can } from '../../../core/policies/index.ts';
import { useCtx } from '../../../core/render/context.ts';

/** The one navigation of the staff console; entries appear by permission. */
export function AdminNav({
  current,
}: {
  current:
    | 'home'
    | 'review'
    | 'translations'
    | 'quality'
    | 'featured'
    | 'users'
    | 'outbox'
    | 'taxonomy'
    | 'library'
    | 'events'
    | 'webinars'
    | 'news'
    | 'blog'
    | 'glossary'
    | 'audit'
    | 'rights'
    | 'organisations'
    | 'community-requests'
    | 'community-reports'
    | 'communities'
    | 'feedback';
}) {
  const { t, locale, user } = useCtx();
  const items = [
    { id: 'home', href: `/${locale}/admin`, label: t('admin.nav.home'), show: true },
    {
      id: 'review',
      href: `/${locale}/admin/review`,
      label: t('editorial.queue.nav'),
      show: can(user, 'content.review'),
    },
    {
      id: 'translations',
      href: `/${locale}/admin/translations`,
      label: t('editorial.translations.nav'),
      show: can(user, 'content.review'),
    },
    {
      id: 'quality',
      href: `/${locale}/admin/quality`,
      label: t('editorial.quality.nav'),
      show: can(user, 'content.review'),
    },
    {
      id: 'featured',
      href: `/${locale}/admin/featured`,
      label: t('editorial.featured.nav'),
      show: can(user, 'featured.manage'),
    },
    {
      id: 'rights',
      href: `/${locale}/admin/rights`,
      label: t('editorial.rights.nav'),
      show: can(user, 'rights.manage'),
    },
    {
      id: 'library',
      href: `/${locale}/admin/library`,
      label: t('libraryEditorial.admin.nav'),
      show: can(user, 'publication.edit'),
    },
    {
      id: 'events',
      href: `/${locale}/admin/events`,
      label: t('events.admin.nav'),
      show: can(user, 'event.edit'),
    },
    {
      id: 'community-reports',
      href: `/${locale}/admin/community-reports`,
      label: t('communities.admin.reports'),
      show: can(user, 'communities.manage'),
    },
    {
      id: 'community-requests',
      href: `/${locale}/admin/community-requests`,
      label: t('communities.admin.requests'),
      show: can(user, 'communities.manage'),
    },
    {
      id: 'webinars',
      href: `/${locale}/admin/webinars`,
      label: t('webinars.admin.title'),
      show: can(user, 'webinars.manage'),
    },
    {
      id: 'communities',
      href: `/${locale}/admin/communities`,
      label: t('communityHealth.nav'),
      show: can(user, 'communities.manage'),
    },
    {
      id: 'feedback',
      href: `/${locale}/admin/feedback`,
      label: t('feedback.admin.nav'),
      show: can(user, 'feedback.manage'),
    },
    {
      id: 'news',
      href: `/${locale}/admin/news`,
      label: t('content.news.title'),
      show: can(user, 'article.edit'),
    },
    {
      id: 'blog',
      href: `/${locale}/admin/blog`,
      label: t('content.blog.title'),
      show: can(user, 'article.edit'),
    },
    {
      id: 'taxonomy',
      href: `/${locale}/admin/taxonomy`,
      label: t('admin.nav.taxonomy'),
      show: can(user, 'taxonomy.edit'),
    },
    {
      id: 'glossary',
      href: `/${locale}/admin/glossary`,
      label: t('glossary.nav'),
      show: can(user, 'glossary.edit'),
    },
    {
      id: 'organisations',
      href: `/${locale}/admin/organisations`,
      label: t('organisations.admin.nav'),
      show: can(user, 'organisations.manage'),
    },
    {
      id: 'users',
      href: `/${locale}/admin/users`,
      label: t('admin.nav.users'),
      show: can(user, 'users.manage'),
    },
    {
      id: 'audit',
      href: `/${locale}/admin/audit`,
      label: t('admin.nav.audit'),
      show: can(user, 'audit.read'),
    },
    {
      id: 'outbox',
      href: `/${locale}/admin/outbox`,
      label: t('admin.nav.outbox'),
      show: can(user, 'outbox.read'),
    },
  ].filter((i) => i.show);
  return (
    <nav class="admin-nav" aria-label={t('admin.nav.label')}>
      <ul class="nav">
        {items.map((i) => (
          <li key={i.id}>
            <a href={i.href} aria-current={current === i.id ? 'page' : undefined}>
              {i.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
