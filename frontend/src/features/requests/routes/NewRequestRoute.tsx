import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '@/components/useDocumentTitle';
import { useRoles } from '@/lib/auth';
import { Loading } from '@/components/Loading';
import { IntakeForm } from '../components/IntakeForm';

/** /demandes/nouvelle — intake of a request. */
export default function NewRequestRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const roles = useRoles();
  useDocumentTitle(t('requests.intake.title'));
  return (
    <div className="stack">
      <p>
        <Link to="/demandes" className="back-link">
          {t('requests.back')}
        </Link>
      </p>
      <section className="card" aria-labelledby="intake-title">
        <h1 id="intake-title">{t('requests.intake.title')}</h1>
        {roles.isPending ? (
          <Loading />
        ) : roles.canWrite ? (
          <IntakeForm onCreated={(id) => navigate(`/demandes/${id}`, { state: { created: true } })} />
        ) : (
          <p>{t('problems.forbidden')}</p>
        )}
      </section>
    </div>
  );
}
