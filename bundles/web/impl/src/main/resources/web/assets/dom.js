// Building the page without innerHTML: every text goes through a text node, so data never becomes markup.

/** h('button', {class: 'primary', onclick: f}, 'Save') — attributes starting with "on" are listeners. */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.substring(2), value);
    } else if (value === true) {
      element.setAttribute(name, '');
    } else {
      element.setAttribute(name, String(value));
    }
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Empties an element and fills it again. */
export function fill(element, ...children) {
  element.replaceChildren();
  append(element, children);
  return element;
}

let ids = 0;
/** A unique id for label/input pairs. */
export function uid(prefix = 'f') {
  ids += 1;
  return `${prefix}-${ids}`;
}

/** A labelled input; the error slot below it is filled by showFieldErrors. */
export function field(label, name, attributes = {}) {
  const id = uid(name);
  const input = attributes.rows
    ? h('textarea', { id, name, ...attributes })
    : h('input', { id, name, type: 'text', ...attributes });
  const error = h('p', { class: 'field-error', id: `${id}-error`, 'data-error-for': name, hidden: true });
  input.setAttribute('aria-describedby', `${id}-error`);
  return h('div', { class: 'field' }, h('label', { for: id }, label), input, error);
}

/** A select with its label; options are [value, text] pairs. */
export function choice(label, name, options, selected) {
  const id = uid(name);
  const select = h('select', { id, name },
    options.map(([value, text]) => h('option', { value, selected: value === selected }, text)));
  return h('div', { class: 'field' }, h('label', { for: id }, label), select,
    h('p', { class: 'field-error', 'data-error-for': name, hidden: true }));
}

/** Puts a 422 problem's field errors next to their fields; those without a field go to the form's message. */
export function showFieldErrors(form, problem, message) {
  form.querySelectorAll('[data-error-for]').forEach((slot) => { slot.hidden = true; slot.textContent = ''; });
  form.querySelectorAll('[aria-invalid]').forEach((input) => input.removeAttribute('aria-invalid'));
  const unplaced = [];
  for (const error of problem.errors || []) {
    const base = String(error.field || '').split(/[.[]/)[0];
    const slot = form.querySelector(`[data-error-for="${CSS.escape(error.field)}"]`)
      || form.querySelector(`[data-error-for="${CSS.escape(base)}"]`);
    if (slot) {
      slot.textContent = error.message;
      slot.hidden = false;
      const input = slot.parentElement.querySelector('input, select, textarea');
      if (input) input.setAttribute('aria-invalid', 'true');
    } else {
      unplaced.push(`${error.field}: ${error.message}`);
    }
  }
  if (message) {
    fill(message, unplaced.length ? unplaced.join(' · ') : (problem.errors ? '' : problem.detail || problem.title));
    message.hidden = message.textContent === '';
  }
  const first = form.querySelector('[aria-invalid]');
  if (first) first.focus();
}

/**
 * The problem with its errors on list items renamed after the inputs that made them: e.g. with prefix
 * "contactPoints" and {0: "email", 1: "phone"}, "contactPoints[1].value" becomes "phone".
 */
export function renamedErrors(problem, prefix, inputs) {
  const pattern = new RegExp(`^${prefix}\\[(\\d+)\\]`);
  const errors = (problem.errors || []).map((error) => {
    const index = pattern.exec(error.field || '');
    return index && inputs[index[1]] ? { ...error, field: inputs[index[1]] } : error;
  });
  return { ...problem, errors };
}
