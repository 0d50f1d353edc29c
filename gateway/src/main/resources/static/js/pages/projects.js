// Projekt: list with filters, register (optionally with a partner from a partnership) and edit, detail with
// history, lifecycle actions (submit, grant, reject, start, complete, withdraw), indicators and milestones.
import { get, post, put, query } from '../api.js';
import { t, label } from '../i18n.js';
import { h, section, table, pager, status, field, input, select, values, showErrors, notice, date, amount, sek, num, country, scopeIds } from '../ui.js';
import { filterForm, filterSelect, filterText, pageLink, auditTable, facts } from './common.js';
import { mayChange, changeForm, confirmedAction, reload, today } from './changes.js';

const STATUSES = ['IDEA', 'APPLICATION_SUBMITTED', 'GRANTED', 'REJECTED', 'ONGOING', 'COMPLETED', 'WITHDRAWN'];
const AREAS = ['OWN_OPERATIONS', 'BUSINESS_DEVELOPMENT', 'EXTERNAL_MONITORING'];
const UNIT_TYPES = ['NAMND', 'FORVALTNING', 'BOLAG'];

export async function list(main, _params, q) {
  main.append(h('h1', {}, t('projectsTitle')),
    h('p', {}, h('a', { class: 'button', href: '#/projects/new', id: 'new-project' }, t('newProject'))),
    filterForm('/projects', q, [filterSelect('status', t('status'), STATUSES), filterSelect('priorityArea', t('priorityArea'), AREAS),
      filterSelect('unitType', t('leadUnitType'), UNIT_TYPES), filterText('year', t('year')), filterText('q', t('search'))]));
  const results = h('div', { id: 'results' });
  main.append(results);
  await section(results, async () => {
    const page = await get(`/api/projects${query({ ...q, size: 20 })}`);
    return [table(t('projectsTitle'), [
      [t('title'), p => h('a', { href: `#/projects/${p.id}` }, p.title)], [t('status'), p => status(p.status)],
      [t('leadUnit'), p => p.leadUnit?.name], [t('programme'), p => p.programme], [t('priorityArea'), p => label(p.primaryPriorityArea)],
      [t('budgetTotal'), p => amount(p.budget?.total, p.budget?.currency), { num: true }],
      [t('startDate'), p => date(p.startDate)], [t('endDate'), p => date(p.endDate)]], page.items), pager(page, pageLink('/projects', q))];
  });
}

export async function create(main, _params, q) {
  main.append(h('h1', {}, t('newProject')));
  const [programmes, partnership] = await Promise.all([
    get('/api/projects/programmes').catch(() => []),
    q.partnershipId ? get(`/api/partnerships/${q.partnershipId}`).catch(() => null) : null,
  ]);
  const partnerships = await activePartnerships(partnership);
  const form = projectForm(null, programmes, partnerships, partnership);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    try {
      const created = await post('/api/projects', projectBody(form, null));
      location.hash = `#/projects/${created.id}?created=1`;
    } catch (err) { showErrors(form, err); }
  });
  main.append(form);
}

export async function edit(main, [id]) {
  const p = await get(`/api/projects/${id}`);
  main.append(h('h1', {}, `${t('editProject')}: ${p.title}`));
  const programmes = await get('/api/projects/programmes').catch(() => []);
  const partnerships = await activePartnerships(null);
  const linked = p.partners?.[0]?.partnershipId;
  if (linked && !partnerships.some(x => x.id === linked)) {
    const x = await get(`/api/partnerships/${linked}`).catch(() => null);
    if (x) partnerships.unshift(x);
  }
  const form = projectForm(p, programmes, partnerships, null);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    try {
      await put(`/api/projects/${id}`, projectBody(form, p), { etag: `"${p.version}"` });
      location.hash = `#/projects/${id}?saved=1`;
    } catch (err) { showErrors(form, err); }
  });
  main.append(form);
}

