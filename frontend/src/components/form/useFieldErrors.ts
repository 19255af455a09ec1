import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldMessage, mapFieldErrors, problemFieldErrors, type FieldError } from '@/lib/api';

/**
 * The API's field errors (422) for a form: `errorFor(input)` gives the messages to show under that input, in
 * the user's language; `unmatched` the ones no input shows (the form's alert lists them).
 * `client` holds the form's own checks (already translated), shown first.
 */
export function useFieldErrors(
  error: unknown,
  inputs: readonly string[],
  aliases?: Record<string, string>,
  client: Record<string, string | undefined> = {},
) {
  const { t, i18n } = useTranslation();
  const key = inputs.join('|');
  return useMemo(() => {
    const { byInput, unmatched } = mapFieldErrors(problemFieldErrors(error), inputs, aliases);
    const errorFor = (input: string): string[] | undefined => {
      const messages = [client[input], ...(byInput[input] ?? []).map((m) => fieldMessage(m, t, i18n.language))].filter(
        (m): m is string => Boolean(m),
      );
      return messages.length ? [...new Set(messages)] : undefined;
    };
    const translatedUnmatched: FieldError[] = unmatched.map((e) => ({ field: e.field, message: fieldMessage(e.message, t, i18n.language) }));
    const hasClientErrors = Object.values(client).some(Boolean);
    return { errorFor, unmatched: translatedUnmatched, hasClientErrors };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [error, key, aliases, client, t]);
}
