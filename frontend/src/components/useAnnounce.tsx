import { useCallback, useState } from 'react';

/** A polite live region's text: announce("Activité ajoutée") and render <LiveRegion message={…} />. */
export function useAnnounce() {
  const [message, setMessage] = useState('');
  const announce = useCallback((text: string) => {
    // Clear then set, so the same text said twice is announced twice.
    setMessage('');
    window.setTimeout(() => setMessage(text), 50);
  }, []);
  return { message, announce };
}

export function LiveRegion({ message, className }: { message: string; className?: string }) {
  return (
    <p className={className ?? 'live-region'} role="status" aria-live="polite">
      {message}
    </p>
  );
}
