export * from './referenceList';
