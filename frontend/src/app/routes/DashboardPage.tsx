import { HomeRoute } from '@/features/home';
import { ReferenceKindsSection } from '@/features/reference';
import { TriageQueueSection } from '@/features/requests';
import { MyInterventionsSection, MyWeekSection } from '@/features/interventions';
import { MyConcertationsSection } from '@/features/concertations';

/** Tableau de bord. The app composes features here; they don't import each other. */
export default function DashboardPage() {
  return (
    <HomeRoute>
      <TriageQueueSection />
      <div className="grid-2">
        <MyWeekSection />
        <MyInterventionsSection />
      </div>
      <MyConcertationsSection />
      <ReferenceKindsSection />
    </HomeRoute>
  );
}
