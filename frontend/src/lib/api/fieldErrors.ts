import { ApiError } from './problem';

/** One invalid field, named by the JSON path of the API ("contact.email", "scores[2].score"). */
export interface FieldError {
  field: string;
  message: string;
}

/** The field errors of a problem (422), in the order given. */
export function problemFieldErrors(error: unknown): FieldError[] {
  if (!(error instanceof ApiError)) return [];
  return (error.problem.errors ?? [])
    .filter((e): e is { field: string; message?: string } => typeof e.field === 'string' && e.field.length > 0)
    .map((e) => ({ field: e.field, message: e.message ?? '' }));
}

/**
 * Maps the API's field paths to the form's input names. `aliases` renames paths ("organization.name" →
 * "newOrgName"; a trailing ".*" alias maps every sub-path, "[]" ignores indexes: "scores[].score").
 * A path with no alias keeps its own name, and also answers for its parents' names ("contacts[0].email"
 * is found under "contacts[0].email", then "contacts"). Returns input name → messages, and the errors
 * that no known input shows (the form lists those in its summary).
 */
export function mapFieldErrors(
  errors: readonly FieldError[],
  inputs: readonly string[],
  aliases: Record<string, string> = {},
): { byInput: Record<string, string[]>; unmatched: FieldError[] } {
  const byInput: Record<string, string[]> = {};
  const unmatched: FieldError[] = [];
  const known = new Set(inputs);
  for (const error of errors) {
    const target = resolve(error.field, known, aliases);
    if (target) {
      (byInput[target] ??= []).push(error.message);
    } else {
      unmatched.push(error);
    }
  }
  return { byInput, unmatched };
}

function resolve(field: string, known: Set<string>, aliases: Record<string, string>): string | undefined {
  const noIndex = field.replace(/\[\d+\]/g, '[]');
  for (const candidate of [field, noIndex]) {
    const alias = aliases[candidate];
    if (alias && known.has(alias)) return alias;
    if (known.has(candidate)) return candidate;
  }
  // Walk up the path: "organization.address.city" → "organization.address" → "organization".
  let path = field;
  while (path) {
    const cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    if (cut <= 0) break;
    path = path.slice(0, cut);
    const pathNoIndex = path.replace(/\[\d+\]/g, '[]');
    for (const candidate of [path, pathNoIndex]) {
      const wildcard = aliases[`${candidate}.*`] ?? aliases[candidate];
      if (wildcard && known.has(wildcard)) return wildcard;
      if (known.has(candidate)) return candidate;
    }
  }
  return undefined;
}
