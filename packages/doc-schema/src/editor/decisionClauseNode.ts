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
      target: keptAttribute('target', 'data-target'),
      // The follow-up date of a task or forward (rule U1); declared so an edit keeps it.
      due: keptAttribute('due', 'data-due'),
      // An election's person, role and term (rule V1).
      personId: keptAttribute('personId', 'data-person-id'),
      role: keptAttribute('role', 'data-role'),
      termFrom: keptAttribute('termFrom', 'data-term-from'),
      termTo: keptAttribute('termTo', 'data-term-to'),
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

/** A text attribute the editor carries as it is: written by the panels beside it, kept on edits. */
function keptAttribute(name: string, dataName: string) {
  return {
    default: null,
    parseHTML: (element: { getAttribute(name: string): string | null }) =>
      element.getAttribute(dataName),
    renderHTML: (attributes: Record<string, unknown>) =>
      attributes[name] ? { [dataName]: attributes[name] as string } : {},
  };
}

/** The top node of a decision field: clauses only (rule C1). */
export const DecisionDocument = Node.create({
  name: 'doc',
  topNode: true,
  content: 'decisionClause+',
});
