import { describe, expect, it } from 'vitest';
import { isOfflineCopyOf, offlineCopyName } from './offlineCopyName.ts';

const karin = '0b6f1c1e-6a43-4e55-9a37-6f0f1f5d2a10';
const erik = '7c1d9a42-1d0e-4c3b-8f9e-2b1f4a6c5d77';
const meeting = 'a3e1b0c2-5d4f-4e6a-9b8c-7d6e5f4a3b21';

describe('offline copy names', () => {
  it('name the meeting and the person', () => {
    expect(offlineCopyName(meeting, erik)).toBe(`anteckna-meeting-${meeting}-${erik}`);
  });

  it('tell one person’s copies from another’s on the same browser', () => {
    const eriksCopy = offlineCopyName(meeting, erik);
    expect(isOfflineCopyOf(eriksCopy, erik)).toBe(true);
    expect(isOfflineCopyOf(eriksCopy, karin)).toBe(false);
    expect(isOfflineCopyOf(offlineCopyName(meeting, karin), karin)).toBe(true);
  });

  it('leave databases that are not offline copies alone', () => {
    expect(isOfflineCopyOf(`other-app-${erik}`, erik)).toBe(false);
    expect(isOfflineCopyOf(`anteckna-meeting-${erik}`, erik)).toBe(false);
  });
});
