// Campaign and affiliate figures: clicks, leads, conversions and the conversion rate, with a chart (Chart.js,
// shipped by the web pack at /crm/vendor/chart.umd.js).
import { h, fill } from '/crm/assets/dom.js';
import { api } from '/crm/assets/api.js';
import { translator, formatNumber, formatPercent } from '/crm/assets/i18n.js';

const t = translator({
  en: { title: 'Campaigns and affiliates', campaign: 'Campaign', affiliate: 'Affiliate', clicks: 'Clicks', leads: 'Leads',
    conversions: 'Conversions', rate: 'Conversion rate', none: 'No tracked campaign yet.', chart: 'Clicks, leads and conversions by campaign' },
  fr: { title: 'Campagnes et affiliés', campaign: 'Campagne', affiliate: 'Affilié', clicks: 'Clics', leads: 'Prospects',
    conversions: 'Conversions', rate: 'Taux de conversion', none: 'Aucune campagne suivie pour le moment.', chart: 'Clics, prospects et conversions par campagne' },
});

let chartLibrary;
function loadChart() {
  chartLibrary ??= new Promise((resolve, reject) => {
    if (window.Chart) { resolve(window.Chart); return; }
    const script = document.createElement('script');
    script.src = '/crm/vendor/chart.umd.js';
    script.onload = () => resolve(window.Chart);
    script.onerror = () => reject(new Error('chart library not available'));
    document.head.append(script);
  });
  return chartLibrary;
}

export async function render(element) {
  const figures = await api('leads/figures');
  if (!figures.length) {
    fill(element, h('h1', {}, t('title')), h('p', {}, t('none')));
    return;
  }
  const canvas = h('canvas', { role: 'img', 'aria-label': t('chart'), 'data-role': 'chart' });
  fill(element, h('h1', {}, t('title')), h('div', { class: 'panel' }, canvas),
    h('table', { 'data-role': 'figures' }, h('thead', {}, h('tr', {}, [t('campaign'), t('affiliate'), t('clicks'), t('leads'), t('conversions'), t('rate')].map((x) => h('th', {}, x)))),
      h('tbody', {}, figures.map((f) => h('tr', {}, h('td', {}, f.campaign || '—'), h('td', {}, f.affiliate || '—'), h('td', {}, formatNumber(f.clicks)),
        h('td', {}, formatNumber(f.leads)), h('td', {}, formatNumber(f.conversions)), h('td', {}, formatPercent(f.conversionRate)))))));
  const Chart = await loadChart();
  const labels = figures.map((f) => [f.campaign || '—', f.affiliate].filter(Boolean).join(' / '));
  new Chart(canvas, {
    type: 'bar',
    data: { labels, datasets: [
      { label: t('clicks'), data: figures.map((f) => f.clicks), backgroundColor: '#7fa7d6' },
      { label: t('leads'), data: figures.map((f) => f.leads), backgroundColor: '#0b5cad' },
      { label: t('conversions'), data: figures.map((f) => f.conversions), backgroundColor: '#1b6b35' }] },
    options: { responsive: true, animation: false },
  });
  element.dataset.chart = 'drawn';
}
