import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '@anteckna/doc-schema';
import { parseDocRoot } from '@anteckna/domain';
import { routeHref } from '../../app/route.ts';
import type { PresentPerson } from '../editor/usePresence.ts';
import { useMeetingView } from '../meetings/meetingView.ts';
import { initials, itemNumberLabel } from './itemTitle.ts';
import './agendaOutline.css';

/** Who is writing in which item now, from everyone's awareness `editing` field. */
function writersByItem(presence: readonly PresentPerson[]): Map<string, PresentPerson[]> {
  const byItem = new Map<string, PresentPerson[]>();
  for (const person of presence) {
    for (const rootName of person.editing) {
      const root = parseDocRoot(rootName);
      if (root.kind !== 'item') continue;
      const list = byItem.get(root.itemId) ?? [];
      if (!list.includes(person)) list.push(person);
      byItem.set(root.itemId, list);
    }
  }
  return byItem;
}

export function AgendaOutline({
  currentItemId,
  onJump,
}: {
  currentItemId: string | null;
  onJump(itemId: string): void;
}) {
  const { t } = useTranslation();
  const view = useMeetingView();
  const writers = writersByItem(view.presence);
  return (
    <nav className="agenda-outline" aria-label={t('agenda.outlineLabel')}>
      <h2 className="agenda-outline-heading">{t('agenda.heading')}</h2>
      <ol>
        {view.model.items.map((item) => (
          <OutlineEntry
            key={item.id}
            item={item}
            href={routeHref({ name: 'meeting', meetingId: view.meetingId, itemId: item.id })}
            current={item.id === currentItemId}
            writers={writers.get(item.id) ?? []}
            mine={item.presenterIds.includes(view.actor.userId)}
            onJump={onJump}
          />
        ))}
      </ol>
    </nav>
  );
}

function OutlineEntry(props: {
  item: AgendaItem;
  href: string;
  current: boolean;
  writers: PresentPerson[];
  mine: boolean;
  onJump(itemId: string): void;
}) {
  const { t } = useTranslation();
  const { item } = props;
  const writingNames = props.writers.map((person) => person.name).join(', ');
  return (
    <li
      className="outline-entry"
      data-depth={item.depth}
      data-status={item.status}
      data-mine={props.mine}
    >
      <a
        href={props.href}
        aria-current={props.current ? 'location' : undefined}
        onClick={(event) => {
          event.preventDefault();
          props.onJump(item.id);
        }}
      >
        <span className="outline-number">{itemNumberLabel(item)}</span>
        <span className="outline-title">
          {item.title || t('agenda.untitled')}
          {item.status === 'withdrawn' && (
            <span className="visually-hidden"> ({t('agenda.status.withdrawn')})</span>
          )}
        </span>
        <span className="outline-meta">
          {item.standing === null && (
            <span className="outline-kind">{t(`kind.short.${item.kind}`)}</span>
          )}
          {item.presenters.map((presenter, index) => (
            <span
              key={`${presenter.name}-${index}`}
              className="outline-initials"
              title={presenter.name}
            >
              <span aria-hidden="true">{initials(presenter.name)}</span>
              <span className="visually-hidden">
                {t('agenda.presentedBy', { name: presenter.name })}
              </span>
            </span>
          ))}
          {props.writers.length > 0 && (
            <span
              className="outline-writing"
              style={{ backgroundColor: props.writers[0]!.color }}
              title={t('agenda.writingNow', { names: writingNames })}
            >
              <span className="visually-hidden">
                {t('agenda.writingNow', { names: writingNames })}
              </span>
            </span>
          )}
        </span>
      </a>
    </li>
  );
}
