import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useReference } from '@/lib/reference';
import { useFormat } from '@/lib/i18n';
import { todayIso } from '@/lib/dates';
import { useIdempotencyKey } from '@/lib/api';
import { CheckboxGroup, FormAlert, TextField, useFieldErrors } from '@/components/form';
import { LiveRegion, useAnnounce } from '@/components/useAnnounce';
import { useCreateInterventionActivity, type ActivityInput } from '../api/createInterventionActivity';
import { MAX_ACTIVITY_MINUTES, parseDuration } from '../lib/duration';

const INPUTS = ['occurredOn', 'durationMinutes', 'acts', 'notes', 'participants'];

/**
 * Quick entry of an activity: date (today by default), duration in minutes or hh:mm, acts as toggle chips,
 * notes and participants. Enter saves from any field; the form then clears for the next one and focus goes
 * back to the duration.
 */
export function QuickEntry({ interventionId }: { interventionId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const acts = useReference('professional-acts');
  const [occurredOn, setOccurredOn] = useState(todayIso);
  const [duration, setDuration] = useState('');
  const [selectedActs, setSelectedActs] = useState<string[]>([]);
  const [notes, setNotes] = useState('');
  const [participants, setParticipants] = useState('');
  const [clientErrors, setClientErrors] = useState<Record<string, string | undefined>>({});
  const mutation = useCreateInterventionActivity(interventionId);
  const idempotency = useIdempotencyKey();
  const errors = useFieldErrors(mutation.error, INPUTS, undefined, clientErrors);
  const { message, announce } = useAnnounce();
  const durationRef = useRef<HTMLInputElement>(null);
  const parsed = parseDuration(duration);
  const actOptions = useMemo(() => acts.options.map((o) => ({ value: o.code, label: o.label })), [acts]);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const found: Record<string, string | undefined> = {};
    if (!occurredOn) found.occurredOn = t('problems.field.required');
    else if (occurredOn > todayIso()) found.occurredOn = t('problems.field.future');
    if (parsed === undefined) found.durationMinutes = t('activities.durationInvalid');
    else if (parsed < 1 || parsed > MAX_ACTIVITY_MINUTES) found.durationMinutes = t('activities.durationRange');
    if (selectedActs.length === 0) found.acts = t('activities.actsRequired');
    const count = participants.trim() ? Number(participants) : undefined;
    if (count !== undefined && (!Number.isInteger(count) || count < 0)) found.participants = t('activities.participantsInvalid');
    setClientErrors(found);
    if (Object.values(found).some(Boolean)) {
      mutation.reset();
      return;
    }
    const body: ActivityInput = {
      occurredOn,
      durationMinutes: parsed!,
      acts: selectedActs,
      notes: notes.trim() || undefined,
      participants: count,
    };
    mutation.mutate(
      { body, idempotencyKey: idempotency.keyFor(body) },
      {
        onSuccess: () => {
          idempotency.reset();
          announce(t('activities.added', { duration: format.duration(parsed!), date: format.day(occurredOn) }));
          setDuration('');
          setNotes('');
          setParticipants('');
          setSelectedActs([]);
          durationRef.current?.focus();
        },
      },
    );
  };

  // Enter on a chip (a checkbox) saves too: the whole entry is keyboard-quick.
  const onKeyDown = (event: React.KeyboardEvent<HTMLFormElement>) => {
    const target = event.target as HTMLInputElement;
    if (event.key === 'Enter' && target.type === 'checkbox') {
      event.preventDefault();
      event.currentTarget.requestSubmit();
    }
  };

  return (
    <form className="quick-entry form" noValidate onSubmit={submit} onKeyDown={onKeyDown} aria-labelledby="quick-entry-title">
      <h3 id="quick-entry-title">{t('activities.quickEntry')}</h3>
      <p className="field__hint">{t('activities.quickEntryHint')}</p>
      <FormAlert error={mutation.error} unmatched={errors.unmatched} clientInvalid={errors.hasClientErrors} />
      <div className="form-row">
        <TextField
          id="activity-date"
          type="date"
          label={t('activities.date')}
          required
          max={todayIso()}
          value={occurredOn}
          onChange={(e) => setOccurredOn(e.target.value)}
          error={errors.errorFor('occurredOn')}
        />
        <TextField
          id="activity-duration"
          ref={durationRef}
          label={t('activities.duration')}
          hint={parsed !== undefined && parsed > 0 ? t('activities.durationIs', { duration: format.duration(parsed) }) : t('activities.durationHint')}
          required
          inputMode="text"
          autoComplete="off"
          value={duration}
          onChange={(e) => setDuration(e.target.value)}
          error={errors.errorFor('durationMinutes')}
        />
        <TextField
          id="activity-participants"
          type="number"
          min={0}
          inputMode="numeric"
          label={t('activities.participants')}
          value={participants}
          onChange={(e) => setParticipants(e.target.value)}
          error={errors.errorFor('participants')}
        />
        <TextField
          id="activity-notes"
          label={t('activities.notes')}
          autoComplete="off"
          value={notes}
          onChange={(e) => setNotes(e.target.value)}
          error={errors.errorFor('notes')}
        />
      </div>
      <CheckboxGroup
        legend={t('activities.acts')}
        variant="chips"
        required
        options={actOptions}
        value={selectedActs}
        onChange={setSelectedActs}
        error={errors.errorFor('acts')}
      />
      <div className="actions">
        <button type="submit" className="button" disabled={mutation.isPending}>
          {mutation.isPending ? t('actions.saving') : t('activities.save')}
        </button>
        <LiveRegion message={message} />
      </div>
    </form>
  );
}
