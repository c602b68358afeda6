import { SearchForm } from '../search/SearchForm.tsx';
import { SearchResults } from '../search/SearchResults.tsx';
import { publicMinutesHref } from './PublicMinutesEntry.tsx';

/** Search over approved minutes: the field, then the hits grouped by meeting. */
export function PublicSearch({
  query,
  onSearch,
  label,
  bodyId,
}: {
  query: string;
  onSearch(query: string): void;
  label: string;
  bodyId?: string;
}) {
  return (
    <>
      <SearchForm key={query} initial={query} label={label} onSearch={onSearch} />
      <SearchResults
        scope="public"
        query={query}
        bodyId={bodyId}
        headingLevel={bodyId ? 3 : 2}
        hitHref={(hit) => publicMinutesHref(hit.meetingId, 'html')}
      />
    </>
  );
}
