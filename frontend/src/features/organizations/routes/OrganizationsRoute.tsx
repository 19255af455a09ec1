import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useReference } from '@/lib/reference';
import { useDocumentTitle } from '@/components/useDocumentTitle';
import { Loading } from '@/components/Loading';
import { ErrorMessage } from '@/components/ErrorMessage';
import { LoadMore } from '@/components/LoadMore';
import { Badge } from '@/components/Badge';
import { SelectField, TextField } from '@/components/form';
import { useOrganizations, type OrganizationFilters } from '../api/listOrganizations';

/** /organisations — the directory of organizations, searchable with or without accents. */
export default function OrganizationsRoute() {
  const { t } = useTranslation();
  const types = useReference('organization-types');
  const territories = useReference('territories');
  const [params, setParams] = useSearchParams();
  const [q, setQ] = useState(params.get('q') ?? '');
  const filters = useMemo<OrganizationFilters>(
    () => ({
      q: params.get('q') || undefined,
      type: params.get('type') || undefined,
      territory: params.get('territory') || undefined,
      archived: params.get('archived') === '1' ? true : undefined,
      limit: 50,
    }),
    [params],
  );
  const query = useOrganizations(filters);
  const items = query.data?.pages.flatMap((p) => p.items ?? []) ?? [];
  useDocumentTitle(t('organizations.title'));

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
          <h1>{t('organizations.title')}</h1>
          <p className="muted">{t('organizations.intro')}</p>
        </div>
      </div>
      <section className="card" aria-label={t('list.filters')}>
        <form
          className="filters"
          role="search"
          aria-label={t('organizations.filters')}
          onSubmit={(e) => {
            e.preventDefault();
            onChange('q', q.trim());
          }}
        >
          <TextField
            id="organizations-q"
            className="field--wide"
            type="search"
            label={t('organizations.search')}
            hint={t('organizations.searchHint')}
            value={q}
            onChange={(e) => setQ(e.target.value)}
            onBlur={() => q.trim() !== (params.get('q') ?? '') && onChange('q', q.trim())}
          />
          <SelectField
            id="organizations-type"
            label={t('organizations.type')}
            value={params.get('type') ?? ''}
            onChange={(e) => onChange('type', e.target.value)}
            placeholder={t('form.any')}
            options={types.all.map((o) => ({ value: o.code, label: o.label }))}
          />
          <SelectField
            id="organizations-territory"
            label={t('organizations.territory')}
            value={params.get('territory') ?? ''}
            onChange={(e) => onChange('territory', e.target.value)}
            placeholder={t('form.any')}
            options={territories.all.map((o) => ({ value: o.code, label: o.label }))}
          />
          <label className="check">
            <input
              type="checkbox"
              checked={params.get('archived') === '1'}
              onChange={(e) => onChange('archived', e.target.checked ? '1' : '')}
            />
            <span>{t('organizations.archivedOnly')}</span>
          </label>
          <div className="actions">
            <button type="submit" className="button">
              {t('actions.search')}
            </button>
          </div>
        </form>
      </section>
      <section className="card" aria-labelledby="organizations-results-title" aria-busy={query.isFetching}>
        <h2 id="organizations-results-title">{t('organizations.results')}</h2>
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
              <table className="table" data-testid="organizations-table">
                <caption className="visually-hidden">{t('organizations.results')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('organizations.name')}</th>
                    <th scope="col">{t('organizations.type')}</th>
                    <th scope="col">{t('organizations.city')}</th>
                    <th scope="col">{t('organizations.territory')}</th>
                    <th scope="col">{t('organizations.neq')}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((o) => (
                    <tr key={o.id}>
                      <th scope="row">
                        <Link to={`/organisations/${o.id}`}>{o.name}</Link>{' '}
                        {o.archived ? <Badge>{t('organizations.archived')}</Badge> : null}
                      </th>
                      <td>{types.label(o.type)}</td>
                      <td>{o.city}</td>
                      <td>{territories.label(o.territory)}</td>
                      <td>{o.neq}</td>
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
