/**
 * Reads a duration as organizers type it: minutes ("90", "90 min"), hours and minutes ("1:30", "1h30",
 * "1 h 30", "2 h 15 min") or decimal hours ("1,5 h", "1.5h", "2h"). Returns whole minutes, or undefined when
 * the text is not a duration.
 */
export function parseDuration(text: string): number | undefined {
  const s = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!s) return undefined;
  let m: RegExpMatchArray | null;
  if ((m = s.match(/^(\d+)$/)) || (m = s.match(/^(\d+) ?(?:min|mn|m)$/))) return Number(m[1]);
  if ((m = s.match(/^(\d+) ?: ?(\d{1,2})$/))) return minutes(Number(m[1]), Number(m[2]));
  if ((m = s.match(/^(\d+) ?h ?(\d{1,2}) ?(?:min|mn|m)?$/))) return minutes(Number(m[1]), Number(m[2]));
  if ((m = s.match(/^(\d+(?:[.,]\d+)?) ?(?:h|hr|hrs|heures?|hours?)$/))) {
    return Math.round(Number(m[1]!.replace(',', '.')) * 60);
  }
  return undefined;
}

function minutes(h: number, m: number): number | undefined {
  return m < 60 ? h * 60 + m : undefined;
}

export const MAX_ACTIVITY_MINUTES = 1440;
