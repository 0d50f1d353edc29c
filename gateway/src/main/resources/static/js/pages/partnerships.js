// Vänorter och partnerstäder: list, detail with history and activities, create/edit, and the lifecycle:
// activate with a decision, make dormant (vilande), reactivate, renew, end, record an activity.
import { get, post, put, query } from '../api.js';
import { t, label } from '../i18n.js';
import { h, section, table, pager, status, field, input, select, values, showErrors, clearErrors, notice, date, confirmFirst, scopeIds, country } from '../ui.js';
import { filterForm, filterSelect, filterText, pageLink, auditTable, facts, may, known } from './common.js';
import { session } from '../session.js';

const KINDS = ['TWIN_CITY', 'PARTNER_CITY'];
const STATUSES = ['PROPOSED', 'ACTIVE', 'DORMANT', 'ENDED'];
const AREAS = ['OWN_OPERATIONS', 'BUSINESS_DEVELOPMENT', 'EXTERNAL_MONITORING'];
const ACTIVITY_TYPES = ['VISIT', 'DELEGATION', 'MEETING', 'AGREEMENT_SIGNED', 'CONFERENCE', 'OTHER'];

export async function list(main, _params, q) {
  main.append(h('h1', {}, t('partnershipsTitle')),
    h('p', {}, h('a', { class: 'button', href: '#/partnerships/new', id: 'new-partnership' }, t('newPartnership'))),
    filterForm('/partnerships', q, [filterSelect('kind', t('kind'), KINDS), filterSelect('status', t('status'), STATUSES),
      filterSelect('priorityArea', t('priorityArea'), AREAS), filterText('country', t('countryShort')), filterText('q', t('search'))]));
  const results = h('div', { id: 'results', 'aria-live': 'polite' });
  main.append(results);
  await section(results, async () => {
    const page = await get(`/api/partnerships${query({ ...q, size: 20 })}`);
    return [table(t('partnershipsTitle'), [
      [t('city'), p => h('a', { href: `#/partnerships/${p.id}` }, p.cityName)], [t('countryShort'), p => country(p.countryCode)],
      [t('kind'), p => label(p.kind)], [t('status'), p => status(p.status)], [t('responsibleUnit'), p => p.responsibleUnit],
      [t('agreementEnd'), p => date(p.agreement?.end)]], page.items), pager(page, pageLink('/partnerships', q))];
  });
}

export async function create(main) {
  main.append(h('h1', {}, t('newPartnership')));
  const areas = await get('/api/partnerships/cooperation-areas').catch(() => []);
  const form = profileForm(null, areas, true);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    try {
      const created = await post('/api/partnerships', body(form, true));
      location.hash = `#/partnerships/${created.id}?created=1`;
    } catch (err) { showErrors(form, err); }
  });
  main.append(form);
}

export async function edit(main, [id]) {
  const p = await get(`/api/partnerships/${id}`);
  main.append(h('h1', {}, `${t('editPartnership')}: ${p.cityName}`));
  const areas = await get('/api/partnerships/cooperation-areas').catch(() => []);
  const form = profileForm(p, areas, false);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    try {
      await put(`/api/partnerships/${id}`, { ...body(form, false), version: p.version });
      location.hash = `#/partnerships/${id}?saved=1`;
    } catch (err) { showErrors(form, err); }
  });
  main.append(form);
}

function body(form, withKind) {
  const v = values(form);
  const out = {
    cityName: v.cityName, localName: v.localName, countryCode: v.countryCode?.toUpperCase(),
    latitude: v.latitude, longitude: v.longitude, priorityAreas: v.priorityAreas || [], cooperationAreas: v.cooperationAreas || [],
    mutualBenefit: v.mutualBenefit, responsibleUnit: v.responsibleUnit, meetingCadence: v.meetingCadence,
    agreement: (v['agreement.start'] || v['agreement.end'] || v['agreement.renewalDue'])
      ? { start: v['agreement.start'], end: v['agreement.end'], renewalDue: v['agreement.renewalDue'] } : undefined,
  };
  if (withKind) out.kind = v.kind;
  return out;
}

function checkboxes(name, legend, options, chosen) {
  return h('fieldset', { 'data-field-wrapper': name }, h('legend', { 'data-field': name, tabindex: '-1', id: `f-${name}` }, legend),
    ...options.map(([code, text]) => h('label', { class: 'check' },
      h('input', { type: 'checkbox', name, value: code, checked: chosen.includes(code) }), text)));
}

