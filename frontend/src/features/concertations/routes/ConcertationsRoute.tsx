import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useRoles } from '@/lib/auth';
import { useReference } from '@/lib/reference';
import { useDocumentTitle } from '@/components/useDocumentTitle';
import { Loading } from '@/components/Loading';
import { ErrorMessage } from '@/components/ErrorMessage';
import { LoadMore } from '@/components/LoadMore';
import { Badge } from '@/components/Badge';
import { SelectField, TextField } from '@/components/form';
import { useConcertations, type ConcertationFilters } from '../api/listConcertations';

const STATUSES = ['ACTIVE', 'INACTIVE', 'CLOSED'] as const;
const SCOPES = ['LOCAL', 'MRC', 'REGIONAL'] as const;

/** /concertations — the concertation places the service supports, by name. */
export default function ConcertationsRoute() {
  const { t } = useTranslation();
  const roles = useRoles();
  const kinds = useReference('concertation-kinds');
  const territories = useReference('territories');
  const [params, setParams] = useSearchParams();
  const [q, setQ] = useState(params.get('q') ?? '');
  const mine = params.get('mine') === '1';
  const filters = useMemo<ConcertationFilters>(() => {
    const status = params.get('status');
    const scope = params.get('scope');
    return {
      q: params.get('q') || undefined,
      status: (STATUSES as readonly string[]).includes(status ?? '') ? (status as (typeof STATUSES)[number]) : undefined,
      scope: (SCOPES as readonly string[]).includes(scope ?? '') ? (scope as (typeof SCOPES)[number]) : undefined,
      kind: params.get('kind') || undefined,
      territory: params.get('territory') || undefined,
      organizer: mine ? roles.organizerId : undefined,
      limit: 50,
    };
  }, [params, mine, roles.organizerId]);
  const query = useConcertations(filters, !mine || Boolean(roles.organizerId));
  const items = query.data?.pages.flatMap((p) => p.items ?? []) ?? [];
  useDocumentTitle(t('concertations.title'));

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
          <h1>{t('concertations.title')}</h1>
          <p className="muted">{t('concertations.intro')}</p>
        </div>
      </div>
      <section className="card" aria-label={t('list.filters')}>
        <form
          className="filters"
          role="search"
          aria-label={t('concertations.filters')}
          onSubmit={(e) => {
            e.preventDefault();
            onChange('q', q.trim());
          }}
        >
          <TextField
            id="concertations-q"
            className="field--wide"
            type="search"
            label={t('concertations.search')}
            hint={t('concertations.searchHint')}
            value={q}
            onChange={(e) => setQ(e.target.value)}
            onBlur={() => q.trim() !== (params.get('q') ?? '') && onChange('q', q.trim())}
          />
          <SelectField
            id="concertations-kind"
            label={t('concertations.kind')}
            value={params.get('kind') ?? ''}
            onChange={(e) => onChange('kind', e.target.value)}
            placeholder={t('form.any')}
            options={kinds.all.map((o) => ({ value: o.code, label: o.label }))}
          />
          <SelectField
            id="concertations-territory"
            label={t('requests.territory')}
            value={params.get('territory') ?? ''}
            onChange={(e) => onChange('territory', e.target.value)}
            placeholder={t('form.any')}
            options={territories.all.map((o) => ({ value: o.code, label: o.label }))}
          />
          <SelectField
            id="concertations-scope"
            label={t('concertations.scopeLabel')}
            value={params.get('scope') ?? ''}
            onChange={(e) => onChange('scope', e.target.value)}
            placeholder={t('form.any')}
            options={SCOPES.map((s) => ({ value: s, label: t(`concertations.scope.${s}`) }))}
          />
          <SelectField
            id="concertations-status"
            label={t('concertations.statusLabel')}
            value={params.get('status') ?? ''}
            onChange={(e) => onChange('status', e.target.value)}
            placeholder={t('form.any')}
            options={STATUSES.map((s) => ({ value: s, label: t(`concertations.status.${s}`) }))}
          />
          {roles.organizerId ? (
            <label className="check">
              <input type="checkbox" checked={mine} onChange={(e) => onChange('mine', e.target.checked ? '1' : '')} />
              <span>{t('concertations.mine')}</span>
            </label>
          ) : null}
          <div className="actions">
            <button type="submit" className="button">
              {t('actions.search')}
            </button>
          </div>
        </form>
      </section>
      <section className="card" aria-labelledby="concertations-results-title" aria-busy={query.isFetching}>
        <h2 id="concertations-results-title">{t('concertations.results')}</h2>
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
            <div className="table-wrap">
              <table className="table" data-testid="concertations-table">
                <caption className="visually-hidden">{t('concertations.results')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('concertations.name')}</th>
                    <th scope="col">{t('concertations.kind')}</th>
                    <th scope="col">{t('concertations.scopeLabel')}</th>
                    <th scope="col">{t('requests.territory')}</th>
                    <th scope="col">{t('concertations.statusLabel')}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((c) => (
                    <tr key={c.id}>
                      <th scope="row">
                        <Link to={`/concertations/${c.id}`}>{c.name}</Link>
                      </th>
                      <td>{kinds.label(c.kindCode)}</td>
                      <td>{c.scope ? t(`concertations.scope.${c.scope}`) : ''}</td>
                      <td>{territories.label(c.territoryCode)}</td>
                      <td>
                        <Badge tone={c.status === 'ACTIVE' ? 'success' : 'neutral'}>
                          {t(`concertations.status.${c.status ?? 'ACTIVE'}`)}
                        </Badge>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
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
