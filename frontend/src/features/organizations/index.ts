export { OrganizationRoute } from './routes/OrganizationRoute';
