import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useReference } from '@/lib/reference';
import { SelectField, TextField } from '@/components/form';
import type { RequestFilters as Filters } from '../api/listRequests';

export const STATUSES = ['RECEIVED', 'UNDER_ANALYSIS', 'ACCEPTED', 'WAITLISTED', 'REFUSED', 'WITHDRAWN'] as const;
export const PRIORITY_LEVELS = ['HIGH', 'MEDIUM', 'LOW'] as const;
const TO_HANDLE = 'RECEIVED,UNDER_ANALYSIS';
const OPEN = 'RECEIVED,UNDER_ANALYSIS,WAITLISTED';

/** The queue's filters, kept in the URL (a filtered queue can be bookmarked and shared). */
export function filtersFromParams(params: URLSearchParams): Filters {
  const list = (name: string) =>
    params
      .getAll(name)
      .flatMap((v) => v.split(','))
      .filter(Boolean);
  const status = list('status').filter((s): s is (typeof STATUSES)[number] => (STATUSES as readonly string[]).includes(s));
  const priorityLevel = list('priorityLevel').filter((s): s is (typeof PRIORITY_LEVELS)[number] =>
    (PRIORITY_LEVELS as readonly string[]).includes(s),
  );
  const sort = params.get('sort');
  return {
    status: status.length ? status : undefined,
    priorityLevel: priorityLevel.length ? priorityLevel : undefined,
    territory: params.get('territory') || undefined,
    serviceOffer: params.get('serviceOffer') || undefined,
    q: params.get('q') || undefined,
    sort: sort === 'receivedOn' || sort === 'priority' || sort === '-receivedOn' ? sort : undefined,
    limit: 50,
  };
}

export function RequestFilters({
  params,
  onChange,
}: {
  params: URLSearchParams;
  onChange: (name: string, value: string) => void;
}) {
  const { t } = useTranslation();
  const territories = useReference('territories');
  const services = useReference('service-offers');
  const [q, setQ] = useState(params.get('q') ?? '');
  const statusValue = params.getAll('status').join(',');

  return (
    <form
      className="filters"
      role="search"
      aria-label={t('requests.filters')}
      onSubmit={(e) => {
        e.preventDefault();
        onChange('q', q.trim());
      }}
    >
      <TextField
        id="requests-q"
        className="field--wide"
        label={t('requests.search')}
        hint={t('requests.searchHint')}
        type="search"
        value={q}
        onChange={(e) => setQ(e.target.value)}
        onBlur={() => q.trim() !== (params.get('q') ?? '') && onChange('q', q.trim())}
      />
      <SelectField
        id="requests-status"
        label={t('requests.statusLabel')}
        value={statusValue}
        onChange={(e) => onChange('status', e.target.value)}
        placeholder={t('form.any')}
        options={[
          { value: TO_HANDLE, label: t('requests.statusToHandle') },
          { value: OPEN, label: t('requests.statusOpen') },
          ...STATUSES.map((s) => ({ value: s, label: t(`requests.status.${s}`) })),
        ]}
      />
      <SelectField
        id="requests-territory"
        label={t('requests.territory')}
        value={params.get('territory') ?? ''}
        onChange={(e) => onChange('territory', e.target.value)}
        placeholder={t('form.any')}
        options={territories.all.map((o) => ({ value: o.code, label: o.label }))}
      />
      <SelectField
        id="requests-service"
        label={t('requests.serviceOffer')}
        value={params.get('serviceOffer') ?? ''}
        onChange={(e) => onChange('serviceOffer', e.target.value)}
        placeholder={t('form.any')}
        options={services.all.map((o) => ({ value: o.code, label: o.label }))}
      />
      <SelectField
        id="requests-priority"
        label={t('requests.priority.label')}
        value={params.getAll('priorityLevel').join(',')}
        onChange={(e) => onChange('priorityLevel', e.target.value)}
        placeholder={t('form.any')}
        options={PRIORITY_LEVELS.map((p) => ({ value: p, label: t(`requests.priority.level.${p}`) }))}
      />
      <SelectField
        id="requests-sort"
        label={t('list.sort')}
        value={params.get('sort') ?? '-receivedOn'}
        onChange={(e) => onChange('sort', e.target.value === '-receivedOn' ? '' : e.target.value)}
        options={[
          { value: '-receivedOn', label: t('requests.sortNewest') },
          { value: 'receivedOn', label: t('requests.sortOldest') },
          { value: 'priority', label: t('requests.sortPriority') },
        ]}
      />
      <div className="actions">
        <button type="submit" className="button">
          {t('actions.search')}
        </button>
      </div>
    </form>
  );
}
