import type { InputHTMLAttributes } from 'react';
import { TextField } from './TextField.tsx';

/** One field of a form's list: the key of its value, its visible label, and how it is filled. */
export interface TextFieldSpec<K extends string> {
  key: K;
  label: string;
  type?: 'text' | 'email' | 'password';
  autoComplete: string;
  required?: boolean;
  minLength?: number;
  hint?: string;
}

/**
 * A form's text fields from one list and one record of values, so that a form says what it asks
 * for once (sign-in, invitation, a new password) instead of writing each field out.
 */
export function TextFields<K extends string>({
  fields,
  values,
  onValues,
  shared = {},
}: {
  fields: ReadonlyArray<TextFieldSpec<K>>;
  values: Record<K, string>;
  onValues(update: (before: Record<K, string>) => Record<K, string>): void;
  /** Attributes every field carries (a refusal they are read with). */
  shared?: Pick<InputHTMLAttributes<HTMLInputElement>, 'aria-describedby' | 'aria-invalid'>;
}) {
  return fields.map(({ key, ...field }) => (
    <TextField
      key={key}
      {...field}
      name={key}
      {...shared}
      value={values[key]}
      onValue={(value) => onValues((before) => ({ ...before, [key]: value }))}
    />
  ));
}
