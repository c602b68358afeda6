import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { formatEditToken, scanEditTokens, type EditToken } from './editToken.ts';

function scan(bytes: Uint8Array): EditToken[] {
  const found: EditToken[] = [];
  scanEditTokens(bytes, (token) => found.push(token));
  return found;
}

describe('edit tokens', () => {
  it('finds writer, sequence number and send time again, to 10 µs', () => {
    const sentAtMs = 1_763_900_000_123.456;
    const [token] = scan(new TextEncoder().encode(formatEditToken(37, 1234, sentAtMs)));
    expect(token).toEqual({ writer: 37, seq: 1234, sentAtMs: expect.closeTo(sentAtMs, 2) });
  });

  it('finds every token in the raw bytes of a Yjs update, adjacent ones included', () => {
    const doc = new Y.Doc();
    const text = new Y.XmlText();
    doc.getXmlFragment('item:a:body').insert(0, [text]);
    text.insert(0, formatEditToken(1, 0, 1000) + formatEditToken(1, 1, 2000));
    const found = scan(Y.encodeStateAsUpdate(doc));
    expect(found.map((t) => [t.writer, t.seq, t.sentAtMs])).toEqual([
      [1, 0, 1000],
      [1, 1, 2000],
    ]);
  });

  it('skips a stray tilde byte in front of a token', () => {
    const bytes = new TextEncoder().encode(`~\u0001\u0002${formatEditToken(5, 6, 7)}`);
    expect(scan(bytes).map((t) => t.seq)).toEqual([6]);
  });

  it('ignores text between tildes that is not a token', () => {
    expect(scan(new TextEncoder().encode('~not a token~ ~1.2~ ~a.b.c.d~'))).toEqual([]);
  });
});
