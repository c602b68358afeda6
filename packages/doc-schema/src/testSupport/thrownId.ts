/** The stable id of the DocSchemaError an action throws, or undefined when it throws nothing. */
import { DocSchemaError } from '../layout/docSchemaError.ts';

export function thrownId(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    return error instanceof DocSchemaError ? error.id : `not a DocSchemaError: ${String(error)}`;
  }
  return undefined;
}
