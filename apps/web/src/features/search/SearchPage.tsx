import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { routeHref } from '../../app/route.ts';
import { navigate } from '../../app/useRoute.ts';
import { SearchForm } from './SearchForm.tsx';
import { SearchResults } from './SearchResults.tsx';
import './search.css';

/** `#/search/<words>`: search every set of minutes the signed-in person may read. */
export function SearchPage({ query }: { query: string }) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${query ? t('search.titleFor', { query }) : t('search.heading')} – ${t('app.name')}`;
  }, [query, t]);
  return (
    <main className="search-page" id="main" tabIndex={-1}>
      <h1>{t('search.heading')}</h1>
      <SearchForm
        key={query}
        initial={query}
        label={t('search.label')}
        onSearch={(words) => navigate({ name: 'search', query: words })}
      />
      <SearchResults
        scope="reader"
        query={query}
        hitHref={(hit) =>
          routeHref({ name: 'meeting', meetingId: hit.meetingId, itemId: hit.itemId })
        }
      />
    </main>
  );
}
