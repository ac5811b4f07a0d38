// The report catalog, grouped by module, and one report: its parameters as a form, its chart (Chart.js, shipped
// by the web pack at /crm/vendor/chart.umd.js), its table and its CSV download. #/reporting/reports?name=leads.funnel
// opens a report (its parameters may follow: &by=month) and runs it; the address follows the last run.
import { h, fill, field, choice, showFieldErrors, uid } from '/crm/assets/dom.js';
import { api, ApiError } from '/crm/assets/api.js';
import { translator, language, formatNumber, formatMoney, formatDate } from '/crm/assets/i18n.js';

const t = translator({
  en: { title: 'Reports', none: 'No report is available for your role: the modules that contribute them are not running.',
    back: 'All reports', run: 'Run', running: 'Running the report…', csv: 'CSV', csvTitle: 'Download as CSV (opens in Excel)',
    rows: '{n} rows', empty: 'No data for these parameters.', gone: 'This report is not available: its module is not running, or it is not for your role.',
    failed: 'The report could not be produced: {reason}', chartFailed: 'The chart could not be drawn: {reason}', used: 'Parameters used: {list}',
    leftEmpty: 'Left empty: {value}', any: '(any)', monthFormat: 'YYYY-MM', today: 'today', thisMonth: 'this month', thisYear: 'this year',
    ago: '{n} {unit} ago', later: 'in {n} {unit}', D: 'days', M: 'months', Y: 'years', D1: 'day', M1: 'month', Y1: 'year',
    'module-contacts': 'Customers', 'module-leads': 'Leads and marketing', 'module-service': 'Customer service',
    'module-inventory': 'Sales and inventory', 'module-reporting': 'Reporting',
    'choice-campaign': 'campaign', 'choice-affiliate': 'affiliate', 'choice-source': 'source', 'choice-medium': 'medium', 'choice-month': 'month',
    'choice-region': 'region', 'choice-tier': 'tier', 'choice-kind': 'kind', 'choice-age-band': 'age band', 'choice-category': 'category',
    'choice-channel': 'channel', 'choice-priority': 'priority', 'choice-product': 'product', 'choice-owner': 'owner' },
  fr: { title: 'Rapports', none: 'Aucun rapport disponible pour votre rôle : les modules qui les fournissent ne sont pas démarrés.',
    back: 'Tous les rapports', run: 'Exécuter', running: 'Exécution du rapport…', csv: 'CSV', csvTitle: 'Télécharger en CSV (s’ouvre dans Excel)',
    rows: '{n} lignes', empty: 'Aucune donnée pour ces paramètres.', gone: 'Ce rapport n’est pas disponible : son module n’est pas démarré, ou il n’est pas pour votre rôle.',
    failed: 'Le rapport n’a pas pu être produit : {reason}', chartFailed: 'Le graphique n’a pas pu être dessiné : {reason}', used: 'Paramètres appliqués : {list}',
    leftEmpty: 'Laissé vide : {value}', any: '(tous)', monthFormat: 'AAAA-MM', today: 'aujourd’hui', thisMonth: 'ce mois-ci', thisYear: 'cette année',
    ago: 'il y a {n} {unit}', later: 'dans {n} {unit}', D: 'jours', M: 'mois', Y: 'ans', D1: 'jour', M1: 'mois', Y1: 'an',
    'module-contacts': 'Clients', 'module-leads': 'Prospects et marketing', 'module-service': 'Service client',
    'module-inventory': 'Ventes et stocks', 'module-reporting': 'Rapports',
    'choice-campaign': 'campagne', 'choice-affiliate': 'affilié', 'choice-source': 'source', 'choice-medium': 'support', 'choice-month': 'mois',
    'choice-region': 'région', 'choice-tier': 'niveau', 'choice-kind': 'type', 'choice-age-band': 'tranche d’âge', 'choice-category': 'catégorie',
    'choice-channel': 'canal', 'choice-priority': 'priorité', 'choice-product': 'produit', 'choice-owner': 'responsable' },
});

