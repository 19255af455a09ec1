import { useTranslation } from 'react-i18next';
import { describeProblem } from '@/lib/api';
import { useDownloadReportCsv, type CsvReport } from '../api/downloadReportCsv';
import { scopeQuery, type ReportScope } from '../lib/periods';

/** Downloads a report as CSV, named after it and its period ("maillon-determinant-FY2025-2026.csv"). */
export function CsvButton({ report, scope, name, label }: { report: CsvReport; scope: ReportScope; name: string; label: string }) {
  const { t } = useTranslation();
  const download = useDownloadReportCsv();
  const q = scopeQuery(scope);
  const period = 'period' in q && q.period ? q.period : `${scope.from}_${scope.to}`;
  const fileName = ['maillon', name, period, scope.territory].filter(Boolean).join('-') + '.csv';
  return (
    <div className="csv-button">
      <button
        type="button"
        className="button button--secondary"
        disabled={download.isPending}
        onClick={() => download.mutate({ report, scope, fileName })}
      >
        {download.isPending ? t('reports.downloading') : label}
      </button>
      {download.isError ? (
        <p className="field__error" role="alert">
          {describeProblem(download.error, t).message}
        </p>
      ) : null}
    </div>
  );
}
