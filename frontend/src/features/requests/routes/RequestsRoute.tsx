import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '@/components/useDocumentTitle';

export default function RequestsRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('nav.dashboard'));
  return <h1>{t('nav.dashboard')}</h1>;
}
