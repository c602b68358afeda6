// @vitest-environment happy-dom
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { attendanceMap, setAttendance } from '@anteckna/doc-schema';
import { choose, meetingDoc, useMeetingHarness } from '../../testSupport/meetingHarness.ts';
import { AttendancePanel } from './AttendancePanel.tsx';

const harness = useMeetingHarness();

describe('an attendance row', () => {
  it('[P7] keeps each of several choices made before it renders again', () => {
    const { doc, items } = meetingDoc();
    const second = items[1];
    setAttendance(doc, 'u1', { name: 'Karin Åberg', organisation: 'Avesta', status: 'present' });
    const { container } = harness.render(createElement(AttendancePanel), doc);
    const select = (label: string) =>
      container.querySelector<HTMLSelectElement>(`select[aria-label="${label}"]`)!;

    // One right after the other, all from the same render.
    choose(select('Var Karin Åberg deltar'), 'remote');
    choose(select('Karin Åberg närvarande från punkt'), second);

    expect(attendanceMap(doc).get('u1')).toEqual({
      name: 'Karin Åberg',
      organisation: 'Avesta',
      status: 'present',
      where: 'remote',
      fromItem: second,
      order: 1,
    });
  });
});
