import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { errorTextKey } from '../../app/errorText.ts';
import { useApiResource } from '../../app/useApiResource.ts';
import { currentLanguage } from '../../i18n/i18n.ts';
import { formatDate } from '../../i18n/formatDate.ts';
import { groupHitsByMeeting, type MeetingHits } from './groupHits.ts';
import { searchPath, type SearchHit, type SearchResult } from './searchApi.ts';

/**
 * The hits of one search, grouped by meeting; `hitHref` says where a hit leads (the meeting
 * page for members, the public minutes for everyone else).
 */
export function SearchResults({
  scope,
  query,
  hitHref,
}: {
  scope: 'reader' | 'public';
  query: string;
  hitHref(hit: SearchHit): string;
}) {
  const { t } = useTranslation();
  const { load, reload } = useApiResource<SearchResult>(query ? searchPath(scope, query) : null);
  if (!query) return null;
  if (load.status === 'loading') return <p role="status">{t('search.searching')}</p>;
  if (load.status === 'error') {
    return (
      <div role="alert" className="search-error">
        <p>{t(errorTextKey(load.error))}</p>
        <button type="button" className="button" onClick={reload}>
          {t('app.retry')}
        </button>
      </div>
    );
  }
  const groups = groupHitsByMeeting(load.data.hits);
  return (
    <section className="search-results" aria-label={t('search.resultsFor', { query })}>
      <p role="status" className="search-count">
        {groups.length === 0
          ? t('search.none', { query })
          : t('search.count', { count: load.data.hits.length, meetings: groups.length })}
      </p>
      {groups.map((group) => (
        <MeetingGroup key={group.meetingId} group={group} hitHref={hitHref} />
      ))}
    </section>
  );
}

function MeetingGroup({ group, hitHref }: { group: MeetingHits; hitHref(hit: SearchHit): string }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <article className="search-meeting" aria-labelledby={headingId}>
      <h2 id={headingId}>
        <span className="search-body">{group.bodyName}</span>{' '}
        <time dateTime={group.meetingDate}>{formatDate(group.meetingDate, currentLanguage())}</time>{' '}
        <span className="search-meeting-title">{group.meetingTitle}</span>
      </h2>
      <ul>
        {group.hits.map((hit) => (
          <li key={hit.itemId ?? 'meeting'}>
            <a href={hitHref(hit)}>
              {hit.itemId === null
                ? t('search.meetingHit')
                : t('search.itemHit', { number: hit.itemNumber, title: hit.itemTitle })}
            </a>
            <p className="search-snippet">
              {hit.snippet.map((part, index) =>
                part.hit ? (
                  <mark key={index}>{part.text}</mark>
                ) : (
                  <span key={index}>{part.text}</span>
                ),
              )}
            </p>
          </li>
        ))}
      </ul>
    </article>
  );
}
