import { z } from 'zod';
import { endpoint } from '../http/endpoint.ts';
import { pathId } from '../http/pathParams.ts';

export const EXPORT_FORMATS = ['pdf', 'docx', 'html', 'md', 'ics'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const ExportQuerySchema = z.object({
  kind: z
    .enum(['minutes', 'pack'])
    .default('minutes')
    .meta({ description: '`pack` = the meeting pack (handlingar) before the meeting' }),
  audience: z.enum(['internal', 'public']).default('internal'),
});

/**
 * The rendered file; `X-Export-Warnings` lists what it could not include. `export.{format}` is
 * one path segment.
 */
export const exportEndpoint = endpoint({
  method: 'get',
  path: '/api/meetings/{id}/export.{format}',
  params: z.object({ id: pathId(), format: z.enum(EXPORT_FORMATS) }),
  query: ExportQuerySchema,
});
