import { useEffect, useRef } from 'react';
import { itemRootName } from '@anteckna/domain';
import type { ItemField } from '@anteckna/domain';
import { addEmptyClause } from '../decisions/insertClause.ts';
import { useEditorRegistry } from '../editor/editorRegistry.ts';
import type { MeetingView } from './meetingView.ts';
import { isTextTarget, meetingKeyCommand } from './meetingKeys.ts';

const FIELDS: readonly ItemField[] = ['body', 'proposal', 'decision'];

function itemIdOf(element: Element | null): string | null {
  return element?.closest<HTMLElement>('[data-item-id]')?.dataset.itemId ?? null;
}

function fieldOf(element: Element | null): ItemField | null {
  const field = element?.closest<HTMLElement>('[data-field]')?.dataset.field;
  return field === 'body' || field === 'proposal' || field === 'decision' ? field : null;
}

/**
 * The secretary's keyboard: Alt+↑/↓ between items (into the same kind of field when it can be
 * written, else the item's heading), Ctrl+Enter a new "att"-clause in the current item's
 * decision, Ctrl+Shift+Enter the proposal adopted as decision, "?" the list of shortcuts.
 * Listens in the capture phase: an editor's own Ctrl+Enter (a line break) must not win.
 */
export function useMeetingKeys(options: {
  view: MeetingView;
  onHelp(): void;
  onJump(itemId: string): void;
  adopt(itemId: string): void;
  /** Where Alt+↑/↓ moves from when the focus is in no item (the outline, the live view). */
  currentItemId?: string | null;
}): void {
  const registry = useEditorRegistry();
  const latest = useRef(options);
  latest.current = options;

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const command = meetingKeyCommand({
        key: event.key,
        altKey: event.altKey,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        shiftKey: event.shiftKey,
        inText: isTextTarget(event.target),
      });
      if (!command) return;
      const { view, onHelp, onJump, adopt } = latest.current;
      const active = document.activeElement;
      const itemId = itemIdOf(active);
      if (command.command === 'help') {
        event.preventDefault();
        onHelp();
        return;
      }
      if (command.command === 'moveItem') {
        const items = view.model.items;
        const from = itemId ?? latest.current.currentItemId ?? null;
        const index = items.findIndex((item) => item.id === from);
        const target = items[index < 0 ? 0 : index + command.direction];
        if (!target) return;
        event.preventDefault();
        const field = fieldOf(active);
        const fields = field ? [field, ...FIELDS.filter((other) => other !== field)] : [];
        const root = fields
          .map((candidate) => itemRootName(target.id, candidate))
          .find((candidate) => view.accessOf(candidate).editable && registry.get(candidate));
        const section = document.getElementById(`item-${target.id}`);
        section?.scrollIntoView({ block: 'nearest' });
        if (root) registry.get(root)?.commands.focus('end');
        else section?.querySelector<HTMLElement>('.item-title')?.focus();
        onJump(target.id);
        return;
      }
      if (!itemId) return;
      const decisionRoot = itemRootName(itemId, 'decision');
      if (!view.accessOf(decisionRoot).editable) return;
      event.preventDefault();
      event.stopPropagation();
      if (command.command === 'addClause') {
        view.openField(decisionRoot);
        registry.withEditor(decisionRoot, addEmptyClause);
      } else {
        adopt(itemId);
      }
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [registry]);
}
