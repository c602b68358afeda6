import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/api.ts';
import { errorTextKey } from '../../app/errorText.ts';
import { LoadFailedPage, LoadingPage } from '../../app/PageMessage.tsx';
import { routeHref } from '../../app/route.ts';
import { useApiResource } from '../../app/useApiResource.ts';
import { currentLanguage } from '../../i18n/i18n.ts';
import { formatDate } from '../../i18n/formatDate.ts';
import { useMe } from '../auth/SessionContext.tsx';
import { filterChoices, filterDecisions } from './filterDecisions.ts';
import { decisionRegisterEndpoint } from '@anteckna/contract';
import { decisionCsvHref, NO_FILTER, type DecisionFilter } from './registerApi.ts';
import './registers.css';

/**
 * `#/bodies/<id>/decisions`: every decision of the body's circulated and approved minutes, in a
 * table that filters by year, clause type and receiving body, and downloads as CSV.
 */
export function DecisionRegisterPage({ bodyId }: { bodyId: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const bodyName = me.memberships.find((m) => m.bodyId === bodyId)?.bodyName ?? '';
  const { load, reload } = useApiResource(decisionRegisterEndpoint, {
    params: { id: bodyId },
    query: {},
  });
  const [filter, setFilter] = useState<DecisionFilter>(NO_FILTER);
  useEffect(() => {
    document.title = `${t('registers.decisions.heading')} ${bodyName} – ${t('app.name')}`;
  }, [bodyName, t]);
  const decisions = load.status === 'ready' ? load.data.decisions : [];
  const choices = useMemo(() => filterChoices(decisions), [decisions]);
  const shown = useMemo(() => filterDecisions(decisions, filter), [decisions, filter]);
  const language = currentLanguage();

  if (load.status === 'loading') return <LoadingPage />;
  if (load.status === 'error') {
    const notFound = load.error instanceof ApiError && load.error.status === 404;
    return (
      <LoadFailedPage
        heading={t('registers.decisions.loadFailed')}
        reason={t(errorTextKey(load.error))}
        onRetry={notFound ? undefined : reload}
      />
    );
  }
  return (
    <main className="register-page" id="main" tabIndex={-1}>
      <p className="register-body">{bodyName}</p>
      <h1>{t('registers.decisions.heading')}</h1>
      <p className="register-intro">{t('registers.decisions.intro')}</p>
      <form className="register-filters" onSubmit={(event) => event.preventDefault()}>
        <FilterSelect
          label={t('registers.decisions.year')}
          value={filter.year}
          options={choices.years.map((year) => [year, year])}
          onChange={(year) => setFilter({ ...filter, year })}
        />
        <FilterSelect
          label={t('registers.decisions.type')}
          value={filter.type}
          options={choices.types.map((type) => [type, t(`registers.clauseType.${type}`)])}
          onChange={(type) => setFilter({ ...filter, type: type as DecisionFilter['type'] })}
        />
        <FilterSelect
          label={t('registers.decisions.target')}
          value={filter.target}
          options={choices.targets.map((target) => [target, target])}
          onChange={(target) => setFilter({ ...filter, target })}
        />
        <a className="button" href={decisionCsvHref(bodyId, filter)} download>
          {t('registers.decisions.csv')}
        </a>
      </form>
      <p role="status" className="register-count">
        {t('registers.decisions.count', { shown: shown.length, total: decisions.length })}
      </p>
      {shown.length > 0 ? (
        <table className="register-table">
          <caption className="visually-hidden">{t('registers.decisions.heading')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('registers.decisions.date')}</th>
              <th scope="col">{t('registers.decisions.item')}</th>
              <th scope="col">{t('registers.decisions.decision')}</th>
              <th scope="col">{t('registers.decisions.type')}</th>
              <th scope="col">{t('registers.decisions.target')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((d) => (
              <tr key={`${d.meetingId}/${d.itemId}/${d.text}`}>
                <td>
                  <time dateTime={d.meetingDate}>{formatDate(d.meetingDate, language)}</time>
                </td>
                <td>
                  <a
                    href={routeHref({ name: 'meeting', meetingId: d.meetingId, itemId: d.itemId })}
                  >
                    {t('registers.decisions.itemLink', {
                      number: d.itemNumber,
                      title: d.itemTitle,
                    })}
                  </a>
                </td>
                <td>
                  {t('minutes.clausePrefix')} {d.text}
                </td>
                <td>{t(`registers.clauseType.${d.type}`)}</td>
                <td>{d.target ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="register-empty">{t('registers.decisions.none')}</p>
      )}
    </main>
  );
}

function FilterSelect({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: string;
  options: Array<[value: string, text: string]>;
  onChange(value: string): void;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <span className="register-filter">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{t('registers.all')}</option>
        {options.map(([optionValue, text]) => (
          <option key={optionValue} value={optionValue}>
            {text}
          </option>
        ))}
      </select>
    </span>
  );
}