const LABEL_TYPES = ['text', 'month', 'date'];
const NUMERIC_TYPES = ['integer', 'decimal', 'money', 'percent'];
const PALETTE = ['#0b5cad', '#1b6b35', '#a4161a', '#7a4d00', '#6f42c1', '#0f7c8c', '#7fa7d6', '#c2185b'];
const RELATIVE = /^([+-]?)(\d{1,4})([DMY])$/;

/** A {byLanguage: {en, fr}} text of the API in the user's language, else English. */
export function textOf(titles) {
  const texts = titles?.byLanguage || {};
  return texts[language()] ?? texts.en ?? '';
}

/** The address of a report in this screen, with the parameters to run it with. */
export function reportLink(name, query) {
  const more = query && query.toString() ? `&${query}` : '';
  return `#/reporting/reports?name=${encodeURIComponent(name)}${more}`;
}

function apiPath(name, query, format) {
  const parameters = new URLSearchParams(query || '');
  parameters.set('language', language());
  if (format) parameters.set('format', format);
  return `reporting/reports/${encodeURIComponent(name)}?${parameters}`;
}

/** Runs a report (parameters not given take the report's defaults on the server). */
export function runReport(name, query) {
  return api(apiPath(name, query));
}

let chartLibrary;
/** Chart.js, loaded once, when a screen first draws. */
export function loadChart() {
  chartLibrary ??= new Promise((resolve, reject) => {
    if (window.Chart) { resolve(window.Chart); return; }
    const script = document.createElement('script');
    script.src = '/crm/vendor/chart.umd.js';
    script.onload = () => resolve(window.Chart);
    script.onerror = () => { chartLibrary = undefined; reject(new Error('chart library not available')); };
    document.head.append(script);
  });
  return chartLibrary;
}

function locale() {
  return language() === 'fr' ? 'fr-FR' : 'en-GB';
}

/** A month as the API sends it ('2026-03') as people read it ('Mar 2026', 'mars 2026'). */
export function formatMonth(month) {
  const parts = /^(\d{4})-(\d{2})$/.exec(month || '');
  if (!parts) return month || '';
  return new Intl.DateTimeFormat(locale(), { month: 'short', year: 'numeric', timeZone: 'UTC' })
    .format(new Date(Date.UTC(Number(parts[1]), Number(parts[2]) - 1, 1)));
}

function typeOf(column) {
  return String(column.type || '').toLowerCase();
}

/** A MONEY column's currency: its unit is a code (EUR) or names the column holding it. */
function currencyOf(column, row, columns) {
  if (/^[A-Z]{3}$/.test(column.unit || '')) return column.unit;
  const index = columns.findIndex((c) => c.name === column.unit);
  return index >= 0 ? row[index] : null;
}

function money(value, currency) {
  if (!currency) return formatNumber(value, 2);
  try {
    return formatMoney(value, currency);
  } catch (e) {
    return `${formatNumber(value, 2)} ${currency}`; // not an ISO code Intl knows
  }
}

/** A report cell as people read it, per its column's type. */
export function formatValue(value, column, row = [], columns = []) {
  if (value === null || value === undefined || value === '') return '—';
  const unit = column.unit ? ` ${column.unit}` : '';
  switch (typeOf(column)) {
    case 'integer': return formatNumber(value) + unit;
    case 'decimal': return formatNumber(value, 2) + unit;
    case 'percent': return `${formatNumber(value, 1)} %`;
    case 'money': return money(value, currencyOf(column, row, columns));
    case 'date': return formatDate(value);
    case 'month': return formatMonth(value);
    default: return String(value);
  }
}

/** The rows of a report as a table, numbers to the right; at most `limit` rows. */
export function reportTable(result, limit = Infinity) {
  const numeric = result.columns.map((c) => NUMERIC_TYPES.includes(typeOf(c)));
  const align = (cell, i) => { if (numeric[i]) cell.style.textAlign = 'right'; return cell; };
  const table = h('table', { 'data-role': 'report-table' },
    h('thead', {}, h('tr', {}, result.columns.map((c, i) => align(h('th', { scope: 'col' }, c.title), i)))),
    h('tbody', {}, result.rows.slice(0, limit).map((row) => h('tr', {},
      row.map((value, i) => align(h('td', {}, formatValue(value, result.columns[i], row, result.columns)), i))))));
  const scroller = h('div', {}, table);
  scroller.style.overflowX = 'auto';
  return scroller;
}

