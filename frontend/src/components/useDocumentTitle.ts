import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the tab's title to "<page> – Maillon" (or "Maillon" alone). */
export function useDocumentTitle(page?: string) {
  const { t } = useTranslation();
  const app = t('app.name');
  useEffect(() => {
    document.title = page ? t('app.documentTitle', { page, app }) : app;
  }, [page, app, t]);
}
