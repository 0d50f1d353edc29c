// The single-page shell: header (language, who is signed in), menu, and a small hash router.
import { t, setLang, lang } from './i18n.js';
import { get, signOut } from './api.js';
import { h, notice } from './ui.js';
import { session } from './session.js';
import * as start from './pages/start.js';
import * as partnerships from './pages/partnerships.js';
import * as memberships from './pages/memberships.js';
import * as projects from './pages/projects.js';
import * as monitoring from './pages/monitoring.js';
import * as consultations from './pages/consultations.js';
import * as subscriptions from './pages/subscriptions.js';
import * as reports from './pages/reports.js';
import * as map from './pages/map.js';


const NAV = [
  ['#/', 'navStart'], ['#/map', 'navMap'], ['#/partnerships', 'navPartnerships'], ['#/memberships', 'navMemberships'],
  ['#/projects', 'navProjects'], ['#/legislation', 'navLegislation'], ['#/consultations', 'navConsultations'],
  ['#/guideline', 'navGuideline'], ['#/annual', 'navAnnual'],
];

// route pattern → page render(main, params, query)
const ROUTES = [
  [/^\/$/, start.render],
  [/^\/map$/, map.render],
  [/^\/partnerships$/, partnerships.list],
  [/^\/partnerships\/new$/, partnerships.create],
  [/^\/partnerships\/([0-9a-f-]{36})$/, partnerships.detail],
  [/^\/partnerships\/([0-9a-f-]{36})\/edit$/, partnerships.edit],
  [/^\/memberships$/, memberships.list],
  [/^\/memberships\/new$/, memberships.create],
  [/^\/memberships\/([0-9a-f-]{36})$/, memberships.detail],
  [/^\/memberships\/([0-9a-f-]{36})\/edit$/, memberships.edit],
  [/^\/projects$/, projects.list],
  [/^\/projects\/new$/, projects.create],
  [/^\/projects\/([0-9a-f-]{36})$/, projects.detail],
  [/^\/legislation$/, monitoring.list],
  [/^\/legislation\/new$/, monitoring.create],
  [/^\/legislation\/([0-9a-f-]{36})$/, monitoring.detail],
  // projects and omvärldsbevakning: edit forms and the consultation pages
  [/^\/projects\/([0-9a-f-]{36})\/edit$/, projects.edit],
  [/^\/legislation\/([0-9a-f-]{36})\/edit$/, monitoring.edit],
  [/^\/consultations$/, consultations.list],
  [/^\/consultations\/new$/, consultations.create],
  [/^\/consultations\/([0-9a-f-]{36})$/, consultations.detail],
  [/^\/consultations\/([0-9a-f-]{36})\/edit$/, consultations.edit],
  [/^\/subscriptions$/, subscriptions.render],
  [/^\/guideline$/, reports.guideline],
  [/^\/annual$/, reports.annual],
];

function parseHash() {
  const raw = location.hash.replace(/^#/, '') || '/';
  const [path, qs] = raw.split('?');
  return { path: path || '/', query: Object.fromEntries(new URLSearchParams(qs || '')) };
}

function renderChrome() {
  document.documentElement.lang = lang();
  document.getElementById('skip-link').textContent = t('skip');
  document.getElementById('brand-name').textContent = t('appName');
  document.getElementById('brand-city').textContent = t('cityName');
  document.getElementById('lang-switch').setAttribute('aria-label', t('language'));
  document.getElementById('footer-text').textContent = t('footer');
  document.getElementById('site-nav').setAttribute('aria-label', t('mainMenu'));
  document.querySelectorAll('#lang-switch button').forEach(b => b.setAttribute('aria-pressed', String(b.dataset.lang === lang())));
  const { path } = parseHash();
  const current = '#' + (path.split('/').slice(0, 2).join('/') || '/');
  document.getElementById('nav-list').replaceChildren(...NAV.map(([href, key]) =>
    h('li', {}, h('a', { href, 'aria-current': (href === current || (href === '#/' && path === '/')) ? 'page' : null }, t(key)))));
  const area = document.getElementById('user-area');
  if (session.me) {
    area.replaceChildren(h('span', { class: 'who' }, `${t('signedInAs')} `, h('strong', { id: 'user-name' }, session.me.name),
      session.me.unit ? ` (${session.me.unit})` : ''), h('button', { type: 'button', id: 'sign-out', onclick: signOut }, t('signOut')));
  } else {
    area.replaceChildren(h('a', { class: 'button-link', id: 'sign-in', href: '/oauth2/authorization/platform' }, t('signIn')));
  }
}

let navigations = 0;

async function route() {
  const navigation = ++navigations;
  renderChrome();
  const main = document.getElementById('main');
  const { path, query } = parseHash();
  const match = ROUTES.map(([re, page]) => [path.match(re), page]).find(([m]) => m);
  // every navigation draws into a view of its own: an earlier one still awaiting its data (a save's reload
  // overtaken by the next click) then finishes into a detached view instead of adding to this page
  const view = h('div', { class: 'view' });
  main.replaceChildren(view);
  if (!match) {
    view.append(h('h1', {}, t('notFound')));
  } else if (!session.me && path !== '/') {
    view.append(h('h1', {}, t('appName')), notice('warning', t('needSignIn')),
      h('p', {}, h('a', { class: 'button', href: '/oauth2/authorization/platform' }, t('signIn'))));
  } else {
    try {
      await match[1](view, match[0].slice(1), query);
    } catch (e) {
      console.error(e);
      view.append(notice('error', t('errorTitle'), e.message));
    }
  }
  if (navigation !== navigations) return; // overtaken: the newer navigation sets the title and focus
  const h1 = view.querySelector('h1');
  document.title = `${h1 ? h1.textContent + ' – ' : ''}${t('appName')} – ${t('cityName')}`;
  // after navigation, focus goes to the new page's content (not on the first load)
  if (route.started) main.focus({ preventScroll: false });
  route.started = true;
}

async function boot() {
  document.querySelectorAll('#lang-switch button').forEach(b => b.addEventListener('click', () => { setLang(b.dataset.lang); route(); }));
  try {
    session.me = await get('/api/me');
  } catch {
    session.me = null; // not signed in (401) or gateway trouble: the start page offers sign-in
  }
  window.addEventListener('hashchange', route);
  await route();
  document.body.dataset.ready = 'true';
}

boot();
