import { describe, expect, it } from 'vitest';
import { CloseCode, isPermanentClose } from './closeCodes.ts';

describe('close codes', () => {
  it('make refusals permanent for the stock client and resets transient', () => {
    for (const name of [
      'Unauthorized',
      'Forbidden',
      'NotFound',
      'Malformed',
      'Locked',
      'TooManyConnections',
      'TooManyMessages',
      'DocumentTooLarge',
      'SessionEnded',
      'AccessEnded',
    ] as const) {
      expect(isPermanentClose(CloseCode[name].code), name).toBe(true);
    }
    for (const name of [
      'RoomReset',
      'GoingAway',
      'TooLarge',
      'StorageFull',
      'AccessChanged',
      'MeetingMoved',
      'ClusterUnavailable',
      'DatabaseUnavailable',
    ] as const) {
      expect(isPermanentClose(CloseCode[name].code), name).toBe(false);
    }
  });

  it('have distinct codes and reasons within the 123-byte limit', () => {
    const codes = Object.values(CloseCode).map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const close of Object.values(CloseCode))
      expect(new TextEncoder().encode(close.reason).length).toBeLessThanOrEqual(123);
  });
});
