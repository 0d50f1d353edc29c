// Riktlinjekontroll (the guideline check) and the annual report download.
import { get, query } from '../api.js';
import { t, label, lang } from '../i18n.js';
import { h, section, table, date, num } from '../ui.js';

const ITEM_LINK = { PARTNERSHIP: '#/partnerships/', PROJECT: '#/projects/' };

export async function guideline(main, _params, q) {
  main.append(h('h1', {}, t('guidelineTitle')), h('p', {}, t('guidelineIntro')));
  const results = h('div', { id: 'guideline' });
  main.append(results);
  await section(results, async () => {
    const r = await get(`/api/reports/guideline-check${query({ year: q.year, unit: q.unit })}`);
    if (!r.breaches.length) return h('p', {}, t('noBreaches'));
    return [h('p', { id: 'breach-count' }, h('strong', {}, `${num(r.total)} ${t('breaches')}`)),
      table(t('guidelineTitle'), [[t('rule'), b => lang() === 'en' ? b.ruleDescription : (b.ruleSv || ruleSv(b.rule) || b.ruleDescription)],
        [t('item'), b => ITEM_LINK[b.itemType] ? h('a', { href: ITEM_LINK[b.itemType] + b.itemId }, b.itemName) : b.itemName],
        [t('kind'), b => label(b.itemType)], [t('responsibleUnit'), b => b.responsibleUnit], [t('since'), b => date(b.since)], [t('detail'), b => b.detail]], r.breaches)];
  });
}

// the rules' Swedish names, as the annual report uses them
const RULES_SV = {
  TWIN_CITY_WITHOUT_KF_DECISION: 'Vänort utan beslut i kommunfullmäktige', PARTNER_CITY_PAST_END_DATE: 'Partnerstad efter slutdatum',
  PARTNER_CITY_WITHOUT_ONGOING_PROJECT: 'Partnerstad utan pågående projekt', PARTNERSHIP_WITHOUT_BENEFIT: 'Partnerskap utan angiven nytta',
  MEMBERSHIP_WITHOUT_PURPOSE: 'Medlemskap utan angivet syfte', PROJECT_WITHOUT_BENEFIT: 'Projekt utan angiven nytta',
  COMPETING_APPLICATIONS: 'Konkurrerande ansökningar', HIGH_RELEVANCE_WITHOUT_ASSESSMENT: 'Högrelevant rättsakt utan bedömning',
  OVERDUE_ASSESSMENT_ACTION: 'Försenad åtgärd', OVERDUE_MILESTONE: 'Försenad milstolpe', RENEWAL_DUE: 'Förnyelse närmar sig',
  MEMBERSHIP_REVIEW_DUE: 'Omprövning av medlemskap', NO_ACTIVITY_12_MONTHS: 'Ingen aktivitet på 12 månader',
};
const ruleSv = (code) => RULES_SV[code];

export async function annual(main, _params, q) {
  const thisYear = new Date().getFullYear();
  const year = Number(q.year) || thisYear;
  main.append(h('h1', {}, t('annualTitle')), h('p', {}, t('annualIntro')));
  const form = h('form', { class: 'filters' }, h('div', { class: 'field' }, h('label', { for: 'annual-year' }, t('year')),
    h('select', { id: 'annual-year', name: 'year' }, ...Array.from({ length: 6 }, (_, i) => thisYear - i).map(y => h('option', { value: y, selected: y === year }, y)))),
    h('div', { class: 'field' }, h('button', { type: 'submit', class: 'button' }, t('year'))));
  form.addEventListener('submit', (e) => { e.preventDefault(); location.hash = `#/annual?year=${form.elements.year.value}`; });
  main.append(form, h('ul', { class: 'actions', id: 'downloads' },
    h('li', {}, h('a', { class: 'button', id: 'download-pdf', href: `/api/reports/annual/${year}.pdf`, download: `arsrapport-${year}.pdf` }, t('downloadPdf', { year }))),
    h('li', {}, h('a', { class: 'button secondary', id: 'download-xlsx', href: `/api/reports/annual/${year}.xlsx`, download: `arsrapport-${year}.xlsx` }, t('downloadXlsx', { year })))));
}
