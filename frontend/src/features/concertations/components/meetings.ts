import type { Meeting } from '../api/getConcertation';

/** The next meeting (today or later, soonest first) and the last one (before today). */
export function nextAndLastMeetings(meetings: readonly Meeting[], today: string) {
  const dated = meetings.filter((m): m is Meeting & { heldOn: string } => Boolean(m.heldOn));
  const upcoming = dated.filter((m) => m.heldOn >= today).sort((a, b) => a.heldOn.localeCompare(b.heldOn));
  const past = dated.filter((m) => m.heldOn < today).sort((a, b) => b.heldOn.localeCompare(a.heldOn));
  return { next: upcoming[0], last: past[0] };
}
