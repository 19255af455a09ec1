export type { Auth } from './auth';
export { AuthProvider, useAuth } from './AuthContext';
export { useCurrentUser, currentUserQueryOptions, getCurrentUser, type CurrentUser } from './current-user';
export { useRoles } from './roles';
