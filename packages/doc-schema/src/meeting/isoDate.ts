/** A real calendar date written YYYY-MM-DD ("2027-02-30" is not). */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
