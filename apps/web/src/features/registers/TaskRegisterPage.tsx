import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { taskRegisterEndpoint, updateTaskEndpoint, type TaskEntry } from '@anteckna/contract';
import { ApiError, callApi } from '../../app/api.ts';
import { errorTextKey } from '../../app/errorText.ts';
import { LoadFailedPage, LoadingPage } from '../../app/PageMessage.tsx';
import { useApiResource } from '../../app/useApiResource.ts';
import { currentLanguage } from '../../i18n/i18n.ts';
import { formatDate } from '../../i18n/formatDate.ts';
import { useMe } from '../auth/SessionContext.tsx';
import { DecidedAtLink } from './DecidedAtLink.tsx';
import './registers.css';

/**
 * `#/bodies/<id>/tasks`: the body's tasks and forwards, open, overdue or done, soonest due
 * first; the secretary marks a task done (or open again). A forward says where it went and
 * what the receiving body decided.
 */
export function TaskRegisterPage({ bodyId }: { bodyId: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const membership = me.memberships.find((m) => m.bodyId === bodyId);
  const isSecretary = membership?.role === 'secretary';
  const { load, reload, replace } = useApiResource(taskRegisterEndpoint, {
    params: { id: bodyId },
  });
  const [message, setMessage] = useState('');
  useEffect(() => {
    document.title = `${t('registers.tasks.heading')} ${membership?.bodyName ?? ''} – ${t('app.name')}`;
  }, [membership?.bodyName, t]);

  if (load.status === 'loading') return <LoadingPage />;
  if (load.status === 'error') {
    const notFound = load.error instanceof ApiError && load.error.status === 404;
    return (
      <LoadFailedPage
        heading={t('registers.tasks.loadFailed')}
        reason={t(errorTextKey(load.error))}
        onRetry={notFound ? undefined : reload}
      />
    );
  }
  const mark = async (task: TaskEntry, done: boolean) => {
    try {
      replace(
        await callApi(updateTaskEndpoint, {
          params: {
            id: bodyId,
            meetingId: task.meetingId,
            itemId: task.itemId,
            position: task.position,
          },
          body: { done },
        }),
      );
      setMessage(
        t(done ? 'registers.tasks.markedDone' : 'registers.tasks.markedOpen', { text: task.text }),
      );
    } catch (error) {
      setMessage(t(errorTextKey(error)));
    }
  };
  const language = currentLanguage();
  const tasks = load.data.tasks;
  return (
    <main className="register-page" id="main" tabIndex={-1}>
      <p className="register-body">{membership?.bodyName}</p>
      <h1>{t('registers.tasks.heading')}</h1>
      <p className="register-intro">{t('registers.tasks.intro')}</p>
      <p role="status" className="register-count">
        {message}
      </p>
      {tasks.length === 0 ? (
        <p className="register-empty">{t('registers.tasks.none')}</p>
      ) : (
        <table className="register-table">
          <caption className="visually-hidden">{t('registers.tasks.heading')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('registers.tasks.status')}</th>
              <th scope="col">{t('registers.tasks.task')}</th>
              <th scope="col">{t('registers.tasks.due')}</th>
              <th scope="col">{t('registers.tasks.decided')}</th>
              {isSecretary && <th scope="col">{t('registers.tasks.action')}</th>}
            </tr>
          </thead>
          <tbody>
            {tasks.map((task) => (
              <tr key={`${task.meetingId}/${task.itemId}/${task.position}`}>
                <td>
                  <span className="task-status" data-status={task.status}>
                    {t(`registers.tasks.statusName.${task.status}`)}
                  </span>
                </td>
                <td>
                  <span className="task-kind">{t(`registers.tasks.kind.${task.kind}`)}</span>{' '}
                  {t('minutes.clausePrefix')} {task.text}
                  {task.target && (
                    <span className="task-target">
                      {' '}
                      (
                      {t(
                        task.kind === 'task'
                          ? 'registers.tasks.responsible'
                          : 'registers.tasks.recipient',
                        { name: task.target },
                      )}
                      )
                    </span>
                  )}
                  {task.takenUp && <TakenUpNote task={task} />}
                </td>
                <td>
                  {task.due ? (
                    <time dateTime={task.due}>{formatDate(task.due, language)}</time>
                  ) : (
                    '–'
                  )}
                </td>
                <td>
                  <DecidedAtLink entry={task} />
                </td>
                {isSecretary && (
                  <td>
                    {task.kind === 'task' && (
                      <button
                        type="button"
                        className="button button-small"
                        onClick={() => void mark(task, task.status === 'done' ? false : true)}
                      >
                        {t(
                          task.status === 'done'
                            ? 'registers.tasks.reopen'
                            : 'registers.tasks.markDone',
                        )}
                        <span className="visually-hidden">: {task.text}</span>
                      </button>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}

function TakenUpNote({ task }: { task: TaskEntry }) {
  const { t } = useTranslation();
  const takenUp = task.takenUp!;
  const date = formatDate(takenUp.meetingDate, currentLanguage());
  return (
    <div className="task-taken-up">
      <p>{t('registers.tasks.takenUp', { body: takenUp.bodyName, date })}</p>
      {takenUp.decisions.length > 0 && (
        <ul>
          {takenUp.decisions.map((decision, index) => (
            <li key={index}>
              {t('minutes.clausePrefix')} {decision.text}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
