import { HomeRoute } from '@/features/home';
import { ReferenceKindsSection } from '@/features/reference';

/** The app composes features here; they don't import each other. */
export default function DashboardPage() {
  return (
    <HomeRoute>
      <ReferenceKindsSection />
    </HomeRoute>
  );
}
