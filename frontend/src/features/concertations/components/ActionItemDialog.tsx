import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '@/components/Dialog';
import { FormAlert, SelectField, TextArea, TextField, useFieldErrors } from '@/components/form';
import { useAddActionPlanItem } from '../api/addActionPlanItem';

export const ITEM_STATES = ['PLANNED', 'IN_PROGRESS', 'DONE', 'ABANDONED'] as const;
const INPUTS = ['objective', 'responsible', 'dueOn', 'state'];

/** Adds an objective to the action plan. */
export function ActionItemDialog({ concertationId, onClose, onDone }: { concertationId: string; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const [objective, setObjective] = useState('');
  const [responsible, setResponsible] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [state, setState] = useState<(typeof ITEM_STATES)[number]>('PLANNED');
  const [clientErrors, setClientErrors] = useState<Record<string, string | undefined>>({});
  const mutation = useAddActionPlanItem(concertationId);
  const errors = useFieldErrors(mutation.error, INPUTS, undefined, clientErrors);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const found = { objective: objective.trim() ? undefined : t('problems.field.required') };
    setClientErrors(found);
    if (found.objective) return;
    mutation.mutate(
      { objective: objective.trim(), responsible: responsible.trim() || undefined, dueOn: dueOn || undefined, state },
      { onSuccess: onDone },
    );
  };

  return (
    <Dialog title={t('concertations.plan.add')} onClose={onClose}>
      <form className="form" noValidate onSubmit={submit}>
        <FormAlert error={mutation.error} unmatched={errors.unmatched} clientInvalid={errors.hasClientErrors} />
        <TextArea
          id="item-objective"
          label={t('concertations.plan.objective')}
          required
          rows={3}
          value={objective}
          onChange={(e) => setObjective(e.target.value)}
          error={errors.errorFor('objective')}
        />
        <div className="form-row">
          <TextField
            id="item-responsible"
            label={t('concertations.plan.responsible')}
            value={responsible}
            onChange={(e) => setResponsible(e.target.value)}
            error={errors.errorFor('responsible')}
          />
          <TextField
            id="item-due"
            type="date"
            label={t('concertations.plan.dueOn')}
            value={dueOn}
            onChange={(e) => setDueOn(e.target.value)}
            error={errors.errorFor('dueOn')}
          />
          <SelectField
            id="item-state"
            label={t('concertations.plan.state')}
            value={state}
            onChange={(e) => setState(e.target.value as (typeof ITEM_STATES)[number])}
            options={ITEM_STATES.map((s) => ({ value: s, label: t(`concertations.plan.states.${s}`) }))}
            error={errors.errorFor('state')}
          />
        </div>
        <div className="actions actions--end">
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('actions.cancel')}
          </button>
          <button type="submit" className="button" disabled={mutation.isPending}>
            {mutation.isPending ? t('actions.saving') : t('concertations.plan.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
