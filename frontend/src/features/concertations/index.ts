export { MyConcertationsSection } from './components/MyConcertationsSection';
