/**
 * Which version a stored document is written in (SPEC rule D3). A document without a version is
 * one a stock client started, read as the current version.
 */
import type * as Y from 'yjs';
import type { DocSchemaVersion } from '../minutesModel.ts';
import { DOC_SCHEMA_VERSION, meetingMap } from './docLayout.ts';

export function docVersion(doc: Y.Doc): DocSchemaVersion {
  return meetingMap(doc).get('schemaVersion') === 1 ? 1 : DOC_SCHEMA_VERSION;
}