async function activePartnerships(extra) {
  const list = await get('/api/partnerships?status=ACTIVE&size=100').then(r => r.items).catch(() => []);
  if (extra && !list.some(x => x.id === extra.id)) list.unshift(extra);
  return list;
}

/** The register/edit form; p = the project being edited (null to register), partnership = a partner to start with. */
function projectForm(p, programmes, partnerships, partnership) {
  const b = p?.budget || {};
  const first = p?.partners?.[0];
  return h('form', { novalidate: true, id: 'project-form' },
    field('title', t('title'), input({ required: true, value: p?.title || '' })),
    field('acronym', t('acronym'), input({ value: p?.acronym || '' })),
    field('description', t('description'), h('textarea', {}, p?.description || '')),
    field('leadUnit.type', t('leadUnitType'), select([['', '–'], ...UNIT_TYPES.map(u => [u, label(u)])], p?.leadUnit?.type || 'FORVALTNING')),
    field('leadUnit.name', t('leadUnit'), input({ placeholder: 'Stadsledningskontoret', value: p?.leadUnit?.name || '' })),
    field('primaryPriorityArea', t('priorityArea'), select([['', '–'], ...AREAS.map(a => [a, label(a)])], p?.primaryPriorityArea || '')),
    field('programme', t('programme'), select([['', '–'], ...programmes.map(x => [x.code, x.name])], p?.programme || '')),
    field('callIdentifier', t('callIdentifier'), input({ value: p?.callIdentifier || '' })),
    field('startDate', t('startDate'), input({ type: 'date', value: p?.startDate || '' })),
    field('endDate', t('endDate'), input({ type: 'date', value: p?.endDate || '' })),
    h('fieldset', {}, h('legend', {}, t('budget')),
      field('budget.currency', t('currency'), select([['EUR', 'EUR'], ['SEK', 'SEK']], b.currency || 'EUR')),
      field('budget.total', t('budgetTotal'), input({ inputmode: 'decimal', value: b.total ?? '' })),
      field('budget.externalGrant', t('externalGrant'), input({ inputmode: 'decimal', value: b.externalGrant ?? '' })),
      field('budget.ownContribution', t('ownContribution'), input({ inputmode: 'decimal', value: b.ownContribution ?? '' }))),
    h('fieldset', {}, h('legend', {}, t('partner')),
      field('partners[0].partnershipId', t('partnership'), select([['', t('noPartnership')], ...partnerships.map(x => [x.id, `${x.cityName} (${label(x.kind)})`])], first?.partnershipId || partnership?.id || '')),
      field('partners[0].name', t('partnerName'), input({ value: first?.name || (partnership ? `${partnership.localName || partnership.cityName}` : '') })),
      field('partners[0].countryCode', t('country'), input({ value: first?.countryCode || partnership?.countryCode || '', maxlength: 2 })),
      field('partners[0].city', t('city'), input({ value: first?.city || partnership?.cityName || '' }))),
    field('benefitForGothenburg', t('benefit'), h('textarea', {}, p?.benefitForGothenburg || '')),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button', id: 'save' }, t('save')),
      h('a', { class: 'button secondary', href: p ? `#/projects/${p.id}` : '#/projects' }, t('cancel'))));
}

/** The request body of the form; on edit, what the form does not show (other partners, areas, acts, staff time) is kept. */
function projectBody(form, p) {
  const v = values(form);
  const first = v['partners[0].name'] || v['partners[0].partnershipId']
    ? [{ name: v['partners[0].name'], countryCode: v['partners[0].countryCode']?.toUpperCase(), city: v['partners[0].city'],
      role: p?.partners?.[0]?.role || 'PARTNER', partnershipId: v['partners[0].partnershipId'] }] : [];
  return {
    title: v.title, acronym: v.acronym, description: v.description,
    leadUnit: v['leadUnit.name'] ? { type: v['leadUnit.type'], name: v['leadUnit.name'] } : undefined,
    primaryPriorityArea: v.primaryPriorityArea, otherPriorityAreas: p?.otherPriorityAreas, programme: v.programme, callIdentifier: v.callIdentifier,
    startDate: v.startDate, endDate: v.endDate,
    budget: { currency: v['budget.currency'], total: v['budget.total'], externalGrant: v['budget.externalGrant'],
      ownContribution: v['budget.ownContribution'], ownStaffTime: p?.budget?.ownStaffTime },
    partners: [...first, ...(p?.partners || []).slice(1)], benefitForGothenburg: v.benefitForGothenburg, celexNumbers: p?.celexNumbers,
  };
}