/** Whether a report's answer can be drawn: a chart kind, rows, and a numeric column. */
export function chartable(result) {
  return result.chart !== 'table' && result.rows.length > 0 && result.columns.some((c) => NUMERIC_TYPES.includes(typeOf(c)));
}

/** The canvas for a report's chart inside a box of the given height (Chart.js fills its parent). */
export function chartCanvas(result, height) {
  const canvas = h('canvas', { role: 'img', 'aria-label': result.title, 'data-role': 'chart' });
  const holder = h('div', { class: 'chart' }, canvas);
  holder.style.position = 'relative';
  holder.style.height = `${height}px`;
  return { canvas, holder };
}

/**
 * Draws a report's answer: BAR and LINE with the first text, month or date column as labels and every numeric
 * column as a series (percentages on their own axis when mixed with other figures); PIE the first numeric column.
 */
export async function drawChart(canvas, result, { compact = false } = {}) {
  const Chart = await loadChart();
  const { columns, rows } = result;
  const labelIndex = columns.findIndex((c) => LABEL_TYPES.includes(typeOf(c)));
  const labels = rows.map((row, i) => (labelIndex < 0 ? String(i + 1) : formatValue(row[labelIndex], columns[labelIndex], row, columns)));
  const series = columns.map((column, index) => ({ column, index })).filter(({ column }) => NUMERIC_TYPES.includes(typeOf(column)));
  const number = (value) => (value === null || value === undefined ? null : Number(value));
  const tooltip = (item, column) => `${item.dataset.label}: ${formatValue(item.raw, column, rows[item.dataIndex], columns)}`;
  if (result.chart === 'pie') {
    const { column, index } = series[0];
    return new Chart(canvas, {
      type: 'pie',
      data: { labels, datasets: [{ label: column.title, data: rows.map((row) => number(row[index])),
        backgroundColor: labels.map((_, i) => PALETTE[i % PALETTE.length]) }] },
      options: { responsive: true, maintainAspectRatio: false, animation: false,
        plugins: { legend: { position: compact ? 'bottom' : 'right' },
          tooltip: { callbacks: { label: (item) => `${item.label}: ${formatValue(item.raw, column, rows[item.dataIndex], columns)}` } } } },
    });
  }
  const mixed = series.some(({ column }) => typeOf(column) === 'percent') && series.some(({ column }) => typeOf(column) !== 'percent');
  const datasets = series.map(({ column, index }, n) => ({
    label: column.title, data: rows.map((row) => number(row[index])),
    backgroundColor: PALETTE[n % PALETTE.length], borderColor: PALETTE[n % PALETTE.length],
    yAxisID: mixed && typeOf(column) === 'percent' ? 'percent' : 'y', tension: 0.2,
  }));
  const scales = { y: { beginAtZero: true, ticks: { callback: (value) => formatNumber(value, 2) } } };
  if (mixed) {
    scales.percent = { position: 'right', beginAtZero: true, suggestedMax: 100, grid: { drawOnChartArea: false },
      ticks: { callback: (value) => `${formatNumber(value, 1)} %` } };
  } else if (series.length && series.every(({ column }) => typeOf(column) === 'percent')) {
    scales.y.ticks.callback = (value) => `${formatNumber(value, 1)} %`;
  }
  return new Chart(canvas, {
    type: result.chart === 'line' ? 'line' : 'bar',
    data: { labels, datasets },
    options: { responsive: true, maintainAspectRatio: false, animation: false, scales,
      plugins: { legend: { display: datasets.length > 1, position: compact ? 'bottom' : 'top' },
        tooltip: { callbacks: { label: (item) => tooltip(item, series[item.datasetIndex].column) } } } },
  });
}

// the charts this screen drew, destroyed when it draws again (Chart.js keeps a registry of its instances)
let charts = [];
function forgetCharts() {
  charts.forEach((chart) => chart.destroy());
  charts = [];
}

export async function render(element, context) {
  forgetCharts();
  const catalog = await api('reporting/reports');
  const name = context.route.params.get('name');
  if (name) {
    reportPage(element, context, catalog, name);
    return;
  }
  catalogPage(element, catalog);
}

