import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { publicSealEndpoint, type PublicSeal } from '@anteckna/contract';
import { callApi } from '../../app/api.ts';
import { errorTextKey } from '../../app/errorText.ts';

type Check =
  | { state: 'idle' }
  | { state: 'checking' }
  | { state: 'done'; seal: PublicSeal }
  | { state: 'failed'; errorKey: string };

/**
 * The seal of one set of locked minutes, and "Verifiera": the server recomputes the hash from
 * the stored final version and checks the chain to the body's earlier minutes, every time.
 */
export function SealCheck({ meetingId, sha256 }: { meetingId: string; sha256: string }) {
  const { t } = useTranslation();
  const [check, setCheck] = useState<Check>({ state: 'idle' });

  const verify = async () => {
    setCheck({ state: 'checking' });
    try {
      setCheck({
        state: 'done',
        seal: await callApi(publicSealEndpoint, { params: { id: meetingId } }),
      });
    } catch (error) {
      setCheck({ state: 'failed', errorKey: errorTextKey(error) });
    }
  };

  const holds = check.state === 'done' && check.seal.verified && check.seal.sha256 === sha256;
  return (
    <div className="public-seal">
      <p className="public-seal-line">
        <span className="public-seal-label">{t('public.seal.label')}</span>{' '}
        <code className="public-seal-hash">{sha256}</code>
      </p>
      <div className="public-seal-actions">
        <button
          type="button"
          className="button button-small"
          disabled={check.state === 'checking'}
          onClick={() => void verify()}
        >
          {t('public.seal.verify')}
        </button>
        <p className="public-seal-result" role="status" data-result={resultOf(check, holds)}>
          {check.state === 'checking' && t('public.seal.checking')}
          {check.state === 'done' && t(verdictKey(check.seal, holds))}
          {check.state === 'failed' && t(check.errorKey)}
        </p>
      </div>
    </div>
  );
}

function verdictKey(seal: PublicSeal, holds: boolean): string {
  if (holds) return 'public.seal.holds';
  return seal.chainHolds ? 'public.seal.broken' : 'public.seal.chainBroken';
}

function resultOf(check: Check, holds: boolean): string {
  if (check.state === 'done') return holds ? 'holds' : 'broken';
  return check.state;
}