export async function detail(main, [id], q) {
  const p = await get(`/api/projects/${id}`);
  main.append(h('h1', {}, p.title));
  if (q.created) main.append(notice('success', t('created')));
  if (q.done || q.saved) main.append(notice('success', t('saved')));
  const b = p.budget || {};
  main.append(h('div', { class: 'card' }, facts([
    [t('status'), status(p.status)], [t('acronym'), p.acronym], [t('description'), p.description],
    [t('leadUnit'), p.leadUnit ? `${p.leadUnit.name} (${label(p.leadUnit.type)})` : '–'],
    [t('priorityArea'), label(p.primaryPriorityArea)], [t('programme'), p.programme], [t('callIdentifier'), p.callIdentifier],
    [t('startDate'), date(p.startDate)], [t('endDate'), date(p.endDate)],
    [t('budgetTotal'), amount(b.total, b.currency)], [t('externalGrant'), amount(b.externalGrant, b.currency)],
    [t('ownContribution'), amount(b.ownContribution, b.currency)],
    [t('coFinancing'), b.coFinancingRate != null ? `${num(Number(b.coFinancingRate) * (Number(b.coFinancingRate) <= 1 ? 100 : 1))} %` : '–'],
    // a budget in euro is also shown in kronor at the month's rate; one kept in kronor needs no second line
    b.currency === 'SEK' ? null : [t('amountsSek'), p.amountsInSek ? `${sek(p.amountsInSek.total)} (${t('eurRate', { rate: num(p.amountsInSek.eurToSek),
      month: p.amountsInSek.rateMonth || '–', source: p.amountsInSek.rateSource || '–' })})` : t('noRate')],
    p.rejectionReason ? [t('rejectReason'), p.rejectionReason] : null,
    [t('grantedAmount'), p.grantedAmount != null ? `${amount(p.grantedAmount, b.currency)} (${date(p.grantDecisionDate)})` : '–'],
    [t('partner'), p.partners?.length ? h('ul', {}, ...p.partners.map(x => h('li', {},
      x.partnershipId ? h('a', { href: `#/partnerships/${x.partnershipId}` }, x.name) : x.name, ` (${x.city ? x.city + ', ' : ''}${country(x.countryCode)}) – ${label(x.role)}`))) : t('none')],
    [t('benefit'), p.benefitForGothenburg],
  ])));
  const etag = { etag: `"${p.version}"` };
  const editable = mayChange([p.leadUnit?.name]);
  const closed = ['REJECTED', 'COMPLETED', 'WITHDRAWN'].includes(p.status);
  if (editable && !closed) main.append(h('div', { class: 'actions' }, h('a', { class: 'button secondary', href: `#/projects/${id}/edit`, id: 'edit-project' }, t('edit'))));
  if (editable) main.append(...lifecycle(p, etag));

  const indicators = h('section', { id: 'indicators', 'aria-labelledby': 'indicators-heading' });
  const milestones = h('section', { id: 'milestones', 'aria-labelledby': 'milestones-heading' });
  const history = h('section', { 'aria-labelledby': 'history-heading' });
  main.append(h('h2', { id: 'indicators-heading' }, t('indicators')), indicators,
    h('h2', { id: 'milestones-heading' }, t('milestones')), milestones,
    h('h2', { id: 'history-heading' }, t('history')), history);
  await Promise.all([
    section(indicators, () => indicatorPart(p, editable, closed, etag)),
    section(milestones, () => milestonePart(p, editable && !closed, etag)),
    section(history, async () => auditTable(await get(`/api/projects/${id}/audit`))),
  ]);
}

