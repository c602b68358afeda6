import type { ReactNode } from 'react';
import type { Block, TextRun } from '@anteckna/doc-schema';
import { safeLink } from './safeLink.ts';

/**
 * Rich text of a field, read-only, as the editor shows it. Headings inside a field sit below
 * the item's own heading (`headingLevel` is the item's), so the page outline stays in order.
 */
export function TextBlocks({
  blocks,
  headingLevel,
}: {
  blocks: readonly Block[];
  headingLevel: number;
}) {
  return (
    <>
      {blocks.map((block, index) => (
        <TextBlock key={index} block={block} headingLevel={headingLevel} />
      ))}
    </>
  );
}

function TextBlock({ block, headingLevel }: { block: Block; headingLevel: number }) {
  switch (block.type) {
    case 'paragraph':
      return (
        <p>
          <Runs runs={block.runs} />
        </p>
      );
    case 'heading': {
      const level = Math.min(6, headingLevel + Math.max(1, block.level));
      const Heading = `h${level}` as 'h4';
      return (
        <Heading className="ro-text-heading">
          <Runs runs={block.runs} />
        </Heading>
      );
    }
    case 'blockquote':
      return (
        <blockquote>
          <TextBlocks blocks={block.blocks} headingLevel={headingLevel} />
        </blockquote>
      );
    case 'bulletList':
    case 'orderedList': {
      const List = block.type === 'bulletList' ? 'ul' : 'ol';
      return (
        <List>
          {block.items.map((item, index) => (
            <li key={index}>
              <TextBlocks blocks={item} headingLevel={headingLevel} />
            </li>
          ))}
        </List>
      );
    }
  }
}

function Runs({ runs }: { runs: readonly TextRun[] }) {
  return (
    <>
      {runs.map((run, index) => (
        <Run key={index} run={run} />
      ))}
    </>
  );
}

function Run({ run }: { run: TextRun }) {
  let node: ReactNode = run.text;
  if (run.code) node = <code>{node}</code>;
  if (run.bold) node = <strong>{node}</strong>;
  if (run.italic) node = <em>{node}</em>;
  if (run.underline) node = <u>{node}</u>;
  if (run.strike) node = <s>{node}</s>;
  const href = run.link ? safeLink(run.link) : null;
  if (href) node = <a href={href}>{node}</a>;
  return <>{node}</>;
}
