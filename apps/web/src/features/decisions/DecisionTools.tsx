import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { adoptProposalAsDecision, clauseTemplates } from '@anteckna/doc-schema';
import type { AgendaItem } from '@anteckna/doc-schema';
import { itemRootName } from '@anteckna/domain';
import { currentLanguage } from '../../i18n/i18n.ts';
import { useEditorRegistry } from '../editor/editorRegistry.ts';
import { useFieldHasText } from '../editor/useFieldHasText.ts';
import { useMeetingSession } from '../meetings/meetingView.ts';
import { insertClause } from './insertClause.ts';
import { InlineConfirm } from '../../app/InlineConfirm.tsx';

/** The palette of common clauses and "adopt the proposal as the decision". */
export function DecisionTools({ item }: { item: AgendaItem }) {
  const { t } = useTranslation();
  const view = useMeetingSession();
  const registry = useEditorRegistry();
  const [paletteOpen, setPaletteOpen] = useState(false);
  const [confirmAdopt, setConfirmAdopt] = useState(false);
  const paletteId = useId();
  const language = currentLanguage();
  const decisionRoot = itemRootName(item.id, 'decision');
  const hasProposal = useFieldHasText(view.session.doc, itemRootName(item.id, 'proposal'));
  const hasDecision = useFieldHasText(view.session.doc, decisionRoot);

  const adopt = () => {
    setConfirmAdopt(false);
    if (view.write((doc) => adoptProposalAsDecision(doc, item.id))) {
      view.announce(t('decisions.adopted', { number: item.number }));
    }
  };

  return (
    <div className="decision-tools">
      <div className="decision-tools-bar">
        <button
          type="button"
          className="button button-small"
          aria-expanded={paletteOpen}
          aria-controls={paletteId}
          onClick={() => setPaletteOpen(!paletteOpen)}
        >
          {t('decisions.addClause')}
          <span className="visually-hidden"> {t('agenda.itemRef', { number: item.number })}</span>
        </button>
        {hasProposal && !confirmAdopt && (
          <button
            type="button"
            className="button button-small"
            data-adopt-proposal={item.id}
            onClick={() => (hasDecision ? setConfirmAdopt(true) : adopt())}
          >
            {t('decisions.adoptProposal')}
            <span className="visually-hidden"> {t('agenda.itemRef', { number: item.number })}</span>
          </button>
        )}
        {confirmAdopt && (
          <InlineConfirm
            className="decision-confirm"
            question={t('decisions.adoptReplaces')}
            confirmLabel={t('decisions.adoptYes')}
            confirmClassName="button-primary"
            onConfirm={adopt}
            onCancel={() => setConfirmAdopt(false)}
          />
        )}
      </div>
      {paletteOpen && (
        <ul className="clause-palette" id={paletteId} aria-label={t('decisions.paletteLabel')}>
          {clauseTemplates.map((template) => (
            <li key={template.id}>
              <button
                type="button"
                className="button button-small"
                onClick={() => {
                  const editor = registry.get(decisionRoot);
                  if (!editor) return;
                  insertClause(editor, {
                    type: template.type,
                    text: template.text,
                    target: template.target,
                  });
                  setPaletteOpen(false);
                }}
              >
                {template.label[language]}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
