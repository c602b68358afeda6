import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_SEARCH_QUERY_LENGTH } from '@anteckna/contract';

/**
 * The search field: a form of role search whose submit hands the words on (the page puts them
 * in the address, so a search can be bookmarked and the back button works).
 */
export function SearchForm({
  initial,
  label,
  onSearch,
  compact = false,
}: {
  initial: string;
  label: string;
  onSearch(query: string): void;
  compact?: boolean;
}) {
  const { t } = useTranslation();
  const [query, setQuery] = useState(initial);
  const inputId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const words = query.trim();
    if (words) onSearch(words);
  };
  return (
    <form
      role="search"
      className={compact ? 'search-form search-form-compact' : 'search-form'}
      onSubmit={submit}
    >
      <label htmlFor={inputId} className={compact ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <input
        id={inputId}
        type="search"
        value={query}
        maxLength={MAX_SEARCH_QUERY_LENGTH}
        placeholder={compact ? t('search.placeholder') : undefined}
        onChange={(event) => setQuery(event.target.value)}
      />
      <button type="submit" className="button">
        {t('search.submit')}
      </button>
    </form>
  );
}
