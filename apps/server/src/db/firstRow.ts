/** The first row of a query's result, or undefined: `.get()` of SQLite, for both dialects. */
export const firstRow = <T>(rows: T[]): T | undefined => rows[0];
