import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '@/lib/auth';
import { useFormat } from '@/lib/i18n';
import { Loading } from '@/components/Loading';
import { ErrorMessage } from '@/components/ErrorMessage';
import { useDocumentTitle } from '@/components/useDocumentTitle';

/** Greets the user and shows their establishment, roles and territories. */
export function Welcome() {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useCurrentUser();
  useDocumentTitle();

  if (me.isPending) return <Loading />;
  if (me.isError) return <ErrorMessage error={me.error} onRetry={() => void me.refetch()} />;

  const user = me.data;
  const roles = user.roles ?? [];
  const territories = format.sortByLabel(user.territories ?? []);
  return (
    <section className="welcome" aria-labelledby="welcome-title">
      <h1 id="welcome-title">
        {t('home.welcome', { name: user.name ?? user.username ?? '' })}
      </h1>
      <p className="muted">{t('home.today', { date: format.date(new Date()) })}</p>

      <h2 className="visually-hidden">{t('home.profileTitle')}</h2>
      <dl className="profile">
        {user.establishment ? (
          <div>
            <dt>{t('home.establishment')}</dt>
            <dd>{format.label(user.establishment)}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('home.roles')}</dt>
          <dd>
            {roles.length === 0 ? (
              t('home.noRole')
            ) : (
              <ul className="tags">
                {roles.map((role) => (
                  <li key={role}>{t(`roles.${role}` as 'roles.organizer', { defaultValue: role })}</li>
                ))}
              </ul>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('home.territories')}</dt>
          <dd>
            {territories.length === 0 ? (
              t('home.noTerritory')
            ) : (
              <ul className="tags">
                {territories.map((territory, index) => (
                  <li key={territory.code ?? index}>{format.label(territory)}</li>
                ))}
              </ul>
            )}
          </dd>
        </div>
      </dl>
    </section>
  );
}
