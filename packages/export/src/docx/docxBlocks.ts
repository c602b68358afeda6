import { HeadingLevel, Paragraph, type Table, TextRun } from 'docx';
import type { LayoutBlock } from '../layout/layoutTypes.ts';
import { docxAttendanceTable } from './docxAttendance.ts';
import { type DocxState, docxList } from './docxList.ts';
import { docxRuns } from './docxRuns.ts';
import { attendeeRuns } from '../layout/attendanceLayout.ts';
import { MUTED_COLOR } from './docxStyles.ts';
import { docxSignatures } from './docxSignatures.ts';

type DocxBlock = Paragraph | Table;

const HEADINGS = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
  4: HeadingLevel.HEADING_4,
} as const;

/** Layout blocks → Word paragraphs and tables, headings in Word's own heading styles. */
export function docxBlocks(
  state: DocxState,
  blocks: readonly LayoutBlock[],
  level = 0,
  indent = 0,
): DocxBlock[] {
  return blocks.flatMap((block): DocxBlock[] => {
    switch (block.type) {
      case 'heading':
        return [new Paragraph({ heading: HEADINGS[block.level], children: docxRuns(block.runs) })];
      case 'paragraph':
        return [
          new Paragraph({
            children: docxRuns(block.runs, block.tone === 'muted' ? MUTED_COLOR : undefined),
            ...(indent > 0 ? { indent: { left: indent } } : {}),
          }),
        ];
      case 'facts':
        return block.entries.map(
          (entry, index) =>
            new Paragraph({
              children: [new TextRun(`${entry.label}: ${entry.value}`)],
              spacing: { after: index === block.entries.length - 1 ? 160 : 0 },
            }),
        );
      case 'list':
        return docxList(state, block, level, docxBlocks);
      case 'quote':
        return docxBlocks(state, block.blocks, level, indent + 567);
      case 'decision':
        return [
          new Paragraph({
            children: [new TextRun({ text: block.lead, bold: true })],
            keepNext: true,
            spacing: { after: 40 },
          }),
          ...block.clauses.map(
            (clause, index) =>
              new Paragraph({
                children: [new TextRun(clause)],
                indent: { left: 340 },
                keepNext: index < block.clauses.length - 1,
                spacing: { after: index === block.clauses.length - 1 ? 160 : 40 },
              }),
          ),
        ];
      case 'attendanceTable':
        return [docxAttendanceTable(block), new Paragraph({ children: [] })];
      case 'attendanceList': {
        const runs: TextRun[] = [new TextRun({ text: `${block.label} `, bold: true })];
        block.people.forEach((person, index) => {
          runs.push(...docxRuns(attendeeRuns(person)));
          const last = index === block.people.length - 1;
          runs.push(new TextRun(last ? (block.tail ? ` ${block.tail}` : '.') : ', '));
        });
        return [new Paragraph({ children: runs })];
      }
      case 'signatures':
        return docxSignatures(block);
      case 'section':
        return docxBlocks(state, block.blocks, level, indent);
    }
  });
}
