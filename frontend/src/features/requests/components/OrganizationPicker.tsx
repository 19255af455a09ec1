import { useDeferredValue, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useReference } from '@/lib/reference';
import { FieldError } from '@/components/form';
import { useOrganizationSearch, type OrganizationSummary } from '../api/searchOrganizations';

/**
 * Finds an existing organization by part of its name (accents and case ignored by the API: "ecole" finds
 * "École"): a search box and the matches as radio buttons, so it works with the keyboard and screen readers.
 */
export function OrganizationPicker({
  selected,
  onSelect,
  error,
}: {
  selected?: Pick<OrganizationSummary, 'id' | 'name'>;
  onSelect: (organization: OrganizationSummary) => void;
  error?: readonly string[];
}) {
  const { t } = useTranslation();
  const id = useId();
  const types = useReference('organization-types');
  const territories = useReference('territories');
  const [q, setQ] = useState('');
  const deferred = useDeferredValue(q);
  const search = useOrganizationSearch(deferred);
  const results = search.data?.items ?? [];
  const searching = deferred.trim().length >= 2;

  return (
    <div className="stack-sm">
      <div className={error ? 'field field--invalid' : 'field'}>
        <label htmlFor={`${id}-q`} className="field__label">
          {t('requests.intake.searchOrganization')}
        </label>
        <p id={`${id}-hint`} className="field__hint">
          {t('requests.intake.searchHint')}
        </p>
        <input
          id={`${id}-q`}
          className="input"
          type="search"
          autoComplete="off"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          onKeyDown={(e) => e.key === 'Enter' && e.preventDefault()}
          aria-describedby={[`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ')}
          aria-invalid={error ? true : undefined}
          aria-controls={`${id}-results`}
        />
        <FieldError id={`${id}-error`} errors={error} />
      </div>
      <p className="muted" role="status" aria-live="polite">
        {!searching
          ? selected?.id
            ? t('requests.intake.selected', { name: selected.name })
            : ''
          : search.isFetching && !search.data
            ? t('app.loading')
            : t('requests.intake.matches', { count: results.length })}
      </p>
      {searching && results.length > 0 ? (
        <fieldset className="fieldset" id={`${id}-results`}>
          <legend>{t('requests.intake.chooseOrganization')}</legend>
          <ul className="plain-list picker-results" data-testid="organization-results">
            {results.map((org) => (
              <li key={org.id}>
                <label className="check">
                  <input
                    type="radio"
                    name={`${id}-organization`}
                    checked={selected?.id === org.id}
                    onChange={() => onSelect(org)}
                  />
                  <span>
                    {org.name}
                    <span className="cell-sub">
                      {[types.label(org.type), org.city, territories.label(org.territory)].filter(Boolean).join(' · ')}
                    </span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      ) : null}
    </div>
  );
}
