import type { Phase } from '@anteckna/domain';
import { useTranslation } from 'react-i18next';
import './phaseBadge.css';

/** Planerat, Förberedelse, Pågår, Utskickat, Godkänt: the same words on every screen. */
export function PhaseBadge({ phase }: { phase: Phase }) {
  const { t } = useTranslation();
  return (
    <span className="phase-badge" data-phase={phase}>
      {t(`phase.${phase}`)}
    </span>
  );
}
