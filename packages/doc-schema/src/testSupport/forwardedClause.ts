import type { DecisionClause } from '../minutesModel.ts';

/** "att beslutet skickas vidare för Välfärdsrådets ställningstagande", due 2020-06-17 (C2, U1). */
export const FORWARDED_TO_COUNCIL: DecisionClause = {
  type: 'forward',
  text: 'beslutet skickas vidare för Välfärdsrådets ställningstagande',
  target: 'Välfärdsrådet',
  due: '2020-06-17',
};

/** The same clause as the editor's JSON holds it: every attribute present, unset ones null. */
export const FORWARDED_TO_COUNCIL_NODE = {
  type: 'decisionClause',
  attrs: {
    clauseType: 'forward',
    target: 'Välfärdsrådet',
    due: '2020-06-17',
    personId: null,
    role: null,
    termFrom: null,
    termTo: null,
  },
  content: [{ type: 'text', text: 'beslutet skickas vidare för Välfärdsrådets ställningstagande' }],
};
