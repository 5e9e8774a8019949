import type { ArticleImageView } from '../presenter.ts';

/**
 * A lead image: the browser picks the smallest variant that fills the slot (srcset + sizes),
 * the width and height reserve its space before it arrives, and it loads only when near the
 * viewport.
 */
export function ArticleImage({
  image,
  sizes = '(min-width: 48rem) 46rem, 100vw',
  lang,
}: {
  image: ArticleImageView;
  sizes?: string;
  lang?: string;
}) {
  return (
    <img
      class="lead-image"
      src={image.src}
      srcset={image.srcset}
      sizes={sizes}
      width={image.width}
      height={image.height}
      alt={image.alt}
      lang={lang}
      loading="lazy"
      decoding="async"
    />
  );
}
