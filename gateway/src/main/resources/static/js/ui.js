// Small DOM helpers, formats and the shared pieces of every page (notices, field errors, pager, tables).
import { t, label, problemMessage, lang, locale } from './i18n.js';

/** Builds an element: h('p', {class: 'x'}, 'text', child). Attributes starting with "on" become listeners. */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2).toLowerCase(), v);
    else if (k === 'text') el.textContent = v;
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) {
    if (c === undefined || c === null || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

// Swedish formats ("1 234 567 kr", "3 mars 2025") in the Swedish UI, British ones in the English UI
const formats = {};
function fmt() {
  const l = lang() === 'en' ? 'en-GB' : 'sv-SE';
  return (formats[l] ||= {
    money: new Intl.NumberFormat(l, { style: 'currency', currency: 'SEK', maximumFractionDigits: 0 }),
    number: new Intl.NumberFormat(l),
    date: new Intl.DateTimeFormat(l, { dateStyle: 'medium' }),
    dateTime: new Intl.DateTimeFormat(l, { dateStyle: 'medium', timeStyle: 'short' }),
  });
}

/** "1 234 567 kr" */
export const sek = (v) => (v == null ? '–' : fmt().money.format(Number(v)));
export const num = (v) => (v == null ? '–' : fmt().number.format(Number(v)));
export function amount(v, currency) {
  if (v == null) return '–';
  return new Intl.NumberFormat(lang() === 'en' ? 'en-GB' : 'sv-SE', { style: 'currency', currency: currency || 'SEK', maximumFractionDigits: 0 }).format(Number(v));
}
export const date = (v) => (v ? fmt().date.format(new Date(v.length === 10 ? `${v}T12:00:00` : v)) : '–');
export const dateTime = (v) => (v ? fmt().dateTime.format(new Date(v)) : '–');

/** "FI" → "Finland" in the page's language; a code the browser does not know is shown as it is. */
export function country(code) {
  if (!code) return '–';
  try { return new Intl.DisplayNames([locale()], { type: 'region' }).of(String(code).toUpperCase()) || code; } catch { return code; }
}

/** A status as a text badge (its colour only repeats what the text says). */
export const status = (code) => h('span', { class: `status status-${code}` }, label(code));

export function notice(kind, title, detail) {
  return h('div', { class: `notice ${kind}`, role: kind === 'error' ? 'alert' : 'status' }, h('strong', {}, title), detail ? h('p', {}, detail) : null);
}

/** What a section shows when its call failed: a service-down notice naming the service, or the problem's words. */
export function failure(error) {
  if (error?.unauthenticated) return notice('warning', t('needSignIn'));
  if (error?.serviceDown) return notice('warning', t('serviceDown'), t('serviceDownDetail', { service: error.service || '?' }));
  return notice('error', t('errorTitle'), error?.message || String(error));
}

/** Fills a section from an async loader; a failure shows only in that section. */
export async function section(container, loader) {
  container.replaceChildren(h('p', {}, t('loading')));
  try {
    const content = await loader();
    container.replaceChildren(...[content].flat().filter(Boolean));
  } catch (e) {
    console.warn(e);
    container.replaceChildren(failure(e));
  }
}

/** A labelled form field; name = the API's field path (e.g. "decision.body"), used to place its errors. */
export function field(name, labelText, control, hint) {
  const id = `f-${name.replace(/[^a-zA-Z0-9]/g, '-')}`;
  control.id = id;
  control.name = name;
  control.dataset.field = name;
  const describedBy = [];
  let hintEl = null;
  if (hint) { hintEl = h('p', { class: 'hint', id: `${id}-hint` }, hint); describedBy.push(hintEl.id); }
  if (describedBy.length) control.setAttribute('aria-describedby', describedBy.join(' '));
  return h('div', { class: 'field', 'data-field-wrapper': name }, h('label', { for: id }, labelText), hintEl, control);
}

/** Prefixes the ids in a field (and the references to them), for two forms on one page that share field names. */
export function scopeIds(node, prefix) {
  node.querySelectorAll('[id]').forEach(el => { el.id = prefix + el.id; });
  node.querySelectorAll('label[for]').forEach(l => { l.htmlFor = prefix + l.htmlFor; });
  node.querySelectorAll('[aria-describedby]').forEach(el => el.setAttribute('aria-describedby',
    el.getAttribute('aria-describedby').split(' ').map(x => prefix + x).join(' ')));
  return node;
}

export const input = (attrs = {}) => h('input', { type: 'text', ...attrs });
export function select(options, value, attrs = {}) {
  return h('select', attrs, ...options.map(([v, text]) => h('option', { value: v, selected: String(v) === String(value ?? '') }, text)));
}

/** Clears the errors a form shows. */
export function clearErrors(form) {
  form.querySelectorAll('.field-error, .form-errors').forEach(e => e.remove());
  form.querySelectorAll('[aria-invalid]').forEach(e => { e.removeAttribute('aria-invalid'); e.setAttribute('aria-describedby', (e.getAttribute('aria-describedby') || '').split(' ').filter(x => !x.endsWith('-error')).join(' ')); });
}

/**
 * Shows an API problem on a form: each errors[].message next to the field it names (matched by the
 * field path or its parent, e.g. "priorityAreas[0]" → "priorityAreas"), the rest in a summary on top.
 */
export function showErrors(form, error) {
  clearErrors(form);
  const list = error.fieldErrors;
  // one rule broken: its code names it, so its words can be given in Swedish
  const single = new Set(list.map(e => e.message)).size === 1;
  for (const e of list) e.message = problemMessage(error.problem.code, e.message, single);
  const unplaced = [];
  const placed = [];
  for (const { field: name, message } of error.fieldErrors) {
    const target = findField(form, name);
    if (!target) { unplaced.push(name ? `${name}: ${message}` : message); continue; }
    const wrapper = target.closest('[data-field-wrapper]') || target.closest('fieldset') || target.parentElement;
    const id = `${target.id || wrapper.id || 'x'}-error`;
    wrapper.append(h('p', { class: 'field-error', id }, message));
    target.setAttribute('aria-invalid', 'true');
    target.setAttribute('aria-describedby', `${target.getAttribute('aria-describedby') || ''} ${id}`.trim());
    placed.push(target);
  }
  if (!error.fieldErrors.length) unplaced.push(error.serviceDown ? t('serviceDownDetail', { service: error.service })
    : error.status === 412 ? t('staleVersion') : error.message);
  const summary = h('div', { class: 'notice error form-errors', role: 'alert', tabindex: '-1' }, h('strong', {}, t('fixErrors')),
    h('ul', {}, ...error.fieldErrors.filter(e => findField(form, e.field)).map(e => h('li', {}, h('a', { href: `#${findField(form, e.field).id}`, onclick: (ev) => { ev.preventDefault(); findField(form, e.field).focus(); } }, e.message))),
      ...unplaced.map(m => h('li', {}, m))));
  if (error.status === 412) summary.append(h('p', {}, h('a', { href: '#', id: 'reload', onclick: (ev) => { ev.preventDefault(); window.dispatchEvent(new HashChangeEvent('hashchange')); } }, t('reloadLatest'))));
  form.prepend(summary);
  summary.focus();
}

/**
 * Asks before a change: the form's submit shows what will happen (describe()) with "Yes …" and
 * "Cancel" in place of the submit button; only "Yes" runs act(), whose refusal is shown on the form
 * like any other. Ids: `${form.id}-confirm` / `-cancel` unless given.
 */
export function confirmFirst(form, describe, act, { yesLabel = t('confirm'), yesId = `${form.id}-confirm`, cancelId = `${form.id}-cancel`, danger = false } = {}) {
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearErrors(form);
    form.querySelector('.confirm')?.remove();
    const trigger = form.querySelector('[type=submit]');
    const textId = `${yesId}-text`;
    const yes = h('button', { type: 'button', class: `button${danger ? ' danger' : ''}`, id: yesId }, yesLabel);
    const no = h('button', { type: 'button', class: 'button secondary', id: cancelId }, t('cancel'));
    const box = h('div', { class: 'notice warning confirm', role: 'group', 'aria-labelledby': textId },
      h('p', { id: textId }, describe()), h('div', { class: 'actions' }, yes, no));
    const back = () => { box.remove(); if (trigger) trigger.hidden = false; };
    no.addEventListener('click', () => { back(); trigger?.focus(); });
    yes.addEventListener('click', async () => {
      yes.disabled = true;
      try { await act(); } catch (err) { back(); showErrors(form, err); }
    });
    if (trigger) trigger.hidden = true;
    form.append(box);
    yes.focus();
  });
  return form;
}

