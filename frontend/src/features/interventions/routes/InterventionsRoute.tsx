import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useRoles } from '@/lib/auth';
import { useReference } from '@/lib/reference';
import { useDocumentTitle } from '@/components/useDocumentTitle';
import { Loading } from '@/components/Loading';
import { ErrorMessage } from '@/components/ErrorMessage';
import { LoadMore } from '@/components/LoadMore';
import { SelectField, TextField } from '@/components/form';
import { useInterventions, type InterventionFilters, type InterventionStatus } from '../api/listInterventions';
import { InterventionTable } from '../components/InterventionTable';

const STATUSES: InterventionStatus[] = ['PLANNED', 'ACTIVE', 'ON_HOLD', 'CLOSED'];

/** /interventions — every intervention of the establishment, with filters, 50 at a time. */
export default function InterventionsRoute() {
  const { t } = useTranslation();
  const roles = useRoles();
  const territories = useReference('territories');
  const services = useReference('service-offers');
  const determinants = useReference('determinants');
  const [params, setParams] = useSearchParams();
  const [q, setQ] = useState(params.get('q') ?? '');
  const mine = params.get('mine') === '1';
  const filters = useMemo<InterventionFilters>(() => {
    const status = params.get('status');
    return {
      q: params.get('q') || undefined,
      status: STATUSES.includes(status as InterventionStatus) ? (status as InterventionStatus) : undefined,
      territory: params.get('territory') || undefined,
      serviceOffer: params.get('serviceOffer') || undefined,
      determinant: params.get('determinant') || undefined,
      organizer: mine ? roles.organizerId : undefined,
      limit: 50,
    };
  }, [params, mine, roles.organizerId]);
  const query = useInterventions(filters, !mine || Boolean(roles.organizerId));
  const items = query.data?.pages.flatMap((p) => p.items ?? []) ?? [];
  useDocumentTitle(t('interventions.title'));

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
          <h1>{t('interventions.title')}</h1>
          <p className="muted">{t('interventions.intro')}</p>
        </div>
      </div>
      <section className="card" aria-label={t('list.filters')}>
        <form
          className="filters"
          role="search"
          aria-label={t('interventions.filters')}
          onSubmit={(e) => {
            e.preventDefault();
            onChange('q', q.trim());
          }}
        >
          <TextField
            id="interventions-q"
            className="field--wide"
            type="search"
            label={t('interventions.search')}
            hint={t('interventions.searchHint')}
            value={q}
            onChange={(e) => setQ(e.target.value)}
            onBlur={() => q.trim() !== (params.get('q') ?? '') && onChange('q', q.trim())}
          />
          <SelectField
            id="interventions-status"
            label={t('interventions.statusLabel')}
            value={params.get('status') ?? ''}
            onChange={(e) => onChange('status', e.target.value)}
            placeholder={t('form.any')}
            options={STATUSES.map((s) => ({ value: s, label: t(`interventions.status.${s}`) }))}
          />
          <SelectField
            id="interventions-territory"
            label={t('interventions.territory')}
            value={params.get('territory') ?? ''}
            onChange={(e) => onChange('territory', e.target.value)}
            placeholder={t('form.any')}
            options={territories.all.map((o) => ({ value: o.code, label: o.label }))}
          />
          <SelectField
            id="interventions-service"
            label={t('interventions.serviceOffer')}
            value={params.get('serviceOffer') ?? ''}
            onChange={(e) => onChange('serviceOffer', e.target.value)}
            placeholder={t('form.any')}
            options={services.all.map((o) => ({ value: o.code, label: o.label }))}
          />
          <SelectField
            id="interventions-determinant"
            label={t('interventions.determinant')}
            value={params.get('determinant') ?? ''}
            onChange={(e) => onChange('determinant', e.target.value)}
            placeholder={t('form.any')}
            options={determinants.all.map((o) => ({ value: o.code, label: o.label }))}
          />
          {roles.organizerId ? (
            <label className="check">
              <input type="checkbox" checked={mine} onChange={(e) => onChange('mine', e.target.checked ? '1' : '')} />
              <span>{t('interventions.mine')}</span>
            </label>
          ) : null}
          <div className="actions">
            <button type="submit" className="button">
              {t('actions.search')}
            </button>
          </div>
        </form>
      </section>
      <section className="card" aria-labelledby="interventions-results-title" aria-busy={query.isFetching}>
        <h2 id="interventions-results-title">{t('interventions.results')}</h2>
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
            <InterventionTable items={items} caption={t('interventions.results')} />
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