function moduleOf(reportName) {
  return reportName.split('.')[0];
}

/** This screen's text for a word the API sends (a module, a choice), else the word itself. */
function known(prefix, word, otherwise = word) {
  const key = `${prefix}-${word}`;
  const text = t(key);
  return text === key ? otherwise : text;
}

function moduleTitle(module) {
  return known('module', module, module.charAt(0).toUpperCase() + module.slice(1));
}

function catalogPage(element, catalog) {
  if (!catalog.length) {
    fill(element, h('h1', {}, t('title')), h('p', { class: 'muted' }, t('none')));
    return;
  }
  const groups = new Map();
  for (const report of catalog) {
    const module = moduleOf(report.name);
    if (!groups.has(module)) groups.set(module, []);
    groups.get(module).push(report);
  }
  const modules = [...groups.keys()].sort((a, b) => moduleTitle(a).localeCompare(moduleTitle(b), language()));
  fill(element, h('h1', {}, t('title')),
    modules.map((module) => h('section', { class: 'panel', 'data-module': module }, h('h2', {}, moduleTitle(module)),
      h('ul', { 'data-role': 'reports' }, groups.get(module).map((report) => h('li', {},
        h('a', { href: reportLink(report.name), 'data-report': report.name }, textOf(report.titles)),
        h('p', { class: 'muted' }, textOf(report.description))))))));
}

/** Whether a default is a value the input can show as is (not a relative one such as -12M). */
function literal(parameter, value) {
  switch (parameter.type) {
    case 'DATE': return /^\d{4}-\d{2}-\d{2}$/.test(value);
    case 'MONTH': return /^\d{4}-\d{2}$/.test(value);
    case 'INTEGER': return /^-?\d+$/.test(value);
    case 'CHOICE': return (parameter.choices || []).includes(value);
    default: return true;
  }
}

/** A relative default (-12M, 0D, -1Y) in words. */
function relativeText(value) {
  const parts = RELATIVE.exec(value || '');
  if (!parts) return value;
  const n = Number(parts[2]);
  const unit = parts[3];
  if (n === 0) return t({ D: 'today', M: 'thisMonth', Y: 'thisYear' }[unit]);
  const words = t(n === 1 ? `${unit}1` : unit);
  return t(parts[1] === '-' ? 'ago' : 'later', { n: formatNumber(n), unit: words });
}

function choiceText(value) {
  return known('choice', value);
}

function parameterField(parameter, given) {
  const label = `${textOf(parameter.titles)}${parameter.required ? ' *' : ''}`;
  const fallback = parameter.defaultValue;
  const shown = fallback !== null && fallback !== undefined && literal(parameter, fallback);
  const value = given ?? (shown ? fallback : '');
  if (parameter.type === 'CHOICE') {
    const options = (parameter.choices || []).map((c) => [c, choiceText(c)]);
    if (!parameter.required && !shown) options.unshift(['', t('any')]);
    return choice(label, parameter.name, options, value);
  }
  const attributes = {
    DATE: { type: 'date' },
    MONTH: { type: 'month', placeholder: t('monthFormat') },
    INTEGER: { type: 'number', step: 1, inputmode: 'numeric' },
    TEXT: { type: 'text', maxlength: 200 },
  }[parameter.type] || {};
  const wrapper = field(label, parameter.name, { ...attributes, value, required: parameter.required });
  if (fallback !== null && fallback !== undefined && !shown) {
    // a relative default: the server applies it when nothing is sent
    const hint = h('p', { class: 'muted', id: uid('hint') }, t('leftEmpty', { value: relativeText(fallback) }));
    const input = wrapper.querySelector('input');
    input.setAttribute('aria-describedby', `${input.getAttribute('aria-describedby')} ${hint.id}`);
    wrapper.insertBefore(hint, wrapper.querySelector('.field-error'));
  }
  return wrapper;
}

/** The parameters the user filled in; those left empty are not sent, so the report's defaults apply. */
function collect(form, definition) {
  const query = new URLSearchParams();
  for (const parameter of definition.parameters) {
    const input = form.elements.namedItem(parameter.name);
    const value = String(input?.value ?? '').trim();
    if (value) query.set(parameter.name, value);
  }
  return query;
}