function profileForm(p, areas, isNew) {
  const form = h('form', { novalidate: true, id: 'partnership-form' });
  form.append(
    isNew ? field('kind', t('kind'), select(KINDS.map(k => [k, label(k)]), 'TWIN_CITY', { required: true })) : null,
    field('cityName', t('city'), input({ value: p?.cityName || '', required: true, autocomplete: 'off' })),
    field('localName', t('localName'), input({ value: p?.localName || '' })),
    field('countryCode', t('country'), input({ value: p?.countryCode || '', maxlength: 2, required: true, size: 4 })),
    field('latitude', t('latitude'), input({ value: p?.latitude ?? '', inputmode: 'decimal' }), t('coordsHint')),
    field('longitude', t('longitude'), input({ value: p?.longitude ?? '', inputmode: 'decimal' })),
    checkboxes('priorityAreas', t('priorityAreas'), AREAS.map(a => [a, label(a)]), p?.priorityAreas || []),
    areas.length ? checkboxes('cooperationAreas', t('cooperationAreas'), areas.map(a => [a.code, a.nameSv || a.name || a.code]), p?.cooperationAreas || []) : null,
    field('mutualBenefit', t('mutualBenefit'), h('textarea', {}, p?.mutualBenefit || '')),
    field('responsibleUnit', t('responsibleUnit'), input({ value: p?.responsibleUnit || '' })),
    field('meetingCadence', t('meetingCadence'), input({ value: p?.meetingCadence || '' })),
    field('agreement.start', t('agreementStart'), input({ type: 'date', value: p?.agreement?.start || '' })),
    field('agreement.end', t('agreementEnd'), input({ type: 'date', value: p?.agreement?.end || '' })),
    field('agreement.renewalDue', t('renewalDue'), input({ type: 'date', value: p?.agreement?.renewalDue || '' })),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button', id: 'save' }, t('save')),
      h('a', { class: 'button secondary', href: p ? `#/partnerships/${p.id}` : '#/partnerships' }, t('cancel'))));
  return form;
}

export async function detail(main, [id], q) {
  const p = await get(`/api/partnerships/${id}`);
  main.append(h('h1', {}, `${p.cityName} – ${label(p.kind)}`));
  for (const done of ['created', 'saved', 'activated', 'ended', 'madeDormant', 'reactivated', 'renewed', 'activityRecorded']) {
    if (q[done]) main.append(notice('success', t(done)));
  }
  main.append(h('div', { class: 'card' }, facts([
    [t('status'), status(p.status)], [t('kind'), label(p.kind)], [t('city'), `${p.cityName}${p.localName && p.localName !== p.cityName ? ` (${p.localName})` : ''}`],
    [t('countryShort'), p.countryCode ? `${country(p.countryCode)} (${p.countryCode})` : '–'], [t('latitude') + ' / ' + t('longitude'), p.latitude != null ? `${p.latitude}, ${p.longitude}` : '–'],
    [t('priorityAreas'), (p.priorityAreas || []).map(label).join(', ') || '–'], [t('cooperationAreas'), (p.cooperationAreas || []).join(', ') || '–'],
    [t('mutualBenefit'), p.mutualBenefit], [t('responsibleUnit'), p.responsibleUnit],
    [t('agreementStart'), date(p.agreement?.start)], [t('agreementEnd'), date(p.agreement?.end)], [t('renewalDue'), date(p.agreement?.renewalDue)],
    p.dormantSince ? [t('dormantSince'), `${date(p.dormantSince)} – ${p.dormantReason}`] : null,
    p.endedOn ? [t('endedOn'), `${date(p.endedOn)} – ${p.endedReason}`] : null,
    [t('decisions'), p.decisions?.length ? h('ul', {}, ...p.decisions.map(d => h('li', {}, `${label(d.body)} ${date(d.decidedOn)}, ${d.caseReference}`))) : t('none')],
  ])));
  const office = may('office');
  main.append(h('div', { class: 'actions' },
    office && p.status !== 'ENDED' ? h('a', { class: 'button secondary', href: `#/partnerships/${id}/edit`, id: 'edit-partnership' }, t('edit')) : null,
    h('a', { class: 'button secondary', href: `#/projects/new?partnershipId=${id}`, id: 'register-project' }, t('registerProjectWith'))));
  // each change is offered only in the states the service accepts it in, and only to the international office
  if (office && p.status === 'PROPOSED') main.append(activateForm(p));
  if (office && p.status === 'ACTIVE') main.append(dormantForm(p));
  if (office && p.status === 'DORMANT') main.append(reactivateForm(p));
  if (office && (p.status === 'ACTIVE' || p.status === 'DORMANT')) main.append(renewForm(p), endForm(p));
  main.append(h('h2', {}, t('linkedProjects')), p.linkedProjects?.length
    ? h('ul', {}, ...p.linkedProjects.map(l => h('li', {}, h('a', { href: `#/projects/${l.projectId || l.id}` }, l.title || l.projectTitle || l.projectId), l.status ? ` – ${label(l.status)}` : '')))
    : h('p', {}, t('none')));
  const activities = h('section', { 'aria-labelledby': 'activities-heading', id: 'activities' });
  main.append(h('h2', { id: 'activities-heading' }, t('activities')), activities);
  if (may('unit')) main.append(activityForm(p));
  const history = h('section', { 'aria-labelledby': 'history-heading' });
  main.append(h('h2', { id: 'history-heading' }, t('history')), history);
  await Promise.all([
    section(activities, async () => {
      const page = await get(`/api/partnerships/${id}/activities?size=50`);
      return [table(t('activities'), [
        [t('date'), a => `${date(a.startDate)}${a.endDate && a.endDate !== a.startDate ? ` – ${date(a.endDate)}` : ''}`],
        [t('activityType'), a => known(`activity_${a.type}`, a.type)], [t('title'), a => a.title], [t('place'), a => a.place],
        [t('units'), a => (a.units || []).join(', ')], [t('outcomes'), a => a.outcomes], [t('recordedBy'), a => a.recordedBy]], page.items, t('noActivities')),
      page.totalItems > page.items.length ? h('p', { class: 'hint' }, t('latestOf', { shown: page.items.length, total: page.totalItems })) : null];
    }),
    section(history, async () => auditTable(await get(`/api/partnerships/${id}/audit`))),
  ]);
}

