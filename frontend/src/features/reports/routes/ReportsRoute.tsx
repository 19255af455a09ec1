import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '@/components/useDocumentTitle';

/** /rapports — the reports arrive with the API's /api/v1/reports (not in the contract yet). */
export default function ReportsRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('reports.title'));
  return (
    <section className="card" aria-labelledby="reports-title">
      <h1 id="reports-title">{t('reports.title')}</h1>
      <p data-testid="reports-unavailable">{t('reports.comingSoon')}</p>
    </section>
  );
}
