import { useCtx } from '../../../../core/render/context.ts';

const enc = encodeURIComponent;

/** Plain share links: no script, no button counters, nothing loaded from the networks. */
export function ShareLinks({ title, url }: { title: string; url: string }) {
  const { t } = useCtx();
  const links = [
    {
      id: 'email',
      href: `mailto:?subject=${enc(title)}&body=${enc(url)}`,
      label: t('libraryDetail.shareByEmail'),
    },
    {
      id: 'linkedin',
      href: `https://www.linkedin.com/sharing/share-offsite/?url=${enc(url)}`,
      network: 'LinkedIn',
    },
    { id: 'x', href: `https://x.com/intent/post?url=${enc(url)}&text=${enc(title)}`, network: 'X' },
    { id: 'facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${enc(url)}`, network: 'Facebook' },
    { id: 'whatsapp', href: `https://wa.me/?text=${enc(`${title} ${url}`)}`, network: 'WhatsApp' },
  ];
  return (
    <section aria-labelledby="share-h">
      <h2 id="share-h">{t('libraryDetail.share')}</h2>
      <ul class="tags">
        {links.map((l) => (
          <li key={l.id}>
            <a href={l.href} rel="noopener noreferrer">
              {l.label ?? t('libraryDetail.shareOn', { network: l.network ?? '' })}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
