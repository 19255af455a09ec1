export { TriageQueueSection } from './components/TriageQueueSection';
export { OrganizationRequestsSection } from './components/OrganizationRequestsSection';