/** The actions the project's state allows next (ProjectStatus.next()); reject, complete and withdraw ask first. */
function lifecycle(p, etag) {
  const path = (action) => `/api/projects/${p.id}/${action}`;
  // every step says first what it does (the same confirmation as the partnerships' lifecycle)
  const simple = (key, action, id) => confirmedAction({ id, heading: t(`${key}Heading`), explain: t(`${key}Explain`), button: t(key),
    run: async () => { await post(path(action), undefined, etag); reload(); } });
  const out = [];
  if (p.status === 'IDEA') out.push(simple('submit', 'submit', 'submit-application'));
  if (p.status === 'APPLICATION_SUBMITTED') {
    out.push(confirmedAction({ id: 'grant', heading: t('grantHeading'), explain: t('grantExplain'), button: t('grant'),
      fields: [field('decisionDate', t('decisionDate'), input({ type: 'date' })), field('grantedAmount', t('grantedAmount'), input({ inputmode: 'decimal' }))],
      run: async (v) => { await post(path('grant'), { decisionDate: v.decisionDate, grantedAmount: v.grantedAmount }, etag); reload(); } }));
    out.push(confirmedAction({ id: 'reject', heading: t('rejectHeading'), explain: t('rejectExplain'), button: t('reject'), danger: true,
      fields: [scopeIds(field('reason', t('rejectReason'), h('textarea', {})), 'reject-')],
      run: async (v) => { await post(path('reject'), { reason: v.reason }, etag); reload(); } }));
  }
  if (p.status === 'GRANTED') out.push(simple('startProject', 'start', 'start-project'));
  if (p.status === 'ONGOING') {
    out.push(confirmedAction({ id: 'complete', heading: t('completeHeading'), explain: t('completeExplain'), button: t('complete'),
      run: async () => { await post(path('complete'), undefined, etag); reload(); } }));
  }
  if (['IDEA', 'APPLICATION_SUBMITTED', 'GRANTED', 'ONGOING'].includes(p.status)) {
    out.push(confirmedAction({ id: 'withdraw', heading: t('withdrawHeading'), explain: t('withdrawExplain'), button: t('withdraw'), danger: true,
      fields: [scopeIds(field('reason', t('withdrawReason'), h('textarea', {}), t('optional')), 'withdraw-')],
      run: async (v) => { await post(path('withdraw'), { reason: v.reason }, etag); reload(); } }));
  }
  return out;
}

async function indicatorPart(p, editable, closed, etag) {
  const [{ indicators, reports }, known] = await Promise.all([get(`/api/projects/${p.id}/indicators`),
    editable && !closed ? get('/api/projects/indicator-codes').catch(() => []) : []]);
  const out = [
    table(t('indicators'), [[t('indicatorCode'), i => i.code], [t('indicatorName'), i => i.name], [t('indicatorUnit'), i => i.unit],
      [t('baseline'), i => num(i.baseline), { num: true }], [t('target'), i => num(i.target), { num: true }],
      [t('latestActual'), i => (i.latestActual == null ? '–' : `${num(i.latestActual)} (${date(i.latestReportedOn)})`), { num: true }]], indicators, t('noIndicators')),
    reports.length ? table(t('indicatorReports'), [[t('reportedOn'), r => date(r.reportedOn)], [t('indicatorCode'), r => r.indicatorCode],
      [t('value'), r => num(r.value), { num: true }], [t('note'), r => r.note]], reports) : null,
  ];
  if (!editable) return out;
  if (!closed) out.push(addIndicatorForm(p, indicators, known, etag));
  if (indicators.length && ['ONGOING', 'COMPLETED'].includes(p.status)) out.push(reportForm(p, indicators));
  else if (indicators.length) out.push(h('p', { class: 'hint' }, t('reportOnlyOngoing')));
  return out;
}

