export { MyInterventionsSection } from './components/MyInterventionsSection';
export { MyWeekSection } from './components/MyWeekSection';
export { OrganizationInterventionsSection } from './components/OrganizationInterventionsSection';