export function decisionFields(defaultBody) {
  return [
    field('decision.body', t('decisionBody'), select([['', '–'], ['KF', label('KF')], ['KS', label('KS')]], defaultBody)),
    field('decision.decidedOn', t('decidedOn'), input({ type: 'date' })),
    field('decision.caseReference', t('caseReference'), input({ placeholder: 'KF 2025/00123' })),
  ];
}

export function decisionBody(v) {
  return (v['decision.body'] || v['decision.decidedOn'] || v['decision.caseReference'])
    ? { body: v['decision.body'], decidedOn: v['decision.decidedOn'], caseReference: v['decision.caseReference'] } : undefined;
}

function activateForm(p) {
  const form = h('form', { class: 'card', id: 'activate-form', novalidate: true, 'aria-labelledby': 'activate-heading' },
    h('h2', { id: 'activate-heading' }, t('activate')), h('p', { class: 'hint' }, t('activateHint')), ...decisionFields(''),
    p.kind === 'PARTNER_CITY' ? field('agreement.end', t('agreementEnd'), input({ type: 'date', value: p.agreement?.end || '' })) : null,
    h('button', { type: 'submit', class: 'button', id: 'activate' }, t('activate')));
  return confirmFirst(form, () => {
    const v = values(form);
    return t('confirmActivate', { city: p.cityName, body: label(v['decision.body']) || '–', ref: v['decision.caseReference'] || '–' });
  }, async () => {
    const v = values(form);
    await post(`/api/partnerships/${p.id}/activate`, { decision: decisionBody(v), agreement: v['agreement.end'] ? { start: p.agreement?.start, end: v['agreement.end'], renewalDue: p.agreement?.renewalDue } : undefined }, etagOf(p));
    location.hash = `#/partnerships/${p.id}?activated=${Date.now()}`;
  });
}

function endForm(p) {
  const form = h('form', { class: 'card', id: 'end-form', novalidate: true, 'aria-labelledby': 'end-heading' },
    h('h2', { id: 'end-heading' }, t('end')),
    field('endedOn', t('endedOn'), input({ type: 'date' })), field('reason', t('reason'), h('textarea', {})),
    ...(p.kind === 'TWIN_CITY' ? decisionFields('KF') : []),
    h('button', { type: 'submit', class: 'button danger', id: 'end' }, t('end')));
  return confirmFirst(form, () => t('confirmEnd', { city: p.cityName, date: date(values(form).endedOn) }), async () => {
    const v = values(form);
    await post(`/api/partnerships/${p.id}/end`, { endedOn: v.endedOn, reason: v.reason, decision: decisionBody(v) }, etagOf(p));
    location.hash = `#/partnerships/${p.id}?ended=${Date.now()}`;
  }, { danger: true });
}

