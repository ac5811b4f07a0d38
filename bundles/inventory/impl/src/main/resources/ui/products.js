// The catalog and its stock: search by name or SKU, each product's price and its stock at every location.
import { h, fill } from '/crm/assets/dom.js';
import { api } from '/crm/assets/api.js';
import { translator, formatMoney, formatNumber } from '/crm/assets/i18n.js';

const t = translator({
  en: { title: 'Products', search: 'Search (name or SKU)', price: 'Price', stock: 'Stock', location: 'Location', onHand: 'On hand',
    reserved: 'Reserved', available: 'Available', none: 'No product found.', results: '{count} products' },
  fr: { title: 'Produits', search: 'Rechercher (nom ou référence)', price: 'Prix', stock: 'Stock', location: 'Site', onHand: 'En stock',
    reserved: 'Réservé', available: 'Disponible', none: 'Aucun produit trouvé.', results: '{count} produits' },
});

export async function render(element, context) {
  const [sku] = context.route.rest;
  if (sku) return detail(element, sku);
  const input = h('input', { type: 'search', id: 'product-search' });
  const list = h('div', {});
  fill(element, h('h1', {}, t('title')), h('div', { class: 'field' }, h('label', { for: 'product-search' }, t('search')), input), list);
  const run = async () => {
    const found = await api(`inventory/products?limit=50${input.value.trim() ? `&q=${encodeURIComponent(input.value.trim())}` : ''}`);
    fill(list, found.length === 0 ? h('p', {}, t('none')) : [h('p', { class: 'muted' }, t('results', { count: formatNumber(found.total ?? found.length) })),
      h('table', { 'data-role': 'products' }, h('tbody', {}, found.map((p) => h('tr', {},
        h('td', {}, h('a', { href: `#/inventory/products/${encodeURIComponent(p.sku)}` }, p.sku)), h('td', {}, p.name),
        h('td', {}, formatMoney(p.unitPrice.amount, p.unitPrice.currency))))))]);
  };
  let timer;
  input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(run, 200); });
  await run();
}

async function detail(element, sku) {
  const [product, stock] = await Promise.all([api(`inventory/products/${encodeURIComponent(sku)}`), api(`inventory/stock?sku=${encodeURIComponent(sku)}`)]);
  fill(element, h('h1', {}, `${product.sku} — ${product.name}`),
    h('p', {}, t('price'), ' : ', formatMoney(product.unitPrice.amount, product.unitPrice.currency)),
    h('h2', {}, t('stock')), h('table', { 'data-role': 'stock' },
      h('thead', {}, h('tr', {}, [t('location'), t('onHand'), t('reserved'), t('available')].map((x) => h('th', {}, x)))),
      h('tbody', {}, stock.map((s) => h('tr', {}, h('td', {}, s.location), h('td', {}, s.onHand), h('td', {}, s.reserved), h('td', {}, s.available))))));
}
