import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/api.ts';
import { errorTextKey } from '../../app/errorText.ts';
import { LoadFailedPage, LoadingPage } from '../../app/PageMessage.tsx';
import type { ApiLoad } from '../../app/useApiResource.ts';
import { useSessionExpiry } from '../auth/useSessionExpiry.ts';
import type { RegisterName } from './useBodyRegister.ts';
import './registers.css';

/**
 * The page every register of a body stands in: loading, a failure with a retry (none when the
 * body is not found: retrying cannot help; an ended session signs in again instead), and once loaded the body, the register's heading
 * and its introduction above what the register shows.
 */
export function RegisterPage<T>({
  register,
  bodyName,
  load,
  reload,
  children,
}: {
  register: RegisterName;
  bodyName: string;
  load: ApiLoad<T>;
  reload(): void;
  children(data: T): ReactNode;
}) {
  const { t } = useTranslation();
  // An ended session goes back to signing in, as every other page of a body does.
  const expired = useSessionExpiry(load);
  if (load.status === 'loading' || expired) return <LoadingPage />;
  if (load.status === 'error') {
    const notFound = load.error instanceof ApiError && load.error.status === 404;
    return (
      <LoadFailedPage
        heading={t(`registers.${register}.loadFailed`)}
        reason={t(errorTextKey(load.error))}
        onRetry={notFound ? undefined : reload}
      />
    );
  }
  return (
    <main className="register-page" id="main" tabIndex={-1}>
      <p className="register-body">{bodyName}</p>
      <h1>{t(`registers.${register}.heading`)}</h1>
      <p className="register-intro">{t(`registers.${register}.intro`)}</p>
      {children(load.data)}
    </main>
  );
}
