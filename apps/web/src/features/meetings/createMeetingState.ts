import type { TFunction } from 'i18next';
import type { MinutesModel } from '@anteckna/doc-schema';
import { parseDocRoot } from '@anteckna/domain';
import type { Actor, Phase } from '@anteckna/domain';
import type { Language } from '../../i18n/i18n.ts';
import { fieldAccess } from '../editor/fieldAccess.ts';
import { readOnlyText, typingRefusalText } from '../editor/readOnlyText.ts';
import type { PresentPerson } from '../editor/usePresence.ts';
import type { MeetingState } from './meetingView.ts';

export interface MeetingStateInput {
  actor: Actor;
  model: MinutesModel;
  phase: Phase;
  presence: PresentPerson[];
  openFields: ReadonlySet<string>;
  openField(rootName: string, focus?: boolean): void;
  t: TFunction;
  language: Language;
}

/**
 * The document as it is now. Who may write each field is asked of the one write policy with the
 * phase and presenters as the live document has them, so it follows a phase change or a new
 * presenter the moment the document does.
 */
export function createMeetingState(input: MeetingStateInput): MeetingState {
  const { actor, model, phase, t, language } = input;
  const itemsById = new Map(model.items.map((item) => [item.id, item]));
  const context = {
    actor,
    phase,
    presenterIdsOf: (id: string) => itemsById.get(id)?.presenterIds ?? [],
    presenterNamesOf: (id: string) =>
      itemsById.get(id)?.presenters.map((person) => person.name) ?? [],
    approvedAt: model.approval?.approvedByMeetingDate ?? null,
  };
  const accessOf = (rootName: string) => fieldAccess(rootName, context);
  return {
    model,
    phase,
    presence: input.presence,
    accessOf,
    lockTextOf: (rootName: string) => {
      const access = accessOf(rootName);
      return access.editable ? null : readOnlyText(access.reason, t, language);
    },
    typingRefusalOf: (rootName: string) => {
      const access = accessOf(rootName);
      if (access.editable) return null;
      const root = parseDocRoot(rootName);
      const number = root.kind === 'item' ? itemsById.get(root.itemId)?.number : undefined;
      return typingRefusalText(access.reason, number ?? null, t, language);
    },
    isFieldOpen: (rootName: string) => input.openFields.has(rootName),
    openField: input.openField,
  };
}
