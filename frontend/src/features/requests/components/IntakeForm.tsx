import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useReference } from '@/lib/reference';
import { useRoles } from '@/lib/auth';
import { todayIso } from '@/lib/dates';
import { useIdempotencyKey } from '@/lib/api';
import { CheckboxGroup, FormAlert, SelectField, TextArea, TextField, useFieldErrors } from '@/components/form';
import { useCreateRequest, type ServiceRequestInput } from '../api/createRequest';
import { useOrganization } from '../api/getOrganizationContacts';
import type { OrganizationSummary } from '../api/searchOrganizations';
import { OrganizationPicker } from './OrganizationPicker';

export interface IntakeDraft {
  requester: 'existing' | 'new';
  organization?: Pick<OrganizationSummary, 'id' | 'name'>;
  contactChoice: string; // "" none, "new", or a contact id
  newOrg: { name: string; type: string; territory: string; neq: string; city: string };
  contact: { name: string; role: string; email: string; phone: string };
  receivedOn: string;
  channel: string;
  territory: string;
  serviceOffer: string;
  need: string;
  populations: string[];
  determinants: string[];
}

export function emptyDraft(territory = ''): IntakeDraft {
  return {
    requester: 'existing',
    contactChoice: '',
    newOrg: { name: '', type: '', territory: '', neq: '', city: '' },
    contact: { name: '', role: '', email: '', phone: '' },
    receivedOn: todayIso(),
    channel: '',
    territory,
    serviceOffer: '',
    need: '',
    populations: [],
    determinants: [],
  };
}

const DRAFT_KEY = 'maillon.intakeDraft';

function loadDraft(territory: string): IntakeDraft {
  try {
    const saved = sessionStorage.getItem(DRAFT_KEY);
    if (saved) return { ...emptyDraft(territory), ...(JSON.parse(saved) as Partial<IntakeDraft>) };
  } catch {
    // no storage: start empty
  }
  return emptyDraft(territory);
}

/** The body of POST /requests from the form (new organization and contact only when asked). */
export function toRequestInput(d: IntakeDraft): ServiceRequestInput {
  const trim = (s: string) => s.trim() || undefined;
  const newContact =
    d.contactChoice === 'new'
      ? { name: d.contact.name.trim(), role: trim(d.contact.role), email: trim(d.contact.email), phone: trim(d.contact.phone) }
      : undefined;
  return {
    organizationId: d.requester === 'existing' ? d.organization?.id : undefined,
    organization:
      d.requester === 'new'
        ? {
            name: d.newOrg.name.trim(),
            type: d.newOrg.type,
            territory: d.newOrg.territory || d.territory,
            neq: trim(d.newOrg.neq),
            address: trim(d.newOrg.city) ? { city: d.newOrg.city.trim() } : undefined,
          }
        : undefined,
    contactId: d.requester === 'existing' && d.contactChoice && d.contactChoice !== 'new' ? d.contactChoice : undefined,
    contact: newContact,
    receivedOn: d.receivedOn,
    channel: d.channel,
    territory: d.territory,
    serviceOffer: d.serviceOffer,
    need: d.need.trim(),
    populations: d.populations,
    determinants: d.determinants,
  } as ServiceRequestInput;
}

const INPUTS = [
  'organizationId',
  'organization',
  'organization.name',
  'organization.type',
  'organization.territory',
  'organization.neq',
  'organization.address',
  'contactId',
  'contact',
  'contact.name',
  'contact.role',
  'contact.email',
  'contact.phone',
  'receivedOn',
  'channel',
  'territory',
  'serviceOffer',
  'need',
  'populations',
  'determinants',
];

