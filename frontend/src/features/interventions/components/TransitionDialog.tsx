import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '@/lib/dates';
import { Dialog } from '@/components/Dialog';
import { FormAlert, TextArea, TextField, useFieldErrors } from '@/components/form';
import type { Intervention } from '../api/getIntervention';
import type { InterventionStatus } from '../api/listInterventions';
import { useTransitionIntervention } from '../api/transitionIntervention';

const INPUTS = ['note', 'closingSummary', 'closedOn'];

/** Close with the bilan, put on hold, resume, or re-open (a reason is required to re-open). */
export function TransitionDialog({
  intervention,
  etag,
  to,
  onClose,
  onDone,
  onReload,
  reloading,
}: {
  intervention: Intervention;
  etag: string;
  to: InterventionStatus;
  onClose: () => void;
  onDone: () => void;
  onReload: () => Promise<unknown>;
  reloading: boolean;
}) {
  const { t } = useTranslation();
  const closing = to === 'CLOSED';
  const reopening = intervention.status === 'CLOSED' && to === 'ACTIVE';
  const [note, setNote] = useState('');
  const [summary, setSummary] = useState('');
  const [closedOn, setClosedOn] = useState(todayIso);
  const [clientErrors, setClientErrors] = useState<Record<string, string | undefined>>({});
  const mutation = useTransitionIntervention(intervention.id!);
  const errors = useFieldErrors(mutation.error, INPUTS, undefined, clientErrors);
  const kind = closing ? 'close' : reopening ? 'reopen' : to === 'ON_HOLD' ? 'hold' : 'resume';

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const found: Record<string, string | undefined> = {};
    if (closing && !summary.trim()) found.closingSummary = t('problems.field.closingSummaryRequired');
    if (closing && closedOn > todayIso()) found.closedOn = t('problems.field.future');
    if (reopening && !note.trim()) found.note = t('problems.field.reopenNoteRequired');
    setClientErrors(found);
    if (Object.values(found).some(Boolean)) return;
    mutation.mutate(
      {
        etag,
        body: {
          to,
          note: note.trim() || undefined,
          closingSummary: closing ? summary.trim() : undefined,
          closedOn: closing ? closedOn : undefined,
        },
      },
      { onSuccess: onDone },
    );
  };

  return (
    <Dialog title={t(`interventions.transition.${kind}.title`)} description={intervention.title} onClose={onClose}>
      <form className="form" noValidate onSubmit={submit}>
        <FormAlert
          error={mutation.error}
          unmatched={errors.unmatched}
          clientInvalid={errors.hasClientErrors}
          reloading={reloading}
          onReload={() => void onReload().then(() => mutation.reset())}
        />
        {closing ? (
          <>
            <TextArea
              id="transition-summary"
              label={t('interventions.closingSummary')}
              hint={t('interventions.closingSummaryHint')}
              required
              rows={6}
              value={summary}
              onChange={(e) => setSummary(e.target.value)}
              error={errors.errorFor('closingSummary')}
            />
            <TextField
              id="transition-closed-on"
              type="date"
              label={t('interventions.closedOnLabel')}
              required
              max={todayIso()}
              min={intervention.openedOn ?? undefined}
              value={closedOn}
              onChange={(e) => setClosedOn(e.target.value)}
              error={errors.errorFor('closedOn')}
            />
          </>
        ) : null}
        <TextArea
          id="transition-note"
          label={reopening ? t('interventions.reopenReason') : t('interventions.transitionNote')}
          required={reopening}
          rows={3}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          error={errors.errorFor('note')}
        />
        <div className="actions actions--end">
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('actions.cancel')}
          </button>
          <button type="submit" className="button" disabled={mutation.isPending}>
            {mutation.isPending ? t('actions.saving') : t(`interventions.transition.${kind}.confirm`)}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
