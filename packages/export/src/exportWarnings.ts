import type { ExportWarning, ExportWarningCode } from './exportTypes.ts';

/**
 * Collects warnings while a file is built. One warning per code: the details of repeated
 * findings are merged, so a document with a hundred emoji gives one readable line, not a hundred.
 */
export interface WarningLog {
  add(code: ExportWarningCode, message: string, details?: readonly string[]): void;
  merge(warnings: readonly ExportWarning[]): void;
  list(): ExportWarning[];
}

export function createWarningLog(): WarningLog {
  const byCode = new Map<ExportWarningCode, { message: string; details: Set<string> }>();
  const log: WarningLog = {
    add(code, message, details = []) {
      const entry = byCode.get(code) ?? { message, details: new Set<string>() };
      for (const detail of details) entry.details.add(detail);
      byCode.set(code, entry);
    },
    merge(warnings) {
      for (const warning of warnings) log.add(warning.code, warning.message, warning.details);
    },
    list() {
      return [...byCode].map(([code, entry]) => ({
        code,
        message: entry.message,
        details: [...entry.details],
      }));
    },
  };
  return log;
}
