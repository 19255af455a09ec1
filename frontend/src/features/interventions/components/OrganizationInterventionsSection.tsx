import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/Loading';
import { ErrorMessage } from '@/components/ErrorMessage';
import { LoadMore } from '@/components/LoadMore';
import { useInterventions } from '../api/listInterventions';
import { InterventionTable } from './InterventionTable';

/** An organization's interventions (its history with the service), for the organization page. */
export function OrganizationInterventionsSection({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const query = useInterventions({ organization: organizationId, limit: 50 });
  const items = query.data?.pages.flatMap((p) => p.items ?? []) ?? [];
  return (
    <section className="card" aria-labelledby="org-interventions-title">
      <h2 id="org-interventions-title">{t('interventions.ofOrganization')}</h2>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />
      ) : items.length === 0 ? (
        <p className="empty">{t('interventions.noneForOrganization')}</p>
      ) : (
        <>
          <InterventionTable items={items} caption={t('interventions.ofOrganization')} />
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
