import { addAgendaItem, type Block } from '@anteckna/doc-schema';
import type { AppDeps } from '../appDeps.ts';
import { taskRegister, type TaskEntry } from '../registers/taskRegister.ts';

/**
 * Open tasks due by a new meeting's date, listed on its agenda under the standing item
 * "Uppföljning av uppdrag" (SPEC rule U4), so the body asks for them at the meeting. Returns how
 * many were listed.
 */
export async function addFollowUpItem(
  deps: AppDeps,
  meeting: { id: string; bodyId: string; date: string },
): Promise<number> {
  const due = (await taskRegister(deps.db, meeting.bodyId, meeting.date)).filter(
    (task) =>
      task.kind === 'task' &&
      task.status !== 'done' &&
      task.due !== undefined &&
      task.due <= meeting.date,
  );
  if (due.length === 0) return 0;
  await deps.collab.writeDoc(meeting.id, (room) =>
    room.doc.transact(() => {
      addAgendaItem(room.doc, {
        kind: 'information',
        title: 'Uppföljning av uppdrag',
        standing: 'follow_up',
        body: [{ type: 'bulletList', items: due.map((task) => [taskParagraph(task)]) }],
      });
    }),
  );
  return due.length;
}

function taskParagraph(task: TaskEntry): Block {
  const who = task.target ? `${task.target}, ` : '';
  const text = `Att ${task.text} (${who}senast ${task.due}; beslutat ${task.meetingDate}, punkt ${task.itemNumber})`;
  return { type: 'paragraph', runs: [{ text }] };
}
