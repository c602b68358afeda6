import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { adoptProposalAsDecision, proposalClauses } from './adoptProposalAsDecision.ts';
import { inferClause, inferClauseType } from './inferClause.ts';
import { clauseTemplates } from './clauseTemplates.ts';
import { readDecision } from './readDecision.ts';
import { addAgendaItem } from '../agenda/addAgendaItem.ts';
import { itemFragment } from '../layout/docLayout.ts';
import { thrownId } from '../testSupport/thrownId.ts';
import { countUpdates } from '../testSupport/updateCounter.ts';
import type { Block } from '../minutesModel.ts';

const p = (text: string): Block => ({ type: 'paragraph', runs: [{ text }] });

describe('adopting the proposal as the decision', () => {
  test('[C5] each type is inferred from the verb', () => {
    expect(inferClauseType('lägga informationen till handlingarna')).toBe('note');
    expect(inferClauseType('godkänna dagordningen')).toBe('approve');
    expect(inferClauseType('fastställa kalendariet')).toBe('approve');
    expect(inferClauseType('bordlägga punkten till nästa möte')).toBe('table');
    expect(
      inferClauseType(
        'Länschefsnätverkets beslut skickas vidare för Välfärdsrådets ställningstagande',
      ),
    ).toBe('forward');
    expect(inferClauseType('överlämna ärendet till Välfärdsrådet')).toBe('forward');
    expect(inferClauseType('uppdra åt RSS att ta fram ett förslag')).toBe('task');
    expect(inferClauseType('utse Anna Berg till ordförande')).toBe('elect');
    expect(inferClauseType('välja Per Ek till vice ordförande')).toBe('elect');
    expect(inferClauseType('skjuta upp beslutet')).toBe('other');
    expect(inferClauseType('lägga till en punkt')).toBe('other');
  });

  test('[C5] targets are read from forward, task and elect clauses', () => {
    expect(inferClause('beslutet skickas vidare för Välfärdsrådets ställningstagande').target).toBe(
      'Välfärdsrådet',
    );
    expect(inferClause('överlämna ärendet till Välfärdsrådet').target).toBe('Välfärdsrådet');
    expect(inferClause('uppdra åt arbetsgruppen att ta fram ett utkast').target).toBe(
      'arbetsgruppen',
    );
    expect(inferClause('utse Anna Berg, socialchef, till ordförande').target).toBe(
      'Anna Berg, socialchef,',
    );
    expect(inferClause('godkänna dagordningen').target).toBeUndefined();
  });

  test('[C5] paragraphs and list items reading "att …" become clauses; others are left out', () => {
    const blocks: Block[] = [
      p('Styrgruppen föreslår'),
      {
        type: 'orderedList',
        items: [
          [p('att godkänna justerat uppdragsdirektiv, Bilaga 15')],
          [p('att uppdra åt Styrgruppen att tillse detta.')],
        ],
      },
      p('2. att bordlägga punkten till nästa möte'),
      p('Chefsnätverket beslutar att godkänna Styrgruppens förslag p.1-3.'),
      p('Styrgruppen tror att en framkomlig väg finns.'),
    ];
    expect(proposalClauses(blocks)).toEqual([
      { type: 'approve', text: 'godkänna justerat uppdragsdirektiv, Bilaga 15' },
      { type: 'task', text: 'uppdra åt Styrgruppen att tillse detta', target: 'Styrgruppen' },
      { type: 'table', text: 'bordlägga punkten till nästa möte' },
      { type: 'approve', text: 'godkänna Styrgruppens förslag p.1-3' },
    ]);
  });

  test('[C5][W3] the decision is replaced by the proposal’s clauses in one update', () => {
    const doc = new Y.Doc();
    addAgendaItem(doc, {
      id: 'i1',
      kind: 'beslut',
      title: 'Överenskommelse',
      proposal: [
        p('att godkänna överenskommelsen'),
        p('att beslutet skickas vidare för Välfärdsrådets ställningstagande'),
      ],
      decision: [{ type: 'other', text: 'gammal text' }],
    });
    const counter = countUpdates(doc);
    adoptProposalAsDecision(doc, 'i1');
    expect(counter.count).toBe(1);
    expect(readDecision(itemFragment(doc, 'i1', 'decision'))).toEqual([
      { type: 'approve', text: 'godkänna överenskommelsen' },
      {
        type: 'forward',
        text: 'beslutet skickas vidare för Välfärdsrådets ställningstagande',
        target: 'Välfärdsrådet',
      },
    ]);
  });

  test('[C5][A9] no "att" paragraph, an unknown item and a withdrawn item are refused', () => {
    const doc = new Y.Doc();
    addAgendaItem(doc, {
      id: 'i1',
      kind: 'beslut',
      title: 'Utan förslag',
      proposal: [p('Bakgrund bara.')],
    });
    addAgendaItem(doc, {
      id: 'i2',
      kind: 'beslut',
      title: 'Utgår',
      status: 'withdrawn',
      proposal: [p('att godkänna')],
    });
    expect(thrownId(() => adoptProposalAsDecision(doc, 'i1'))).toBe('no_proposal_clauses');
    expect(thrownId(() => adoptProposalAsDecision(doc, 'nope'))).toBe('unknown_item');
    expect(thrownId(() => adoptProposalAsDecision(doc, 'i2'))).toBe('clause_on_withdrawn_item');
  });

  test('[C6][C3] the palette covers every common clause, none typed with "att", types matching their wording', () => {
    const types = new Set(clauseTemplates.map((template) => template.type));
    for (const type of ['note', 'approve', 'table', 'forward', 'task', 'elect'] as const)
      expect(types).toContain(type);
    for (const template of clauseTemplates) {
      expect(template.text).not.toMatch(/^att\s/i);
      expect(inferClauseType(template.text), template.id).toBe(template.type);
    }
    expect(new Set(clauseTemplates.map((template) => template.id)).size).toBe(
      clauseTemplates.length,
    );
  });
});
