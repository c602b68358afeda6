import type { Page } from 'playwright-core';

/**
 * Writes a paragraph straight into the shared document, past every check of the page, as
 * someone typing into the browser's console could: TipTap puts each editor on its element
 * (`element.editor`), the collaboration extension holds its Y.XmlFragment, and the fragment its
 * Y.Doc. `viaField` is any field on the page with at least one paragraph (its Yjs classes are
 * borrowed to build the new one); `targetRoot` is the root written, `item:<id>:<field>`.
 */
export async function forceWriteFromConsole(
  page: Page,
  options: { viaField: string; targetRoot: string; text: string },
): Promise<void> {
  await page.evaluate(({ viaField, targetRoot, text }) => {
    interface YNode {
      constructor: new (value: string) => YNode;
      get(index: number): YNode | undefined;
      insert(index: number, content: YNode[]): void;
      push(content: YNode[]): void;
      doc: { getXmlFragment(name: string): YNode; transact(change: () => void): void } | null;
    }
    interface TiptapElement extends Element {
      editor?: {
        extensionManager: { extensions: Array<{ name: string; options: { fragment?: YNode } }> };
      };
    }
    const element = document.querySelector<TiptapElement>(`[aria-label="${viaField}"]`);
    const fragment = element?.editor?.extensionManager.extensions.find(
      (extension) => extension.name === 'collaboration',
    )?.options.fragment;
    const paragraph = fragment?.get(0);
    const textNode = paragraph?.get(0);
    if (!fragment?.doc || !paragraph || !textNode)
      throw new Error(`no Yjs fragment behind "${viaField}"`);
    const doc = fragment.doc;
    const Paragraph = paragraph.constructor;
    const Text = textNode.constructor;
    doc.transact(() => {
      const written = new Paragraph('paragraph');
      written.insert(0, [new Text(text)]);
      doc.getXmlFragment(targetRoot).push([written]);
    });
  }, options);
}
