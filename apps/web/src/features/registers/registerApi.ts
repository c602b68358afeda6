import type { ClauseType } from '@anteckna/doc-schema';

/** One clause of `GET /api/bodies/:id/decisions`. */
export interface DecisionEntry {
  meetingId: string;
  meetingDate: string;
  meetingTitle: string;
  phase: 'circulated' | 'locked';
  itemId: string;
  itemNumber: string;
  itemTitle: string;
  type: ClauseType;
  text: string;
  target?: string;
}

export interface DecisionRegister {
  decisions: DecisionEntry[];
}

export interface DecisionFilter {
  year: string;
  type: ClauseType | '';
  target: string;
}

export const NO_FILTER: DecisionFilter = { year: '', type: '', target: '' };

export function decisionRegisterPath(bodyId: string): string {
  return `/api/bodies/${encodeURIComponent(bodyId)}/decisions`;
}

/** The CSV of what the page shows: the server applies the same filters. */
export function decisionCsvHref(bodyId: string, filter: DecisionFilter): string {
  const query = new URLSearchParams();
  if (filter.year) query.set('year', filter.year);
  if (filter.type) query.set('type', filter.type);
  if (filter.target) query.set('target', filter.target);
  const search = query.toString();
  return `${decisionRegisterPath(bodyId)}.csv${search ? `?${search}` : ''}`;
}

/** One entry of `GET /api/bodies/:id/tasks`. */
export interface TaskEntry {
  kind: 'task' | 'forward';
  meetingId: string;
  meetingDate: string;
  meetingTitle: string;
  itemId: string;
  itemNumber: string;
  itemTitle: string;
  position: number;
  text: string;
  target?: string;
  due?: string;
  status: 'open' | 'done' | 'overdue';
  doneAt?: string;
  takenUp?: {
    bodyId: string;
    bodyName: string;
    meetingId: string;
    meetingDate: string;
    phase: string;
    itemId: string;
    decisions: Array<{ type: string; text: string; target?: string }>;
  };
}

export interface TaskRegister {
  tasks: TaskEntry[];
}

export function taskRegisterPath(bodyId: string): string {
  return `/api/bodies/${encodeURIComponent(bodyId)}/tasks`;
}

export function taskPath(bodyId: string, task: TaskEntry): string {
  return `${taskRegisterPath(bodyId)}/${encodeURIComponent(task.meetingId)}/${encodeURIComponent(task.itemId)}/${task.position}`;
}
