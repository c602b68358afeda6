import { describe, expect, it } from 'vitest';
import { ComparisonSchema } from '@anteckna/contract';
import {
  attendanceMap,
  readAgendaRecords,
  setAttendance,
  updateAgendaItem,
} from '@anteckna/doc-schema';
import type { AttendanceInput } from '@anteckna/doc-schema';
import { SERVER_ORIGIN } from '../collab/room.ts';
import { useDemoServer } from '../testing/demoServer.ts';

const demoServer = useDemoServer();

describe('GET /api/meetings/:id/compare', () => {
  it('answers the contract’s Comparison: a corrected attendance and a renamed item of the circulated minutes', async () => {
    const { server, api, meetingIn } = await demoServer();
    const circulated = meetingIn('circulated').id;
    const snapshots = (await api.get(`/api/meetings/${circulated}/snapshots`)).json
      .snapshots as Array<{ id: string; circulated: boolean }>;
    const sent = snapshots.find((snapshot) => snapshot.circulated)!;
    let personId = '';
    await server.deps.collab.writeDoc(circulated, (room) => {
      room.doc.transact(() => {
        const [id, value] = [...attendanceMap(room.doc).entries()].find(
          ([, entry]) => (entry as AttendanceInput).status === 'present',
        )!;
        personId = id;
        setAttendance(room.doc, id, { ...(value as AttendanceInput), status: 'absent' });
        const first = readAgendaRecords(room.doc)[0]!;
        updateAgendaItem(room.doc, first.id, { title: `${first.title} (rättad)` });
      }, SERVER_ORIGIN);
    });
    await server.deps.collab.flush();

    const answer = await api.get(`/api/meetings/${circulated}/compare?from=${sent.id}&to=current`);
    expect(answer.status).toBe(200);
    const comparison = ComparisonSchema.parse(answer.json);
    expect(comparison.header).toEqual([]);
    expect(comparison.attendance).toEqual([
      expect.objectContaining({
        personId,
        change: 'changed',
        before: expect.objectContaining({ status: 'present' }) as object,
        after: expect.objectContaining({ status: 'absent' }) as object,
      }),
    ]);
    const renamed = comparison.items.find((item) => item.status === 'changed')!;
    expect(renamed.fields.map((field) => field.field)).toEqual(['title']);
    expect(renamed.movedFrom).toBeNull();
  });
});
