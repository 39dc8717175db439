/**
 * Labelled inputs of the Safety and Specimens forms: a text-like input (text, date,
 * date-time, number, with an optional suggestion list) and a select, each with its field errors
 * linked by aria-describedby and marked aria-invalid (WCAG 1.3.1, 3.3.1), and an optional hint.
 */
import { type ReactNode, useId } from 'react';

interface Common {
  label: string;
  /** Messages to show under the input; none means valid. */
  errors?: readonly string[];
  hint?: ReactNode;
  required?: boolean;
}

function describedBy(id: string, hint: boolean, invalid: boolean): string | undefined {
  const ids = [hint ? `${id}-hint` : null, invalid ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function Messages({
  id,
  hint,
  errors,
}: {
  id: string;
  hint?: ReactNode;
  errors: readonly string[];
}) {
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      {errors.length ? (
        <p id={`${id}-error`} className="field-error">
          {errors.join('; ')}
        </p>
      ) : null}
    </>
  );
}

export interface InputFieldProps extends Common {
  value: string;
  onChange(value: string): void;
  type?: 'text' | 'date' | 'datetime-local' | 'number';
  /** Suggestions offered while typing (free text stays allowed). */
  suggestions?: readonly string[];
  name?: string;
}

export function InputField({
  label,
  value,
  onChange,
  type = 'text',
  suggestions,
  errors = [],
  hint,
  required = false,
  name,
}: InputFieldProps) {
  const id = useId();
  const invalid = errors.length > 0;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        type={type}
        value={value}
        required={required}
        autoComplete="off"
        list={suggestions ? `${id}-list` : undefined}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={describedBy(id, Boolean(hint), invalid)}
      />
      {suggestions ? (
        <datalist id={`${id}-list`}>
          {suggestions.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
      ) : null}
      <Messages id={id} hint={hint} errors={errors} />
    </div>
  );
}

export interface ChoiceFieldProps<V extends string> extends Common {
  value: V;
  options: ReadonlyArray<{ value: V; label: string }>;
  onChange(value: V): void;
}

export function ChoiceField<V extends string>({
  label,
  value,
  options,
  onChange,
  errors = [],
  hint,
  required = false,
}: ChoiceFieldProps<V>) {
  const id = useId();
  const invalid = errors.length > 0;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        required={required}
        onChange={(e) => onChange(e.target.value as V)}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={describedBy(id, Boolean(hint), invalid)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <Messages id={id} hint={hint} errors={errors} />
    </div>
  );
}
