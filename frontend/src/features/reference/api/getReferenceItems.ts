// The reference lists are shared by every feature: they live in src/lib/reference.
export {
  getReferenceItems,
  referenceItemsQueryOptions,
  useReferenceItems,
  type ReferenceItem,
  type ReferenceItemList,
  type ReferenceKindCode,
} from '@/lib/reference';
