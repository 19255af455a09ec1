import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/i18n';
import { useReference } from '@/lib/reference';
import { SelectField, TextField } from '@/components/form';
import { todayIso } from '@/lib/dates';
import {
  fiscalPeriods,
  fiscalYearCode,
  fiscalYearStart,
  kindOf,
  type PeriodKind,
  type ReportScope,
} from '../lib/periods';

const KINDS: PeriodKind[] = ['fiscalYear', 'fiscalPeriod', 'calendarYear', 'range'];

/**
 * The report's period: a financial year (April 1 – March 31), one of its 13 periods, a calendar year or dates;
 * and the territory (the whole establishment by default). Changes apply at once, except dates (Afficher).
 */
export function PeriodPicker({ scope, onChange }: { scope: ReportScope; onChange: (scope: ReportScope) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const territories = useReference('territories');
  const kind = kindOf(scope);
  const currentFy = fiscalYearStart();
  // The calendar year of Québec's today (not the browser's: a browser in UTC is in the new year on 31 December evening).
  const thisYear = Number(todayIso().slice(0, 4));
  const years = Array.from({ length: 6 }, (_, i) => currentFy - i);
  const selectedFy = scope.period?.startsWith('FY') ? Number(scope.period.slice(2, 6)) : currentFy;
  const [from, setFrom] = useState(scope.from ?? `${thisYear}-01-01`);
  const [to, setTo] = useState(scope.to ?? todayIso());
  const [dateError, setDateError] = useState<string>();

  const setKind = (next: PeriodKind) => {
    const territory = scope.territory;
    if (next === 'fiscalYear') onChange({ period: fiscalYearCode(selectedFy), territory });
    if (next === 'fiscalPeriod') {
      const today = todayIso();
      const periods = fiscalPeriods(selectedFy);
      const current = periods.find((p) => p.from <= today && today <= p.to) ?? periods[0]!;
      onChange({ period: current.code, territory });
    }
    if (next === 'calendarYear') onChange({ period: String(thisYear), territory });
    if (next === 'range') onChange({ from, to, territory });
  };

  return (
    <form
      className="filters"
      aria-label={t('reports.periodPicker')}
      data-testid="report-period"
      onSubmit={(e) => {
        e.preventDefault();
        if (!from || !to || from > to) {
          setDateError(t('problems.field.dateOrder'));
          return;
        }
        setDateError(undefined);
        onChange({ from, to, territory: scope.territory });
      }}
    >
      <SelectField
        id="report-kind"
        label={t('reports.kind')}
        hint={t('reports.kindHint')}
        className="field--wide"
        value={kind}
        onChange={(e) => setKind(e.target.value as PeriodKind)}
        options={KINDS.map((k) => ({ value: k, label: t(`reports.kinds.${k}`) }))}
      />
      {kind === 'fiscalYear' || kind === 'fiscalPeriod' ? (
        <SelectField
          id="report-fy"
          label={t('reports.fiscalYear')}
          value={String(selectedFy)}
          onChange={(e) => {
            const year = Number(e.target.value);
            const period = kind === 'fiscalPeriod' ? `${fiscalYearCode(year)}-${scope.period?.slice(-3) ?? 'P01'}` : fiscalYearCode(year);
            onChange({ period, territory: scope.territory });
          }}
          options={years.map((y) => ({ value: String(y), label: t('reports.fiscalYearLabel', { from: y, to: y + 1 }) }))}
        />
      ) : null}
      {kind === 'fiscalPeriod' ? (
        <SelectField
          id="report-fp"
          label={t('reports.fiscalPeriod')}
          value={scope.period ?? ''}
          onChange={(e) => onChange({ period: e.target.value, territory: scope.territory })}
          options={fiscalPeriods(selectedFy).map((p) => ({
            value: p.code,
            label: t('reports.fiscalPeriodLabel', { number: p.number, from: format.day(p.from), to: format.day(p.to) }),
          }))}
        />
      ) : null}
      {kind === 'calendarYear' ? (
        <SelectField
          id="report-year"
          label={t('reports.calendarYear')}
          value={scope.period ?? ''}
          onChange={(e) => onChange({ period: e.target.value, territory: scope.territory })}
          options={Array.from({ length: 6 }, (_, i) => String(thisYear - i)).map((y) => ({ value: y, label: y }))}
        />
      ) : null}
      {kind === 'range' ? (
        <>
          <TextField id="report-from" type="date" label={t('reports.from')} value={from} onChange={(e) => setFrom(e.target.value)} error={dateError} />
          <TextField id="report-to" type="date" label={t('reports.to')} value={to} onChange={(e) => setTo(e.target.value)} />
          <div className="actions">
            <button type="submit" className="button">
              {t('reports.show')}
            </button>
          </div>
        </>
      ) : null}
      <SelectField
        id="report-territory"
        label={t('reports.territory')}
        value={scope.territory ?? ''}
        onChange={(e) => onChange({ ...scope, territory: e.target.value || undefined })}
        placeholder={t('reports.wholeEstablishment')}
        options={territories.all.map((o) => ({ value: o.code, label: o.label }))}
      />
    </form>
  );
}
