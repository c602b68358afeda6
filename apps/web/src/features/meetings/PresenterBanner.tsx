import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { itemRootName } from '@anteckna/domain';
import { routeHref } from '../../app/route.ts';
import { useMeetingView } from './meetingView.ts';

/** For a presenter: "Du skriver punkt 5 och 8", with a jump link to each. */
export function PresenterBanner({ onJump }: { onJump(itemId: string): void }) {
  const { t } = useTranslation();
  const view = useMeetingView();
  if (view.isSecretary) return null;
  const mine = view.model.items.filter((item) => item.presenterIds.includes(view.actor.userId));
  if (mine.length === 0) return null;
  const writable = mine.some((item) => view.accessOf(itemRootName(item.id, 'body')).editable);
  return (
    <aside className="presenter-banner" aria-label={t('presenter.bannerLabel')}>
      <span>{writable ? t('presenter.youWrite') : t('presenter.youPresent')} </span>
      {mine.map((item, index) => (
        <Fragment key={item.id}>
          {index > 0 && (index === mine.length - 1 ? ` ${t('presenter.and')} ` : ', ')}
          <a
            href={routeHref({ name: 'meeting', meetingId: view.meetingId, itemId: item.id })}
            onClick={(event) => {
              event.preventDefault();
              onJump(item.id);
            }}
          >
            {item.number}
          </a>
        </Fragment>
      ))}
      {!writable && (
        <span className="presenter-banner-note">
          {' '}
          – {view.lockTextOf(itemRootName(mine[0]!.id, 'body'))}
        </span>
      )}
    </aside>
  );
}
