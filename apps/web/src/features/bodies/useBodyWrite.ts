import { useCallback, useState } from 'react';
import type { BodyDetail } from '@anteckna/contract';
import { bodyErrorKey } from './bodyErrorText.ts';

export interface BodyWrite {
  busy: boolean;
  /** Catalog key of why the last write was refused; the form keeps what was typed. */
  errorKey: string | null;
  showError(key: string | null): void;
  /**
   * Sends one change (a call of one of the body's write endpoints, each of which answers with
   * the whole body); true when the server took it.
   */
  run(send: () => Promise<BodyDetail>): Promise<boolean>;
}

/** One form's write to the body: busy while it goes, the refusal shown beside the form. */
export function useBodyWrite(onSaved: (body: BodyDetail) => void): BodyWrite {
  const [busy, setBusy] = useState(false);
  const [errorKey, setErrorKey] = useState<string | null>(null);
  const run = useCallback(
    async (send: () => Promise<BodyDetail>) => {
      setBusy(true);
      setErrorKey(null);
      try {
        onSaved(await send());
        return true;
      } catch (error) {
        setErrorKey(bodyErrorKey(error));
        return false;
      } finally {
        setBusy(false);
      }
    },
    [onSaved],
  );
  return { busy, errorKey, showError: setErrorKey, run };
}
