/** Someone else's change, made on their own copy of the document and arrived here. */
import * as Y from 'yjs';

export function changeElsewhere(doc: Y.Doc, change: (other: Y.Doc) => void): void {
  const other = new Y.Doc();
  Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
  change(other);
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(other, Y.encodeStateVector(doc)));
}
