/**
 * What became of each source line: the import page shows the source beside the result with
 * this mark on every line, and the test that nothing is silently dropped reads it.
 */

export type LineRole =
  | 'blank'
  | 'header'
  | 'attendance'
  | 'heading'
  | 'presenters'
  | 'body'
  | 'proposal'
  | 'decision'
  | 'status'
  | 'furniture'
  | 'unrecognised';

export interface LineMark {
  n: number;
  text: string;
  role: LineRole;
  itemId?: string;
}

export class LineMarks {
  private readonly marks = new Map<number, { role: LineRole; itemId?: string }>();

  mark(n: number, role: LineRole, itemId?: string): void {
    this.marks.set(n, itemId === undefined ? { role } : { role, itemId });
  }

  roleOf(n: number): LineRole | undefined {
    return this.marks.get(n)?.role;
  }

  list(lines: ReadonlyArray<{ n: number; raw: string }>): LineMark[] {
    return lines.map(({ n, raw }) => {
      const mark = this.marks.get(n);
      const role: LineRole = mark?.role ?? (raw.trim().length === 0 ? 'blank' : 'unrecognised');
      return mark?.itemId === undefined
        ? { n, text: raw, role }
        : { n, text: raw, role, itemId: mark.itemId };
    });
  }
}
