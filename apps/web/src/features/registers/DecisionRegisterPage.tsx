import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { decisionRegisterEndpoint, type DecisionEntry } from '@anteckna/contract';
import { routeHref } from '../../app/route.ts';
import { currentLanguage } from '../../i18n/i18n.ts';
import { formatDate } from '../../i18n/formatDate.ts';
import { filterChoices, filterDecisions } from './filterDecisions.ts';
import { decisionCsvHref, NO_FILTER, type DecisionFilter } from './registerApi.ts';
import { RegisterFilterSelect } from './RegisterFilterSelect.tsx';
import { RegisterPage } from './RegisterPage.tsx';
import { RegisterTable, type RegisterColumn } from './RegisterTable.tsx';
import { useBodyRegister } from './useBodyRegister.ts';

/**
 * `#/bodies/<id>/decisions`: every decision of the body's circulated and approved minutes, in a
 * table that filters by year, clause type and receiving body, and downloads as CSV.
 */
export function DecisionRegisterPage({ bodyId }: { bodyId: string }) {
  const { t } = useTranslation();
  const { bodyName, load, reload } = useBodyRegister(
    'decisions',
    bodyId,
    decisionRegisterEndpoint,
    { params: { id: bodyId }, query: {} },
  );
  const [filter, setFilter] = useState<DecisionFilter>(NO_FILTER);
  const decisions = load.status === 'ready' ? load.data.decisions : [];
  const choices = useMemo(() => filterChoices(decisions), [decisions]);
  const shown = useMemo(() => filterDecisions(decisions, filter), [decisions, filter]);
  const language = currentLanguage();
  const columns: Array<RegisterColumn<DecisionEntry>> = [
    {
      header: t('registers.decisions.date'),
      cell: (d) => <time dateTime={d.meetingDate}>{formatDate(d.meetingDate, language)}</time>,
    },
    {
      header: t('registers.decisions.item'),
      cell: (d) => (
        <a href={routeHref({ name: 'meeting', meetingId: d.meetingId, itemId: d.itemId })}>
          {t('registers.decisions.itemLink', { number: d.itemNumber, title: d.itemTitle })}
        </a>
      ),
    },
    {
      header: t('registers.decisions.decision'),
      cell: (d) => (
        <>
          {t('minutes.clausePrefix')} {d.text}
        </>
      ),
    },
    { header: t('registers.decisions.type'), cell: (d) => t(`registers.clauseType.${d.type}`) },
    { header: t('registers.decisions.target'), cell: (d) => d.target ?? '' },
  ];

  return (
    <RegisterPage register="decisions" bodyName={bodyName} load={load} reload={reload}>
      {() => (
        <>
          <form className="register-filters" onSubmit={(event) => event.preventDefault()}>
            <RegisterFilterSelect
              label={t('registers.decisions.year')}
              value={filter.year}
              options={choices.years.map((year) => [year, year])}
              onChange={(year) => setFilter({ ...filter, year })}
            />
            <RegisterFilterSelect
              label={t('registers.decisions.type')}
              value={filter.type}
              options={choices.types.map((type) => [type, t(`registers.clauseType.${type}`)])}
              onChange={(type) => setFilter({ ...filter, type: type as DecisionFilter['type'] })}
            />
            <RegisterFilterSelect
              label={t('registers.decisions.target')}
              value={filter.target}
              options={choices.targets.map((target) => [target, target])}
              onChange={(target) => setFilter({ ...filter, target })}
            />
            <a className="button" href={decisionCsvHref(bodyId, filter)} download>
              {t('registers.decisions.csv')}
            </a>
          </form>
          <RegisterTable
            caption={t('registers.decisions.heading')}
            columns={columns}
            rows={shown}
            rowKey={(d) => `${d.meetingId}/${d.itemId}/${d.text}`}
            status={t('registers.decisions.count', {
              shown: shown.length,
              total: decisions.length,
            })}
            emptyText={t('registers.decisions.none')}
          />
        </>
      )}
    </RegisterPage>
  );
}
