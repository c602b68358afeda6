import { useTranslation } from 'react-i18next';
import { useMe } from '../auth/SessionContext.tsx';
import { PasswordChangeForm } from './PasswordChangeForm.tsx';
import './account.css';

/** `#/account`: who one is signed in as, and a new password. */
export function AccountPage() {
  const { t } = useTranslation();
  const { user } = useMe();
  return (
    <main className="account-page" id="main" tabIndex={-1}>
      <h1>{t('account.heading')}</h1>
      <dl className="account-facts">
        <div>
          <dt>{t('account.name')}</dt>
          <dd>{user.name}</dd>
        </div>
        <div>
          <dt>{t('account.email')}</dt>
          <dd>{user.email}</dd>
        </div>
        {user.title && (
          <div>
            <dt>{t('account.title')}</dt>
            <dd>{user.title}</dd>
          </div>
        )}
        {user.organisation && (
          <div>
            <dt>{t('account.organisation')}</dt>
            <dd>{user.organisation}</dd>
          </div>
        )}
      </dl>
      <PasswordChangeForm />
    </main>
  );
}
