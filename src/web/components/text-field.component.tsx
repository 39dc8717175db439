/**
 * A labelled text input with its field errors beside it, linked by aria-describedby and marked
 * aria-invalid (WCAG 1.3.1, 3.3.1), so a screen reader reads the error with the field.
 */
import { type HTMLInputAutoCompleteAttribute, useId } from 'react';

export interface TextFieldProps {
  name: string;
  label: string;
  value: string;
  onChange(value: string): void;
  type?: 'text' | 'password';
  autoComplete?: HTMLInputAutoCompleteAttribute;
  required?: boolean;
  /** Messages to show under the input; none means valid. */
  errors?: readonly string[];
}

export function TextField({
  name,
  label,
  value,
  onChange,
  type = 'text',
  autoComplete,
  required = false,
  errors = [],
}: TextFieldProps) {
  const id = useId();
  const errorId = `${id}-error`;
  const invalid = errors.length > 0;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        type={type}
        autoComplete={autoComplete}
        autoCapitalize="none"
        spellCheck={false}
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
