import { afterEach, describe, expect, it, vi } from 'vitest';
import { initI18n } from './i18n.ts';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('starting the translations', () => {
  it('prints nothing to the console', () => {
    const info = vi.spyOn(console, 'info').mockImplementation(() => undefined);
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const i18n = initI18n();
    expect(i18n.t('app.logout')).toBe('Logga ut');
    expect(info).not.toHaveBeenCalled();
    expect(log).not.toHaveBeenCalled();
  });
});
