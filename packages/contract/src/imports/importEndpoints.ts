import { z } from 'zod';
import { endpoint } from '../http/endpoint.ts';
import { pathId } from '../http/pathParams.ts';
import { MinutesSchema, PhaseSchema } from '../minutes/minutesSchema.ts';

/** One finding of an import or of the mistake check, quoting the text as written (docs/import.md). */
export const FindingSchema = z
  .object({
    rule: z.string(),
    severity: z.enum(['error', 'warning', 'info']),
    itemId: z.string().optional(),
    text: z.string().meta({ description: 'The text as written in the source' }),
    message: z.string(),
    line: z.number().int().optional().meta({ description: '1-based line of the source' }),
  })
  .meta({ id: 'Finding' });

/** A line of the source and what became of it, for the import page's side-by-side view. */
export const ImportLineSchema = z
  .object({
    n: z.number().int(),
    text: z.string(),
    role: z.enum([
      'blank',
      'header',
      'attendance',
      'heading',
      'presenters',
      'body',
      'proposal',
      'decision',
      'status',
      'furniture',
      'unrecognised',
    ]),
    itemId: z.string().optional(),
  })
  .meta({ id: 'ImportLine' });

/** The upload form (multipart): the file, and `approved` ("false": bring in as circulated). */
export const ImportFormSchema = z.object({
  file: z.unknown().meta({ type: 'string', format: 'binary' }),
  approved: z.string().optional(),
});

const flag = z.enum(['0', '1', 'true', 'false']).optional();

export const ImportedMinutesSchema = z
  .object({
    meetingId: z.string(),
    phase: PhaseSchema.extract(['circulated', 'locked']),
    findings: z.array(FindingSchema),
  })
  .meta({ id: 'ImportedMinutes' });

export const ImportPreviewSchema = z
  .object({
    minutes: MinutesSchema,
    findings: z.array(FindingSchema),
    lines: z.array(ImportLineSchema),
  })
  .meta({ id: 'ImportPreview' });

/** Legacy minutes (.txt, .docx, .pdf) of a body, by its secretary: 201 imported. */
export const importMinutesEndpoint = endpoint({
  method: 'post',
  path: '/api/bodies/{id}/imports',
  params: z.object({ id: pathId() }),
  query: z.object({ dryRun: flag, approved: flag }),
  response: ImportedMinutesSchema,
});

/** The same with `?dryRun=1`: what the import would create, 200, nothing stored. */
export const importPreviewEndpoint = endpoint({
  method: 'post',
  path: '/api/bodies/{id}/imports',
  params: z.object({ id: pathId() }),
  query: z.object({ dryRun: z.literal('1'), approved: flag }),
  response: ImportPreviewSchema,
});

export type Finding = z.output<typeof FindingSchema>;
export type ImportLine = z.output<typeof ImportLineSchema>;
export type ImportedMinutes = z.output<typeof ImportedMinutesSchema>;
export type ImportPreview = z.output<typeof ImportPreviewSchema>;
