// The import wizard: a CSV (Excel's too: ; and Windows-1252 are recognised) or vCard file, its columns, a
// dry run, then the import as a background job with its progress and time left, and the per-row report.
import { h, fill } from '/crm/assets/dom.js';
import { api, ApiError } from '/crm/assets/api.js';
import { translator, formatNumber } from '/crm/assets/i18n.js';

const t = translator({
  en: { title: 'Import customers', file: 'CSV or vCard file', columns: 'Columns found', imported: 'imported', ignored: 'ignored',
    dryRun: 'Check the file (dry run)', run: 'Import', rows: '{done} of {total} rows', left: 'about {seconds} s left',
    report: '{rows} rows: {created} created, {updated} updated, {unchanged} unchanged, {failed} refused', line: 'Line', field: 'Field',
    problem: 'Problem', download: 'Download the report', checked: 'Dry run: nothing was stored.', done: 'Import finished.',
    cancel: 'Cancel', cancelled: 'Import cancelled; the rows stored so far stay.' },
  fr: { title: 'Importer des clients', file: 'Fichier CSV ou vCard', columns: 'Colonnes trouvées', imported: 'importée', ignored: 'ignorée',
    dryRun: 'Vérifier le fichier (essai à blanc)', run: 'Importer', rows: '{done} lignes sur {total}', left: 'environ {seconds} s restantes',
    report: '{rows} lignes : {created} créées, {updated} mises à jour, {unchanged} inchangées, {failed} refusées', line: 'Ligne', field: 'Champ',
    problem: 'Problème', download: 'Télécharger le rapport', checked: 'Essai à blanc : rien n’a été enregistré.', done: 'Import terminé.',
    cancel: 'Annuler', cancelled: 'Import annulé ; les lignes déjà enregistrées restent.' },
});

export async function render(element) {
  const input = h('input', { type: 'file', id: 'import-file', name: 'file', accept: '.csv,.txt,.vcf,text/csv,text/vcard' });
  const columns = h('div', { 'data-role': 'columns' });
  const progress = h('div', { 'data-role': 'progress' });
  const report = h('div', { 'data-role': 'report' });
  const dry = h('button', { type: 'button', disabled: true }, t('dryRun'));
  const run = h('button', { type: 'button', class: 'primary', disabled: true }, t('run'));
  fill(element, h('h1', {}, t('title')),
    h('div', { class: 'field' }, h('label', { for: 'import-file' }, t('file')), input),
    columns, h('div', { class: 'row' }, dry, run), progress, report);
  let header = [];
  input.addEventListener('change', async () => {
    const file = input.files[0];
    fill(report);
    fill(progress);
    if (!file) return;
    header = vcard(file) ? [] : headerOf(decode(await file.slice(0, 64 * 1024).arrayBuffer()));
    showColumns(columns, header, null);
    dry.disabled = false;
    run.disabled = false;
  });
  const start = async (dryRun) => {
    dry.disabled = true;
    run.disabled = true;
    try {
      const status = await job(input.files[0], dryRun, progress);
      showColumns(columns, header, status.report?.ignoredColumns);
      showReport(report, status, dryRun);
    } catch (e) {
      fill(report, h('p', { class: 'error', role: 'alert' }, e instanceof ApiError ? e.problem.detail || e.problem.title : e.message));
    } finally {
      dry.disabled = false;
      run.disabled = false;
    }
  };
  dry.addEventListener('click', () => start(true));
  run.addEventListener('click', () => start(false));
}

/** UTF-8 when the bytes are UTF-8, else Windows-1252 (what Excel writes in France); the server decides the same way. */
function decode(bytes) {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (notUtf8) {
    // the 64 KiB slice may cut a UTF-8 character in two: only then is the last byte the culprit
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes.slice(0, bytes.byteLength - 3 > 0 ? bytes.byteLength - 3 : 0));
    } catch (stillNot) {
      return new TextDecoder('windows-1252').decode(bytes);
    }
  }
}

function vcard(file) {
  return /\.vcf$/i.test(file.name) || /vcard/i.test(file.type);
}

/** The first line's columns, split on the delimiter Excel would have used (; in France). */
export function headerOf(text) {
  const first = text.replace(/^\uFEFF/, '').split(/\r?\n/)[0] || '';
  const delimiter = [';', ',', '\t'].map((d) => [d, first.split(d).length]).sort((a, b) => b[1] - a[1])[0][0];
  return first.split(delimiter).map((c) => c.trim().replace(/^"|"$/g, '')).filter(Boolean);
}

function showColumns(element, header, ignored) {
  if (!header.length) { fill(element); return; }
  fill(element, h('h2', {}, t('columns')), h('ul', {}, header.map((column) => h('li', {}, column,
    ignored ? h('span', { class: ignored.includes(column) ? 'muted' : 'ok' }, ` → ${ignored.includes(column) ? t('ignored') : t('imported')}`) : ''))));
}

async function job(file, dryRun, progress) {
  const type = vcard(file) ? 'text/vcard' : 'text/csv';
  let status = await api(`contacts/import-jobs${dryRun ? '?dryRun=true' : ''}`, { method: 'POST', body: file, headers: { 'Content-Type': type } });
  const bar = h('progress', { class: 'progress', max: '1', value: '0' });
  const text = h('p', { role: 'status' });
  const cancel = h('button', { type: 'button', onclick: () => api(`contacts/import-jobs/${status.id}`, { method: 'DELETE' }).catch(() => {}) }, t('cancel'));
  fill(progress, bar, text, cancel);
  const started = Date.now();
  while (['QUEUED', 'RUNNING'].includes(status.state)) {
    await new Promise((resolve) => setTimeout(resolve, 400));
    status = await api(`contacts/import-jobs/${status.id}`);
    if (status.rowsTotal > 0) {
      bar.max = String(status.rowsTotal);
      bar.value = String(status.rowsDone);
      const rate = status.rowsDone / ((Date.now() - started) / 1000);
      const left = rate > 0 ? Math.ceil((status.rowsTotal - status.rowsDone) / rate) : null;
      fill(text, t('rows', { done: formatNumber(status.rowsDone), total: formatNumber(status.rowsTotal) }), left !== null ? ` — ${t('left', { seconds: left })}` : '');
    }
  }
  cancel.remove();
  if (status.state === 'FAILED') throw new Error(status.error);
  if (status.state === 'CANCELLED') fill(text, t('cancelled'));
  else bar.value = bar.max;
  return status;
}

function showReport(element, status, dryRun) {
  const r = status.report;
  if (!r) { fill(element); return; }
  const csv = ['line;field;problem', ...r.problems.map((p) => [p.line, p.field || '', p.message].map((v) => `"${String(v).replace(/"/g, '""')}"`).join(';'))].join('\r\n');
  const download = h('a', { href: URL.createObjectURL(new Blob(['\uFEFF' + csv], { type: 'text/csv' })), download: 'import-report.csv' }, t('download'));
  fill(element, h('p', { class: dryRun ? 'notice' : 'ok', 'data-role': 'summary' }, dryRun ? `${t('checked')} ` : `${t('done')} `,
    t('report', { rows: r.rows, created: r.created, updated: r.updated, unchanged: r.unchanged, failed: r.failed })),
  r.problems.length ? h('table', { 'data-role': 'problems' }, h('thead', {}, h('tr', {}, h('th', {}, t('line')), h('th', {}, t('field')), h('th', {}, t('problem')))),
    h('tbody', {}, r.problems.map((p) => h('tr', {}, h('td', {}, p.line), h('td', {}, p.field || ''), h('td', {}, p.message))))) : null,
  r.problems.length ? download : null);
}
