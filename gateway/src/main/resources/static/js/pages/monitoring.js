// Omvärldsbevakning: watched legislation (list, detail with history, edit, change stage, assess).
// Consultations (samråd) are in consultations.js.
import { get, post, put, query } from '../api.js';
import { t, label, lang } from '../i18n.js';
import { h, section, table, pager, status, field, input, select, values, notice, date, dateTime, showErrors, scopeIds } from '../ui.js';
import { filterForm, filterSelect, filterText, pageLink, facts, fieldName, shown, auditTable } from './common.js';
import { session } from '../session.js';
import { mayChange, isInternationalOffice, changeForm, confirmedAction, reload, splitList } from './changes.js';

const STAGES = ['PROPOSED', 'UNDER_NEGOTIATION', 'ADOPTED', 'PUBLISHED', 'IN_FORCE', 'WITHDRAWN', 'REJECTED'];
const MAIN_LINE = ['PROPOSED', 'UNDER_NEGOTIATION', 'ADOPTED', 'PUBLISHED', 'IN_FORCE'];
const TYPES = ['REGULATION', 'DIRECTIVE', 'DECISION', 'PROPOSAL', 'COMMUNICATION', 'RECOMMENDATION', 'OTHER'];
const DATES = ['proposal', 'adoption', 'publication', 'application', 'transpositionDeadline'];
const title = (i) => (lang() === 'en' ? i.titleEn || i.titleSv : i.titleSv || i.titleEn) || i.celex || i.procedureReference;

export async function list(main, _params, q) {
  main.append(h('h1', {}, t('legislationTitle')),
    h('p', { class: 'actions' }, isInternationalOffice() ? h('a', { class: 'button', href: '#/legislation/new', id: 'new-legislation' }, t('newLegislation')) : null,
      h('a', { class: 'button secondary', href: '#/subscriptions', id: 'subscriptions-link' }, t('subscriptionsTitle'))),
    filterForm('/legislation', q, [filterSelect('stage', t('stage'), STAGES), filterSelect('relevance', t('relevance'), ['HIGH', 'MEDIUM', 'LOW']),
      filterText('unit', t('unit')), filterText('q', t('search'))]));
  const results = h('div', { id: 'results' });
  main.append(results);
  await section(results, async () => {
    const page = await get(`/api/legislation${query({ ...q, size: 20 })}`);
    return [table(t('legislationTitle'), [[t('title'), i => h('a', { href: `#/legislation/${i.id}` }, title(i))], [t('celex'), i => i.celex || i.procedureReference],
      [t('stage'), i => status(i.stage)], [t('kind'), i => label(i.type)]], page.items), pager(page, pageLink('/legislation', q))];
  });
}

/** The stages an item may move to next (Stage.refusalToMoveTo): forward on the main line; a proposal may also be withdrawn or rejected. */
function nextStages(stage) {
  const at = MAIN_LINE.indexOf(stage);
  if (at < 0) return [];
  return [...MAIN_LINE.slice(at + 1), ...(at <= 1 ? ['WITHDRAWN', 'REJECTED'] : [])];
}

