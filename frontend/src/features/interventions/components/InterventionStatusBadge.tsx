import { useTranslation } from 'react-i18next';
import { Badge } from '@/components/Badge';
import type { InterventionStatus } from '../api/listInterventions';

const TONES = { PLANNED: 'info', ACTIVE: 'success', ON_HOLD: 'warning', CLOSED: 'neutral' } as const;

export function InterventionStatusBadge({ status }: { status?: InterventionStatus }) {
  const { t } = useTranslation();
  if (!status) return null;
  return <Badge tone={TONES[status]}>{t(`interventions.status.${status}`)}</Badge>;
}
