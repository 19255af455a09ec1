import type { ReactNode } from 'react';
import { Welcome } from '../components/Welcome';

/** The home screen; the app composes other features' sections into it (features don't import each other). */
export function HomeRoute({ children }: { children?: ReactNode }) {
  return (
    <div className="stack">
      <Welcome />
      {children}
    </div>
  );
}
