// Projekt: list with filters, register (optionally with a partner from a partnership), detail with history,
// lifecycle actions (submit, grant, start).
import { get, post, query } from '../api.js';
import { t, label } from '../i18n.js';
import { h, section, table, pager, status, field, input, select, values, showErrors, notice, date, amount, sek, num } from '../ui.js';
import { filterForm, filterSelect, filterText, pageLink, auditTable, facts } from './common.js';

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
  const partnerships = await get('/api/partnerships?status=ACTIVE&size=100').then(p => p.items).catch(() => []);
  if (partnership && !partnerships.some(p => p.id === partnership.id)) partnerships.unshift(partnership);
  const form = h('form', { novalidate: true, id: 'project-form' },
    field('title', t('title'), input({ required: true })),
    field('acronym', t('acronym'), input({})),
    field('description', t('description'), h('textarea', {})),
    field('leadUnit.type', t('leadUnitType'), select([['', '–'], ...UNIT_TYPES.map(u => [u, label(u)])], 'FORVALTNING')),
    field('leadUnit.name', t('leadUnit'), input({ placeholder: 'Stadsledningskontoret' })),
    field('primaryPriorityArea', t('priorityArea'), select([['', '–'], ...AREAS.map(a => [a, label(a)])], '')),
    field('programme', t('programme'), select([['', '–'], ...programmes.map(p => [p.code, p.name])], '')),
    field('callIdentifier', t('callIdentifier'), input({})),
    field('startDate', t('startDate'), input({ type: 'date' })),
    field('endDate', t('endDate'), input({ type: 'date' })),
    h('fieldset', {}, h('legend', {}, t('budget')),
      field('budget.currency', t('currency'), select([['EUR', 'EUR'], ['SEK', 'SEK']], 'EUR')),
      field('budget.total', t('budgetTotal'), input({ inputmode: 'decimal' })),
      field('budget.externalGrant', t('externalGrant'), input({ inputmode: 'decimal' })),
      field('budget.ownContribution', t('ownContribution'), input({ inputmode: 'decimal' }))),
    h('fieldset', {}, h('legend', {}, t('partner')),
      field('partners[0].partnershipId', t('partnership'), select([['', t('noPartnership')], ...partnerships.map(p => [p.id, `${p.cityName} (${label(p.kind)})`])], partnership?.id || '')),
      field('partners[0].name', t('partnerName'), input({ value: partnership ? `${partnership.localName || partnership.cityName}` : '' })),
      field('partners[0].countryCode', t('country'), input({ value: partnership?.countryCode || '', maxlength: 2 })),
      field('partners[0].city', t('city'), input({ value: partnership?.cityName || '' }))),
    field('benefitForGothenburg', t('benefit'), h('textarea', {})),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button', id: 'save' }, t('save')),
      h('a', { class: 'button secondary', href: '#/projects' }, t('cancel'))));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const v = values(form);
    const partner = v['partners[0].name'] || v['partners[0].partnershipId']
      ? [{ name: v['partners[0].name'], countryCode: v['partners[0].countryCode']?.toUpperCase(), city: v['partners[0].city'], role: 'PARTNER', partnershipId: v['partners[0].partnershipId'] }] : [];
    try {
      const created = await post('/api/projects', {
        title: v.title, acronym: v.acronym, description: v.description,
        leadUnit: v['leadUnit.name'] ? { type: v['leadUnit.type'], name: v['leadUnit.name'] } : undefined,
        primaryPriorityArea: v.primaryPriorityArea, programme: v.programme, callIdentifier: v.callIdentifier,
        startDate: v.startDate, endDate: v.endDate,
        budget: { currency: v['budget.currency'], total: v['budget.total'], externalGrant: v['budget.externalGrant'], ownContribution: v['budget.ownContribution'] },
        partners: partner, benefitForGothenburg: v.benefitForGothenburg,
      });
      location.hash = `#/projects/${created.id}?created=1`;
    } catch (err) { showErrors(form, err); }
  });
  main.append(form);
}

export async function detail(main, [id], q) {
  const p = await get(`/api/projects/${id}`);
  main.append(h('h1', {}, p.title));
  if (q.created) main.append(notice('success', t('created')));
  if (q.done) main.append(notice('success', t('saved')));
  const b = p.budget || {};
  main.append(h('div', { class: 'card' }, facts([
    [t('status'), status(p.status)], [t('acronym'), p.acronym], [t('description'), p.description],
    [t('leadUnit'), p.leadUnit ? `${p.leadUnit.name} (${label(p.leadUnit.type)})` : '–'],
    [t('priorityArea'), label(p.primaryPriorityArea)], [t('programme'), p.programme], [t('callIdentifier'), p.callIdentifier],
    [t('startDate'), date(p.startDate)], [t('endDate'), date(p.endDate)],
    [t('budgetTotal'), amount(b.total, b.currency)], [t('externalGrant'), amount(b.externalGrant, b.currency)],
    [t('ownContribution'), amount(b.ownContribution, b.currency)],
    [t('coFinancing'), b.coFinancingRate != null ? `${num(Number(b.coFinancingRate) * (Number(b.coFinancingRate) <= 1 ? 100 : 1))} %` : '–'],
    [t('amountsSek'), p.amountsInSek ? `${sek(p.amountsInSek.total)} (${p.amountsInSek.rateSource || ''})` : '–'],
    [t('grantedAmount'), p.grantedAmount != null ? `${amount(p.grantedAmount, b.currency)} (${date(p.grantDecisionDate)})` : '–'],
    [t('partner'), p.partners?.length ? h('ul', {}, ...p.partners.map(x => h('li', {},
      x.partnershipId ? h('a', { href: `#/partnerships/${x.partnershipId}` }, x.name) : x.name, ` (${x.city ? x.city + ', ' : ''}${x.countryCode}) – ${label(x.role)}`))) : t('none')],
    [t('benefit'), p.benefitForGothenburg],
  ])));
  const etag = { etag: `"${p.version}"` };
  const simple = (key, path, id2) => {
    const form = h('form', { class: 'actions' }, h('button', { type: 'submit', class: 'button', id: id2 }, t(key)));
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      try { await post(`/api/projects/${id}/${path}`, undefined, etag); location.hash = `#/projects/${id}?done=${Date.now()}`; } catch (err) { showErrors(form, err); }
    });
    return form;
  };
  if (p.status === 'IDEA') main.append(simple('submit', 'submit', 'submit-application'));
  if (p.status === 'APPLICATION_SUBMITTED') {
    const form = h('form', { class: 'card', id: 'grant-form', novalidate: true, 'aria-labelledby': 'grant-heading' }, h('h2', { id: 'grant-heading' }, t('grant')),
      field('decisionDate', t('decisionDate'), input({ type: 'date' })), field('grantedAmount', t('grantedAmount'), input({ inputmode: 'decimal' })),
      h('button', { type: 'submit', class: 'button', id: 'grant' }, t('grant')));
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      const v = values(form);
      try { await post(`/api/projects/${id}/grant`, { decisionDate: v.decisionDate, grantedAmount: v.grantedAmount }, etag); location.hash = `#/projects/${id}?done=${Date.now()}`; } catch (err) { showErrors(form, err); }
    });
    main.append(form);
  }
  if (p.status === 'GRANTED') main.append(simple('startProject', 'start', 'start-project'));
  const history = h('section', {});
  main.append(h('h2', {}, t('history')), history);
  await section(history, async () => auditTable(await get(`/api/projects/${id}/audit`)));
}
