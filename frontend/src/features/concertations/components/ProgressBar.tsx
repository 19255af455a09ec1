import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/i18n';

/** The action plan's progress: a bar for the eye, the same figures in words for everyone. */
export function ProgressBar({ percent, done, total }: { percent: number; done: number; total: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const clamped = Math.max(0, Math.min(100, percent));
  const text = t('concertations.plan.progress', {
    percent: format.percent(clamped / 100),
    done: format.number(done),
    total: format.number(total),
  });
  return (
    <div className="progress">
      <div
        className="progress__bar"
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={clamped}
        aria-valuetext={text}
        aria-label={t('concertations.plan.progressLabel')}
      >
        <div className="progress__fill" style={{ width: `${clamped}%` }} />
      </div>
      <span>{text}</span>
    </div>
  );
}
