// Home card: the reports of the user's dashboards (marketing, sales, service, manager: from their roles), each a
// small chart with the report's default parameters and a link to it in the reports screen. At most four are drawn;
// one that fails says so and leaves the others be.
import { h, fill } from '/crm/assets/dom.js';
import { api } from '/crm/assets/api.js';
import { translator } from '/crm/assets/i18n.js';
import { textOf, reportLink, runReport, chartable, chartCanvas, drawChart, reportTable } from './reports.js';

const t = translator({
  en: { all: 'All reports', none: 'No report on your dashboard yet.', loading: 'Loading…', empty: 'No data for the period.',
    failed: 'Not available: {reason}' },
  fr: { all: 'Tous les rapports', none: 'Aucun rapport sur votre tableau de bord pour le moment.', loading: 'Chargement…',
    empty: 'Aucune donnée sur la période.', failed: 'Indisponible : {reason}' },
});

const MAX_CHARTS = 4;
const EVERY_DASHBOARD = ['manager', 'sales', 'marketing', 'service'];
const DASHBOARDS_OF = {
  'crm-admin': EVERY_DASHBOARD,
  'crm-manager': EVERY_DASHBOARD,
  'crm-sales': ['sales'],
  'crm-marketing': ['marketing'],
  'crm-agent': ['service'],
};

/** The user's dashboards, in the order their cards come: a manager's own first, then the teams'. */
export function dashboardsOf(roles = []) {
  const mine = new Set(roles.flatMap((role) => DASHBOARDS_OF[role] || []));
  return EVERY_DASHBOARD.filter((dashboard) => mine.has(dashboard));
}

/** The reports of those dashboards: one dashboard is asked as such, several as one catalog filtered here. */
async function dashboardReports(dashboards) {
  if (dashboards.length === 1) return api(`reporting/reports?dashboard=${encodeURIComponent(dashboards[0])}`);
  const catalog = await api('reporting/reports');
  const rank = (report) => Math.min(...(report.dashboards || []).map((d) => dashboards.indexOf(d)).filter((i) => i >= 0));
  return catalog.filter((report) => (report.dashboards || []).some((d) => dashboards.includes(d)))
    .sort((a, b) => rank(a) - rank(b));
}

// the charts the card drew, destroyed when the home page is drawn again
let charts = [];

export async function render(element, context) {
  charts.forEach((chart) => chart.destroy());
  charts = [];
  const dashboards = dashboardsOf(context.session?.roles || []);
  const reports = dashboards.length ? (await dashboardReports(dashboards)).slice(0, MAX_CHARTS) : [];
  const all = h('p', {}, h('a', { href: '#/reporting/reports' }, t('all')));
  if (!reports.length) {
    fill(element, h('p', { class: 'muted' }, t('none')), all);
    return;
  }
  // the charts need room: the card takes the whole row of the home's grid
  const card = element.closest('.panel');
  if (card && reports.length > 1) card.style.gridColumn = '1 / -1';
  const tiles = reports.map((report) => h('article', { class: 'card', 'data-report': report.name }));
  fill(element, h('div', { class: 'cards', 'data-role': 'dashboard-reports' }, tiles), all);
  await Promise.all(reports.map((report, i) => tile(tiles[i], report)));
}

async function tile(box, report) {
  const body = h('div', {}, h('p', { class: 'muted' }, t('loading')));
  fill(box, h('h3', {}, h('a', { href: reportLink(report.name) }, textOf(report.titles))), body);
  try {
    const result = await runReport(report.name);
    if (!result.rows.length) {
      fill(body, h('p', { class: 'muted' }, t('empty')));
      return;
    }
    if (!chartable(result)) {
      fill(body, reportTable(result, 5));
      return;
    }
    const { canvas, holder } = chartCanvas(result, 200);
    fill(body, holder);
    charts.push(await drawChart(canvas, result, { compact: true }));
    box.dataset.chart = 'drawn';
  } catch (e) {
    fill(body, h('p', { class: 'error', 'data-state': 'failed' }, t('failed', { reason: e.problem?.detail || e.message })));
  }
}
