import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useReference } from '@/lib/reference';
import { Dialog } from '@/components/Dialog';
import { FormAlert, SelectField, TextArea, useFieldErrors } from '@/components/form';
import type { ServiceRequest } from '../api/getRequest';
import type { RequestStatus } from '../api/listRequests';
import { useOrganizers } from '../api/listOrganizers';
import { useTransitionRequest } from '../api/transitionRequest';
import { allowedRefusalReasons } from '../lib/eligibility';

export const DECISIONS = ['ACCEPTED', 'WAITLISTED', 'REFUSED'] as const;
export type Decision = (typeof DECISIONS)[number];

/**
 * The decisions this user may take on this request now: managers only (organizers never see them), among the
 * request's allowed transitions; accepting and waitlisting need an eligible request.
 */
export function availableDecisions(request: ServiceRequest, isManager: boolean): { decision: Decision; blocked?: 'eligibility' }[] {
  if (!isManager) return [];
  const allowed = new Set<RequestStatus>(request.allowedTransitions ?? []);
  return DECISIONS.filter((d) => allowed.has(d)).map((decision) =>
    decision !== 'REFUSED' && request.eligibility?.eligible !== true ? { decision, blocked: 'eligibility' as const } : { decision },
  );
}

const INPUTS = ['to', 'organizerId', 'reasonCode', 'note'];

export function DecisionDialog({
  request,
  etag,
  isManager,
  onClose,
  onDone,
  onReload,
  reloading,
}: {
  request: ServiceRequest;
  etag: string;
  isManager: boolean;
  onClose: () => void;
  onDone: (decision: Decision) => void;
  onReload: () => Promise<unknown>;
  reloading: boolean;
}) {
  const { t } = useTranslation();
  const reasons = useReference('refusal-reasons');
  const organizers = useOrganizers(request.territory);
  const decisions = availableDecisions(request, isManager);
  const firstOpen = decisions.find((d) => !d.blocked)?.decision;
  const [decision, setDecision] = useState<Decision | undefined>(firstOpen);
  const [organizerId, setOrganizerId] = useState('');
  const [reasonCode, setReasonCode] = useState('');
  const [note, setNote] = useState('');
  const [clientErrors, setClientErrors] = useState<Record<string, string | undefined>>({});
  const mutation = useTransitionRequest(request.id!);
  const errors = useFieldErrors(mutation.error, INPUTS, undefined, clientErrors);
  const reasonOptions = useMemo(
    () =>
      allowedRefusalReasons(
        request.eligibility,
        reasons.options.map((o) => o.code),
      ).map((code) => ({ value: code, label: reasons.label(code) })),
    [request.eligibility, reasons],
  );
  const organizerOptions = (organizers.data?.items ?? [])
    .filter((o) => o.id && o.active !== false)
    .map((o) => ({ value: o.id!, label: o.name ?? o.username ?? '' }));
  const id = request.id!;

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const missing: Record<string, string | undefined> = {};
    if (!decision) missing.to = t('requests.decision.choose');
    if (decision === 'ACCEPTED' && !organizerId) missing.organizerId = t('problems.field.organizerRequired');
    if (decision === 'REFUSED' && !reasonCode) missing.reasonCode = t('problems.field.reasonRequired');
    setClientErrors(missing);
    if (Object.keys(missing).length || !decision) return;
    mutation.mutate(
      {
        etag,
        body: {
          to: decision,
          organizerId: decision === 'ACCEPTED' ? organizerId : undefined,
          reasonCode: decision === 'REFUSED' ? reasonCode : undefined,
          note: note.trim() || undefined,
        },
      },
      { onSuccess: () => onDone(decision) },
    );
  };

  return (
    <Dialog title={t('requests.decision.title')} onClose={onClose} description={request.organizationName}>
      <form className="form" noValidate onSubmit={submit}>
        <FormAlert
          error={mutation.error}
          unmatched={errors.unmatched}
          clientInvalid={errors.hasClientErrors}
          reloading={reloading}
          onReload={() => void onReload().then(() => mutation.reset())}
        />
        <fieldset className="fieldset" aria-describedby={errors.errorFor('to') ? `${id}-decision-error` : undefined}>
          <legend>{t('requests.decision.legend')}</legend>
          <ul className="plain-list">
            {decisions.map(({ decision: d, blocked }) => (
              <li key={d}>
                <label className="check">
                  <input
                    type="radio"
                    name={`${id}-decision`}
                    value={d}
                    checked={decision === d}
                    disabled={Boolean(blocked)}
                    onChange={() => setDecision(d)}
                    aria-describedby={blocked ? `${id}-${d}-blocked` : undefined}
                  />
                  <span>{t(`requests.decision.option.${d}`)}</span>
                </label>
                {blocked ? (
                  <p id={`${id}-${d}-blocked`} className="field__hint">
                    {t('requests.decision.needsEligibility')}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
          {errors.errorFor('to') ? (
            <p id={`${id}-decision-error`} className="field__error">
              {errors.errorFor('to')!.join(' ')}
            </p>
          ) : null}
        </fieldset>
        {decision === 'ACCEPTED' ? (
          <SelectField
            id={`${id}-organizer`}
            label={t('requests.decision.organizer')}
            hint={t('requests.decision.organizerHint')}
            required
            value={organizerId}
            onChange={(e) => setOrganizerId(e.target.value)}
            placeholder={organizers.isPending ? t('app.loading') : t('requests.decision.chooseOrganizer')}
            options={organizerOptions}
            error={errors.errorFor('organizerId')}
          />
        ) : null}
        {decision === 'REFUSED' ? (
          <SelectField
            id={`${id}-reason`}
            label={t('requests.decision.reason')}
            hint={
              request.eligibility?.eligible === false
                ? t('requests.decision.reasonHintIneligible')
                : t('requests.decision.reasonHintEligible')
            }
            required
            value={reasonCode}
            onChange={(e) => setReasonCode(e.target.value)}
            placeholder={t('requests.decision.chooseReason')}
            options={reasonOptions}
            error={errors.errorFor('reasonCode')}
          />
        ) : null}
        <TextArea
          id={`${id}-decision-note`}
          label={t('requests.decision.note')}
          rows={3}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          error={errors.errorFor('note')}
        />
        <div className="actions actions--end">
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('actions.cancel')}
          </button>
          <button type="submit" className="button" disabled={mutation.isPending || !decision}>
            {mutation.isPending ? t('actions.saving') : t('requests.decision.confirm')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
