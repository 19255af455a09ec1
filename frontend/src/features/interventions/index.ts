export { MyInterventionsSection } from './components/MyInterventionsSection';
export { MyWeekSection } from './components/MyWeekSection';