function reportPage(element, context, catalog, name) {
  const definition = catalog.find((r) => r.name === name);
  const back = h('p', {}, h('a', { href: '#/reporting/reports' }, t('back')));
  if (!definition) {
    fill(element, h('p', { class: 'notice', 'data-state': 'unavailable' }, t('gone')), back);
    return;
  }
  const given = context.route.params;
  const message = h('p', { class: 'form-message', role: 'alert', hidden: true });
  const button = h('button', { type: 'submit', class: 'primary' }, t('run'));
  const form = h('form', { novalidate: true, 'data-role': 'report-form', 'data-report': definition.name },
    definition.parameters.length ? h('div', { class: 'grid2' }, definition.parameters.map((p) => parameterField(p, given.get(p.name)))) : null,
    message, h('div', { class: 'row' }, button));
  const output = h('div', { 'data-role': 'report-output', 'aria-live': 'polite' });
  fill(element, h('h1', {}, textOf(definition.titles)), h('p', { class: 'muted' }, textOf(definition.description)),
    h('section', { class: 'panel' }, form), output, back);

  let latest = 0;
  const run = async () => {
    latest += 1;
    const mine = latest;
    const query = collect(form, definition);
    showFieldErrors(form, { errors: [] }, message);
    button.disabled = true;
    fill(output, h('p', { class: 'loading' }, t('running')));
    try {
      const result = await runReport(definition.name, query);
      if (mine !== latest) return; // an older run answering late
      // the address names what is shown: a reload, a bookmark or a shared link runs it again
      history.replaceState(history.state, '', reportLink(definition.name, query));
      forgetCharts();
      await showResult(output, definition, result, query);
    } catch (e) {
      if (mine !== latest) return;
      fill(output);
      if (e instanceof ApiError && (e.status === 422 || e.status === 400) && e.problem.errors) {
        showFieldErrors(form, e.problem, message);
      } else {
        fill(message, t('failed', { reason: e.problem?.detail || e.message }));
        message.hidden = false;
      }
    } finally {
      if (mine === latest) button.disabled = false;
    }
  };
  form.addEventListener('submit', (event) => { event.preventDefault(); run(); });
  // opened from a link (the catalog, a dashboard card): run it at once when nothing required is missing
  const ready = definition.parameters.every((p) => !p.required || given.get(p.name) || (p.defaultValue !== null && p.defaultValue !== undefined));
  if (ready) run();
}

function usedParameters(definition, result) {
  const parts = Object.entries(result.parameters || {}).map(([name, value]) => {
    const parameter = definition.parameters.find((p) => p.name === name);
    if (!parameter) return null;
    const shown = { DATE: formatDate, MONTH: formatMonth, CHOICE: choiceText }[parameter.type];
    return `${textOf(parameter.titles)} ${shown ? shown(value) : value}`;
  }).filter(Boolean);
  return parts.length ? h('p', { class: 'muted', 'data-role': 'parameters-used' }, t('used', { list: parts.join(' · ') })) : null;
}

async function showResult(output, definition, result, query) {
  const csv = h('a', { href: `/crm/api/${apiPath(definition.name, query, 'csv')}`, download: `${definition.name}.csv`,
    title: t('csvTitle'), 'data-role': 'csv' }, t('csv'));
  const facts = h('div', { class: 'row' }, h('span', { class: 'muted', 'data-role': 'row-count' }, t('rows', { n: formatNumber(result.rowCount) })), csv);
  if (!result.rows.length) {
    fill(output, usedParameters(definition, result), h('p', { class: 'muted', 'data-role': 'empty' }, t('empty')), facts);
    return;
  }
  const drawn = chartable(result) ? chartCanvas(result, 320) : null;
  fill(output, usedParameters(definition, result), drawn ? h('section', { class: 'panel' }, drawn.holder) : null,
    facts, reportTable(result));
  if (!drawn) return;
  try {
    charts.push(await drawChart(drawn.canvas, result));
    output.dataset.chart = 'drawn';
  } catch (e) {
    drawn.holder.replaceWith(h('p', { class: 'notice' }, t('chartFailed', { reason: e.message })));
  }
}
