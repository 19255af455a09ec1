export { HomeRoute } from './routes/HomeRoute';
