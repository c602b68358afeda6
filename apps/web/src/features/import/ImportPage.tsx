import { useEffect, useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadFailedPage, LoadingPage } from '../../app/PageMessage.tsx';
import { routeHref } from '../../app/route.ts';
import { useApiResource } from '../../app/useApiResource.ts';
import { bodyEndpoint } from '@anteckna/contract';
import { bodyErrorKey } from '../bodies/bodyErrorText.ts';
import { confirmImport, NotMinutesError, previewImport } from './importApi.ts';
import type { ImportedMinutes, ImportPreview } from './importApi.ts';
import { importErrorKey } from './importErrorText.ts';
import { ImportFindings } from './ImportFindings.tsx';
import { RecoveredMinutes } from './RecoveredMinutes.tsx';
import { SourceLines } from './SourceLines.tsx';
import './import.css';

type Step =
  | { name: 'choose' }
  | { name: 'reading' }
  | { name: 'preview'; preview: ImportPreview }
  | { name: 'importing'; preview: ImportPreview }
  | { name: 'done'; imported: ImportedMinutes };

/**
 * `#/bodies/<id>/import`: the secretary brings in legacy minutes. A dry run shows the recovered
 * structure beside the source text with what was recognised marked, and the findings; only
 * "Importera" creates the meeting.
 */
export function ImportPage({ bodyId }: { bodyId: string }) {
  const { t } = useTranslation();
  const { load, reload } = useApiResource(bodyEndpoint, { params: { id: bodyId } });
  const [file, setFile] = useState<File | null>(null);
  const [approved, setApproved] = useState(true);
  const [step, setStep] = useState<Step>({ name: 'choose' });
  const [error, setError] = useState<{ key: string; missing: string[] } | null>(null);
  const fileId = useId();
  const approvedId = useId();

  useEffect(() => {
    document.title = `${t('importMinutes.heading')} – ${t('app.name')}`;
  }, [t]);

  if (load.status === 'loading') return <LoadingPage />;
  if (load.status === 'error')
    return (
      <LoadFailedPage
        heading={t('bodies.loadFailed')}
        reason={t(bodyErrorKey(load.error))}
        onRetry={reload}
      />
    );
  const body = load.data;

  const fail = (cause: unknown) =>
    setError({
      key: importErrorKey(cause),
      missing: cause instanceof NotMinutesError ? cause.missing : [],
    });

  const onPreview = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) {
      setError({ key: 'importMinutes.chooseFirst', missing: [] });
      return;
    }
    setError(null);
    setStep({ name: 'reading' });
    try {
      setStep({ name: 'preview', preview: await previewImport(bodyId, file, approved) });
    } catch (cause) {
      fail(cause);
      setStep({ name: 'choose' });
    }
  };

  const onConfirm = async () => {
    if (!file || step.name !== 'preview') return;
    setError(null);
    setStep({ name: 'importing', preview: step.preview });
    try {
      setStep({ name: 'done', imported: await confirmImport(bodyId, file, approved) });
    } catch (cause) {
      fail(cause);
      setStep({ name: 'preview', preview: step.preview });
    }
  };

  const preview = step.name === 'preview' || step.name === 'importing' ? step.preview : null;
  const counts = preview
    ? {
        items: preview.minutes.items.length,
        errors: preview.findings.filter((f) => f.severity === 'error').length,
        warnings: preview.findings.filter((f) => f.severity === 'warning').length,
      }
    : null;

  return (
    <main className="import-page" id="main" tabIndex={-1}>
      <p className="import-back">
        <a href={routeHref({ name: 'body', bodyId })}>
          {t('importMinutes.back', { body: body.shortName || body.name })}
        </a>
      </p>
      <h1>{t('importMinutes.heading')}</h1>
      <p className="import-intro">{t('importMinutes.intro')}</p>

      {step.name === 'done' ? (
        <section className="import-done" aria-labelledby="import-done-heading">
          <h2 id="import-done-heading">{t('importMinutes.done.heading')}</h2>
          <p role="status">
            {t(
              step.imported.phase === 'locked'
                ? 'importMinutes.done.locked'
                : 'importMinutes.done.circulated',
              {
                count: step.imported.findings.length,
              },
            )}
          </p>
          <p>
            <a
              className="button button-primary"
              href={routeHref({
                name: 'meeting',
                meetingId: step.imported.meetingId,
                itemId: null,
              })}
            >
              {t('importMinutes.done.open')}
            </a>{' '}
            <button
              type="button"
              className="button"
              onClick={() => {
                setFile(null);
                setStep({ name: 'choose' });
              }}
            >
              {t('importMinutes.done.another')}
            </button>
          </p>
        </section>
      ) : (
        <form className="import-form" onSubmit={(event) => void onPreview(event)}>
          <div className="import-field">
            <label htmlFor={fileId}>{t('importMinutes.file')}</label>
            <input
              id={fileId}
              type="file"
              accept=".txt,.docx,.pdf,text/plain,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
              onChange={(event) => {
                setFile(event.target.files?.[0] ?? null);
                setStep({ name: 'choose' });
                setError(null);
              }}
            />
            <p className="import-hint">{t('importMinutes.fileHint')}</p>
          </div>
          <div className="import-check">
            <input
              id={approvedId}
              type="checkbox"
              checked={approved}
              onChange={(event) => setApproved(event.target.checked)}
            />
            <label htmlFor={approvedId}>{t('importMinutes.approved')}</label>
          </div>
          <p className="import-hint">
            {t(approved ? 'importMinutes.approvedHint' : 'importMinutes.circulatedHint')}
          </p>
          <button
            type="submit"
            className="button"
            disabled={step.name === 'reading' || step.name === 'importing'}
          >
            {step.name === 'reading' ? t('importMinutes.reading') : t('importMinutes.preview')}
          </button>
        </form>
      )}

      {error && (
        <div className="import-error" role="alert">
          <p>{t(error.key)}</p>
          {error.missing.length > 0 && (
            <p>
              {t('importMinutes.missing')}{' '}
              {error.missing.map((part) => t(`importMinutes.missingParts.${part}`)).join(', ')}
            </p>
          )}
        </div>
      )}

      {preview && counts && (
        <section className="import-preview" aria-labelledby="import-preview-heading">
          <h2 id="import-preview-heading">{t('importMinutes.previewHeading')}</h2>
          <p className="import-summary" role="status">
            {t('importMinutes.summary', counts)}
          </p>
          <div className="import-columns">
            <section aria-labelledby="import-source-heading">
              <h3 id="import-source-heading">{t('importMinutes.source.heading')}</h3>
              <SourceLines lines={preview.lines} />
            </section>
            <section aria-labelledby="import-recovered-heading">
              <h3 id="import-recovered-heading">{t('importMinutes.recovered.heading')}</h3>
              <RecoveredMinutes minutes={preview.minutes} />
            </section>
          </div>
          <section aria-labelledby="import-findings-heading">
            <h3 id="import-findings-heading">{t('importMinutes.findings.heading')}</h3>
            <ImportFindings findings={preview.findings} />
          </section>
          <p className="import-confirm">
            <button
              type="button"
              className="button button-primary"
              onClick={() => void onConfirm()}
              disabled={step.name === 'importing'}
            >
              {step.name === 'importing'
                ? t('importMinutes.importing')
                : t('importMinutes.confirm')}
            </button>
          </p>
        </section>
      )}
    </main>
  );
}
