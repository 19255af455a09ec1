import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useRoles } from '@/lib/auth';
import { useDocumentTitle } from '@/components/useDocumentTitle';
import { Loading } from '@/components/Loading';
import { ErrorMessage } from '@/components/ErrorMessage';
import { LoadMore } from '@/components/LoadMore';
import { useRequests } from '../api/listRequests';
import { filtersFromParams, RequestFilters } from '../components/RequestFilters';
import { RequestTable } from '../components/RequestTable';

/** /demandes — the queue of requests with filters and sort, 50 at a time. */
export default function RequestsRoute() {
  const { t } = useTranslation();
  const { canWrite } = useRoles();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFromParams(params), [params]);
  const query = useRequests(filters);
  const items = query.data?.pages.flatMap((p) => p.items ?? []) ?? [];
  useDocumentTitle(t('requests.title'));

  const onChange = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };

  return (
    <div className="stack">
      <div className="page-header">
        <div>
          <h1>{t('requests.title')}</h1>
          <p className="muted">{t('requests.intro')}</p>
        </div>
        {canWrite ? (
          <Link to="/demandes/nouvelle" className="button">
            {t('requests.new')}
          </Link>
        ) : null}
      </div>
      <section className="card" aria-labelledby="requests-filters-title">
        <h2 id="requests-filters-title" className="visually-hidden">
          {t('list.filters')}
        </h2>
        <RequestFilters params={params} onChange={onChange} />
      </section>
      <section className="card" aria-labelledby="requests-results-title" aria-busy={query.isFetching}>
        <h2 id="requests-results-title">{t('requests.results')}</h2>
        {query.isPending ? (
          <Loading />
        ) : query.isError ? (
          <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />
        ) : items.length === 0 ? (
          <p className="empty" role="status">
            {t('list.empty')}
          </p>
        ) : (
          <>
            <RequestTable items={items} caption={t('requests.results')} />
            <LoadMore
              shown={items.length}
              hasMore={query.hasNextPage}
              loading={query.isFetchingNextPage}
              onLoadMore={() => void query.fetchNextPage()}
            />
          </>
        )}
      </section>
    </div>
  );
}
