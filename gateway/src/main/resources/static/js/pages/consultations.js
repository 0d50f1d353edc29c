// Samråd: EU consultations ("Have your say") — list, detail with history, the city's response, register and edit.
import { get, post, put, query } from '../api.js';
import { t, label } from '../i18n.js';
import { h, section, table, pager, status, field, input, select, values, notice, date, showErrors } from '../ui.js';
import { filterForm, filterSelect, filterText, pageLink, auditTable, facts } from './common.js';
import { isInternationalOffice, confirmedAction, reload, splitList } from './changes.js';

const RESPONSES = ['CONSIDERING', 'DRAFTING', 'SUBMITTED', 'NOT_ANSWERING'];

export async function list(main, _params, q) {
  main.append(h('h1', {}, t('consultationsTitle')),
    isInternationalOffice() ? h('p', {}, h('a', { class: 'button', href: '#/consultations/new', id: 'new-consultation' }, t('newConsultation'))) : null,
    filterForm('/consultations', q, [filterSelect('responseStatus', t('responseStatus'), RESPONSES), filterText('unit', t('unit')), filterText('q', t('search'))]));
  const results = h('div', { id: 'results' });
  main.append(results);
  await section(results, async () => {
    const page = await get(`/api/consultations${query({ ...q, size: 20 })}`);
    return [table(t('consultationsTitle'), [[t('title'), c => h('a', { href: `#/consultations/${c.id}` }, c.title)], [t('deadline'), c => date(c.feedbackEnd)],
      [t('responseStatus'), c => status(c.responseStatus)], [t('responsibleUnit'), c => c.responsibleUnit]], page.items), pager(page, pageLink('/consultations', q))];
  });
}

/** The responses the city's answer may move to (ResponseStatus.refusalToMoveTo): none once settled, never back to CONSIDERING from DRAFTING. */
function nextResponses(current) {
  if (current === 'SUBMITTED' || current === 'NOT_ANSWERING') return [];
  return RESPONSES.filter(r => r !== current && !(current === 'DRAFTING' && r === 'CONSIDERING'));
}

export async function detail(main, [id], q) {
  const c = await get(`/api/consultations/${id}`);
  main.append(h('h1', {}, c.title));
  if (q.created) main.append(notice('success', t('created')));
  if (q.done || q.saved) main.append(notice('success', t('saved')));
  main.append(h('div', { class: 'card' }, facts([[t('responseStatus'), status(c.responseStatus)], [t('reference'), c.reference],
    [t('feedbackStart'), date(c.feedbackStart)], [t('deadline'), date(c.feedbackEnd)], [t('topics'), (c.topics || []).join(', ') || '–'],
    [t('responsibleUnit'), c.responsibleUnit], [t('concernsItem'), c.itemId ? h('a', { href: `#/legislation/${c.itemId}` }, t('openItem')) : '–']])));
  if (isInternationalOffice()) {
    main.append(h('div', { class: 'actions' }, h('a', { class: 'button secondary', href: `#/consultations/${id}/edit`, id: 'edit-consultation' }, t('edit'))));
    const next = nextResponses(c.responseStatus);
    if (next.length) {
      main.append(confirmedAction({ id: 'respond', heading: t('recordResponse'), explain: t('respondExplain'), button: t('recordResponse'),
        fields: [field('responseStatus', t('newResponseStatus'), select(next.map(r => [r, label(r)]), next[0]))],
        run: async (v) => { await post(`/api/consultations/${id}/response`, { responseStatus: v.responseStatus }, { etag: `"${c.version}"` }); reload(); } }));
    }
  }
  const history = h('section', { 'aria-labelledby': 'history-heading' });
  main.append(h('h2', { id: 'history-heading' }, t('history')), history);
  await section(history, async () => auditTable(await get(`/api/consultations/${id}/audit`)));
}

export async function create(main) {
  main.append(h('h1', {}, t('newConsultation')));
  main.append(consultationForm(null));
}

export async function edit(main, [id]) {
  const c = await get(`/api/consultations/${id}`);
  main.append(h('h1', {}, `${t('editConsultation')}: ${c.title}`));
  main.append(consultationForm(c));
}

/** Register (c = null) or edit a consultation; an edit sends it in full with If-Match. */
function consultationForm(c) {
  const form = h('form', { novalidate: true, id: 'consultation-form' },
    field('title', t('title'), h('textarea', {}, c?.title || '')),
    field('reference', t('reference'), input({ value: c?.reference || '', placeholder: 'Ares(2025)1234567' })),
    field('feedbackStart', t('feedbackStart'), input({ type: 'date', value: c?.feedbackStart || '' })),
    field('feedbackEnd', t('deadline'), input({ type: 'date', value: c?.feedbackEnd || '' })),
    field('topics', t('topics'), input({ value: (c?.topics || []).join(', ') }), t('commaHint')),
    c ? null : field('responseStatus', t('responseStatus'), select(RESPONSES.map(r => [r, label(r)]), 'CONSIDERING')),
    field('responsibleUnit', t('responsibleUnit'), input({ value: c?.responsibleUnit || '' })),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button', id: 'save' }, t('save')),
      h('a', { class: 'button secondary', href: c ? `#/consultations/${c.id}` : '#/consultations' }, t('cancel'))));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const v = values(form);
    const body = { title: v.title, reference: v.reference, feedbackStart: v.feedbackStart, feedbackEnd: v.feedbackEnd, topics: splitList(v.topics),
      responsibleUnit: v.responsibleUnit, itemId: c?.itemId };
    try {
      if (c) {
        await put(`/api/consultations/${c.id}`, body, { etag: `"${c.version}"` });
        location.hash = `#/consultations/${c.id}?saved=1`;
      } else {
        const created = await post('/api/consultations', { ...body, responseStatus: v.responseStatus });
        location.hash = `#/consultations/${created.id}?created=1`;
      }
    } catch (err) { showErrors(form, err); }
  });
  return form;
}
