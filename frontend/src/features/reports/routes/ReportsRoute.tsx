import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '@/components/useDocumentTitle';
import { PeriodPicker } from '../components/PeriodPicker';
import { SummarySection } from '../components/SummarySection';
import { BreakdownSection } from '../components/BreakdownSection';
import { CsvButton } from '../components/CsvButton';
import { scopeFromParams, type ReportScope } from '../lib/periods';

/** /rapports — reddition de comptes: the period's figures, sentence, breakdowns and CSV exports. */
export default function ReportsRoute() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const scope = useMemo(() => scopeFromParams(params), [params]);
  useDocumentTitle(t('reports.title'));

  const onChange = (next: ReportScope) => {
    const p = new URLSearchParams();
    if (next.period) p.set('period', next.period);
    else if (next.from && next.to) {
      p.set('from', next.from);
      p.set('to', next.to);
    }
    if (next.territory) p.set('territory', next.territory);
    setParams(p, { replace: true });
  };

  return (
    <div className="stack">
      <div className="page-header">
        <div>
          <h1>{t('reports.title')}</h1>
          <p className="muted">{t('reports.intro')}</p>
        </div>
        <CsvButton report={{ kind: 'activities' }} scope={scope} name="activites" label={t('reports.downloadActivities')} />
      </div>
      <section className="card" aria-labelledby="report-period-title">
        <h2 id="report-period-title">{t('reports.period')}</h2>
        <PeriodPicker key={`${scope.period ?? ''}${scope.from ?? ''}`} scope={scope} onChange={onChange} />
      </section>
      <SummarySection scope={scope} />
      <BreakdownSection dimension="professionalAct" scope={scope} testId="report-acts" />
      <BreakdownSection dimension="determinant" scope={scope} />
      <BreakdownSection dimension="serviceOffer" scope={scope} />
      <BreakdownSection dimension="territory" scope={scope} />
      <BreakdownSection dimension="month" scope={scope} />
    </div>
  );
}
