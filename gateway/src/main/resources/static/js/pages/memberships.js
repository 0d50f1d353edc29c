// Medlemskap i nätverk och organisationer: list, detail with history, register/edit, activate with a decision, end.
import { get, post, put, query } from '../api.js';
import { t, label } from '../i18n.js';
import { h, section, table, pager, status, field, input, values, showErrors, notice, date, amount, confirmFirst } from '../ui.js';
import { filterForm, filterSelect, filterText, pageLink, auditTable, facts, may } from './common.js';
import { decisionFields, decisionBody } from './partnerships.js';

export async function list(main, _params, q) {
  main.append(h('h1', {}, t('membershipsTitle')),
    may('office') ? h('p', {}, h('a', { class: 'button', href: '#/memberships/new', id: 'new-membership' }, t('newMembership'))) : null,
    filterForm('/memberships', q, [filterSelect('status', t('status'), ['PROPOSED', 'ACTIVE', 'ENDED']), filterText('q', t('search'))]));
  const results = h('div', { id: 'results', 'aria-live': 'polite' });
  main.append(results);
  await section(results, async () => {
    const page = await get(`/api/memberships${query({ ...q, size: 20 })}`);
    return [table(t('membershipsTitle'), [[t('organisation'), m => h('a', { href: `#/memberships/${m.id}` }, m.organisation)],
      [t('status'), m => status(m.status)], [t('responsibleUnit'), m => m.responsibleUnit],
      [t('yearlyCost'), m => (m.yearlyCost == null ? '–' : amount(m.yearlyCost, m.currency)), { num: true }],
      [t('reviewDate'), m => date(m.reviewDate)]], page.items), pager(page, pageLink('/memberships', q))];
  });
}

export async function create(main) {
  main.append(h('h1', {}, t('newMembership')));
  const form = membershipForm(null);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    try {
      const created = await post('/api/memberships', body(form));
      location.hash = `#/memberships/${created.id}?created=1`;
    } catch (err) { showErrors(form, err); }
  });
  main.append(form);
}

export async function edit(main, [id]) {
  const m = await get(`/api/memberships/${id}`);
  main.append(h('h1', {}, `${t('editMembership')}: ${m.organisation}`));
  const form = membershipForm(m);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    try {
      // If-Match with the version read: a change made meanwhile is refused (412), not overwritten
      await put(`/api/memberships/${id}`, { ...body(form), version: m.version }, { etag: `"${m.version}"` });
      location.hash = `#/memberships/${id}?saved=1`;
    } catch (err) { showErrors(form, err); }
  });
  main.append(form);
}

function body(form) {
  const v = values(form);
  return { organisation: v.organisation, purpose: v.purpose, yearlyCost: v.yearlyCost, currency: v.currency?.toUpperCase(),
    responsibleUnit: v.responsibleUnit, reviewDate: v.reviewDate };
}

function membershipForm(m) {
  return h('form', { novalidate: true, id: 'membership-form' },
    field('organisation', t('organisation'), input({ value: m?.organisation || '', required: true, autocomplete: 'off' })),
    field('purpose', t('purpose'), h('textarea', {}, m?.purpose || ''), t('purposeHint')),
    field('yearlyCost', t('yearlyCost'), input({ value: m?.yearlyCost ?? '', inputmode: 'decimal' })),
    field('currency', t('currency'), input({ value: m?.currency || 'SEK', maxlength: 3, size: 5 }), t('currencyHint')),
    field('responsibleUnit', t('responsibleUnit'), input({ value: m?.responsibleUnit || '' })),
    field('reviewDate', t('reviewDate'), input({ type: 'date', value: m?.reviewDate || '' })),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button', id: 'save' }, t('save')),
      h('a', { class: 'button secondary', href: m ? `#/memberships/${m.id}` : '#/memberships' }, t('cancel'))));
}

export async function detail(main, [id], q) {
  const m = await get(`/api/memberships/${id}`);
  main.append(h('h1', {}, `${m.organisation} – ${t('membership')}`));
  for (const done of ['created', 'saved', 'activated', 'ended']) {
    if (q[done]) main.append(notice('success', t(done === 'activated' ? 'membershipActivated' : done)));
  }
  main.append(h('div', { class: 'card' }, facts([
    [t('status'), status(m.status)], [t('organisation'), m.organisation], [t('purpose'), m.purpose],
    [t('yearlyCost'), m.yearlyCost == null ? '–' : amount(m.yearlyCost, m.currency)],
    [t('responsibleUnit'), m.responsibleUnit], [t('reviewDate'), date(m.reviewDate)],
    m.endedOn ? [t('endedOn'), `${date(m.endedOn)} – ${m.endedReason}`] : null,
    [t('decisions'), m.decisions?.length ? h('ul', {}, ...m.decisions.map(d => h('li', {}, `${label(d.body)} ${date(d.decidedOn)}, ${d.caseReference}`))) : t('none')],
  ])));
  const office = may('office');
  if (office && m.status !== 'ENDED') {
    main.append(h('div', { class: 'actions' }, h('a', { class: 'button secondary', href: `#/memberships/${id}/edit`, id: 'edit-membership' }, t('edit'))));
    if (m.status === 'PROPOSED') main.append(activateForm(m));
    main.append(endForm(m));
  }
  const history = h('section', { 'aria-labelledby': 'history-heading' });
  main.append(h('h2', { id: 'history-heading' }, t('history')), history);
  await section(history, async () => auditTable(await get(`/api/memberships/${id}/audit`)));
}

const etagOf = (m) => ({ etag: `"${m.version}"` });

function activateForm(m) {
  const form = h('form', { class: 'card', id: 'activate-membership-form', novalidate: true, 'aria-labelledby': 'activate-membership-heading' },
    h('h2', { id: 'activate-membership-heading' }, t('activate')), h('p', { class: 'hint' }, t('activateMembershipHint')),
    ...decisionFields(''), h('button', { type: 'submit', class: 'button', id: 'activate-membership' }, t('activate')));
  return confirmFirst(form, () => {
    const v = values(form);
    return t('confirmActivateMembership', { org: m.organisation, body: label(v['decision.body']) || '–', date: date(v['decision.decidedOn']) });
  }, async () => {
    await post(`/api/memberships/${m.id}/activate`, { decision: decisionBody(values(form)) }, etagOf(m));
    location.hash = `#/memberships/${m.id}?activated=${Date.now()}`;
  });
}

function endForm(m) {
  const form = h('form', { class: 'card', id: 'end-membership-form', novalidate: true, 'aria-labelledby': 'end-membership-heading' },
    h('h2', { id: 'end-membership-heading' }, t('endMembership')), h('p', { class: 'hint' }, t('endMembershipHint')),
    field('endedOn', t('endedOn'), input({ type: 'date' })), field('reason', t('reason'), h('textarea', {})),
    h('button', { type: 'submit', class: 'button danger', id: 'end-membership' }, t('endMembership')));
  return confirmFirst(form, () => t('confirmEndMembership', { org: m.organisation, date: date(values(form).endedOn) }), async () => {
    const v = values(form);
    await post(`/api/memberships/${m.id}/end`, { endedOn: v.endedOn, reason: v.reason }, etagOf(m));
    location.hash = `#/memberships/${m.id}?ended=${Date.now()}`;
  });
}