function addIndicatorForm(p, indicators, known, etag) {
  const taken = new Set(indicators.map(i => i.code));
  return changeForm({ class: 'card', id: 'indicator-form', 'aria-labelledby': 'indicator-form-heading' }, [
    h('h3', { id: 'indicator-form-heading' }, t('addIndicator')),
    field('code', t('indicatorCode'), select([['', t('ownCode')], ...known.filter(k => !taken.has(k.code)).map(k => [k.code, `${k.code} – ${k.name} (${k.unit})`])], '')),
    field('customCode', t('customCode'), input({ maxlength: 30 }), t('customCodeHint')),
    field('name', t('indicatorName'), input({}), t('indicatorNameHint')),
    field('unit', t('indicatorUnit'), input({})),
    field('baseline', t('baseline'), input({ inputmode: 'decimal', value: '0' })),
    field('target', t('target'), input({ inputmode: 'decimal' })),
    h('button', { type: 'submit', class: 'button', id: 'add-indicator' }, t('addIndicator'))],
  async (v) => {
    await post(`/api/projects/${p.id}/indicators`, { code: v.code || v.customCode?.toUpperCase(), name: v.name, unit: v.unit, baseline: v.baseline, target: v.target }, etag);
    reload();
  });
}

function reportForm(p, indicators) {
  return changeForm({ class: 'card', id: 'report-form', 'aria-labelledby': 'report-form-heading' }, [
      h('h3', { id: 'report-form-heading' }, t('reportValue')),
      field('indicatorCode', t('indicatorCode'), select(indicators.map(i => [i.code, `${i.code} – ${i.name}`]), indicators[0].code)),
      field('reportedOn', t('reportedOn'), input({ type: 'date', value: today() })),
      field('value', t('value'), input({ inputmode: 'decimal' })),
      field('note', t('note'), h('textarea', {})),
      h('button', { type: 'submit', class: 'button', id: 'report-value' }, t('reportValue'))],
    async (v) => {
      await post(`/api/projects/${p.id}/indicators/${encodeURIComponent(v.indicatorCode)}/reports`, { reportedOn: v.reportedOn, value: v.value, note: v.note });
      reload();
    });
}

async function milestonePart(p, editable, etag) {
  const list = await get(`/api/projects/${p.id}/milestones`);
  const doneCell = (m) => {
    if (m.doneOn) return `${t('doneOn')} ${date(m.doneOn)}`;
    if (!editable) return t('notDone');
    const dateId = `done-${m.id}`;
    return changeForm({ class: 'inline-form', id: `done-form-${m.id}` }, [
      h('label', { for: dateId }, t('doneOn')), h('input', { type: 'date', id: dateId, name: 'doneOn', 'data-field': 'doneOn', value: today() }),
      h('button', { type: 'submit', class: 'button secondary', id: `mark-done-${m.id}`, 'aria-label': t('markDoneNamed', { title: m.title }) }, t('markDone'))],
    async (v) => { await post(`/api/projects/${p.id}/milestones/${m.id}/done`, { doneOn: v.doneOn }); reload(); });
  };
  const out = [table(t('milestones'), [[t('title'), m => m.title], [t('kind'), m => label(m.kind)], [t('dueDate'), m => date(m.dueDate)],
    [t('status'), doneCell]], list, t('noMilestones'))];
  if (editable) {
    out.push(changeForm({ class: 'card', id: 'milestone-form', 'aria-labelledby': 'milestone-form-heading' }, [
      h('h3', { id: 'milestone-form-heading' }, t('addMilestone')),
      field('title', t('title'), input({})),
      field('kind', t('kind'), select(['MILESTONE', 'REPORTING_DEADLINE'].map(k => [k, label(k)]), 'MILESTONE')),
      field('dueDate', t('dueDate'), input({ type: 'date' })),
      h('button', { type: 'submit', class: 'button', id: 'add-milestone' }, t('addMilestone'))],
    async (v) => { await post(`/api/projects/${p.id}/milestones`, { title: v.title, kind: v.kind, dueDate: v.dueDate }, etag); reload(); }));
  }
  return out;
}
