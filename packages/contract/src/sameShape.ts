type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/**
 * A compile-time check that a schema's output and a type written elsewhere are the same shape:
 * `sameShape<A, B>(true)` does not typecheck when they differ. It does nothing at run time.
 */
export function sameShape<A, B>(_same: Same<A, B>): void {}
