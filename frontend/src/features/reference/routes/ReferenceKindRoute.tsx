import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/i18n';
import { Loading } from '@/components/Loading';
import { ErrorMessage } from '@/components/ErrorMessage';
import { useDocumentTitle } from '@/components/useDocumentTitle';
import { useReferenceKinds } from '../api/getReferenceKinds';
import { useReferenceItems } from '../api/getReferenceItems';
import { ReferenceItemsTable } from '../components/ReferenceItemsTable';

/** /reference/:kind — the items of one kind of reference data. */
export default function ReferenceKindRoute() {
  const { kind = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const kinds = useReferenceKinds();
  const items = useReferenceItems(kind);

  // The list's own labels when the API gives them, else the kinds list's, else the code from the URL.
  const known = items.data?.labelFr || items.data?.labelEn ? items.data : kinds.data?.items?.find((k) => k.kind === kind);
  const title = format.label({ ...known, code: kind });
  const list = items.data?.items ?? [];
  useDocumentTitle(title);

  return (
    <div className="stack">
      <p>
        <Link to="/" className="back-link">
          {t('reference.back')}
        </Link>
      </p>
      <section className="card" aria-labelledby="kind-title">
        <h1 id="kind-title">{title}</h1>
        {items.isPending ? (
          <Loading />
        ) : items.isError ? (
          <ErrorMessage error={items.error} onRetry={() => void items.refetch()} />
        ) : (
          <>
            <p className="muted">
              {t('reference.itemCount', { count: list.length, formatted: format.number(list.length) })}
            </p>
            <ReferenceItemsTable items={list} kindLabel={title} />
          </>
        )}
      </section>
    </div>
  );
}
