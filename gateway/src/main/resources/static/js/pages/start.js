// Start page: KPIs and charts from /api/reports/*, open alerts for my unit. Each part loads on its own,
// so a service that is down only blanks its own part.
import { get, query } from '../api.js';
import { t, label } from '../i18n.js';
import { h, section, sek, num, dateTime, table, date, notice } from '../ui.js';
import { figure } from '../charts.js';
import { session } from '../session.js';
import { known } from './common.js';

export async function render(main) {
  main.append(h('h1', {}, t('startTitle')));
  if (!session.me) {
    main.append(h('p', {}, t('welcome')), h('p', {}, h('a', { class: 'button', href: '/oauth2/authorization/platform', id: 'start-sign-in' }, t('signIn'))));
    return;
  }
  const kpis = h('section', { 'aria-labelledby': 'kpi-heading', id: 'kpis' });
  const charts = h('div', { class: 'grid-2' });
  const funding = h('div', { id: 'funding' });
  const projects = h('div', { id: 'projects-chart' });
  const pipeline = h('div', { id: 'pipeline' });
  const alerts = h('section', { class: 'card', id: 'alerts', 'aria-labelledby': 'alerts-heading' });
  charts.append(funding, projects, pipeline, alerts);
  main.append(h('h2', { id: 'kpi-heading', class: 'visually-hidden' }, t('kpiHeading')), kpis, charts);

  const fundingReport = get('/api/reports/funding');
  const overviewReport = get('/api/reports/overview');
  await Promise.all([
    section(kpis, async () => {
      const [o, f] = await Promise.all([overviewReport, fundingReport.catch(() => null)]);
      const granted = f ? f.totals.reduce((s, y) => s + Number(y.grantedSek || 0), 0) : null;
      const items = [
        ['kpi-partnerships', t('kpiPartnerships'), num(o.partnerships.total)],
        ['kpi-twin', t('kpiTwin'), num(o.partnerships.byKind.TWIN_CITY ?? 0)],
        ['kpi-partner', t('kpiPartner'), num(o.partnerships.byKind.PARTNER_CITY ?? 0)],
        ['kpi-active', t('kpiActive'), num(o.partnerships.byStatus.ACTIVE ?? 0)],
        ['kpi-projects', t('kpiProjects'), num(o.projects.total)],
        ['kpi-memberships', t('kpiMemberships'), num(o.memberships.total)],
        ['kpi-alerts', t('kpiAlerts'), num(o.openAlerts.total)],
        granted == null ? null : ['kpi-granted', t('kpiGranted'), sek(granted)],
      ].filter(Boolean);
      return [h('ul', { class: 'kpis' }, ...items.map(([id, l, v]) => h('li', { class: 'kpi', id }, h('span', { class: 'value' }, v), h('span', { class: 'label' }, l)))),
        o.asOf?.lastEventTime ? h('p', { class: 'hint' }, `${t('asOf')} ${dateTime(o.asOf.lastEventTime)}`) : null];
    }),
    section(funding, async () => {
      const f = await fundingReport;
      if (!f.rows.length) return h('div', { class: 'card' }, h('h2', {}, t('chartFunding')), h('p', {}, t('noData')));
      const years = [...new Set(f.rows.map(r => r.year))].sort();
      const programmes = [...new Set(f.rows.map(r => r.programme))].sort();
      const sum = (y, p) => f.rows.filter(r => r.year === y && r.programme === p).reduce((s, r) => s + Number(r.appliedSek || 0), 0);
      const option = {
        tooltip: { trigger: 'axis', valueFormatter: sek }, legend: { top: 0 }, grid: { left: 90, right: 10, top: 40, bottom: 30 },
        xAxis: { type: 'category', data: years.map(String) }, yAxis: { type: 'value', axisLabel: { formatter: v => num(v) } },
        series: programmes.map(p => ({ name: p, type: 'bar', stack: 'sek', data: years.map(y => sum(y, p)) })),
      };
      return figure('chart-funding', t('chartFunding'), option,
        table(t('chartFunding'), [[t('year'), r => r.year], [t('programme'), r => r.programme], [t('unit'), r => r.unit],
          [t('priorityArea'), r => label(r.priorityArea)], [t('count'), r => num(r.projectsApplied), { num: true }], [t('amount'), r => sek(r.appliedSek), { num: true }]], f.rows));
    }),
    section(projects, async () => {
      // every registered project, whatever its status or funding; one counts in each priority area it serves
      const o = await overviewReport;
      const unitOf = (r) => r.unit || t('noUnit');
      const rows = o.projectsByUnitAndArea.map(r => ({ u: unitOf(r), a: r.priorityArea, n: r.projects }));
      if (!rows.length) return h('div', { class: 'card', id: 'chart-projects' }, h('h2', {}, t('chartProjects')), h('p', {}, t('noData')));
      const units = [...new Set(rows.map(r => r.u))].sort((a, b) => a.localeCompare(b, 'sv'));
      const areas = [...new Set(rows.map(r => r.a))];
      const count = (u, a) => rows.find(r => r.u === u && r.a === a)?.n ?? 0;
      const option = {
        // unit names are long ("Business Region Göteborg AB"): a fixed label column that wraps, never clipped
        tooltip: { trigger: 'axis' }, legend: { top: 0 }, grid: { left: 160, right: 20, top: 40, bottom: 30 },
        yAxis: { type: 'category', data: units, axisLabel: { width: 150, overflow: 'break' } }, xAxis: { type: 'value', minInterval: 1 },
        series: areas.map(a => ({ name: a ? label(a) : t('noArea'), type: 'bar', stack: 'n', data: units.map(u => count(u, a)) })),
      };
      const fig = figure('chart-projects', t('chartProjects'), option,
        table(t('chartProjects'), [[t('unit'), r => r.u], [t('priorityArea'), r => r.a ? label(r.a) : t('noArea')], [t('count'), r => num(r.n), { num: true }]], rows));
      fig.querySelector('figcaption').append(h('p', { class: 'hint', id: 'chart-projects-note' }, t('chartProjectsNote', { total: num(o.projects.total) })));
      return fig;
    }),
    section(pipeline, async () => {
      const l = await get('/api/reports/legislation');
      const stages = Object.keys(l.pipeline.by);
      const option = {
        tooltip: { trigger: 'axis' }, grid: { left: 40, right: 20, top: 20, bottom: 30, containLabel: true },
        xAxis: { type: 'category', data: stages.map(label), axisLabel: { interval: 0, rotate: 20 } }, yAxis: { type: 'value', minInterval: 1 },
        series: [{ name: t('count'), type: 'bar', data: stages.map(s => l.pipeline.by[s]), label: { show: true, position: 'top' } }],
      };
      return figure('chart-pipeline', t('chartPipeline'), option,
        table(t('chartPipeline'), [[t('stage'), s => label(s)], [t('count'), s => num(l.pipeline.by[s]), { num: true }]], stages));
    }),
    section(alerts, async () => {
      const unit = session.me.unit;
      const page = await get(`/api/alerts${query({ unit, size: 5 })}`);
      return [h('h2', { id: 'alerts-heading' }, `${t('myAlerts')}${unit ? ` – ${unit}` : ''}`),
        page.items.length ? table(t('myAlerts'), [[t('date'), a => dateTime(a.raisedAt || a.createdAt)], [t('reason'), a => known(`alert_${a.reason}`, label(a.reason))],
          [t('item'), a => a.message || a.title || a.itemTitle || a.celex || a.itemId]], page.items) : h('p', {}, t('noAlerts'))];
    }),
  ]);
  if (!window.echarts) main.append(notice('warning', t('chartsMissing')));
}
