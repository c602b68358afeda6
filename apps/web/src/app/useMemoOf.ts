import { useMemo } from 'react';

/**
 * `create(input)`, made again only when one of the input's fields changes: the fields are named
 * once, in the object literal, instead of once there and again in a dependency list.
 */
export function useMemoOf<I extends object, R>(create: (input: I) => R, input: I): R {
  // The input is an object literal with the same keys on every render: a list of fixed length.
  return useMemo(() => create(input), Object.values(input));
}
