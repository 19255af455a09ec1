import type { ComponentPropsWithRef, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';

type Errors = string | readonly string[] | undefined;

const asList = (errors: Errors): readonly string[] => (errors === undefined ? [] : typeof errors === 'string' ? [errors] : errors);

interface FieldFrame {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: Errors;
  required?: boolean;
  className?: string;
}

function describedBy(id: string, hint: unknown, errors: readonly string[]) {
  return [hint ? `${id}-hint` : null, errors.length ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
}

function Frame({ id, label, hint, errors, required, className, children }: Omit<FieldFrame, 'error'> & { errors: readonly string[]; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className={['field', errors.length ? 'field--invalid' : '', className ?? ''].filter(Boolean).join(' ')}>
      <label htmlFor={id} className="field__label">
        {label}
        {required ? (
          <span className="field__required">
            <span aria-hidden="true"> *</span>
            <span className="visually-hidden"> ({t('form.required')})</span>
          </span>
        ) : null}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      {children}
      <FieldError id={`${id}-error`} errors={errors} />
    </div>
  );
}

/** The messages under a field (or a group), linked to it by aria-describedby. */
export function FieldError({ id, errors }: { id: string; errors: Errors }) {
  const list = asList(errors);
  if (list.length === 0) return null;
  return (
    <p id={id} className="field__error">
      {list.join(' ')}
    </p>
  );
}

export function TextField({ id, label, hint, error, required, className, ...input }: FieldFrame & Omit<ComponentPropsWithRef<'input'>, 'id'>) {
  const errors = asList(error);
  return (
    <Frame id={id} label={label} hint={hint} errors={errors} required={required} className={className}>
      <input
        id={id}
        className="input"
        aria-invalid={errors.length ? true : undefined}
        aria-required={required || undefined}
        aria-describedby={describedBy(id, hint, errors)}
        {...input}
      />
    </Frame>
  );
}

export function TextArea({ id, label, hint, error, required, className, ...input }: FieldFrame & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const errors = asList(error);
  return (
    <Frame id={id} label={label} hint={hint} errors={errors} required={required} className={className}>
      <textarea
        id={id}
        className="input"
        rows={4}
        aria-invalid={errors.length ? true : undefined}
        aria-required={required || undefined}
        aria-describedby={describedBy(id, hint, errors)}
        {...input}
      />
    </Frame>
  );
}

export interface Option {
  value: string;
  label: string;
}

export function SelectField({
  id,
  label,
  hint,
  error,
  required,
  className,
  options,
  placeholder,
  ...select
}: FieldFrame & SelectHTMLAttributes<HTMLSelectElement> & { options: readonly Option[]; placeholder?: string }) {
  const errors = asList(error);
  return (
    <Frame id={id} label={label} hint={hint} errors={errors} required={required} className={className}>
      <select
        id={id}
        className="input"
        aria-invalid={errors.length ? true : undefined}
        aria-required={required || undefined}
        aria-describedby={describedBy(id, hint, errors)}
        {...select}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Frame>
  );
}
