// Pieces shared by the list and detail pages.
import { t, label, isKnownCode } from '../i18n.js';
import { h, table, date, dateTime, num } from '../ui.js';
import { session } from '../session.js';
import { isInternationalOffice } from './changes.js';

/** A filter form that navigates to base?filters (so the URL keeps the filters and Back works). */
export function filterForm(base, query, controls) {
  const form = h('form', { class: 'filters', role: 'search', 'aria-label': t('filter') }, ...controls,
    h('div', { class: 'field' }, h('button', { type: 'submit', class: 'button' }, t('search'))),
    h('div', { class: 'field' }, h('a', { href: `#${base}`, class: 'button secondary' }, t('clear'))));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const q = new URLSearchParams();
    for (const el of form.elements) if (el.name && el.value) q.set(el.name, el.value);
    location.hash = `${base}${q.toString() ? '?' + q : ''}`;
  });
  for (const el of form.querySelectorAll('[name]')) if (query[el.name]) el.value = query[el.name];
  return form;
}

export function filterSelect(name, text, codes) {
  const id = `filter-${name}`;
  return h('div', { class: 'field' }, h('label', { for: id }, text),
    h('select', { id, name }, h('option', { value: '' }, t('all')), ...codes.map(c => h('option', { value: c }, label(c)))));
}

export function filterText(name, text) {
  const id = `filter-${name}`;
  return h('div', { class: 'field' }, h('label', { for: id }, text), h('input', { id, name, type: 'search' }));
}

export function pageLink(base, query) {
  return (p) => `#${base}?${new URLSearchParams({ ...query, page: p })}`;
}

/** The audit trail: who changed what, when. */
export function auditTable(entries) {
  return table(t('history'), [
    [t('when'), e => dateTime(e.at)], [t('who'), e => `${e.actor}${e.actorUnit ? ` (${e.actorUnit})` : ''}`], [t('what'), e => known(`audit_${e.action}`, e.action)],
    [t('changes'), e => h('ul', {}, ...visibleChanges(e.changes).map(c => h('li', {}, `${fieldName(c.field)}: ${shown(c.from)} → ${shown(c.to)}`)))],
  ], entries, t('noHistory'));
}

// bookkeeping the services keep in a snapshot, not something staff changed
const TECHNICAL = new Set(['version', 'id', 'projectId', 'partnershipId', 'membershipId', 'consultationId', 'assessmentId', 'activityId', 'itemId', 'createdAt', 'updatedAt']);

/** The changes staff would call changes: no bookkeeping, nothing that reads the same before and after (e.g. 120000 and 120000.00). */
function visibleChanges(changes) {
  return (changes || []).filter(c => !TECHNICAL.has(String(c.field).split('.').pop()) && shown(c.from) !== shown(c.to));
}

// the names the API gives fields, where the form calls them something else
const FIELD_WORDS = { primaryPriorityArea: 'priorityArea', otherPriorityAreas: 'priorityAreas', benefitForGothenburg: 'benefit',
  total: 'budgetTotal', cityName: 'city', countryCode: 'countryShort', feedbackEnd: 'deadline', type: 'kind', stage: 'stage',
  decisions: 'decisions', celexNumbers: 'celex', start: 'agreementStart', end: 'agreementEnd', body: 'decisionBody',
  coFinancingRate: 'coFinancing', leadUnitName: 'leadUnit', leadUnitType: 'leadUnitType', totalBudget: 'budgetTotal', partners: 'partner',
  ownStaffTimeContribution: 'ownStaffTime', expectedImpact: 'impact', ownStaffTime: 'ownStaffTime', rejectionReason: 'rejectReason' };

/** A changed field as the page calls it ("budget.total" → "Total budget", "dates.application" → "Börjar tillämpas"); else as the API names it. */
export function fieldName(path) {
  const last = String(path).split('.').pop().replace(/\[\d+\]$/, '');
  for (const key of [FIELD_WORDS[last], last, `date_${last}`]) {
    if (key && t(key) !== key) return t(key);
  }
  return path;
}

/** A value in the history: codes in words, dates in the page's format, lists and parts one by one. */
export function shown(v) {
  if (v == null || v === '') return '–';
  if (Array.isArray(v)) return v.length ? v.map(shown).join(', ') : '–';
  if (typeof v === 'object') return Object.entries(v).filter(([, x]) => x != null).map(([k, x]) => `${fieldName(k)} ${shown(x)}`).join(', ') || '–';
  if (typeof v === 'boolean') return t(v ? 'yes' : 'no');
  if (typeof v === 'number') return num(v);
  if (isKnownCode(v)) return label(v);
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return date(v);
  if (/^\d{4}-\d{2}-\d{2}T/.test(v)) return dateTime(v);
  return String(v);
}

/** A translated text if the dictionary has the key, else the fallback as it is (e.g. a code the UI does not know). */
export function known(key, fallback) {
  const text = t(key);
  return text === key ? fallback : text;
}

/** May the signed-in user make this change? Mirrors the services' rules, so only allowed actions are offered. */
export function may(what) {
  if (isInternationalOffice()) return true;
  return what === 'unit' && Boolean(session.me?.roles?.includes('UNIT_EDITOR') && session.me?.unit);
}


/** A definition list of [term, value] pairs. */
export function facts(pairs) {
  return h('dl', { class: 'facts' }, ...pairs.filter(Boolean).flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v ?? '–')]));
}
