import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** One filter of a register: a labelled select of the values the register holds, or all. */
export function RegisterFilterSelect({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: string;
  options: Array<[value: string, text: string]>;
  onChange(value: string): void;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <span className="register-filter">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{t('registers.all')}</option>
        {options.map(([optionValue, text]) => (
          <option key={optionValue} value={optionValue}>
            {text}
          </option>
        ))}
      </select>
    </span>
  );
}
