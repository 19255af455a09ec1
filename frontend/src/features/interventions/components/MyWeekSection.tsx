import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/i18n';
import { addDays, startOfWeek, todayIso } from '@/lib/dates';
import { Loading } from '@/components/Loading';
import { ErrorMessage } from '@/components/ErrorMessage';
import { useTimesheet } from '../api/getTimesheet';

/** Tableau de bord: my hours of the week, a row per day and the total (GET /activities/timesheet). */
export function MyWeekSection() {
  const { t } = useTranslation();
  const format = useFormat();
  const today = todayIso();
  const [monday, setMonday] = useState(() => startOfWeek(today));
  const sunday = addDays(monday, 6);
  const query = useTimesheet(monday, sunday);
  const isThisWeek = monday === startOfWeek(today);
  const caption = t('dashboard.weekCaption', { from: format.day(monday), to: format.day(sunday) });

  return (
    <section className="card" aria-labelledby="my-week-title">
      <div className="section-title">
        <h2 id="my-week-title">{isThisWeek ? t('dashboard.myWeek') : t('dashboard.myWeekOther')}</h2>
        <div className="actions" role="group" aria-label={t('dashboard.weekNav')}>
          <button type="button" className="button button--secondary" onClick={() => setMonday(addDays(monday, -7))}>
            {t('dashboard.previousWeek')}
          </button>
          {!isThisWeek ? (
            <button type="button" className="button button--secondary" onClick={() => setMonday(startOfWeek(today))}>
              {t('dashboard.thisWeek')}
            </button>
          ) : null}
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setMonday(addDays(monday, 7))}
            disabled={isThisWeek}
          >
            {t('dashboard.nextWeek')}
          </button>
        </div>
      </div>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <>
          <p className="week-total" aria-live="polite" data-testid="week-total">
            {t('dashboard.weekTotal', { duration: format.duration(query.data.totalMinutes ?? 0) })}
          </p>
          <div className="table-wrap">
            <table className="table" data-testid="timesheet">
              <caption className="visually-hidden">{caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('dashboard.day')}</th>
                  <th scope="col" className="num">
                    {t('dashboard.activities')}
                  </th>
                  <th scope="col" className="num">
                    {t('dashboard.hours')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {(query.data.days ?? []).map((day) => (
                  <tr key={day.date} className={day.date === today ? 'is-today' : undefined}>
                    <th scope="row">
                      {format.weekday(day.date ?? '')}
                      {day.date === today ? <span className="cell-sub">{t('dashboard.today')}</span> : null}
                    </th>
                    <td className="num">{format.number(day.activityCount ?? 0)}</td>
                    <td className="num">{format.duration(day.minutes ?? 0)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t('dashboard.total')}</th>
                  <td className="num">{format.number(query.data.activityCount ?? 0)}</td>
                  <td className="num">{format.duration(query.data.totalMinutes ?? 0)}</td>
                </tr>
              </tfoot>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
