/**
 * The `decisionClause` node of the decision field (SPEC rules C1–C3): one clause, inline text,
 * with its type and target as attributes. The leading "att" is drawn by CSS/renderers, not typed.
 */
import { Node, mergeAttributes } from '@tiptap/core';
import { CLAUSE_TYPES } from '../minutesModel.ts';

export const DecisionClause = Node.create({
  name: 'decisionClause',
  group: 'decisionClause',
  content: 'inline*',
  defining: true,

  addAttributes() {
    return {
      clauseType: {
        default: 'other',
        parseHTML: (element) => {
          const value = element.getAttribute('data-clause-type');
          return (CLAUSE_TYPES as readonly (string | null)[]).includes(value) ? value : 'other';
        },
        renderHTML: (attributes) => ({ 'data-clause-type': attributes.clauseType as string }),
      },
      target: {
        default: null,
        parseHTML: (element) => element.getAttribute('data-target'),
        renderHTML: (attributes) =>
          attributes.target ? { 'data-target': attributes.target as string } : {},
      },
      // The follow-up date of a task or forward (rule U1); declared so an edit keeps it.
      due: {
        default: null,
        parseHTML: (element) => element.getAttribute('data-due'),
        renderHTML: (attributes) =>
          attributes.due ? { 'data-due': attributes.due as string } : {},
      },
    };
  },

  parseHTML() {
    // Above StarterKit's `p` rule (priority 50), which would otherwise take the element.
    return [{ tag: 'p[data-decision-clause]', priority: 60 }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['p', mergeAttributes({ 'data-decision-clause': '' }, HTMLAttributes), 0];
  },
});

/** The top node of a decision field: clauses only (rule C1). */
export const DecisionDocument = Node.create({
  name: 'doc',
  topNode: true,
  content: 'decisionClause+',
});
