import { useEffect, useState, type InputHTMLAttributes } from 'react';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type'> & {
  /** What the document holds now. */
  value: string;
  /** Writes a typed value into the document, on every keystroke. */
  onWrite(value: string): void;
};

/**
 * A one-line text field over a plain value of the document, written as it is typed (as an item's
 * title is). While it has focus it shows what is typed here: the read model follows the document
 * a moment later, and an older value must not jump back under the caret. Away from it, it shows
 * the document's value, so another person's change appears.
 */
export function DraftTextInput({ value, onWrite, onFocus, onBlur, ...rest }: Props) {
  const [draft, setDraft] = useState(value);
  const [focused, setFocused] = useState(false);
  useEffect(() => {
    if (!focused) setDraft(value);
  }, [value, focused]);
  return (
    <input
      {...rest}
      type="text"
      value={draft}
      onFocus={(event) => {
        setFocused(true);
        onFocus?.(event);
      }}
      onBlur={(event) => {
        setFocused(false);
        onBlur?.(event);
      }}
      onChange={(event) => {
        setDraft(event.target.value);
        onWrite(event.target.value);
      }}
    />
  );
}
