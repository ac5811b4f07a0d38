// The prediction models' quality: each scored on a time holdout (the last months of history kept aside while it
// trained) next to a naive baseline scored on the same cases; managers and administrators retrain them now.
import { h, fill } from '/crm/assets/dom.js';
import { api } from '/crm/assets/api.js';
import { translator, formatDate, formatDateTime, formatNumber } from '/crm/assets/i18n.js';

const t = translator({
  en: { title: 'Predictions', intro: 'Each model is trained without the last months of history, then scored on what customers really did in them, next to a naive baseline scored on the same cases.',
    model: 'Model', metric: 'Measure', score: 'Score', baseline: 'Baseline', cases: 'Cases', period: 'Holdout period', trained: 'Trained',
    beats: 'better than the baseline', notBetter: 'not better than the baseline', days: '{n} days',
    none: 'The models have not been trained yet: they need a purchase history, and are trained on schedule or with “Retrain now”.',
    retrain: 'Retrain now', training: 'Training the models… this can take a few minutes.', retrained: 'Models retrained.', failed: 'The models could not be retrained: {reason}',
    'model-next-purchase': 'Next product', 'model-next-purchase-date': 'Next purchase date', 'model-cross-sell': 'Cross-sell', 'model-churn': 'Churn risk',
    'metric-next-purchase': 'Customers who did buy the predicted next product (%)',
    'metric-next-purchase-date': 'Mean error on the day of a repeat purchase (days; lower is better)',
    'metric-cross-sell': 'Customers who bought a new product among the 3 suggested (%)',
    'metric-churn': 'Area under the ROC curve of the risk against who bought nothing (0.5 is chance)',
    'baseline-next-purchase': 'the most popular product', 'baseline-next-purchase-date': 'the product’s average interval',
    'baseline-cross-sell': 'the 3 most popular products they do not own', 'baseline-churn': 'days since the last purchase alone' },
  fr: { title: 'Prédictions', intro: 'Chaque modèle est entraîné sans les derniers mois d’historique, puis noté sur ce que les clients y ont vraiment fait, à côté d’une méthode naïve notée sur les mêmes cas.',
    model: 'Modèle', metric: 'Mesure', score: 'Score', baseline: 'Référence', cases: 'Cas', period: 'Période de test', trained: 'Entraîné le',
    beats: 'meilleur que la référence', notBetter: 'pas meilleur que la référence', days: '{n} jours',
    none: 'Les modèles n’ont pas encore été entraînés : il leur faut un historique d’achats ; ils le sont selon le planning ou avec « Réentraîner maintenant ».',
    retrain: 'Réentraîner maintenant', training: 'Entraînement des modèles… cela peut prendre quelques minutes.', retrained: 'Modèles réentraînés.', failed: 'Les modèles n’ont pas pu être réentraînés : {reason}',
    'model-next-purchase': 'Prochain produit', 'model-next-purchase-date': 'Date du prochain achat', 'model-cross-sell': 'Ventes croisées', 'model-churn': 'Risque de départ',
    'metric-next-purchase': 'Clients ayant bien acheté le prochain produit prédit (%)',
    'metric-next-purchase-date': 'Erreur moyenne sur le jour d’un rachat (jours ; plus bas est meilleur)',
    'metric-cross-sell': 'Clients ayant acheté un nouveau produit parmi les 3 suggérés (%)',
    'metric-churn': 'Aire sous la courbe ROC du risque face aux clients n’ayant rien acheté (0,5 = hasard)',
    'baseline-next-purchase': 'le produit le plus vendu', 'baseline-next-purchase-date': 'l’intervalle moyen du produit',
    'baseline-cross-sell': 'les 3 produits les plus vendus qu’ils n’ont pas', 'baseline-churn': 'les jours depuis le dernier achat seuls' },
});

const RETRAINERS = ['crm-admin', 'crm-manager'];

/** This screen's text for a model's word (its name, metric, baseline), else what the API says. */
function known(prefix, model, otherwise) {
  const key = `${prefix}-${model}`;
  const text = t(key);
  return text === key ? otherwise : text;
}

/** A score in its metric's unit: the API's metric ends with "(%)" or "(days)" when it has one. */
function scoreText(value, metric) {
  if (value === null || value === undefined) return '—';
  if (/\(%\)\s*$/.test(metric || '')) return `${formatNumber(value, 1)} %`;
  if (/\(days\)\s*$/.test(metric || '')) return t('days', { n: formatNumber(value, 1) });
  return formatNumber(value, 3);
}

/** Whether the model did better than its baseline, or null when either has no score. */
function beats(quality) {
  if (quality.score === null || quality.score === undefined || quality.baselineScore === null || quality.baselineScore === undefined) return null;
  const score = Number(quality.score);
  const baseline = Number(quality.baselineScore);
  return quality.higherIsBetter ? score > baseline : score < baseline;
}

export async function render(element, context) {
  const models = await api('reporting/models');
  const table = h('div', { 'data-role': 'models' });
  const status = h('p', { role: 'status', hidden: true });
  const message = h('p', { class: 'form-message', role: 'alert', hidden: true });
  const mayRetrain = RETRAINERS.some((role) => (context.session?.roles || []).includes(role));
  const button = mayRetrain ? h('button', { type: 'button', class: 'primary', 'data-role': 'retrain' }, t('retrain')) : null;
  if (button) {
    button.addEventListener('click', async () => {
      button.disabled = true;
      message.hidden = true;
      fill(status, t('training'));
      status.hidden = false;
      try {
        const retrained = await api('reporting/models/refresh', { method: 'POST' });
        showModels(table, retrained);
        fill(status, t('retrained'));
      } catch (e) {
        status.hidden = true;
        fill(message, t('failed', { reason: e.problem?.detail || e.message }));
        message.hidden = false;
      } finally {
        button.disabled = false;
      }
    });
  }
  fill(element, h('h1', {}, t('title')), h('p', { class: 'muted' }, t('intro')), table,
    button ? h('div', { class: 'row' }, button) : null, status, message);
  showModels(table, models);
}

function showModels(table, models) {
  if (!models.length) {
    fill(table, h('p', { class: 'muted', 'data-role': 'untrained' }, t('none')));
    return;
  }
  const right = (cell) => { cell.style.textAlign = 'right'; return cell; };
  const rows = models.map((q) => {
    const better = beats(q);
    return h('tr', { 'data-model': q.model },
      h('td', {}, known('model', q.model, q.model)),
      h('td', {}, known('metric', q.model, q.metric)),
      right(h('td', {}, scoreText(q.score, q.metric), ' ',
        better === null ? null : h('span', { class: better ? 'ok' : 'muted', role: 'img', 'aria-label': t(better ? 'beats' : 'notBetter'),
          title: t(better ? 'beats' : 'notBetter'), 'data-beats': String(better) }, better ? '✓' : '✗'))),
      h('td', {}, scoreText(q.baselineScore, q.metric), ' ', h('span', { class: 'muted' }, `(${known('baseline', q.model, q.baseline)})`)),
      right(h('td', {}, formatNumber(q.cases))),
      h('td', {}, `${formatDate(q.testedFrom)} – ${formatDate(q.testedTo)}`),
      h('td', {}, formatDateTime(q.trainedAt)));
  });
  const scroller = h('div', {}, h('table', {},
    h('thead', {}, h('tr', {}, [t('model'), t('metric'), t('score'), t('baseline'), t('cases'), t('period'), t('trained')].map((x) => h('th', { scope: 'col' }, x)))),
    h('tbody', {}, rows)));
  scroller.style.overflowX = 'auto';
  fill(table, scroller);
}
