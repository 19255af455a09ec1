import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/i18n';
import { Loading } from '@/components/Loading';
import { ErrorMessage } from '@/components/ErrorMessage';
import { useReportSummary } from '../api/getReportSummary';
import type { ReportScope } from '../lib/periods';
import { CsvButton } from './CsvButton';

/** The press-release sentence, the year's figures and the requests' outcomes. */
export function SummarySection({ scope }: { scope: ReportScope }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const query = useReportSummary(scope, i18n.language);
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />;
  const s = query.data;
  const r = s.requests;
  const figures: [string, string][] = [
    [t('reports.figures.concertationPlaces'), format.number(s.concertationPlaces ?? 0)],
    [t('reports.figures.communityOrganizationsSupported'), format.number(s.communityOrganizationsSupported ?? 0)],
    [t('reports.figures.municipalitiesAndSchools'), format.number(s.municipalitiesAndSchools ?? 0)],
    [t('reports.figures.interventions'), format.number(s.interventions ?? 0)],
    [t('reports.figures.activities'), format.number(s.activities ?? 0)],
    [t('reports.figures.hours'), format.number(s.hours ?? 0)],
    [t('reports.figures.organizersActive'), format.number(s.organizersActive ?? 0)],
  ];
  return (
    <>
      <section className="card" aria-labelledby="report-summary-title" data-testid="report">
        <div className="section-title">
          <h2 id="report-summary-title">
            {t('reports.summaryTitle', {
              from: s.period?.from ? format.day(s.period.from) : '',
              to: s.period?.to ? format.day(s.period.to) : '',
            })}
          </h2>
          <CsvButton report={{ kind: 'summary' }} scope={scope} name="sommaire" label={t('reports.downloadSummary')} />
        </div>
        <p className="sentence" data-testid="report-sentence" lang={s.language === 'en' ? 'en' : 'fr-CA'}>
          {s.sentence}
        </p>
        <dl className="figures">
          {figures.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </section>
      {r ? (
        <section className="card" aria-labelledby="report-requests-title">
          <h2 id="report-requests-title">{t('reports.requests.title')}</h2>
          <dl className="figures">
            {(
              [
                ['received', r.received],
                ['decided', r.decided],
                ['accepted', r.accepted],
                ['waitlisted', r.waitlisted],
                ['refused', r.refused],
              ] as const
            ).map(([key, value]) => (
              <div key={key}>
                <dt>{t(`reports.requests.${key}`)}</dt>
                <dd>{format.number(value ?? 0)}</dd>
              </div>
            ))}
            <div>
              <dt>{t('reports.requests.median')}</dt>
              <dd>
                {r.medianDaysToDecision == null
                  ? t('reports.requests.noDecision')
                  : t('reports.requests.days', { count: r.medianDaysToDecision, formatted: format.number(r.medianDaysToDecision) })}
              </dd>
            </div>
          </dl>
          {(r.refusalReasons ?? []).length > 0 ? (
            <div className="table-wrap">
              <table className="table">
                <caption>{t('reports.requests.reasons')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('reports.requests.reason')}</th>
                    <th scope="col" className="num">
                      {t('reports.requests.count')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {(r.refusalReasons ?? []).map((reason) => (
                    <tr key={reason.code}>
                      <th scope="row">
                        {reason.code === 'NONE'
                          ? t('reports.none')
                          : format.label({ labelFr: reason.labelFr ?? undefined, labelEn: reason.labelEn ?? undefined, code: reason.code })}
                      </th>
                      <td className="num">{format.number(reason.count ?? 0)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
