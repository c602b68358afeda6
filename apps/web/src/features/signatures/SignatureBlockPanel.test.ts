// @vitest-environment happy-dom
import { act, createElement } from 'react';
import { describe, expect, it } from 'vitest';
import {
  emptySignatureBlock,
  readMinutes,
  setAttendance,
  setSignatureBlock,
} from '@anteckna/doc-schema';
import {
  changeElsewhere,
  meetingDoc,
  useMeetingHarness,
} from '../../testSupport/meetingHarness.ts';
import { SignatureBlockPanel } from './SignatureBlockPanel.tsx';

const harness = useMeetingHarness();

const PEOPLE = ['Anna Berg', 'Per Öberg', 'Karin Åberg'];

function meetingWithPeople() {
  const { doc } = meetingDoc();
  PEOPLE.forEach((name, index) =>
    setAttendance(doc, `u${index + 1}`, { name, organisation: 'Avesta', status: 'present' }),
  );
  return doc;
}

describe('the signature form', () => {
  it('[W6] two adjusters removed one right after the other are the two chosen', () => {
    const doc = meetingWithPeople();
    setSignatureBlock(doc, {
      ...emptySignatureBlock(),
      adjusters: PEOPLE.map((name, index) => ({ name, personId: `u${index + 1}` })),
    });
    const { container } = harness.render(createElement(SignatureBlockPanel), doc);
    const [first, second] = container.querySelectorAll<HTMLButtonElement>(
      '.signature-adjuster button',
    );
    act(() => first!.click());
    act(() => second!.click());
    expect(readMinutes(doc).meeting.signatures!.adjusters.map((a) => a.name)).toEqual([
      'Karin Åberg',
    ]);
  });

  it('[W6] making the minutes a protocol keeps a block someone else set up since the render', () => {
    const doc = meetingWithPeople();
    const { container } = harness.render(createElement(SignatureBlockPanel), doc);
    changeElsewhere(doc, (other) =>
      setSignatureBlock(other, {
        ...emptySignatureBlock(),
        place: 'Falun',
        chair: { name: 'Anna Berg', personId: 'u1' },
      }),
    );
    const toggle = container.querySelector<HTMLInputElement>('.signature-toggle input')!;
    act(() => toggle.click());
    expect(readMinutes(doc).meeting.signatures).toMatchObject({
      place: 'Falun',
      chair: { name: 'Anna Berg', personId: 'u1' },
    });
  });
});
