// @vitest-environment happy-dom
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { attendanceMap, setAttendance } from '@anteckna/doc-schema';
import {
  changeElsewhere,
  meetingDoc,
  submit,
  typeInto,
  useMeetingHarness,
} from '../../testSupport/meetingHarness.ts';
import { MarkAttendanceForm } from './MarkAttendanceForm.tsx';

const harness = useMeetingHarness();

function meetingWithKarin(): { doc: Y.Doc } {
  const { doc } = meetingDoc();
  setAttendance(doc, 'u1', {
    name: 'Karin Åberg',
    title: 'Rektor',
    organisation: 'Avesta',
    status: 'called',
  });
  return { doc };
}

describe('marking a person present by name', () => {
  it('[P7] keeps what another person chose for them after the form rendered', () => {
    const { doc } = meetingWithKarin();
    const { container, announced } = harness.render(createElement(MarkAttendanceForm), doc);

    // Another secretary notes that Karin takes part at a distance, as chair; it arrives before
    // the form renders again.
    const chosen = {
      name: 'Karin Åberg',
      title: 'Rektor',
      organisation: 'Avesta',
      status: 'called',
      where: 'remote',
      role: 'ordförande',
    } as const;
    changeElsewhere(doc, (other) => setAttendance(other, 'u1', chosen));

    typeInto(container.querySelector('input')!, 'Karin Åberg');
    submit(container.querySelector('form')!);

    expect(attendanceMap(doc).get('u1')).toEqual({ ...chosen, status: 'present', order: 1 });
    expect(announced).toEqual(['Karin Åberg är markerad som närvarande.']);
    expect(container.querySelector('input')!.value).toBe('');
  });

  it('[P7] marks someone acting present, dropping whom they stood in for', () => {
    const { doc } = meetingWithKarin();
    const acting = {
      name: 'Karin Åberg',
      organisation: 'Avesta',
      status: 'acting',
      actingFor: 'Per Öberg',
      where: 'room',
    } as const;
    setAttendance(doc, 'u1', acting);
    const { container } = harness.render(createElement(MarkAttendanceForm), doc);
    typeInto(container.querySelector('input')!, 'karin');
    submit(container.querySelector('form')!);
    // Everything of the entry is kept but the status and whom she stood in for.
    const { actingFor: _dropped, ...kept } = acting;
    expect(attendanceMap(doc).get('u1')).toEqual({ ...kept, status: 'present', order: 1 });
  });
});
