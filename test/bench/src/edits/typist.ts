import * as Y from 'yjs';
import type { BenchClient } from '../client/benchClient.ts';
import { formatEditToken, nowMs } from './editToken.ts';

/**
 * A person typing in one field: their own paragraph at the end of the field, one token per
 * edit appended to it, and a caret that moves as a collaborative editor would announce it.
 */
export class Typist {
  /** Edits typed so far; the next edit's sequence number. */
  sent = 0;
  private text: Y.XmlText | null = null;

  constructor(
    private readonly client: BenchClient,
    readonly writer: number,
    private readonly field: string,
  ) {}

  /** Adds the typist's paragraph; call once the client has synced. */
  begin(): void {
    const paragraph = new Y.XmlElement('paragraph');
    const text = new Y.XmlText();
    paragraph.insert(0, [text]);
    const fragment = this.client.doc.getXmlFragment(this.field);
    fragment.insert(fragment.length, [paragraph]);
    this.text = text;
  }

  /** Types one edit and returns the time it was made. */
  type(): number {
    const text = this.requireText();
    const at = nowMs();
    text.insert(text.length, formatEditToken(this.writer, this.sent, at));
    this.sent += 1;
    return at;
  }

  moveCursor(): void {
    const awareness = this.client.awareness;
    if (!awareness) return;
    const text = this.requireText();
    const index = Math.floor(Math.random() * (text.length + 1));
    const position = Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(text, index));
    awareness.setLocalStateField('cursor', { anchor: position, head: position });
  }

  private requireText(): Y.XmlText {
    if (!this.text) throw new Error('Typist.begin() must run before typing');
    return this.text;
  }
}
