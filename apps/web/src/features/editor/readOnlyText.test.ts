import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import en from '../../i18n/en.json';
import sv from '../../i18n/sv.json';
import { joinNames, readOnlyText } from './readOnlyText.ts';

const i18n = i18next.createInstance();
await i18n.init({ resources: { sv: { translation: sv }, en: { translation: en } }, lng: 'sv' });

describe('readOnlyText', () => {
  it('names the presenters in Swedish', () => {
    const t = i18n.getFixedT('sv');
    expect(readOnlyText({ code: 'presentedBy', names: ['Per Persson', 'Anna Ek'] }, t, 'sv')).toBe(
      'Föredras av Per Persson och Anna Ek',
    );
  });

  it('says a live meeting is the secretary’s to write', () => {
    const t = i18n.getFixedT('sv');
    expect(readOnlyText({ code: 'liveSecretaryOnly' }, t, 'sv')).toBe(
      'Mötet pågår: bara sekreteraren skriver',
    );
  });

  it('gives the approval date of locked minutes in the chosen language', () => {
    const t = i18n.getFixedT('en');
    expect(readOnlyText({ code: 'locked', date: '2025-02-13' }, t, 'en')).toBe(
      'Approved 13 February 2025: locked',
    );
  });
});

describe('joinNames', () => {
  it('joins three names the English way', () => {
    expect(joinNames(['A', 'B', 'C'], 'en')).toBe('A, B and C');
  });
});
