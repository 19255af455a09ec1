import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/i18n';
import { FormAlert, TextArea, useFieldErrors } from '@/components/form';
import { LiveRegion, useAnnounce } from '@/components/useAnnounce';
import { Badge } from '@/components/Badge';
import type { ServiceRequest } from '../api/getRequest';
import { useAssessEligibility } from '../api/assessEligibility';
import { ELIGIBILITY_CRITERIA, type EligibilityCriterion } from '../lib/eligibility';

type Answers = Record<EligibilityCriterion, boolean | undefined>;

const INPUTS = [...ELIGIBILITY_CRITERIA, 'note'];

/** The five eligibility criteria of the service (seed 003), each answered "met" or "not met". */
export function EligibilityForm({
  request,
  etag,
  editable,
  onReload,
  reloading,
}: {
  request: ServiceRequest;
  etag: string;
  editable: boolean;
  onReload: () => Promise<unknown>;
  reloading: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const current = request.eligibility ?? undefined;
  const [answers, setAnswers] = useState<Answers>(() => ({
    eligibleRequester: current?.eligibleRequester,
    eligibleHealthField: current?.eligibleHealthField,
    notReligious: current?.notReligious,
    notPoliticalParty: current?.notPoliticalParty,
    notSolelyRecreational: current?.notSolelyRecreational,
  }));
  const [note, setNote] = useState(current?.note ?? '');
  const [clientErrors, setClientErrors] = useState<Record<string, string | undefined>>({});
  const mutation = useAssessEligibility(request.id!);
  const errors = useFieldErrors(mutation.error, INPUTS, undefined, clientErrors);
  const { message, announce } = useAnnounce();
  const id = request.id!;

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const missing: Record<string, string | undefined> = {};
    for (const c of ELIGIBILITY_CRITERIA) if (answers[c] === undefined) missing[c] = t('requests.eligibility.answer');
    setClientErrors(missing);
    if (Object.keys(missing).length) return;
    mutation.mutate(
      {
        etag,
        body: {
          eligibleRequester: answers.eligibleRequester!,
          eligibleHealthField: answers.eligibleHealthField!,
          notReligious: answers.notReligious!,
          notPoliticalParty: answers.notPoliticalParty!,
          notSolelyRecreational: answers.notSolelyRecreational!,
          note: note.trim() || undefined,
        },
      },
      {
        onSuccess: (result) =>
          announce(result.data.eligibility?.eligible ? t('requests.eligibility.savedEligible') : t('requests.eligibility.savedIneligible')),
      },
    );
  };

  const outcome =
    current === undefined ? null : current.eligible ? (
      <Badge tone="success">{t('requests.eligibility.eligible')}</Badge>
    ) : (
      <Badge tone="danger">{t('requests.eligibility.ineligible')}</Badge>
    );

  return (
    <section className="card" aria-labelledby={`eligibility-title-${id}`}>
      <div className="section-title">
        <h2 id={`eligibility-title-${id}`}>{t('requests.eligibility.title')}</h2>
        {outcome}
      </div>
      <p className="muted">
        {current?.assessedAt
          ? t('requests.eligibility.assessedAt', { when: format.dateTime(current.assessedAt) })
          : t('requests.eligibility.notAssessed')}
      </p>
      {editable ? (
        <form className="form" noValidate onSubmit={submit} aria-label={t('requests.eligibility.title')}>
          <FormAlert
            error={mutation.error}
            unmatched={errors.unmatched}
            clientInvalid={errors.hasClientErrors}
            reloading={reloading}
            onReload={() => void onReload().then(() => mutation.reset())}
          />
          {ELIGIBILITY_CRITERIA.map((criterion) => {
            const fieldErrors = errors.errorFor(criterion);
            return (
              <fieldset
                key={criterion}
                className={fieldErrors ? 'fieldset fieldset--plain field--invalid' : 'fieldset fieldset--plain'}
                aria-describedby={fieldErrors ? `${id}-${criterion}-error` : undefined}
              >
                <legend>{t(`requests.eligibility.criteria.${criterion}`)}</legend>
                <div className="actions">
                  {[true, false].map((value) => (
                    <label key={String(value)} className="check">
                      <input
                        type="radio"
                        name={`${id}-${criterion}`}
                        checked={answers[criterion] === value}
                        onChange={() => setAnswers((a) => ({ ...a, [criterion]: value }))}
                      />
                      <span>{value ? t('requests.eligibility.met') : t('requests.eligibility.notMet')}</span>
                    </label>
                  ))}
                </div>
                {fieldErrors ? (
                  <p id={`${id}-${criterion}-error`} className="field__error">
                    {fieldErrors.join(' ')}
                  </p>
                ) : null}
              </fieldset>
            );
          })}
          <TextArea
            id={`${id}-eligibility-note`}
            label={t('requests.eligibility.note')}
            rows={2}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            error={errors.errorFor('note')}
          />
          <div className="actions">
            <button type="submit" className="button" disabled={mutation.isPending}>
              {mutation.isPending ? t('actions.saving') : t('requests.eligibility.save')}
            </button>
          </div>
          <LiveRegion message={message} />
        </form>
      ) : current ? (
        <ul className="plain-list">
          {ELIGIBILITY_CRITERIA.map((criterion) => (
            <li key={criterion}>
              <span aria-hidden="true">{current[criterion] ? '✓' : '✗'}</span>{' '}
              <span className="visually-hidden">
                {current[criterion] ? t('requests.eligibility.met') : t('requests.eligibility.notMet')} :{' '}
              </span>
              {t(`requests.eligibility.criteria.${criterion}`)}
            </li>
          ))}
          {current.note ? <li className="need">{current.note}</li> : null}
        </ul>
      ) : null}
    </section>
  );
}
