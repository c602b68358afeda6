import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { fragmentText } from './refusalCapture.ts';

/** Whether a field holds any text; a read-only empty field is left out of the page. */
export function useFieldHasText(doc: Y.Doc | null, rootName: string): boolean {
  const [hasText, setHasText] = useState(false);
  useEffect(() => {
    if (!doc) return undefined;
    const fragment = doc.getXmlFragment(rootName);
    const refresh = () => setHasText(fragmentText(fragment).length > 0);
    refresh();
    fragment.observeDeep(refresh);
    return () => fragment.unobserveDeep(refresh);
  }, [doc, rootName]);
  return hasText;
}
