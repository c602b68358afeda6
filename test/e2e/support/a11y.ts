import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

const require = createRequire(import.meta.url);
const AXE_SCRIPT = require.resolve('axe-core/axe.min.js');
let axeSource: string | undefined;
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface A11yViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

interface AxeResult {
  violations: Array<{
    id: string;
    impact?: string | null;
    help: string;
    nodes: Array<{ target: unknown[] }>;
  }>;
}

/**
 * Runs axe-core on the page as it is now, with the WCAG 2.1 A and AA rules. The app's Content
 * Security Policy (rightly) refuses inline scripts, so `addScriptTag` cannot add axe; it is run
 * through the DevTools protocol instead, which leaves the page and its policy as they are.
 */
export async function checkA11y(
  page: Page,
  extraRules: readonly string[] = [],
): Promise<A11yViolation[]> {
  axeSource ??= fs.readFileSync(AXE_SCRIPT, 'utf8');
  await page.evaluate(axeSource);
  const result = await page.evaluate(
    async ({ tags, extra }) => {
      const axe = (
        window as unknown as {
          axe: { run(context: Document, options: object): Promise<unknown> };
        }
      ).axe;
      const rules = Object.fromEntries(extra.map((rule) => [rule, { enabled: true }]));
      return (await axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        rules,
      })) as AxeResult;
    },
    { tags: WCAG_21_AA, extra: [...extraRules] },
  );
  return result.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact ?? null,
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.map(String).join(' ')),
  }));
}

/** One line per violation (rule, impact, help, the first elements), for assertion messages. */
export function describeViolations(violations: readonly A11yViolation[]): string[] {
  return violations.map(
    (v) => `${v.id} (${v.impact ?? '?'}): ${v.help} — ${v.targets.slice(0, 6).join(' | ')}`,
  );
}

/**
 * Best-practice rules the meeting page keeps as well: every part of the page in a landmark (the
 * status bar too), and no two landmarks of one kind with the same name.
 */
export const LANDMARK_RULES = ['region', 'landmark-unique'] as const;

/** The page has no axe-core violation of WCAG 2.1 A/AA (and of `extraRules`); the failure lists each one. */
export async function expectNoA11yViolations(
  page: Page,
  extraRules: readonly string[] = [],
): Promise<void> {
  expect(describeViolations(await checkA11y(page, extraRules))).toEqual([]);
}