export async function detail(main, [id], q) {
  const i = await get(`/api/legislation/${id}`);
  main.append(h('h1', {}, title(i)));
  if (q.created) main.append(notice('success', t('created')));
  if (q.done || q.saved) main.append(notice('success', t('saved')));
  const d = i.dates || {};
  main.append(h('div', { class: 'card' }, facts([[t('celex'), i.celex], [t('stage'), status(i.stage)], [t('kind'), label(i.type)],
    [t('procedureReference'), i.procedureReference], [t('titleSv'), i.titleSv], [t('titleEn'), i.titleEn],
    [t('subjectAreas'), (i.subjectAreas || []).join(', ') || '–'],
    ...DATES.map(k => [t(`date_${k}`), date(d[k])]), [t('date_entryIntoForce'), (d.entryIntoForce || []).map(date).join(', ') || '–'],
    [t('sourceLink'), i.sourceLink ? h('a', { href: i.sourceLink, rel: 'noopener' }, i.sourceLink) : '–'],
    [t('eli'), i.eli ? h('a', { href: i.eli, rel: 'noopener' }, i.eli) : '–'],
    [t('related'), i.related?.length ? h('ul', {}, ...i.related.map(r => h('li', {}, h('a', { href: `#/legislation/${r.id}` }, r.celex || label(r.type)), ` – ${label(r.stage)}`))) : t('none')]])));

  const office = isInternationalOffice();
  if (office) main.append(h('div', { class: 'actions' }, h('a', { class: 'button secondary', href: `#/legislation/${id}/edit`, id: 'edit-legislation' }, t('edit'))));
  const next = nextStages(i.stage);
  if (office && next.length) {
    // a step of the process: said first what will happen, like every lifecycle action
    main.append(confirmedAction({ id: 'change-stage', heading: t('changeStage'), explain: t('changeStageExplain'), button: t('changeStage'),
      fields: [field('stage', t('newStage'), select(next.map(s => [s, label(s)]), next[0])), field('reason', t('reason'), input({}))],
      run: async (v) => { await post(`/api/legislation/${id}/stage`, { stage: v.stage, reason: v.reason }, { etag: `"${i.version}"` }); reload(); } }));
  }
  // one assessment per unit (the service refuses a second): a unit that has assessed is told so instead of offered the form
  const assessed = get(`/api/legislation/${id}/assessments`).then(a => (Array.isArray(a) ? a : a.items || []));
  const mine = await assessed.then(list => list.find(x => x.unit?.toLowerCase() === session.me?.unit?.toLowerCase())).catch(() => null);
  if (mine) main.append(h('p', { class: 'notice info', id: 'already-assessed' }, t('alreadyAssessed', { unit: mine.unit })));
  else if (mayChange(session.me?.unit ? [session.me.unit] : [])) {
    main.append(changeForm({ class: 'card', id: 'assess-form', 'aria-labelledby': 'assess-heading' }, [h('h2', { id: 'assess-heading' }, t('assess')),
      field('unit', t('unit'), input({ value: session.me?.unit || '' })),
      field('relevance', t('relevance'), select([['', '–'], ...['HIGH', 'MEDIUM', 'LOW', 'NONE'].map(r => [r, label(r)])], '')),
      field('influence', t('influence'), select([['', '–'], ...['LEGAL', 'POLITICAL', 'BOTH'].map(r => [r, label(r)])], '')),
      field('expectedImpact', t('impact'), h('textarea', {})), field('actions', t('actions'), h('textarea', {})),
      field('dueDate', t('dueDate'), input({ type: 'date' })),
      h('button', { type: 'submit', class: 'button', id: 'assess' }, t('assess'))],
    async (v) => { await post(`/api/legislation/${id}/assessments`, v); reload(); }));
  }
  const assessments = h('section', { 'aria-labelledby': 'assessments-heading' });
  const history = h('section', { 'aria-labelledby': 'history-heading' });
  main.append(h('h2', { id: 'assessments-heading' }, t('assessments')), assessments, h('h2', { id: 'history-heading' }, t('history')), history);
  await Promise.all([
    section(assessments, async () => {
      const items = await assessed;
      return [table(t('assessments'), [[t('unit'), x => x.unit], [t('relevance'), x => label(x.relevance)], [t('impact'), x => x.expectedImpact],
        [t('actions'), x => x.actions], [t('dueDate'), x => date(x.dueDate)], [t('status'), x => label(x.status)]], items, t('noAssessments')),
        ...items.filter(x => mayChange([x.unit])).map(x => assessmentCard(id, x))];
    }),
    section(history, async () => table(t('history'), [[t('when'), e => dateTime(e.changedAt)], [t('who'), e => e.changedBy],
      [t('what'), e => `${fieldName(e.field)}: ${shown(e.from)} → ${shown(e.to)}`], [t('reason'), e => reasonText(e.reason)]], await get(`/api/legislation/${id}/history`), t('noHistory'))),
  ]);
}

const RELEVANCES = ['HIGH', 'MEDIUM', 'LOW', 'NONE'];
const INFLUENCES = ['LEGAL', 'POLITICAL', 'BOTH'];
const NEXT_STATUS = { OPEN: 'IN_PROGRESS', IN_PROGRESS: 'DONE' };