/**
 * One of the lifecycle forms: heading, what it does, fields, a button; the change is confirmed before it is
 * sent, then the page reloads with a notice. `key` names the form's ids and its texts (`${key}Action`, `${key}Hint`).
 */
function lifecycleForm(p, key, fields, describe, send, done) {
  const form = h('form', { class: 'card', id: `${key}-form`, novalidate: true, 'aria-labelledby': `${key}-heading` },
    h('h2', { id: `${key}-heading` }, t(`${key}Action`)), h('p', { class: 'hint' }, t(`${key}Hint`)),
    ...fields.map(f => scopeIds(f, `${key}-`)),
    h('button', { type: 'submit', class: 'button', id: key }, t(`${key}Action`)));
  return confirmFirst(form, () => describe(values(form)), async () => {
    await send(values(form));
    location.hash = `#/partnerships/${p.id}?${done}=${Date.now()}`;
  });
}

const etagOf = (p) => ({ etag: `"${p.version}"` });

function dormantForm(p) {
  return lifecycleForm(p, 'dormant',
    [field('since', t('dormantSince'), input({ type: 'date' })), field('reason', t('reason'), h('textarea', {}))],
    v => t('confirmDormant', { city: p.cityName, date: date(v.since) }),
    v => post(`/api/partnerships/${p.id}/make-dormant`, { since: v.since, reason: v.reason }, etagOf(p)), 'madeDormant');
}

function reactivateForm(p) {
  return lifecycleForm(p, 'reactivate', [], () => t('confirmReactivate', { city: p.cityName }),
    () => post(`/api/partnerships/${p.id}/reactivate`, undefined, etagOf(p)), 'reactivated');
}

function renewForm(p) {
  return lifecycleForm(p, 'renew', [...decisionFields(p.kind === 'TWIN_CITY' ? 'KF' : ''),
    field('agreementStart', t('newAgreementStart'), input({ type: 'date' }), t('newAgreementStartHint')),
    field('agreementEnd', t('newAgreementEnd'), input({ type: 'date' })),
    field('renewalDue', t('renewalDue'), input({ type: 'date' }))],
  v => t('confirmRenew', { city: p.cityName, date: date(v.agreementEnd), body: label(v['decision.body']) || '–' }),
  v => post(`/api/partnerships/${p.id}/renew`, { decision: decisionBody(v), agreementStart: v.agreementStart,
    agreementEnd: v.agreementEnd, renewalDue: v.renewalDue }, etagOf(p)), 'renewed');
}

/** Lines of a textarea as a list (one participant or unit a line). */
const lines = (text) => (text || '').split('\n').map(x => x.trim()).filter(Boolean);

function activityForm(p) {
  const checks = h('fieldset', { 'data-field-wrapper': 'priorityAreas' },
    h('legend', { 'data-field': 'priorityAreas', tabindex: '-1', id: 'f-priorityAreas' }, t('priorityAreas')),
    ...AREAS.map(a => h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'priorityAreas', value: a, checked: (p.priorityAreas || []).includes(a) }), label(a))));
  return lifecycleForm(p, 'activity', [
    field('type', t('activityType'), select(ACTIVITY_TYPES.map(a => [a, t(`activity_${a}`)]), 'MEETING')),
    field('title', t('title'), input()),
    field('startDate', t('startDate'), input({ type: 'date' })), field('endDate', t('endDate'), input({ type: 'date' })),
    field('place', t('place'), input()), field('theme', t('theme'), input()), field('host', t('host'), input()),
    field('participants', t('participants'), h('textarea', {}), t('onePerLine')),
    field('units', t('units'), h('textarea', {}, session.me?.unit || ''), t('unitsHint')),
    field('outcomes', t('outcomes'), h('textarea', {})), checks],
  v => t('confirmActivity', { title: v.title || '–', date: date(v.startDate), city: p.cityName }),
  v => post(`/api/partnerships/${p.id}/activities`, { type: v.type, title: v.title, startDate: v.startDate, endDate: v.endDate,
    place: v.place, theme: v.theme, host: v.host, participants: lines(v.participants), units: lines(v.units), outcomes: v.outcomes,
    priorityAreas: v.priorityAreas || [] }), 'activityRecorded');
}
