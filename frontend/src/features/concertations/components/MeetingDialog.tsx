import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '@/lib/dates';
import { Dialog } from '@/components/Dialog';
import { FormAlert, TextArea, TextField, useFieldErrors } from '@/components/form';
import { useAddMeeting } from '../api/addMeeting';

const INPUTS = ['heldOn', 'place', 'attendance', 'decisions'];

/** Records a meeting of the place: date, place, attendance, decisions. */
export function MeetingDialog({ concertationId, onClose, onDone }: { concertationId: string; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const [heldOn, setHeldOn] = useState(todayIso);
  const [place, setPlace] = useState('');
  const [attendance, setAttendance] = useState('');
  const [decisions, setDecisions] = useState('');
  const [clientErrors, setClientErrors] = useState<Record<string, string | undefined>>({});
  const mutation = useAddMeeting(concertationId);
  const errors = useFieldErrors(mutation.error, INPUTS, undefined, clientErrors);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const found: Record<string, string | undefined> = {};
    if (!heldOn) found.heldOn = t('problems.field.required');
    const count = attendance.trim() ? Number(attendance) : undefined;
    if (count !== undefined && (!Number.isInteger(count) || count < 0)) found.attendance = t('activities.participantsInvalid');
    setClientErrors(found);
    if (Object.values(found).some(Boolean)) return;
    mutation.mutate(
      { heldOn, place: place.trim() || undefined, attendance: count, decisions: decisions.trim() || undefined },
      { onSuccess: onDone },
    );
  };

  return (
    <Dialog title={t('concertations.meetings.add')} onClose={onClose}>
      <form className="form" noValidate onSubmit={submit}>
        <FormAlert error={mutation.error} unmatched={errors.unmatched} clientInvalid={errors.hasClientErrors} />
        <div className="form-row">
          <TextField
            id="meeting-date"
            type="date"
            label={t('concertations.meetings.heldOn')}
            required
            value={heldOn}
            onChange={(e) => setHeldOn(e.target.value)}
            error={errors.errorFor('heldOn')}
          />
          <TextField
            id="meeting-attendance"
            type="number"
            min={0}
            label={t('concertations.meetings.attendance')}
            value={attendance}
            onChange={(e) => setAttendance(e.target.value)}
            error={errors.errorFor('attendance')}
          />
        </div>
        <TextField
          id="meeting-place"
          label={t('concertations.meetings.place')}
          value={place}
          onChange={(e) => setPlace(e.target.value)}
          error={errors.errorFor('place')}
        />
        <TextArea
          id="meeting-decisions"
          label={t('concertations.meetings.decisions')}
          rows={4}
          value={decisions}
          onChange={(e) => setDecisions(e.target.value)}
          error={errors.errorFor('decisions')}
        />
        <div className="actions actions--end">
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('actions.cancel')}
          </button>
          <button type="submit" className="button" disabled={mutation.isPending}>
            {mutation.isPending ? t('actions.saving') : t('concertations.meetings.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
