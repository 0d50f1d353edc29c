// What the project and omvärldsbevakning pages share about changing things: who may, a step that asks
// for confirmation before a lifecycle action, and a plain "someone else changed it" for a 412.
import { t } from '../i18n.js';
import { h, showErrors, clearErrors, values, confirmFirst } from '../ui.js';
import { session } from '../session.js';

/** The signed-in user may change an item of one of these units (mirrors the services' Actor.mayChange). */
export function mayChange(units = []) {
  const me = session.me;
  if (!me) return false;
  if (me.roles?.includes('INTERNATIONAL_OFFICE')) return true;
  return Boolean(me.roles?.includes('UNIT_EDITOR') && me.unit && units.some(u => u && u.toLowerCase() === me.unit.toLowerCase()));
}

export const isInternationalOffice = () => Boolean(session.me?.roles?.includes('INTERNATIONAL_OFFICE'));

/** Re-renders the current page (the router listens to hashchange; a changing parameter forces it). */
export function reload(flag = 'done') {
  location.hash = `${location.hash.replace(/\?.*$/, '')}?${flag}=${Date.now()}`;
}

/** A form that runs run(values) on submit and shows failures next to its fields. */
export function changeForm(attrs, children, run) {
  const form = h('form', { novalidate: true, ...attrs }, ...children);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearErrors(form);
    try { await run(values(form)); } catch (err) { showErrors(form, err); }
  });
  return form;
}

/**
 * A lifecycle action in a card: its fields and a button; pressing the button first shows what will
 * happen (explain) with "Yes, …" and "Cancel", and only the "Yes" runs it.
 */
export function confirmedAction({ id, heading, explain, fields = [], button, danger, run }) {
  const headingId = `${id}-heading`;
  const form = h('form', { class: 'card', id: `${id}-form`, novalidate: true, 'aria-labelledby': headingId },
    h('h2', { id: headingId }, heading), ...fields,
    h('button', { type: 'submit', class: `button${danger ? ' danger' : ''}`, id }, button));
  return confirmFirst(form, () => explain, () => run(values(form)),
    { yesLabel: t('confirmYes', { action: button }), yesId: `${id}-confirm`, cancelId: `${id}-cancel`, danger });
}

/** Today as yyyy-mm-dd in the browser's time zone (a date input's value). */
export function today() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** "a, b , c" → ["a", "b", "c"] (a list typed into one text field) */
export const splitList = (text) => (text || '').split(',').map(s => s.trim()).filter(Boolean);
