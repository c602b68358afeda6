import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { errorTextKey } from '../../app/errorText.ts';
import { useApiResource } from '../../app/useApiResource.ts';
import { currentLanguage } from '../../i18n/i18n.ts';
import { formatDate } from '../../i18n/formatDate.ts';
import { groupHitsByMeeting, type MeetingHits } from './groupHits.ts';
import type { SearchHit } from '@anteckna/contract';
import { searchEndpointOf, type SearchScope } from './searchApi.ts';

/**
 * The hits of one search, grouped by meeting; `hitHref` says where a hit leads (the meeting
 * page for members, the public minutes for everyone else).
 */
export function SearchResults({
  scope,
  query,
  bodyId,
  headingLevel = 2,
  hitHref,
}: {
  scope: SearchScope;
  query: string;
  /** Only this body's minutes. */
  bodyId?: string;
  /** The level of each meeting's heading: 2 on a page of its own, 3 inside a section. */
  headingLevel?: 2 | 3;
  hitHref(hit: SearchHit): string;
}) {
  const { t } = useTranslation();
  const { load, reload } = useApiResource(
    searchEndpointOf(scope),
    query ? { query: { q: query, bodyId } } : null,
  );
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
          : t(load.data.hits.length === 1 ? 'search.countOne' : 'search.countMany', {
              count: load.data.hits.length,
              meetings: groups.length,
            })}
      </p>
      {groups.map((group) => (
        <MeetingGroup
          key={group.meetingId}
          group={group}
          headingLevel={headingLevel}
          hitHref={hitHref}
        />
      ))}
    </section>
  );
}

function MeetingGroup({
  group,
  headingLevel,
  hitHref,
}: {
  group: MeetingHits;
  headingLevel: 2 | 3;
  hitHref(hit: SearchHit): string;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className="search-meeting" aria-labelledby={headingId}>
      <Heading id={headingId}>
        <span className="search-body">{group.bodyName}</span>{' '}
        <time dateTime={group.meetingDate}>{formatDate(group.meetingDate, currentLanguage())}</time>{' '}
        <span className="search-meeting-title">{group.meetingTitle}</span>
      </Heading>
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
