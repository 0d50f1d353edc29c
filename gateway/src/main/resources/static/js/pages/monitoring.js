// Omvärldsbevakning: watched legislation (list, detail with history, change stage, assess) and consultations.
import { get, post, query } from '../api.js';
import { t, label, lang } from '../i18n.js';
import { h, section, table, pager, status, field, input, select, values, showErrors, notice, date, dateTime } from '../ui.js';
import { filterForm, filterSelect, filterText, pageLink, facts } from './common.js';
import { session } from '../session.js';

const STAGES = ['PROPOSED', 'UNDER_NEGOTIATION', 'ADOPTED', 'PUBLISHED', 'IN_FORCE', 'WITHDRAWN', 'REJECTED'];
const title = (i) => (lang() === 'en' ? i.titleEn || i.titleSv : i.titleSv || i.titleEn) || i.celex || i.procedureReference;

export async function list(main, _params, q) {
  main.append(h('h1', {}, t('legislationTitle')),
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

export async function detail(main, [id], q) {
  const i = await get(`/api/legislation/${id}`);
  main.append(h('h1', {}, title(i)));
  if (q.done) main.append(notice('success', t('saved')));
  main.append(h('div', { class: 'card' }, facts([[t('celex'), i.celex], [t('stage'), status(i.stage)], [t('kind'), label(i.type)],
    ['Procedur', i.procedureReference], [t('description'), (i.subjectAreas || []).join(', ')],
    ['EUR-Lex', i.sourceLink ? h('a', { href: i.sourceLink }, i.sourceLink) : '–']])));

  const stageForm = h('form', { class: 'card', id: 'stage-form', novalidate: true }, h('h2', {}, t('changeStage')),
    field('stage', t('stage'), select(STAGES.map(s => [s, label(s)]), i.stage)), field('reason', t('reason'), input({})),
    h('button', { type: 'submit', class: 'button', id: 'change-stage' }, t('changeStage')));
  stageForm.addEventListener('submit', async (e) => {
    e.preventDefault();
    const v = values(stageForm);
    try { await post(`/api/legislation/${id}/stage`, { stage: v.stage, reason: v.reason }, { etag: `"${i.version}"` }); location.hash = `#/legislation/${id}?done=${Date.now()}`; } catch (err) { showErrors(stageForm, err); }
  });
  const assessForm = h('form', { class: 'card', id: 'assess-form', novalidate: true }, h('h2', {}, t('assess')),
    field('unit', t('unit'), input({ value: session.me?.unit || '' })),
    field('relevance', t('relevance'), select([['', '–'], ...['HIGH', 'MEDIUM', 'LOW', 'NONE'].map(r => [r, label(r)])], '')),
    field('influence', t('impact'), select([['', '–'], ['LEGAL', 'Juridisk'], ['POLITICAL', 'Politisk'], ['BOTH', 'Båda']], '')),
    field('expectedImpact', t('impact'), h('textarea', {})), field('actions', t('actions'), h('textarea', {})),
    field('dueDate', t('dueDate'), input({ type: 'date' })),
    h('button', { type: 'submit', class: 'button', id: 'assess' }, t('assess')));
  assessForm.addEventListener('submit', async (e) => {
    e.preventDefault();
    const v = values(assessForm);
    try { await post(`/api/legislation/${id}/assessments`, v); location.hash = `#/legislation/${id}?done=${Date.now()}`; } catch (err) { showErrors(assessForm, err); }
  });
  main.append(stageForm, assessForm);
  const assessments = h('section', {});
  const history = h('section', {});
  main.append(h('h2', {}, t('assessments')), assessments, h('h2', {}, t('history')), history);
  await Promise.all([
    section(assessments, async () => {
      const a = await get(`/api/legislation/${id}/assessments`);
      const items = Array.isArray(a) ? a : a.items || [];
      return table(t('assessments'), [[t('unit'), x => x.unit], [t('relevance'), x => label(x.relevance)], [t('impact'), x => x.expectedImpact],
        [t('actions'), x => x.actions], [t('dueDate'), x => date(x.dueDate)], [t('status'), x => label(x.status)]], items);
    }),
    section(history, async () => table(t('history'), [[t('when'), e => dateTime(e.changedAt)], [t('who'), e => e.changedBy],
      [t('what'), e => `${e.field}: ${e.from ?? '–'} → ${e.to ?? '–'}`], [t('reason'), e => e.reason]], await get(`/api/legislation/${id}/history`))),
  ]);
}

export async function consultations(main, _params, q) {
  main.append(h('h1', {}, t('consultationsTitle')),
    filterForm('/consultations', q, [filterText('unit', t('unit')), filterText('q', t('search'))]));
  const results = h('div', { id: 'results' });
  main.append(results);
  await section(results, async () => {
    const page = await get(`/api/consultations${query({ ...q, size: 20 })}`);
    return [table(t('consultationsTitle'), [[t('title'), c => c.title], [t('deadline'), c => date(c.feedbackEnd)],
      [t('status'), c => label(c.responseStatus)], [t('responsibleUnit'), c => c.responsibleUnit]], page.items), pager(page, pageLink('/consultations', q))];
  });
}