/** One assessment the user may change: edit it (PUT with If-Match), move its actions on (after a confirmation), and its history. */
function assessmentCard(itemId, x) {
  const scope = `a-${x.id}`;
  const base = `/api/legislation/${itemId}/assessments/${x.id}`;
  const etag = { etag: `"${x.version}"` };
  const headingId = `${scope}-heading`;
  const edit = scopeIds(changeForm({ id: 'edit-form', 'aria-labelledby': 'edit-heading' }, [h('h4', { id: 'edit-heading' }, t('editAssessment')),
    field('relevance', t('relevance'), select(RELEVANCES.map(r => [r, label(r)]), x.relevance)),
    field('influence', t('influence'), select(INFLUENCES.map(r => [r, label(r)]), x.influence)),
    field('expectedImpact', t('impact'), h('textarea', {}, x.expectedImpact || '')),
    field('actions', t('actions'), h('textarea', {}, x.actions || '')),
    field('responsibleUnit', t('responsibleUnit'), input({ value: x.responsibleUnit || '' })),
    field('dueDate', t('dueDate'), input({ type: 'date', value: x.dueDate || '' })),
    h('button', { type: 'submit', class: 'button', id: 'save' }, t('save'))],
  async (v) => {
    await put(base, { unit: x.unit, relevance: v.relevance, influence: v.influence, expectedImpact: v.expectedImpact || null, actions: v.actions || null,
      responsibleUnit: v.responsibleUnit || null, dueDate: v.dueDate || null, status: x.status, projectIds: x.projectIds, partnershipIds: x.partnershipIds }, etag);
    reload('saved');
  }), `${scope}-`);
  edit.setAttribute('aria-labelledby', `${scope}-edit-heading`);
  const next = NEXT_STATUS[x.status];
  const move = next ? confirmedAction({ id: `${scope}-move`, heading: t('moveAssessment'), button: t('moveAssessmentTo', { status: label(next) }),
    explain: t('moveAssessmentExplain', { unit: x.unit, from: label(x.status), to: label(next) }),
    run: async () => { await post(`${base}/status`, { status: next }, etag); reload(); } }) : null;
  const history = h('div', { id: `${scope}-history` });
  section(history, async () => auditTable(await get(`${base}/audit`)));
  return h('section', { class: 'card assessment', id: scope, 'aria-labelledby': headingId },
    h('h3', { id: headingId }, t('assessmentOf', { unit: x.unit })),
    h('details', { id: `${scope}-edit` }, h('summary', {}, t('editAssessment')), edit),
    move, h('h4', {}, t('assessmentHistory')), history);
}

/** The service's own reasons ("tracked (MANUAL)") in words; what staff typed as it is. */
function reasonText(reason) {
  const tracked = /^tracked \((\w+)\)$/.exec(reason || '');
  return tracked ? t('trackedReason', { origin: t(`origin_${tracked[1]}`) === `origin_${tracked[1]}` ? tracked[1] : t(`origin_${tracked[1]}`) }) : reason;
}

/** Edit an item's data and dates (PUT with If-Match); its stage changes only through the stage form. */
export async function edit(main, [id]) {
  const i = await get(`/api/legislation/${id}`);
  main.append(h('h1', {}, `${t('editLegislation')}: ${title(i)}`), legislationForm(i));
}

/** Start watching an act or a proposal (the international office): its type and first stage follow from a CELEX number. */
export async function create(main) {
  main.append(h('h1', {}, t('newLegislation')), h('p', { class: 'hint' }, t('newLegislationHint')), legislationForm(null));
}

/** The item's data and dates; i = the item being edited, null to start watching one. */
function legislationForm(i) {
  const d = i?.dates || {};
  const form = h('form', { novalidate: true, id: 'legislation-form' },
    field('celex', t('celex'), input({ value: i?.celex || '' }), i ? null : t('celexHint')),
    field('procedureReference', t('procedureReference'), input({ value: i?.procedureReference || '', placeholder: '2021/0106(COD)' })),
    field('titleSv', t('titleSv'), h('textarea', {}, i?.titleSv || '')),
    field('titleEn', t('titleEn'), h('textarea', {}, i?.titleEn || '')),
    field('type', t('kind'), select([...(i ? [] : [['', t('fromCelex')]]), ...TYPES.map(x => [x, label(x)])], i?.type || '')),
    field('subjectAreas', t('subjectAreas'), input({ value: (i?.subjectAreas || []).join(', ') }), t('commaHint')),
    h('fieldset', {}, h('legend', {}, t('keyDates')),
      ...DATES.map(k => field(`dates.${k}`, t(`date_${k}`), input({ type: 'date', value: d[k] || '' }))),
      field('dates.entryIntoForce', t('date_entryIntoForce'), input({ value: (d.entryIntoForce || []).join(', ') }), t('datesHint'))),
    field('sourceLink', t('sourceLink'), input({ type: 'url', value: i?.sourceLink || '' })),
    field('eli', t('eli'), input({ type: 'url', value: i?.eli || '' })),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button', id: 'save' }, t('save')),
      h('a', { class: 'button secondary', href: i ? `#/legislation/${i.id}` : '#/legislation' }, t('cancel'))));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const v = values(form);
    const dates = Object.fromEntries(DATES.map(k => [k, v[`dates.${k}`]]));
    dates.entryIntoForce = splitList(v['dates.entryIntoForce']);
    const body = { celex: v.celex, procedureReference: v.procedureReference, eli: v.eli, titleSv: v.titleSv, titleEn: v.titleEn,
      type: v.type, dates, subjectAreas: splitList(v.subjectAreas), sourceLink: v.sourceLink, proposalItemId: i?.proposalItemId };
    try {
      if (i) {
        await put(`/api/legislation/${i.id}`, body, { etag: `"${i.version}"` });
        location.hash = `#/legislation/${i.id}?saved=1`;
      } else {
        const created = await post('/api/legislation', body);
        location.hash = `#/legislation/${created.id}?created=1`;
      }
    } catch (err) { showErrors(form, err); }
  });
  return form;
}
