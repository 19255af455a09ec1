import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/Loading';
import { ErrorMessage } from '@/components/ErrorMessage';
import { LoadMore } from '@/components/LoadMore';
import { useRequests } from '../api/listRequests';
import { RequestTable } from './RequestTable';

/** An organization's requests (its history with the service), for the organization page. */
export function OrganizationRequestsSection({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const query = useRequests({ organization: organizationId, limit: 50 });
  const items = query.data?.pages.flatMap((p) => p.items ?? []) ?? [];
  return (
    <section className="card" aria-labelledby="org-requests-title">
      <h2 id="org-requests-title">{t('requests.ofOrganization')}</h2>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />
      ) : items.length === 0 ? (
        <p className="empty">{t('requests.noneForOrganization')}</p>
      ) : (
        <>
          <RequestTable items={items} caption={t('requests.ofOrganization')} showOrganization={false} />
          <LoadMore
            shown={items.length}
            hasMore={query.hasNextPage}
            loading={query.isFetchingNextPage}
            onLoadMore={() => void query.fetchNextPage()}
          />
        </>
      )}
    </section>
  );
}
