import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/i18n';
import { Loading } from '@/components/Loading';
import { ErrorMessage } from '@/components/ErrorMessage';
import { useReportBreakdown, type BreakdownRow, type Dimension } from '../api/getReportBreakdown';
import type { ReportScope } from '../lib/periods';
import { BarChart } from './BarChart';
import { CsvButton } from './CsvButton';

/** One breakdown: a bar chart of hours and the table of every figure, with its CSV. */
export function BreakdownSection({ dimension, scope, testId }: { dimension: Dimension; scope: ReportScope; testId?: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const query = useReportBreakdown(dimension, scope);
  const title = t(`reports.dimensions.${dimension}`);
  const label = (row: BreakdownRow) => {
    if (row.code === 'NONE') return t('reports.none');
    if (dimension === 'month' && row.code) {
      const [y, m] = row.code.split('-').map(Number);
      return new Intl.DateTimeFormat(format.language, { month: 'long', year: 'numeric' }).format(new Date(y ?? 2000, (m ?? 1) - 1, 1));
    }
    if (dimension === 'fiscalPeriod' && row.code) return row.code.slice(-3);
    return format.label({ labelFr: row.labelFr ?? undefined, labelEn: row.labelEn ?? undefined, code: row.code });
  };
  const rows = query.data?.rows ?? [];
  const id = `breakdown-${dimension}`;

  return (
    <section className="card" aria-labelledby={id} data-testid={testId}>
      <div className="section-title">
        <h2 id={id}>{title}</h2>
        <CsvButton
          report={{ kind: 'breakdown', dimension }}
          scope={scope}
          name={dimension}
          label={t('reports.downloadBreakdown', { what: title.toLocaleLowerCase(format.language) })}
        />
      </div>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <>
          <BarChart
            title={t('reports.chartTitle', { what: title })}
            bars={rows.map((r) => ({ key: r.code ?? '', label: label(r), value: r.hours ?? 0 }))}
            unit={(v) => t('reports.hoursValue', { hours: format.number(v) })}
          />
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">{title}</caption>
              <thead>
                <tr>
                  <th scope="col">{t(`reports.rowHeader.${dimension}`)}</th>
                  <th scope="col" className="num">
                    {t('reports.columns.hours')}
                  </th>
                  <th scope="col" className="num">
                    {t('reports.columns.activities')}
                  </th>
                  <th scope="col" className="num">
                    {t('reports.columns.interventions')}
                  </th>
                  <th scope="col" className="num">
                    {t('reports.columns.concertations')}
                  </th>
                  <th scope="col" className="num">
                    {t('reports.columns.organizations')}
                  </th>
                  <th scope="col" className="num">
                    {t('reports.columns.organizers')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.code}>
                    <th scope="row">{label(r)}</th>
                    <td className="num">{format.number(r.hours ?? 0)}</td>
                    <td className="num">{format.number(r.activities ?? 0)}</td>
                    <td className="num">{format.number(r.interventions ?? 0)}</td>
                    <td className="num">{format.number(r.concertations ?? 0)}</td>
                    <td className="num">{format.number(r.organizations ?? 0)}</td>
                    <td className="num">{format.number(r.organizers ?? 0)}</td>
                  </tr>
                ))}
              </tbody>
              {query.data.total ? (
                <tfoot>
                  <tr>
                    <th scope="row">{t('reports.total')}</th>
                    <td className="num">{format.number(query.data.total.hours ?? 0)}</td>
                    <td className="num">{format.number(query.data.total.activities ?? 0)}</td>
                    <td className="num">{format.number(query.data.total.interventions ?? 0)}</td>
                    <td className="num">{format.number(query.data.total.concertations ?? 0)}</td>
                    <td className="num">{format.number(query.data.total.organizations ?? 0)}</td>
                    <td className="num">{format.number(query.data.total.organizers ?? 0)}</td>
                  </tr>
                </tfoot>
              ) : null}
            </table>
          </div>
          {dimension === 'determinant' || dimension === 'professionalAct' ? (
            <p className="field__hint">{t(`reports.notes.${dimension}`)}</p>
          ) : null}
        </>
      )}
    </section>
  );
}
