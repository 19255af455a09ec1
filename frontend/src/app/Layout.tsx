import { useEffect, useRef } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuth, useCurrentUser } from '@/lib/auth';
import { changeLanguage, hasStoredLanguage, toSupportedLanguage, useFormat } from '@/lib/i18n';
import { LanguageSwitch } from './components/LanguageSwitch';

const NAV = [
  { to: '/', label: 'nav.dashboard' },
  { to: '/demandes', label: 'nav.requests' },
  { to: '/interventions', label: 'nav.interventions' },
  { to: '/concertations', label: 'nav.concertations' },
  { to: '/organisations', label: 'nav.organizations' },
  { to: '/rapports', label: 'nav.reports' },
] as const;

/** Page frame: skip link, banner (app name, user, language, sign-out, main navigation), main, footer. */
export function Layout() {
  const { t, i18n } = useTranslation();
  const auth = useAuth();
  const me = useCurrentUser();
  const format = useFormat();
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // Move focus to the new page's content after client-side navigation (screen readers hear the change).
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.focus();
  }, [location.pathname]);

  // Without an explicit choice on this browser, follow the profile's preferred language.
  const preferred = toSupportedLanguage(me.data?.preferredLanguage);
  useEffect(() => {
    if (preferred && !hasStoredLanguage() && preferred !== i18n.language) {
      void i18n.changeLanguage(preferred);
    }
  }, [preferred, i18n]);

  const name = me.data?.name ?? auth.displayName;
  const establishment = me.data?.establishment ? format.label(me.data.establishment) : undefined;

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="app-header__inner">
          <Link to="/" className="brand">
            <span className="brand__name">{t('app.name')}</span>
            <span className="brand__tagline">{t('app.tagline')}</span>
          </Link>
          <div className="app-header__tools">
            {name ? (
              <p className="user" aria-label={t('header.userMenu')}>
                <span className="user__name">{name}</span>
                {establishment ? <span className="user__establishment">{establishment}</span> : null}
              </p>
            ) : null}
            <LanguageSwitch onChange={(language) => void changeLanguage(i18n, language)} />
            <button type="button" className="button button--ghost" onClick={() => auth.logout()}>
              {t('header.logout')}
            </button>
          </div>
        </div>
        <nav className="app-nav" aria-label={t('nav.label')}>
          <ul className="app-nav__list">
            {NAV.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.to === '/'} className="app-nav__link">
                  {t(item.label)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1} className="app-main">
        <Outlet />
      </main>
      <footer className="app-footer">
        <p>{t('app.footer')}</p>
      </footer>
    </>
  );
}
