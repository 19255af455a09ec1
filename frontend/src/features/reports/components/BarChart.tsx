import { useFormat } from '@/lib/i18n';

export interface Bar {
  key: string;
  label: string;
  value: number;
}

const ROW = 26;
const LABEL_WIDTH = 260;
const WIDTH = 720;
const VALUE_WIDTH = 70;

/**
 * A horizontal bar chart in plain SVG (no inline style, so the CSP holds). It repeats the table next to it for the
 * eye: announced as one image with its title; the table carries the figures for assistive technology.
 */
export function BarChart({ bars, title, unit }: { bars: readonly Bar[]; title: string; unit: (value: number) => string }) {
  const format = useFormat();
  const max = Math.max(0, ...bars.map((b) => b.value));
  const plot = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  const height = bars.length * ROW + 4;
  const short = (s: string) => (s.length > 38 ? `${s.slice(0, 36)}…` : s);
  return (
    <svg className="bar-chart" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={title} preserveAspectRatio="xMinYMin meet">
      {bars.map((bar, i) => {
        const y = i * ROW + 2;
        const w = max > 0 ? Math.max(bar.value > 0 ? 2 : 0, (bar.value / max) * plot) : 0;
        return (
          <g key={bar.key}>
            <text x={LABEL_WIDTH - 8} y={y + ROW / 2 + 4} textAnchor="end">
              {short(bar.label)}
            </text>
            <rect className="bar" x={LABEL_WIDTH} y={y + 4} width={w} height={ROW - 8} rx={2} />
            <text x={LABEL_WIDTH + w + 6} y={y + ROW / 2 + 4}>
              {unit(bar.value)}
            </text>
          </g>
        );
      })}
      {bars.length === 0 ? <text x={0} y={16}>{format.number(0)}</text> : null}
    </svg>
  );
}
