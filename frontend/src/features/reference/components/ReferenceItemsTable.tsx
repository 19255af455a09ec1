import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/i18n';
import type { ReferenceItem } from '../api/getReferenceItems';

/** The items of one kind: code and label in the active language, in the language's alphabetical order. */
export function ReferenceItemsTable({ items, kindLabel }: { items: readonly ReferenceItem[]; kindLabel: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (items.length === 0) return <p>{t('reference.noItems')}</p>;

  const sorted = format.sortByLabel(items);
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{t('reference.tableCaption', { kind: kindLabel })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('reference.label')}</th>
            <th scope="col">{t('reference.code')}</th>
            <th scope="col">{t('reference.status')}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((item, index) => (
            <tr key={item.code ?? index} className={item.active === false ? 'inactive' : undefined}>
              <th scope="row">{format.label(item)}</th>
              <td>
                <code>{item.code}</code>
              </td>
              <td>{item.active === false ? t('reference.inactive') : t('reference.active')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
