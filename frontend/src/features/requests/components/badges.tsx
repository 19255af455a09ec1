import { useTranslation } from 'react-i18next';
import { Badge } from '@/components/Badge';
import type { PriorityLevel, RequestStatus } from '../api/listRequests';

const STATUS_TONES = {
  RECEIVED: 'info',
  UNDER_ANALYSIS: 'info',
  ACCEPTED: 'success',
  WAITLISTED: 'warning',
  REFUSED: 'danger',
  WITHDRAWN: 'neutral',
} as const;

export function RequestStatusBadge({ status }: { status?: RequestStatus }) {
  const { t } = useTranslation();
  if (!status) return null;
  return <Badge tone={STATUS_TONES[status]}>{t(`requests.status.${status}`)}</Badge>;
}

const PRIORITY_TONES = { HIGH: 'danger', MEDIUM: 'warning', LOW: 'neutral' } as const;

export function PriorityBadge({ level, score }: { level?: PriorityLevel; score?: number }) {
  const { t } = useTranslation();
  if (!level) return <span className="muted">{t('requests.priority.notAssessed')}</span>;
  return (
    <Badge tone={PRIORITY_TONES[level]}>
      {t(`requests.priority.level.${level}`)}
      {score !== undefined ? <span className="visually-hidden">{t('requests.priority.scoreSr', { score })}</span> : null}
    </Badge>
  );
}
