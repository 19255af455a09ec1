import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/i18n';
import { Loading } from '@/components/Loading';
import { ErrorMessage } from '@/components/ErrorMessage';
import { useReferenceKinds, type ReferenceKind } from '../api/getReferenceKinds';

function KindLinks({ kinds }: { kinds: ReferenceKind[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (kinds.length === 0) return <p>{t('reference.empty')}</p>;
  return (
    <ul className="link-list" data-testid="reference-kinds">
      {kinds.map((kind) => (
        <li key={kind.kind}>
          <Link to={`/reference/${encodeURIComponent(kind.kind ?? '')}`}>{format.label({ ...kind, code: kind.kind })}</Link>
        </li>
      ))}
    </ul>
  );
}

/** The kinds of reference data, each linking to its items. */
export function ReferenceKindsSection() {
  const { t } = useTranslation();
  const kinds = useReferenceKinds();

  return (
    <section className="card" aria-labelledby="reference-title">
      <h2 id="reference-title">{t('reference.title')}</h2>
      <p className="muted">{t('reference.intro')}</p>
      {kinds.isPending ? (
        <Loading />
      ) : kinds.isError ? (
        <ErrorMessage error={kinds.error} onRetry={() => void kinds.refetch()} />
      ) : (
        <KindLinks kinds={(kinds.data.items ?? []).filter((k) => k.kind)} />
      )}
    </section>
  );
}
