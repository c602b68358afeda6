import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '@anteckna/doc-schema';
import { itemNumberLabel } from '../agenda/itemTitle.ts';

interface Props {
  previous: AgendaItem | null;
  next: AgendaItem | null;
  /** True before the secretary has gone to any item: "next" then leads to the first. */
  atNoItem: boolean;
  onMove(itemId: string): void;
}

/** The way back and forward through the agenda, with the keys that do the same. */
export function LiveItemStrip({ previous, next, atNoItem, onMove }: Props) {
  const { t } = useTranslation();
  return (
    <nav className="live-strip" aria-label={t('liveMode.stripLabel')}>
      <StepButton
        direction="previous"
        item={previous}
        emptyText={atNoItem ? null : t('liveMode.atStart')}
        onMove={onMove}
      />
      <StepButton direction="next" item={next} emptyText={t('liveMode.atEnd')} onMove={onMove} />
    </nav>
  );
}

function StepButton({
  direction,
  item,
  emptyText,
  onMove,
}: {
  direction: 'previous' | 'next';
  item: AgendaItem | null;
  emptyText: string | null;
  onMove(itemId: string): void;
}) {
  const { t } = useTranslation();
  const arrow = direction === 'previous' ? '↑' : '↓';
  return (
    <button
      type="button"
      className={`live-step live-step-${direction}`}
      disabled={!item}
      aria-keyshortcuts={direction === 'previous' ? 'Alt+ArrowUp' : 'Alt+ArrowDown'}
      onClick={() => item && onMove(item.id)}
    >
      <span className="live-step-direction">
        {t(`liveMode.${direction}`)}
        <kbd aria-hidden="true">Alt+{arrow}</kbd>
      </span>
      <span className="live-step-title">
        {item ? (
          <>
            <span className="live-step-number">{itemNumberLabel(item)}</span>{' '}
            {item.title || t('agenda.untitled')}
          </>
        ) : (
          emptyText
        )}
      </span>
    </button>
  );
}
