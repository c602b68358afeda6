import type * as Y from 'yjs';
import { refuseMalformed } from './gateDecision.ts';

/** Any shared type, typed as yjs types the values of `doc.share`. */
export type AnyType = Y.Doc['share'] extends Map<string, infer T> ? T : never;

/**
 * Names the root a type lives in: walks `type._item.parent` up to a type without an item, and
 * finds that one among `doc.share`. Built per decision (roots can be added or re-typed by
 * `doc.get` between two decisions), and only once a name is first asked for.
 */
export class RootNames {
  private byType: Map<AnyType, string> | null = null;
  private readonly cache = new Map<AnyType, string>();

  constructor(private readonly doc: Y.Doc) {}

  /** The type a root name resolves to in the server document, if it exists yet. */
  rootType(name: string): AnyType | undefined {
    return this.doc.share.get(name);
  }

  rootOf(type: AnyType): string {
    const path: AnyType[] = [];
    let root = type;
    let name = this.cache.get(root);
    while (name === undefined && root._item !== null) {
      path.push(root);
      root = root._item.parent as AnyType;
      name = this.cache.get(root);
    }
    name ??= this.shareNames().get(root);
    // Every integrated item sits under a root of doc.share; anything else is a broken document.
    if (name === undefined) return refuseMalformed('a type outside the document roots');
    // Every type on the way gets the name too, so deep nesting is walked once per decision.
    for (const passed of path) this.cache.set(passed, name);
    this.cache.set(root, name);
    return name;
  }

  private shareNames(): Map<AnyType, string> {
    if (this.byType === null) {
      this.byType = new Map();
      for (const [name, type] of this.doc.share) this.byType.set(type, name);
    }
    return this.byType;
  }
}
