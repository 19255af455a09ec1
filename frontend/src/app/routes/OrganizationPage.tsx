import { useTranslation } from 'react-i18next';

export default function OrganizationPage() {
  const { t } = useTranslation();
  return <h1>{t('nav.organizations')}</h1>;
}
