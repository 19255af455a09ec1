import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/i18n';
import { describeProblem, isConflict } from '@/lib/api';
import type { ActionPlan, ActionPlanItem } from '../api/getConcertation';
import { useUpdateActionPlanItem } from '../api/updateActionPlanItem';
import { ActionItemDialog, ITEM_STATES } from './ActionItemDialog';
import { ProgressBar } from './ProgressBar';
import { LiveRegion, useAnnounce } from '@/components/useAnnounce';

/** The action plan: progress, each objective with who carries it, when, and its state (changeable). */
export function ActionPlanSection({ concertationId, plan, canWrite }: { concertationId: string; plan?: ActionPlan | null; canWrite: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [adding, setAdding] = useState(false);
  const update = useUpdateActionPlanItem(concertationId);
  const { message, announce } = useAnnounce();
  const items = plan?.items ?? [];
  const notAbandoned = (plan?.total ?? 0) - (plan?.abandoned ?? 0);

  const changeState = (item: ActionPlanItem, state: (typeof ITEM_STATES)[number]) =>
    update.mutate(
      {
        itemId: item.id!,
        version: item.version ?? 0,
        body: {
          objective: item.objective ?? '',
          responsible: item.responsible ?? undefined,
          dueOn: item.dueOn ?? undefined,
          position: item.position ?? undefined,
          state,
        },
      },
      { onSuccess: () => announce(t('concertations.plan.stateChanged', { state: t(`concertations.plan.states.${state}`) })) },
    );

  return (
    <section className="card" aria-labelledby="plan-title">
      <div className="section-title">
        <h2 id="plan-title">{t('concertations.plan.title')}</h2>
        {canWrite ? (
          <button type="button" className="button button--secondary" onClick={() => setAdding(true)}>
            {t('concertations.plan.add')}
          </button>
        ) : null}
      </div>
      <ProgressBar percent={plan?.percentDone ?? 0} done={plan?.done ?? 0} total={notAbandoned} />
      {update.isError ? (
        <p className="field__error" role="alert">
          {describeProblem(update.error, t).message} {isConflict(update.error) ? t('concertations.plan.reloaded') : ''}
        </p>
      ) : null}
      <LiveRegion message={message} />
      {items.length === 0 ? (
        <p className="empty">{t('concertations.plan.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table" data-testid="action-plan">
            <caption className="visually-hidden">{t('concertations.plan.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('concertations.plan.objective')}</th>
                <th scope="col">{t('concertations.plan.responsible')}</th>
                <th scope="col">{t('concertations.plan.dueOn')}</th>
                <th scope="col">{t('concertations.plan.state')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.id}>
                  <th scope="row" id={`item-${item.id}`}>
                    {item.objective}
                  </th>
                  <td>{item.responsible}</td>
                  <td>{item.dueOn ? format.day(item.dueOn) : ''}</td>
                  <td>
                    {canWrite ? (
                      <select
                        className="input"
                        aria-labelledby={`item-${item.id}-state item-${item.id}`}
                        value={item.state ?? 'PLANNED'}
                        disabled={update.isPending}
                        onChange={(e) => changeState(item, e.target.value as (typeof ITEM_STATES)[number])}
                      >
                        {ITEM_STATES.map((s) => (
                          <option key={s} value={s}>
                            {t(`concertations.plan.states.${s}`)}
                          </option>
                        ))}
                      </select>
                    ) : (
                      t(`concertations.plan.states.${item.state ?? 'PLANNED'}`)
                    )}
                    <span id={`item-${item.id}-state`} className="visually-hidden">
                      {t('concertations.plan.state')}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {adding ? (
        <ActionItemDialog
          concertationId={concertationId}
          onClose={() => setAdding(false)}
          onDone={() => {
            setAdding(false);
            announce(t('concertations.plan.added'));
          }}
        />
      ) : null}
    </section>
  );
}
