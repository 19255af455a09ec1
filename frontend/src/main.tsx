import { createRoot } from 'react-dom/client';
import { start } from './app/startup';
import { createI18n } from './lib/i18n';
import './app/styles.css';

void start(createRoot(document.getElementById('root')!), createI18n());
