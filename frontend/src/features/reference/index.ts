export { ReferenceKindsSection } from './components/ReferenceKindsSection';
