/** A labelled multi-line input with its errors linked by aria-describedby (WCAG 1.3.1, 3.3.1). */
import { useId } from 'react';

export interface TextAreaFieldProps {
  name: string;
  label: string;
  value: string;
  onChange(value: string): void;
  required?: boolean;
  errors?: readonly string[];
  rows?: number;
}

export function TextAreaField({
  name,
  label,
  value,
  onChange,
  required = false,
  errors = [],
  rows = 3,
}: TextAreaFieldProps) {
  const id = useId();
  const errorId = `${id}-error`;
  const invalid = errors.length > 0;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        name={name}
        rows={rows}
        required={required}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={invalid ? errorId : undefined}
      />
      {invalid ? (
        <p id={errorId} className="field-error">
          {errors.join('; ')}
        </p>
      ) : null}
    </div>
  );
}
