import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/i18n';

/** "Charger plus" under a paged list, with the number shown so far announced politely. */
export function LoadMore({
  shown,
  hasMore,
  loading,
  onLoadMore,
}: {
  shown: number;
  hasMore: boolean;
  loading: boolean;
  onLoadMore: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="load-more">
      <p className="muted" aria-live="polite">
        {hasMore
          ? t('list.shownMore', { count: shown, formatted: format.number(shown) })
          : t('list.shownAll', { count: shown, formatted: format.number(shown) })}
      </p>
      {hasMore ? (
        <button type="button" className="button button--secondary" onClick={onLoadMore} disabled={loading}>
          {loading ? t('app.loading') : t('list.loadMore')}
        </button>
      ) : null}
    </div>
  );
}
