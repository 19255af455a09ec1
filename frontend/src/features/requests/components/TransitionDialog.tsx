import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '@/components/Dialog';
import { FormAlert, TextArea, useFieldErrors } from '@/components/form';
import type { ServiceRequest } from '../api/getRequest';
import { useTransitionRequest } from '../api/transitionRequest';

/** A simple move with an optional note: start the analysis, or withdraw the request. */
export function TransitionDialog({
  request,
  etag,
  to,
  onClose,
  onDone,
  onReload,
  reloading,
}: {
  request: ServiceRequest;
  etag: string;
  to: 'UNDER_ANALYSIS' | 'WITHDRAWN';
  onClose: () => void;
  onDone: () => void;
  onReload: () => Promise<unknown>;
  reloading: boolean;
}) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const mutation = useTransitionRequest(request.id!);
  const errors = useFieldErrors(mutation.error, ['note']);
  return (
    <Dialog title={t(`requests.transition.${to}.title`)} onClose={onClose} description={t(`requests.transition.${to}.description`)}>
      <form
        className="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          mutation.mutate({ etag, body: { to, note: note.trim() || undefined } }, { onSuccess: onDone });
        }}
      >
        <FormAlert
          error={mutation.error}
          unmatched={errors.unmatched}
          reloading={reloading}
          onReload={() => void onReload().then(() => mutation.reset())}
        />
        <TextArea
          id={`${request.id}-transition-note`}
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
          <button type="submit" className={to === 'WITHDRAWN' ? 'button button--danger' : 'button'} disabled={mutation.isPending}>
            {mutation.isPending ? t('actions.saving') : t(`requests.transition.${to}.confirm`)}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
