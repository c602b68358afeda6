import { useCallback, useState } from 'react';
import type { BodyDetail } from './bodyApi.ts';
import { writeBody } from './bodyApi.ts';
import { bodyErrorKey } from './bodyErrorText.ts';

export interface BodyWrite {
  busy: boolean;
  /** Catalog key of why the last write was refused; the form keeps what was typed. */
  errorKey: string | null;
  showError(key: string | null): void;
  /** Sends one change; true when the server took it. */
  run(rest: string, method: 'POST' | 'PATCH' | 'DELETE', body?: unknown): Promise<boolean>;
}

/** One form's write to the body: busy while it goes, the refusal shown beside the form. */
export function useBodyWrite(bodyId: string, onSaved: (body: BodyDetail) => void): BodyWrite {
  const [busy, setBusy] = useState(false);
  const [errorKey, setErrorKey] = useState<string | null>(null);
  const run = useCallback(
    async (rest: string, method: 'POST' | 'PATCH' | 'DELETE', body?: unknown) => {
      setBusy(true);
      setErrorKey(null);
      try {
        onSaved(await writeBody(bodyId, rest, method, body));
        return true;
      } catch (error) {
        setErrorKey(bodyErrorKey(error));
        return false;
      } finally {
        setBusy(false);
      }
    },
    [bodyId, onSaved],
  );
  return { busy, errorKey, showError: setErrorKey, run };
}
