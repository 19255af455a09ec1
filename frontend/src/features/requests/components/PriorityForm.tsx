import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/i18n';
import { FormAlert, TextArea, useFieldErrors } from '@/components/form';
import { Loading } from '@/components/Loading';
import { ErrorMessage } from '@/components/ErrorMessage';
import { LiveRegion, useAnnounce } from '@/components/useAnnounce';
import type { ServiceRequest } from '../api/getRequest';
import { usePriorityCriteria, type PriorityCriterion } from '../api/getPriorityCriteria';
import { usePriorityHistory, type PriorityAssessment } from '../api/getPriorityHistory';
import { useAssessPriority } from '../api/assessPriority';
import { computePriority, type Scores } from '../lib/priority';
import { PriorityBadge } from './badges';

const SCALE = [0, 1, 2, 3] as const;

interface Props {
  request: ServiceRequest;
  etag: string;
  editable: boolean;
  onReload: () => Promise<unknown>;
  reloading: boolean;
}

/** Priority scoring: each active criterion of the establishment from 0 to 3; total and level shown live. */
export function PriorityForm(props: Props) {
  const criteria = usePriorityCriteria();
  const history = usePriorityHistory(props.request.id!);
  if (criteria.isPending || history.isPending) return <Loading />;
  if (criteria.isError) return <ErrorMessage error={criteria.error} onRetry={() => void criteria.refetch()} />;
  if (history.isError) return <ErrorMessage error={history.error} onRetry={() => void history.refetch()} />;
  const active = (criteria.data.items ?? []).filter((c) => c.active !== false && c.code);
  const items = history.data.items ?? [];
  return <PriorityScoring {...props} criteria={active} latest={items[items.length - 1]} />;
}

export function PriorityScoring({
  request,
  etag,
  editable,
  onReload,
  reloading,
  criteria,
  latest,
}: Props & { criteria: readonly PriorityCriterion[]; latest?: PriorityAssessment }) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = request.id!;
  const [scores, setScores] = useState<Scores>(() =>
    Object.fromEntries((latest?.scores ?? []).map((s) => [s.criterion ?? '', s.score])),
  );
  const [note, setNote] = useState(latest?.note ?? '');
  const [clientErrors, setClientErrors] = useState<Record<string, string | undefined>>({});
  const mutation = useAssessPriority(id);
  const inputs = useMemo(() => ['scores', 'note', ...criteria.map((c) => `score-${c.code}`)], [criteria]);
  const aliases = useMemo(
    () => Object.fromEntries(criteria.map((c, i) => [`scores[${i}].score`, `score-${c.code}`])),
    [criteria],
  );
  const errors = useFieldErrors(mutation.error, inputs, aliases, clientErrors);
  const { message, announce } = useAnnounce();
  const weighted = criteria.map((c) => ({ code: c.code!, weight: c.weight ?? 0 }));
  const result = computePriority(weighted, scores);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const missing = Object.fromEntries(
      criteria.filter((c) => scores[c.code!] === undefined).map((c) => [`score-${c.code}`, t('requests.priority.scoreIt')]),
    );
    setClientErrors(missing);
    if (Object.keys(missing).length) return;
    mutation.mutate(
      {
        etag,
        body: { scores: criteria.map((c) => ({ criterion: c.code!, score: scores[c.code!]! })), note: note.trim() || undefined },
      },
      {
        onSuccess: (saved) =>
          announce(
            t('requests.priority.saved', {
              level: saved.data.priorityLevel ? t(`requests.priority.level.${saved.data.priorityLevel}`) : '',
            }),
          ),
      },
    );
  };

  return (
    <section className="card" aria-labelledby={`priority-title-${id}`}>
      <div className="section-title">
        <h2 id={`priority-title-${id}`}>{t('requests.priority.title')}</h2>
        <PriorityBadge level={request.priorityLevel} score={request.priorityScore} />
      </div>
      <p className="muted">
        {latest?.assessedAt
          ? t('requests.priority.assessedBy', {
              who: latest.actorName ?? '',
              when: format.dateTime(latest.assessedAt),
            })
          : t('requests.priority.intro')}
      </p>
      <form className="form" noValidate onSubmit={submit} aria-label={t('requests.priority.title')}>
        {editable ? (
          <FormAlert
            error={mutation.error}
            unmatched={errors.unmatched}
            clientInvalid={errors.hasClientErrors}
            reloading={reloading}
            onReload={() => void onReload().then(() => mutation.reset())}
          />
        ) : null}
        <div className="table-wrap">
          <table className="table score-table">
            <caption className="visually-hidden">{t('requests.priority.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('requests.priority.criterion')}</th>
                <th scope="col" className="num">
                  {t('requests.priority.weight')}
                </th>
                <th scope="col">{t('requests.priority.score')}</th>
                <th scope="col" className="num">
                  {t('requests.priority.points')}
                </th>
              </tr>
            </thead>
            <tbody>
              {criteria.map((c) => {
                const code = c.code!;
                const fieldErrors = errors.errorFor(`score-${code}`);
                const label = format.label(c);
                return (
                  <tr key={code}>
                    <th scope="row" id={`${id}-crit-${code}`}>
                      {label}
                      {fieldErrors ? (
                        <span id={`${id}-crit-${code}-error`} className="field__error cell-sub">
                          {fieldErrors.join(' ')}
                        </span>
                      ) : null}
                    </th>
                    <td className="num">{format.number(c.weight ?? 0)}</td>
                    <td>
                      <fieldset
                        className="score-scale"
                        aria-labelledby={`${id}-crit-${code}`}
                        aria-describedby={fieldErrors ? `${id}-crit-${code}-error` : undefined}
                        disabled={!editable}
                      >
                        {SCALE.map((value) => (
                          <label key={value} title={t(`requests.priority.scale.${value}`)}>
                            <input
                              type="radio"
                              name={`${id}-score-${code}`}
                              value={value}
                              checked={scores[code] === value}
                              onChange={() => setScores((s) => ({ ...s, [code]: value }))}
                              aria-label={t('requests.priority.scoreAria', { value, meaning: t(`requests.priority.scale.${value}`) })}
                            />
                            <span aria-hidden="true">{value}</span>
                          </label>
                        ))}
                      </fieldset>
                    </td>
                    <td className="num">
                      {scores[code] === undefined ? '–' : format.number((c.weight ?? 0) * scores[code]!)}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <p className="muted">{t('requests.priority.scaleLegend')}</p>
        <div className="score-total" aria-live="polite" data-testid="priority-total">
          <strong>
            {t('requests.priority.total', { total: format.number(result.total), max: format.number(result.max) })}
          </strong>
          {result.level ? (
            <span>
              {t('requests.priority.levelIs')} <PriorityBadge level={result.level} />
            </span>
          ) : (
            <span className="muted">{t('requests.priority.incomplete')}</span>
          )}
        </div>
        {editable ? (
          <>
            <TextArea
              id={`${id}-priority-note`}
              label={t('requests.priority.note')}
              rows={2}
              value={note}
              onChange={(e) => setNote(e.target.value)}
              error={errors.errorFor('note')}
            />
            <div className="actions">
              <button type="submit" className="button" disabled={mutation.isPending}>
                {mutation.isPending ? t('actions.saving') : t('requests.priority.save')}
              </button>
            </div>
            <LiveRegion message={message} />
          </>
        ) : null}
      </form>
    </section>
  );
}
