import { describe, expect, test } from 'vitest';
import { setAttendance } from '../attendance/setAttendance.ts';
import { meetingMap } from '../layout/docLayout.ts';
import { readMinutes } from '../readMinutes.ts';
import { meetingOn } from '../testSupport/decisionMeeting.ts';
import { thrownId } from '../testSupport/thrownId.ts';
import { stateOf } from '../testSupport/updateCounter.ts';
import type { SignatureBlock } from '../minutesModel.ts';
import { emptySignatureBlock, setSignatureBlock, updateSignatureBlock } from './signatureBlock.ts';

function meetingWithPeople() {
  const doc = meetingOn('2027-01-20');
  for (const [id, name] of [
    ['u-sara', 'Sara Lind'],
    ['u-anna', 'Anna Berg'],
    ['u-per', 'Per Ek'],
  ] as const)
    setAttendance(doc, id, { name, organisation: '', status: 'present' });
  return doc;
}

const block: SignatureBlock = {
  place: 'Falun',
  date: '2027-01-27',
  secretary: { name: 'Sara Lind', personId: 'u-sara' },
  chair: { name: 'Anna Berg', personId: 'u-anna' },
  adjusters: [{ name: 'Per Ek', personId: 'u-per' }],
};

describe('the signature block', () => {
  test('[S1] a change to one field is made to the block as it stands, keeping a field written just before', () => {
    const doc = meetingWithPeople();
    setSignatureBlock(doc, emptySignatureBlock());
    // What the editor rendered before the place was typed: no place yet.
    const rendered = readMinutes(doc).meeting.signatures!;
    updateSignatureBlock(doc, (current) => ({ ...current, place: 'Falun' }));
    updateSignatureBlock(doc, (current) => ({ ...current, date: '2027-01-27' }));
    expect(readMinutes(doc).meeting.signatures).toEqual({
      ...rendered,
      place: 'Falun',
      date: '2027-01-27',
    });
    updateSignatureBlock(doc, (current) => ({ ...current, chair: block.chair }));
    expect(readMinutes(doc).meeting.signatures).toMatchObject({
      place: 'Falun',
      chair: block.chair,
    });
  });

  test('[S1] minutes without the block are minnesanteckningar; with it they carry the signers', () => {
    const doc = meetingWithPeople();
    expect(readMinutes(doc).meeting.signatures).toBeUndefined();
    setSignatureBlock(doc, block);
    expect(readMinutes(doc).meeting.signatures).toEqual(block);
    setSignatureBlock(doc, null);
    expect(readMinutes(doc).meeting).not.toHaveProperty('signatures');
  });

  test('[S1] an empty block is the form of a protocol with its signers still to choose', () => {
    const doc = meetingWithPeople();
    setSignatureBlock(doc, emptySignatureBlock());
    expect(readMinutes(doc).meeting.signatures).toEqual({
      place: '',
      secretary: null,
      chair: null,
      adjusters: [],
    });
  });

  test('[S2] a bad block is refused with invalid_signatures and nothing changes', () => {
    const doc = meetingWithPeople();
    setSignatureBlock(doc, block);
    const before = stateOf(doc);
    const bad: unknown[] = [
      { ...block, date: '2027-02-30' },
      { ...block, secretary: { name: '  ' } },
      { ...block, adjusters: Array.from({ length: 5 }, (_, i) => ({ name: `Person ${i}` })) },
      { ...block, adjusters: [{ name: 'Anna Berg', personId: 'u-anna' }] },
      { ...block, adjusters: 'Per Ek' },
      'Falun',
    ];
    for (const value of bad)
      expect(thrownId(() => setSignatureBlock(doc, value as SignatureBlock))).toBe(
        'invalid_signatures',
      );
    expect(stateOf(doc)).toEqual(before);
  });

  test('[S2] a signer with an id must be in the attendance; someone outside is named without one', () => {
    const doc = meetingWithPeople();
    expect(
      thrownId(() =>
        setSignatureBlock(doc, { ...block, chair: { name: 'Okänd', personId: 'u-nobody' } }),
      ),
    ).toBe('unknown_signer');
    setSignatureBlock(doc, { ...block, adjusters: [{ name: ' Nils Holm ' }] });
    expect(readMinutes(doc).meeting.signatures?.adjusters).toEqual([{ name: 'Nils Holm' }]);
  });

  test('[S3] signers of the wrong shape read as not chosen, a bad date as absent', () => {
    const doc = meetingWithPeople();
    doc.transact(() =>
      meetingMap(doc).set('signatures', {
        place: 'Falun',
        date: 'i morgon',
        secretary: { name: 42 },
        chair: 'Anna',
        adjusters: [{ name: 'Per Ek' }, null],
      }),
    );
    expect(readMinutes(doc).meeting.signatures).toEqual({
      place: 'Falun',
      secretary: null,
      chair: null,
      adjusters: [{ name: 'Per Ek' }],
    });
  });
});