/** Intake of a request: who asks (existing organization or a new one), what, when, how. */
export function IntakeForm({ onCreated }: { onCreated: (id: string) => void }) {
  const { t } = useTranslation();
  const roles = useRoles();
  const territories = useReference('territories');
  const channels = useReference('request-channels');
  const services = useReference('service-offers');
  const types = useReference('organization-types');
  const populations = useReference('populations');
  const determinants = useReference('determinants');
  const [draft, setDraftState] = useState<IntakeDraft>(() => loadDraft(roles.territories[0]?.code ?? ''));
  const [clientErrors, setClientErrors] = useState<Record<string, string | undefined>>({});
  const mutation = useCreateRequest();
  const idempotency = useIdempotencyKey();
  const errors = useFieldErrors(mutation.error, INPUTS, undefined, clientErrors);
  const organization = useOrganization(draft.requester === 'existing' ? draft.organization?.id : undefined);
  const contacts = organization.data?.contacts ?? [];

  const setDraft = (update: (d: IntakeDraft) => IntakeDraft) =>
    setDraftState((d) => {
      const next = update(d);
      try {
        sessionStorage.setItem(DRAFT_KEY, JSON.stringify(next));
      } catch {
        // the draft then lives only in the page
      }
      return next;
    });
  const set = <K extends keyof IntakeDraft>(key: K, value: IntakeDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const territoryOptions = useMemo(() => territories.options.map((o) => ({ value: o.code, label: o.label })), [territories]);

  const validate = () => {
    const e: Record<string, string> = {};
    const required = t('problems.field.required');
    if (draft.requester === 'existing' && !draft.organization?.id) e.organizationId = t('requests.intake.pickOrganization');
    if (draft.requester === 'new') {
      if (!draft.newOrg.name.trim()) e['organization.name'] = required;
      if (!draft.newOrg.type) e['organization.type'] = required;
      if (draft.newOrg.neq.trim() && !/^\d{10}$/.test(draft.newOrg.neq.trim())) e['organization.neq'] = t('problems.field.neqDigits');
    }
    if (draft.contactChoice === 'new' && !draft.contact.name.trim()) e['contact.name'] = required;
    if (!draft.receivedOn) e.receivedOn = required;
    else if (draft.receivedOn > todayIso()) e.receivedOn = t('problems.field.future');
    if (!draft.channel) e.channel = required;
    if (!draft.territory) e.territory = required;
    if (!draft.serviceOffer) e.serviceOffer = required;
    if (!draft.need.trim()) e.need = required;
    return e;
  };

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const found = validate();
    setClientErrors(found);
    if (Object.keys(found).length) {
      mutation.reset();
      return;
    }
    const body = toRequestInput(draft);
    mutation.mutate(
      { body, idempotencyKey: idempotency.keyFor(body) },
      {
        onSuccess: (created) => {
          idempotency.reset();
          try {
            sessionStorage.removeItem(DRAFT_KEY);
          } catch {
            // nothing to clear
          }
          onCreated(created.id!);
        },
      },
    );
  };

  const err = errors.errorFor;
  return (
    <form className="form" noValidate onSubmit={submit} aria-labelledby="intake-title">
      <p className="muted">{t('form.requiredLegend')}</p>
      <FormAlert error={mutation.error} unmatched={errors.unmatched} clientInvalid={errors.hasClientErrors} />

      <fieldset className="fieldset form">
        <legend>{t('requests.intake.requester')}</legend>
        <div className="actions" role="radiogroup" aria-label={t('requests.intake.requesterKind')}>
          {(['existing', 'new'] as const).map((kind) => (
            <label key={kind} className="check">
              <input
                type="radio"
                name="requester"
                checked={draft.requester === kind}
                onChange={() => setDraft((d) => ({ ...d, requester: kind, contactChoice: '' }))}
              />
              <span>{t(`requests.intake.requesterKinds.${kind}`)}</span>
            </label>
          ))}
        </div>
        {draft.requester === 'existing' ? (
          <>
            <OrganizationPicker
              selected={draft.organization}
              onSelect={(o) => setDraft((d) => ({ ...d, organization: { id: o.id, name: o.name }, contactChoice: '' }))}
              error={err('organizationId') ?? err('organization')}
            />
            {draft.organization?.id ? (
              <p className="success">{t('requests.intake.selected', { name: draft.organization.name })}</p>
            ) : null}
          </>
        ) : (
          <div className="form-row">
            <TextField
              id="intake-org-name"
              label={t('organizations.name')}
              required
              value={draft.newOrg.name}
              onChange={(e) => setDraft((d) => ({ ...d, newOrg: { ...d.newOrg, name: e.target.value } }))}
              error={err('organization.name')}
            />
            <SelectField
              id="intake-org-type"
              label={t('organizations.type')}
              required
              value={draft.newOrg.type}
              onChange={(e) => setDraft((d) => ({ ...d, newOrg: { ...d.newOrg, type: e.target.value } }))}
              placeholder={t('form.choose')}
              options={types.options.map((o) => ({ value: o.code, label: o.label }))}
              error={err('organization.type')}
            />
            <SelectField
              id="intake-org-territory"
              label={t('organizations.territory')}
              hint={t('requests.intake.orgTerritoryHint')}
              value={draft.newOrg.territory}
              onChange={(e) => setDraft((d) => ({ ...d, newOrg: { ...d.newOrg, territory: e.target.value } }))}
              placeholder={t('requests.intake.sameAsRequest')}
              options={territoryOptions}
              error={err('organization.territory')}
            />
            <TextField
              id="intake-org-neq"
              label={t('organizations.neq')}
              hint={t('organizations.neqHint')}
              inputMode="numeric"
              value={draft.newOrg.neq}
              onChange={(e) => setDraft((d) => ({ ...d, newOrg: { ...d.newOrg, neq: e.target.value } }))}
              error={err('organization.neq')}
            />
            <TextField
              id="intake-org-city"
              label={t('organizations.city')}
              value={draft.newOrg.city}
              onChange={(e) => setDraft((d) => ({ ...d, newOrg: { ...d.newOrg, city: e.target.value } }))}
              error={err('organization.address')}
            />
          </div>
        )}
        <SelectField
          id="intake-contact"
          label={t('requests.intake.contact')}
          value={draft.contactChoice}
          onChange={(e) => set('contactChoice', e.target.value)}
          placeholder={t('requests.intake.noContact')}
          options={[
            ...contacts
              .filter((c) => c.id)
              .map((c) => ({ value: c.id!, label: [c.name, c.role].filter(Boolean).join(' — ') })),
            { value: 'new', label: t('requests.intake.newContact') },
          ]}
          error={err('contactId')}
        />
        {draft.contactChoice === 'new' ? (
          <div className="form-row">
            <TextField
              id="intake-contact-name"
              label={t('organizations.contactName')}
              required
              autoComplete="off"
              value={draft.contact.name}
              onChange={(e) => setDraft((d) => ({ ...d, contact: { ...d.contact, name: e.target.value } }))}
              error={err('contact.name') ?? err('contact')}
            />
            <TextField
              id="intake-contact-role"
              label={t('organizations.contactRole')}
              value={draft.contact.role}
              onChange={(e) => setDraft((d) => ({ ...d, contact: { ...d.contact, role: e.target.value } }))}
              error={err('contact.role')}
            />
            <TextField
              id="intake-contact-email"
              label={t('organizations.email')}
              type="email"
              autoComplete="off"
              value={draft.contact.email}
              onChange={(e) => setDraft((d) => ({ ...d, contact: { ...d.contact, email: e.target.value } }))}
              error={err('contact.email')}
            />
            <TextField
              id="intake-contact-phone"
              label={t('organizations.phone')}
              type="tel"
              autoComplete="off"
              value={draft.contact.phone}
              onChange={(e) => setDraft((d) => ({ ...d, contact: { ...d.contact, phone: e.target.value } }))}
              error={err('contact.phone')}
            />
          </div>
        ) : null}
      </fieldset>

      <fieldset className="fieldset form">
        <legend>{t('requests.intake.request')}</legend>
        <div className="form-row">
          <TextField
            id="intake-received"
            type="date"
            label={t('requests.receivedOn')}
            required
            max={todayIso()}
            value={draft.receivedOn}
            onChange={(e) => set('receivedOn', e.target.value)}
            error={err('receivedOn')}
          />
          <SelectField
            id="intake-channel"
            label={t('requests.channel')}
            required
            value={draft.channel}
            onChange={(e) => set('channel', e.target.value)}
            placeholder={t('form.choose')}
            options={channels.options.map((o) => ({ value: o.code, label: o.label }))}
            error={err('channel')}
          />
          <SelectField
            id="intake-territory"
            label={t('requests.territory')}
            hint={t('requests.intake.territoryHint')}
            required
            value={draft.territory}
            onChange={(e) => set('territory', e.target.value)}
            placeholder={t('form.choose')}
            options={territoryOptions}
            error={err('territory')}
          />
        </div>
        <SelectField
          id="intake-service"
          label={t('requests.serviceOffer')}
          required
          value={draft.serviceOffer}
          onChange={(e) => set('serviceOffer', e.target.value)}
          placeholder={t('form.choose')}
          options={services.options.map((o) => ({ value: o.code, label: o.label }))}
          error={err('serviceOffer')}
        />
        <TextArea
          id="intake-need"
          label={t('requests.need')}
          hint={t('requests.intake.needHint')}
          required
          rows={5}
          value={draft.need}
          onChange={(e) => set('need', e.target.value)}
          error={err('need')}
        />
        <CheckboxGroup
          legend={t('requests.populations')}
          options={populations.options.map((o) => ({ value: o.code, label: o.label }))}
          value={draft.populations}
          onChange={(v) => set('populations', v)}
          error={err('populations')}
        />
        <CheckboxGroup
          legend={t('requests.determinants')}
          options={determinants.options.map((o) => ({ value: o.code, label: o.label }))}
          value={draft.determinants}
          onChange={(v) => set('determinants', v)}
          error={err('determinants')}
        />
      </fieldset>
      <div className="actions">
        <button type="submit" className="button" disabled={mutation.isPending}>
          {mutation.isPending ? t('actions.saving') : t('requests.intake.submit')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setDraft(() => emptyDraft(roles.territories[0]?.code ?? ''));
            setClientErrors({});
            mutation.reset();
          }}
        >
          {t('requests.intake.clear')}
        </button>
      </div>
    </form>
  );
}
