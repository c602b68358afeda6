import enBase from './en.json';
import svBase from './sv.json';

export type Catalog = { [key: string]: string | Catalog };

/*
 * Each feature may keep its own texts beside its code (`features/<name>/messages.<lang>.json`,
 * top-level keys of its own), so features grow without all editing one large file. The shared
 * texts stay in `sv.json` / `en.json`. A key defined twice is a mistake the catalog test reports.
 */
const svFeatures = import.meta.glob<Catalog>('../features/*/messages.sv.json', {
  eager: true,
  import: 'default',
});
const enFeatures = import.meta.glob<Catalog>('../features/*/messages.en.json', {
  eager: true,
  import: 'default',
});

function merge(base: Catalog, parts: Record<string, Catalog>): Catalog {
  const merged: Catalog = { ...base };
  for (const part of Object.values(parts)) {
    for (const [key, value] of Object.entries(part)) {
      const existing = merged[key];
      merged[key] =
        typeof existing === 'object' && typeof value === 'object'
          ? { ...existing, ...value }
          : value;
    }
  }
  return merged;
}

export const sv: Catalog = merge(svBase, svFeatures);
export const en: Catalog = merge(enBase, enFeatures);
/** The feature files, for the test that no key is defined twice. */
export const FEATURE_CATALOGS = { sv: svFeatures, en: enFeatures };
