import { useCurrentUser } from './current-user';

/** What the signed-in person may see: managers decide on requests; organizers record their work. */
export function useRoles() {
  const me = useCurrentUser();
  const roles = me.data?.roles ?? [];
  return {
    isPending: me.isPending,
    isManager: roles.includes('manager'),
    isOrganizer: roles.includes('organizer'),
    isAdmin: roles.includes('admin'),
    /** May create and change records (organizer, manager); admins read only. */
    canWrite: roles.includes('manager') || roles.includes('organizer'),
    organizerId: me.data?.organizerId,
    territories: me.data?.territories ?? [],
  };
}