function findField(form, name) {
  if (!name) return null;
  let path = name;
  while (path) {
    const el = form.querySelector(`[data-field="${CSS.escape(path)}"]`);
    if (el) return el;
    const cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    path = cut > 0 ? path.slice(0, cut) : '';
  }
  return null;
}

/** A table with a caption; columns = [[header, row => cell, {num}]]; with no rows, the sentence empty says so. */
export function table(caption, columns, rows, empty = t('noResults')) {
  if (!rows.length) return h('p', { class: 'empty' }, empty);
  return h('table', {}, h('caption', {}, caption),
    h('thead', {}, h('tr', {}, ...columns.map(([head, , o]) => h('th', { scope: 'col', class: o?.num ? 'num' : null }, head)))),
    h('tbody', {}, ...rows.map(r => h('tr', {}, ...columns.map(([, cell, o]) => h('td', { class: o?.num ? 'num' : null }, cell(r) ?? '–'))))));
}

/** "Föregående / Sida 1 av 3 / Nästa" for a PageResponse; go(page) navigates. */
export function pager(page, go) {
  if (!page || page.totalPages <= 1) return h('p', { class: 'hint' }, t('pageOf', { page: 1, pages: 1, total: page?.totalItems ?? 0 }));
  return h('nav', { class: 'pager', 'aria-label': t('pages') },
    page.page > 0 ? h('a', { class: 'button secondary', href: go(page.page - 1) }, t('previous')) : null,
    h('span', {}, t('pageOf', { page: page.page + 1, pages: page.totalPages, total: page.totalItems })),
    page.page + 1 < page.totalPages ? h('a', { class: 'button secondary', href: go(page.page + 1) }, t('next')) : null);
}

/** The form's values as an object keyed by the controls' names (empty → absent). */
export function values(form) {
  const out = {};
  for (const el of form.elements) {
    if (!el.name || el.disabled) continue;
    if (el.type === 'checkbox') { if (el.checked) (out[el.name] ||= []).push(el.value); continue; }
    if (el.value !== '') out[el.name] = el.value.trim();
  }
  return out;
}
