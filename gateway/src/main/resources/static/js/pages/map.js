// Karta: twin and partner cities on a world map drawn by ECharts from shipped Natural Earth shapes (no tile server).
import { get } from '../api.js';
import { t, label } from '../i18n.js';
import { h, section, table, status, country } from '../ui.js';
import { draw } from '../charts.js';

let world = null;

export async function render(main) {
  main.append(h('h1', {}, t('mapTitle')), h('p', {}, t('mapIntro')));
  const container = h('div', { id: 'map-section' });
  main.append(container);
  await section(container, async () => {
    const [page, geo] = await Promise.all([
      get('/api/partnerships?size=100'),
      world ? Promise.resolve(world) : fetch('/geo/world-110m.json').then(r => r.json()),
    ]);
    world = geo;
    const cities = page.items.filter(p => p.status !== 'ENDED');
    const placed = cities.filter(p => p.latitude != null && p.longitude != null);
    const mapEl = h('div', { class: 'map', id: 'map', role: 'img', 'aria-label': `${t('mapTitle')}: ${placed.map(p => p.cityName).join(', ')}` });
    requestAnimationFrame(() => {
      if (!window.echarts) return;
      window.echarts.registerMap('world', world);
      const series = (kind, symbol) => ({
        name: label(kind), type: 'scatter', coordinateSystem: 'geo', symbol, symbolSize: 14,
        label: { show: true, formatter: '{b}', position: 'right', color: '#1a1a1a', fontWeight: 'bold', backgroundColor: 'rgba(255,255,255,0.8)', padding: 2 },
        data: placed.filter(p => p.kind === kind).map(p => ({ name: p.cityName, value: [Number(p.longitude), Number(p.latitude)] })),
      });
      draw(mapEl, {
        // shapes tell the kinds apart as well as colours: circle = vänort, diamond = partnerstad
        legend: { top: 10, left: 10, backgroundColor: '#fff' }, tooltip: { trigger: 'item', formatter: (p) => `${p.name} – ${p.seriesName}` },
        geo: { map: 'world', roam: true, center: [15, 55], zoom: 3.2, itemStyle: { areaColor: '#d9e2ea', borderColor: '#6b7b8c' }, emphasis: { disabled: true } },
        series: [series('TWIN_CITY', 'circle'), series('PARTNER_CITY', 'diamond')],
      });
    });
    return [h('figure', { class: 'card' }, mapEl, h('figcaption', { class: 'hint' }, `● ${label('TWIN_CITY')}   ◆ ${label('PARTNER_CITY')}`)),
      table(t('mapTitle'), [[t('city'), p => h('a', { href: `#/partnerships/${p.id}` }, p.cityName)], [t('kind'), p => label(p.kind)], [t('status'), p => status(p.status)],
        [t('countryShort'), p => country(p.countryCode)], [`${t('latitude')}, ${t('longitude')}`, p => p.latitude != null ? `${p.latitude}, ${p.longitude}` : t('noCoords')]], cities)];
  });
}
