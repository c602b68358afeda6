import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { taskRegisterEndpoint, updateTaskEndpoint, type TaskEntry } from '@anteckna/contract';
import { callApi } from '../../app/api.ts';
import { errorTextKey } from '../../app/errorText.ts';
import { currentLanguage } from '../../i18n/i18n.ts';
import { formatDate } from '../../i18n/formatDate.ts';
import { clauseKey, clauseParams, isClauseGone } from './clauseAddress.ts';
import { DecidedAtLink } from './DecidedAtLink.tsx';
import { RegisterPage } from './RegisterPage.tsx';
import { RegisterTable, type RegisterColumn } from './RegisterTable.tsx';
import { TakenUpNote } from './TakenUpNote.tsx';
import { useBodyRegister } from './useBodyRegister.ts';

/**
 * `#/bodies/<id>/tasks`: the body's tasks and forwards, open, overdue or done, soonest due
 * first; the secretary marks a task done (or open again). A forward says where it went and
 * what the receiving body decided.
 */
export function TaskRegisterPage({ bodyId }: { bodyId: string }) {
  const { t } = useTranslation();
  const { bodyName, isSecretary, load, reload, replace } = useBodyRegister(
    'tasks',
    bodyId,
    taskRegisterEndpoint,
    { params: { id: bodyId } },
  );
  const [message, setMessage] = useState('');
  const mark = async (task: TaskEntry, done: boolean) => {
    try {
      replace(
        await callApi(updateTaskEndpoint, {
          params: clauseParams(bodyId, task),
          body: { done, text: task.text },
        }),
      );
      setMessage(
        t(done ? 'registers.tasks.markedDone' : 'registers.tasks.markedOpen', { text: task.text }),
      );
    } catch (error) {
      setMessage(t(errorTextKey(error)));
      if (isClauseGone(error)) reload();
    }
  };
  const language = currentLanguage();
  const columns: Array<RegisterColumn<TaskEntry>> = [
    {
      header: t('registers.tasks.status'),
      cell: (task) => (
        <span className="register-status" data-status={task.status}>
          {t(`registers.tasks.statusName.${task.status}`)}
        </span>
      ),
    },
    {
      header: t('registers.tasks.task'),
      cell: (task) => (
        <>
          <span className="task-kind">{t(`registers.tasks.kind.${task.kind}`)}</span>{' '}
          {t('minutes.clausePrefix')} {task.text}
          {task.target && (
            <span className="task-target">
              {' '}
              (
              {t(
                task.kind === 'task' ? 'registers.tasks.responsible' : 'registers.tasks.recipient',
                { name: task.target },
              )}
              )
            </span>
          )}
          {task.takenUp && <TakenUpNote takenUp={task.takenUp} />}
        </>
      ),
    },
    {
      header: t('registers.tasks.due'),
      cell: (task) =>
        task.due ? <time dateTime={task.due}>{formatDate(task.due, language)}</time> : '–',
    },
    { header: t('registers.tasks.decided'), cell: (task) => <DecidedAtLink entry={task} /> },
  ];
  if (isSecretary) {
    columns.push({
      header: t('registers.tasks.action'),
      cell: (task) =>
        task.kind === 'task' && (
          <button
            type="button"
            className="button button-small"
            onClick={() => void mark(task, task.status !== 'done')}
          >
            {t(task.status === 'done' ? 'registers.tasks.reopen' : 'registers.tasks.markDone')}
            <span className="visually-hidden">: {task.text}</span>
          </button>
        ),
    });
  }

  return (
    <RegisterPage register="tasks" bodyName={bodyName} load={load} reload={reload}>
      {(data) => (
        <RegisterTable
          caption={t('registers.tasks.heading')}
          columns={columns}
          rows={data.tasks}
          rowKey={clauseKey}
          status={message}
          emptyText={t('registers.tasks.none')}
        />
      )}
    </RegisterPage>
  );
}
