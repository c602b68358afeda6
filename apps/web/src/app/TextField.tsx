import { useId } from 'react';
import type { InputHTMLAttributes } from 'react';

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value' | 'type'>;

/**
 * A labelled text input: the visible label is the input's name, and a hint, when given, is
 * read with it (aria-describedby), as every form of the app does it.
 */
export function TextField({
  label,
  value,
  onValue,
  type = 'text',
  hint,
  ...input
}: InputProps & {
  label: string;
  value: string;
  onValue(value: string): void;
  type?: 'text' | 'email' | 'password' | 'date' | 'time';
  hint?: string;
}) {
  const hintId = useId();
  return (
    <label>
      <span>{label}</span>
      <input
        {...input}
        type={type}
        value={value}
        onChange={(event) => onValue(event.target.value)}
        aria-describedby={hint ? hintId : input['aria-describedby']}
      />
      {hint && (
        <small id={hintId} className="body-hint">
          {hint}
        </small>
      )}
    </label>
  );
}
