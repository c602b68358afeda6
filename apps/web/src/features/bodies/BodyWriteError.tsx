import { useTranslation } from 'react-i18next';
import type { BodyWrite } from './useBodyWrite.ts';

/** Beside a body form: why the server refused its last write, read out when it comes. */
export function BodyWriteError({ write }: { write: BodyWrite }) {
  const { t } = useTranslation();
  return (
    <p role="alert" className="form-error">
      {write.errorKey ? t(write.errorKey) : null}
    </p>
  );
}
