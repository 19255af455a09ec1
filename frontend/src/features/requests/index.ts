export { TriageQueueSection } from './components/TriageQueueSection';
