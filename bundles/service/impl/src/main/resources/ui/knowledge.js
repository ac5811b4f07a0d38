// The knowledge base: search (French and English, stemming and accents), read an article, write or edit one
// (agents and managers; Markdown, rendered by the server without raw HTML).
import { h, fill, field, choice, showFieldErrors } from '/crm/assets/dom.js';
import { api, ApiError } from '/crm/assets/api.js';
import { translator, formatDateTime, language } from '/crm/assets/i18n.js';

const t = translator({
  en: { title: 'Knowledge base', search: 'Search', results: '{n} articles', latest: 'Latest articles', write: 'Write an article',
    edit: 'Edit', articleTitle: 'Title', body: 'Text (Markdown)', tags: 'Tags (comma-separated)', language: 'Language',
    published: 'Published', save: 'Save', draft: 'draft', helpful: '{n} found it helpful' },
  fr: { title: 'Base de connaissances', search: 'Rechercher', results: '{n} articles', latest: 'Derniers articles', write: 'Écrire un article',
    edit: 'Modifier', articleTitle: 'Titre', body: 'Texte (Markdown)', tags: 'Mots-clés (séparés par des virgules)', language: 'Langue',
    published: 'Publié', save: 'Enregistrer', draft: 'brouillon', helpful: '{n} l’ont trouvé utile' },
});

export async function render(element, context) {
  if (context.route.rest[0]) {
    await articlePage(element, context, context.route.rest[0]);
    return;
  }
  const q = context.route.params.get('q') || '';
  const searchForm = h('form', { role: 'search', 'data-role': 'kb-search' }, field(t('search'), 'q', { value: q, type: 'search' }), h('button', { class: 'primary' }, t('search')));
  searchForm.addEventListener('submit', (e) => { e.preventDefault(); context.navigate(`#/service/knowledge?q=${encodeURIComponent(searchForm.q.value)}`); });
  let list;
  if (q) {
    const hits = await api(`service/articles/search?q=${encodeURIComponent(q)}&language=${language()}&limit=20`);
    list = h('section', {}, h('p', { class: 'muted' }, t('results', { n: hits.length })), h('ol', { 'data-role': 'kb-results' }, hits.map((hit) => {
      const excerpt = h('p', { class: 'muted' });
      excerpt.innerHTML = hit.highlight; // escaped by the server; only <mark> is markup
      return h('li', {}, h('a', { href: `#/service/knowledge/${encodeURIComponent(hit.id)}` }, hit.title), ` [${hit.language}]`, excerpt);
    })));
  } else {
    const page = await api('service/articles?limit=30');
    list = h('section', {}, h('h2', {}, t('latest')), h('ul', {}, page.map((a) => h('li', {},
      h('a', { href: `#/service/knowledge/${encodeURIComponent(a.id)}` }, a.title), ` [${a.language}]`, a.published ? '' : h('span', { class: 'badge' }, t('draft'))))));
  }
  fill(element, h('h1', {}, t('title')), searchForm, list, h('details', {}, h('summary', {}, t('write')), editor(null, () => render(element, context))));
}

async function articlePage(element, context, id) {
  const article = await api(`service/articles/${encodeURIComponent(id)}`);
  const body = h('article', { class: 'article', 'data-role': 'article' });
  body.innerHTML = article.html; // rendered by the server: raw HTML escaped, unsafe links dropped
  fill(element, h('h1', {}, article.title), h('p', { class: 'muted' }, `${article.language} · ${formatDateTime(article.updatedAt)} · ${article.updatedBy} · `,
    t('helpful', { n: article.helpful }), article.published ? '' : h('span', { class: 'badge' }, t('draft'))), body,
    h('details', {}, h('summary', {}, t('edit')), editor(article, () => articlePage(element, context, id))));
}

function editor(article, done) {
  const message = h('p', { class: 'form-message', role: 'status', hidden: true });
  const form = h('form', { 'data-role': 'article-editor' }, field(t('articleTitle'), 'title', { required: true, value: article ? article.title : '' }),
    field(t('body'), 'body', { rows: 12, required: true }), field(t('tags'), 'tags', { value: article ? article.tags.join(', ') : '' }),
    choice(t('language'), 'language', [['fr', 'français'], ['en', 'English']], article ? article.language : language()),
    h('label', {}, h('input', { type: 'checkbox', name: 'published', checked: article ? article.published : true }), ' ', t('published')),
    message, h('button', { class: 'primary' }, t('save')));
  if (article) form.body.value = article.body;
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const draft = { title: form.title.value, body: form.body.value, language: form.language.value, published: form.published.checked,
      tags: form.tags.value.split(',').map((s) => s.trim()).filter(Boolean), products: article ? article.products : [] };
    try {
      await api(article ? `service/articles/${encodeURIComponent(article.id)}` : 'service/articles',
        { method: article ? 'PUT' : 'POST', body: draft, headers: article ? { 'If-Match': `"${article.version}"` } : {} });
      await done();
    } catch (err) {
      if (err instanceof ApiError) showFieldErrors(form, err.problem, message); else throw err;
    }
  });
  return form;
}
