import type { ReactNode } from 'react';

/** A small status label; the tone only adds colour to a text that says it all. */
export function Badge({ tone = 'neutral', children }: { tone?: 'neutral' | 'info' | 'success' | 'warning' | 'danger'; children: ReactNode }) {
  return <span className={`badge badge--${tone}`}>{children}</span>;
}
