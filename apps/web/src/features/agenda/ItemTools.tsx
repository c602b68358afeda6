import { useId, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ITEM_KINDS,
  addAgendaItem,
  moveAgendaItem,
  readAgendaRecords,
  removeAgendaItem,
  updateAgendaItem,
} from '@anteckna/doc-schema';
import type { AgendaItem, ItemKind } from '@anteckna/doc-schema';
import { AttachmentSettings } from '../attachments/AttachmentSettings.tsx';
import { useMeetingView } from '../meetings/meetingView.ts';
import { PresenterEditor } from './PresenterEditor.tsx';
import { TitleInput } from './TitleInput.tsx';
import './itemTools.css';
import { InlineConfirm } from '../../app/InlineConfirm.tsx';

/** The secretary's tools for one item: order, kind, title, presenters, withdrawn, late, internal. */
export function ItemTools({ item, extra }: { item: AgendaItem; extra?: ReactNode }) {
  const { t } = useTranslation();
  const view = useMeetingView();
  // A new item has no title yet: its tools open so the title can be typed at once.
  const [open, setOpen] = useState(item.title === '');
  const panelId = useId();
  const siblings = view.model.items.filter((other) => other.parentId === item.parentId);
  const index = siblings.findIndex((other) => other.id === item.id);
  const number = item.number;

  const move = (offset: -1 | 1) => {
    if (
      view.write((doc) => {
        // One place from where the item is in the document now, not where it last rendered:
        // two quick clicks move it two places (SPEC rule W6). Past either end the writer
        // refuses, and that is said.
        const places = readAgendaRecords(doc).filter(
          (record) => record.parentId === item.parentId || record.id === item.id,
        );
        const at = places.findIndex((record) => record.id === item.id);
        moveAgendaItem(doc, item.id, { parentId: item.parentId, index: at + offset });
      })
    ) {
      view.announce(t('agenda.moved', { title: item.title || t('agenda.untitled') }));
    }
  };

  return (
    <div className="item-tools">
      <div className="item-tools-bar" role="group" aria-label={t('agenda.toolsFor', { number })}>
        <button
          type="button"
          className="button button-small button-quiet"
          disabled={index <= 0}
          onClick={() => move(-1)}
        >
          {/* The visible word starts the accessible name (WCAG 2.5.3); the rest says which item. */}
          <span aria-hidden="true">↑</span> {t('agenda.moveUp')}
          <span className="visually-hidden">: {t('agenda.moveUpFor', { number })}</span>
        </button>
        <button
          type="button"
          className="button button-small button-quiet"
          disabled={index < 0 || index >= siblings.length - 1}
          onClick={() => move(1)}
        >
          <span aria-hidden="true">↓</span> {t('agenda.moveDown')}
          <span className="visually-hidden">: {t('agenda.moveDownFor', { number })}</span>
        </button>
        <button
          type="button"
          className="button button-small button-quiet"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen(!open)}
        >
          {open ? t('agenda.closeTools') : t('agenda.openTools')}
          <span className="visually-hidden"> {t('agenda.itemRef', { number })}</span>
        </button>
        {extra}
      </div>
      {open && (
        <div className="item-tools-panel" id={panelId}>
          <div className="item-tools-row">
            <TitleInput item={item} autoFocus={item.title === ''} />
            <label className="item-tools-kind">
              <span>{t('agenda.kind')}</span>
              <select
                value={item.kind}
                onChange={(event) =>
                  view.write((doc) =>
                    updateAgendaItem(doc, item.id, { kind: event.target.value as ItemKind }),
                  )
                }
              >
                {ITEM_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {t(`kind.name.${kind}`)}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <PresenterEditor item={item} />
          <div className="item-tools-row item-tools-flags">
            <label className="checkbox">
              <input
                type="checkbox"
                checked={item.late}
                onChange={(event) =>
                  view.write((doc) =>
                    updateAgendaItem(doc, item.id, { late: event.target.checked }),
                  )
                }
              />
              {t('agenda.markLate')}
            </label>
            <label className="checkbox">
              <input
                type="checkbox"
                checked={item.status === 'withdrawn'}
                onChange={(event) =>
                  view.write((doc) =>
                    updateAgendaItem(doc, item.id, {
                      status: event.target.checked ? 'withdrawn' : 'active',
                    }),
                  )
                }
              />
              {t('agenda.markWithdrawn')}
            </label>
            <label className="checkbox">
              <input
                type="checkbox"
                checked={item.internal}
                onChange={(event) =>
                  view.write((doc) =>
                    updateAgendaItem(doc, item.id, { internal: event.target.checked }),
                  )
                }
              />
              {t('agenda.markInternal')}
            </label>
          </div>
          <AttachmentSettings item={item} />
          <div className="item-tools-row">
            {item.depth === 0 && (
              <button
                type="button"
                className="button button-small"
                onClick={() =>
                  view.write((doc) =>
                    addAgendaItem(doc, { parentId: item.id, kind: 'information', title: '' }),
                  )
                }
              >
                {t('agenda.addSubItem')}
              </button>
            )}
            <RemoveItemButton item={item} />
          </div>
        </div>
      )}
    </div>
  );
}

function RemoveItemButton({ item }: { item: AgendaItem }) {
  const { t } = useTranslation();
  const view = useMeetingView();
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <button
        type="button"
        className="button button-small button-danger"
        onClick={() => setConfirming(true)}
      >
        {t('agenda.remove')}
      </button>
    );
  }
  return (
    <InlineConfirm
      className="item-tools-confirm"
      question={t('agenda.removeConfirm')}
      confirmLabel={t('agenda.removeYes')}
      confirmClassName="button-danger"
      onConfirm={() => view.write((doc) => removeAgendaItem(doc, item.id))}
      onCancel={() => setConfirming(false)}
    />
  );
}
