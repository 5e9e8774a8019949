import type { FieldError } from '../../../../core/errors.ts';
import { formatDate, formatNumber } from '../../../../core/i18n/index.ts';
import { useCtx } from '../../../../core/render/context.ts';
import { CsrfField, describe, ErrorSummary, Field, Notice } from '../../../../ui/forms.tsx';
import { Layout } from '../../../../ui/Layout.tsx';
import { CONTENT_TYPES, type ContentType } from '../../../content/types.ts';
import type { itemsOf, listsOf, ReadingListRow } from '../repository.ts';

type Lists = Awaited<ReturnType<typeof listsOf>>;
type Items = Awaited<ReturnType<typeof itemsOf>>;

const itemHref = (locale: string, type: string, slug: string) =>
  `/${locale}/${CONTENT_TYPES[type as ContentType]?.path ?? 'library'}/${slug}`;

function NameField({ errors, value }: { errors: FieldError[]; value?: string }) {
  const { t } = useCtx();
  return (
    <Field name="name" label={t('members.lists.name')} errors={errors}>
      <input {...describe('name', errors)} value={value ?? ''} required maxLength={100} />
    </Field>
  );
}

/** The member's reading lists, and a form for a new one. */
export function ListsPage(p: { lists: Lists; errors?: FieldError[]; notice?: string }) {
  const { t, locale } = useCtx();
  const errors = p.errors ?? [];
  return (
    <Layout title={t('members.lists.title')} section="account" indexable={false}>
      <h1>{t('members.lists.title')}</h1>
      <p>{t('members.lists.intro')}</p>
      <Notice text={p.notice} />
      <ErrorSummary errors={errors} />
      {p.lists.length === 0 ? (
        <p>{t('members.lists.none')}</p>
      ) : (
        <ul>
          {p.lists.map((l) => (
            <li key={l.id}>
              <a href={`/${locale}/me/lists/${l.id}`}>{l.name}</a>{' '}
              <span class="meta">
                · {t('members.lists.count', { count: l.items, formatted: formatNumber(locale, l.items) })}
                {l.shared && ` · ${t('members.lists.shared')}`}
              </span>
            </li>
          ))}
        </ul>
      )}
      <h2>{t('members.lists.new')}</h2>
      <form method="post" action={`/${locale}/me/lists`}>
        <CsrfField />
        <NameField errors={errors} />
        <button type="submit">{t('members.lists.create')}</button>
      </form>
    </Layout>
  );
}

function ItemList({ items, removeBase }: { items: Items; removeBase?: string }) {
  const { t, locale } = useCtx();
  if (items.length === 0) return <p>{t('members.lists.empty')}</p>;
  return (
    <ul>
      {items.map((i) => (
        <li key={i.id}>
          <a href={itemHref(locale, i.type, i.slug)}>{i.title}</a>{' '}
          <span class="meta">· {t(`members.me.kind.${i.type}` as Parameters<typeof t>[0])}</span>
          {removeBase && (
            <form method="post" action={`${removeBase}/items/${i.id}/remove`} class="inline">
              <CsrfField />{' '}
              <button type="submit" class="link-button">
                {t('members.lists.remove')}
              </button>
            </form>
          )}
        </li>
      ))}
    </ul>
  );
}

/** One of the member's lists: its items, renaming, sharing by link, deleting. */
export function ListPage(p: {
  list: ReadingListRow;
  items: Items;
  /** The shared link, shown once right after it is made. */
  link?: string;
  errors?: FieldError[];
  notice?: string;
}) {
  const { t, locale } = useCtx();
  const errors = p.errors ?? [];
  const base = `/${locale}/me/lists/${p.list.id}`;
  return (
    <Layout title={p.list.name} section="account" indexable={false}>
      <p class="meta">
        <a href={`/${locale}/me/lists`}>{t('members.lists.title')}</a>
      </p>
      <h1>{p.list.name}</h1>
      <Notice text={p.notice} />
      <ErrorSummary errors={errors} />
      <ItemList items={p.items} removeBase={base} />
      <h2>{t('members.lists.sharing')}</h2>
      {p.link && (
        <div class="notice" role="status">
          <p>{t('members.lists.linkOnce')}</p>
          <p>
            <a href={p.link}>{p.link}</a>
          </p>
        </div>
      )}
      <p>
        {p.list.shareTokenHash
          ? t('members.lists.isShared', { date: formatDate(locale, p.list.updatedAt, 'medium') })
          : t('members.lists.isPrivate')}
      </p>
      <form method="post" action={`${base}/share`} class="inline">
        <CsrfField />
        <button type="submit">
          {t(p.list.shareTokenHash ? 'members.lists.newLink' : 'members.lists.share')}
        </button>
      </form>{' '}
      {p.list.shareTokenHash && (
        <form method="post" action={`${base}/unshare`} class="inline">
          <CsrfField />
          <button type="submit" class="secondary">
            {t('members.lists.unshare')}
          </button>
        </form>
      )}
      <h2>{t('members.lists.rename')}</h2>
      <form method="post" action={`${base}/rename`}>
        <CsrfField />
        <NameField errors={errors} value={p.list.name} />
        <button type="submit">{t('members.lists.renameSubmit')}</button>
      </form>
      <h2>{t('members.lists.delete')}</h2>
      <form method="post" action={`${base}/delete`}>
        <CsrfField />
        <p class="hint">{t('members.lists.deleteHint')}</p>
        <button type="submit" class="danger">
          {t('members.lists.deleteSubmit')}
        </button>
      </form>
    </Layout>
  );
}

/** A list opened by its shared link: read-only, not indexed. */
export function SharedListPage(p: { list: ReadingListRow; items: Items }) {
  const { t } = useCtx();
  return (
    <Layout title={p.list.name} indexable={false}>
      <h1>{p.list.name}</h1>
      <p class="meta">{t('members.lists.sharedIntro')}</p>
      <ItemList items={p.items} />
    </Layout>
  );
}

/** Choosing the list to save an item to (or naming a new one). */
export function SavePage(p: {
  item: { id: string; type: string; slug: string; title: string };
  lists: Lists;
  errors?: FieldError[];
}) {
  const { t, locale } = useCtx();
  const errors = p.errors ?? [];
  return (
    <Layout title={t('members.lists.save')} section="account" indexable={false}>
      <h1>{t('members.lists.save')}</h1>
      <p>
        <a href={itemHref(locale, p.item.type, p.item.slug)}>{p.item.title}</a>
      </p>
      <ErrorSummary errors={errors} />
      <form method="post" action={`/${locale}/me/save`}>
        <CsrfField />
        <input type="hidden" name="item" value={p.item.id} />
        {p.lists.length > 0 && (
          <Field name="list" label={t('members.lists.choose')} errors={errors}>
            <select {...describe('list', errors)}>
              <option value="">{t('members.lists.chooseNew')}</option>
              {p.lists.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.name}
                </option>
              ))}
            </select>
          </Field>
        )}
        <Field
          name="newName"
          label={t('members.lists.newName')}
          hint={t('members.lists.newNameHint')}
          errors={errors}
        >
          <input {...describe('newName', errors, true)} maxLength={100} />
        </Field>
        <button type="submit">{t('members.lists.saveSubmit')}</button>
      </form>
    </Layout>
  );
}
