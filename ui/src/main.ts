// The UI's entry point: pick the reader's language, then mount the window.

import { mount } from 'svelte';
import App from './App.svelte';
// The bundled fonts first: app.css names their families.
import '../../assets/fonts/fonts.css';
import './app.css';
import { negotiateLocale, setLocale } from './lib/i18n.svelte';

setLocale(negotiateLocale(navigator.languages));

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no element with id "app"');

export default mount(App, { target });
