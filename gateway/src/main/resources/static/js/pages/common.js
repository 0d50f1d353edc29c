// Pieces shared by the list and detail pages.
import { t, label } from '../i18n.js';
import { h, table, dateTime } from '../ui.js';
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
    [t('changes'), e => h('ul', {}, ...(e.changes || []).map(c => h('li', {}, `${c.field}: ${fmt(c.from)} → ${fmt(c.to)}`)))],
  ], entries);
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

function fmt(v) {
  if (v == null) return '–';
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}

/** A definition list of [term, value] pairs. */
export function facts(pairs) {
  return h('dl', { class: 'facts' }, ...pairs.filter(Boolean).flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v ?? '–')]));
}
