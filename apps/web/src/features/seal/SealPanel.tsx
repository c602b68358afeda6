import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { callApi } from '../../app/api.ts';
import { errorTextKey } from '../../app/errorText.ts';
import { useApiResource } from '../../app/useApiResource.ts';
import { currentLanguage } from '../../i18n/i18n.ts';
import { instantText } from '../history/instantText.ts';
import { HashValue } from './HashValue.tsx';
import { sealEndpoint, type Seal } from '@anteckna/contract';
import { sealVerdict } from './sealVerdict.ts';
import './seal.css';

type Check =
  | { status: 'idle' }
  | { status: 'checking' }
  | { status: 'done'; seal: Seal }
  | { status: 'failed'; errorKey: string };

/**
 * The seal of locked minutes: its SHA-256, the previous seal it chains to, when it was locked,
 * and "Verifiera", which asks the server to recompute both from what it stores, now.
 */
export function SealPanel({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const headingId = useId();
  const params = { id: meetingId };
  const seal = useApiResource(sealEndpoint, { params });
  const [check, setCheck] = useState<Check>({ status: 'idle' });

  const verify = async () => {
    setCheck({ status: 'checking' });
    try {
      setCheck({ status: 'done', seal: await callApi(sealEndpoint, { params }) });
    } catch (error) {
      setCheck({ status: 'failed', errorKey: errorTextKey(error) });
    }
  };

  const lockedAt =
    seal.load.status === 'ready' ? instantText(seal.load.data.lockedAt, language) : null;
  const verdict = check.status === 'done' ? sealVerdict(check.seal) : null;

  return (
    <section className="seal" aria-labelledby={headingId}>
      <h2 id={headingId} className="seal-heading">
        {t('seal.heading')}
      </h2>
      <p className="seal-intro">{t('seal.intro')}</p>
      {seal.load.status === 'error' && (
        <p className="form-error">
          {t('seal.loadFailed')} {t(errorTextKey(seal.load.error))}
        </p>
      )}
      {seal.load.status === 'ready' && (
        <dl className="seal-facts">
          <div>
            <dt>{t('seal.sha256')}</dt>
            <dd>
              <HashValue value={seal.load.data.sha256} name={t('seal.sha256')} />
            </dd>
          </div>
          <div>
            <dt>{t('seal.previous')}</dt>
            <dd>
              {seal.load.data.previous ? (
                <HashValue value={seal.load.data.previous} name={t('seal.previous')} />
              ) : (
                t('seal.firstInChain')
              )}
            </dd>
          </div>
          <div>
            <dt>{t('seal.lockedAt')}</dt>
            <dd>
              <time dateTime={seal.load.data.lockedAt}>
                {lockedAt ? t('seal.instant', lockedAt) : seal.load.data.lockedAt}
              </time>
            </dd>
          </div>
        </dl>
      )}
      <div className="seal-verify">
        <button
          type="button"
          className="button"
          disabled={check.status === 'checking'}
          onClick={() => void verify()}
        >
          {t('seal.verify')}
        </button>
        <div className="seal-verdict" role="status" data-verdict={verdict ?? check.status}>
          {check.status === 'checking' && <p>{t('seal.verifying')}</p>}
          {check.status === 'failed' && (
            <p>
              {t('seal.verifyFailed')} {t(check.errorKey)}
            </p>
          )}
          {verdict && (
            <p>
              <span aria-hidden="true" className="seal-verdict-mark">
                {verdict === 'holds' ? '✓' : '✗'}
              </span>{' '}
              {t(`seal.verdict.${verdict}`)}
            </p>
          )}
          {check.status === 'done' && check.seal.problems.length > 0 && (
            <ul className="seal-problems" lang="en">
              {check.seal.problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </section>
  );
}
