import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError, type Option } from './Field';

export interface CheckboxGroupProps {
  legend: ReactNode;
  options: readonly Option[];
  value: readonly string[];
  onChange: (value: string[]) => void;
  error?: string | readonly string[];
  hint?: ReactNode;
  required?: boolean;
  /** "chips": compact toggle chips (still checkboxes for assistive technology). */
  variant?: 'list' | 'chips';
  name?: string;
  className?: string;
}

/** Several choices in a fieldset with its legend; each choice is a real checkbox. */
export function CheckboxGroup({
  legend,
  options,
  value,
  onChange,
  error,
  hint,
  required,
  variant = 'list',
  name,
  className,
}: CheckboxGroupProps) {
  const { t } = useTranslation();
  const id = useId();
  const errors = error === undefined ? [] : typeof error === 'string' ? [error] : error;
  const toggle = (code: string, checked: boolean) =>
    onChange(checked ? [...value.filter((v) => v !== code), code] : value.filter((v) => v !== code));
  const described = [hint ? `${id}-hint` : null, errors.length ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset
      className={['fieldset', `checks--${variant}`, errors.length ? 'field--invalid' : '', className ?? ''].filter(Boolean).join(' ')}
      aria-describedby={described}
    >
      <legend>
        {legend}
        {required ? (
          <span className="field__required">
            <span aria-hidden="true"> *</span>
            <span className="visually-hidden"> ({t('form.required')})</span>
          </span>
        ) : null}
      </legend>
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      <ul className="checks">
        {options.map((o) => {
          const checked = value.includes(o.value);
          return (
            <li key={o.value}>
              <label className={checked ? 'check check--on' : 'check'}>
                <input
                  type="checkbox"
                  name={name}
                  value={o.value}
                  checked={checked}
                  onChange={(e) => toggle(o.value, e.target.checked)}
                  aria-invalid={errors.length ? true : undefined}
                />
                <span>{o.label}</span>
              </label>
            </li>
          );
        })}
      </ul>
      <FieldError id={`${id}-error`} errors={errors} />
    </fieldset>
  );
}
