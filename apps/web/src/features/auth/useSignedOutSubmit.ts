import { useState, type FormEvent } from 'react';
import { errorTextKey } from '../../app/errorText.ts';

/**
 * The submit of a signed-out form: busy while it goes, and busy still once it is taken (the
 * page is left for the signed-in app); a refusal is shown and the form can be sent again.
 */
export function useSignedOutSubmit(send: () => Promise<void>) {
  const [busy, setBusy] = useState(false);
  const [errorKey, setErrorKey] = useState<string | null>(null);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    setErrorKey(null);
    try {
      await send();
    } catch (error) {
      setErrorKey(errorTextKey(error));
      setBusy(false);
    }
  };
  return { busy, errorKey, submit };
}
