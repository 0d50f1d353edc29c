// Charts with ECharts (WebJar served by the gateway). Every chart comes with the same figures as a table,
// so nothing is told by colour or by a picture alone.
import { h } from './ui.js';
import { t } from './i18n.js';

// colours with enough contrast on white, told apart by the legend's text and the table too
export const PALETTE = ['#004b87', '#b8420f', '#1b5e20', '#6a1b9a', '#8a5a00', '#00695c', '#ad1457', '#37474f'];

/** A figure: caption, chart, and a "show as table" disclosure with the figures. */
export function figure(id, caption, option, tableNode) {
  const chartEl = h('div', { class: 'chart', id, role: 'img', 'aria-label': caption });
  const fig = h('figure', { class: 'card' }, h('figcaption', {}, h('h2', {}, caption)), chartEl,
    tableNode ? h('details', {}, h('summary', {}, t('showTable')), tableNode) : null);
  requestAnimationFrame(() => draw(chartEl, option));
  return fig;
}

export function draw(el, option) {
  if (!window.echarts) { el.textContent = ''; return null; }
  const existing = window.echarts.getInstanceByDom(el);
  if (existing) existing.dispose();
  const chart = window.echarts.init(el, null, { renderer: 'canvas', locale: 'EN' });
  chart.setOption({ color: PALETTE, aria: { enabled: true }, animation: false, textStyle: { fontFamily: 'system-ui, sans-serif', color: '#1a1a1a' }, ...option });
  new ResizeObserver(() => chart.resize()).observe(el);
  return chart;
}
