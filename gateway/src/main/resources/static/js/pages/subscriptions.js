// Bevakningar: a unit's alert subscriptions (subject areas, keywords, single items); the international office sees any unit's.
import { get, post, request, query } from '../api.js';
import { t, label } from '../i18n.js';
import { h, section, table, field, input, select, notice, dateTime, confirmFirst } from '../ui.js';
import { filterForm, filterText } from './common.js';
import { session } from '../session.js';
import { mayChange, isInternationalOffice, changeForm, reload } from './changes.js';

const KINDS = ['SUBJECT_AREA', 'KEYWORD', 'ITEM'];

export async function render(main, _params, q) {
  const office = isInternationalOffice();
  const unit = office ? q.unit : session.me?.unit;
  main.append(h('h1', {}, t('subscriptionsTitle')), h('p', { class: 'hint' }, t('subscriptionsIntro')),
    h('p', {}, h('a', { href: '#/legislation' }, t('backToLegislation'))));
  if (q.done) main.append(notice('success', t('saved')));
  if (office) main.append(filterForm('/subscriptions', q, [filterText('unit', t('unit'))]));
  if (mayChange(session.me?.unit ? [session.me.unit] : [])) {
    main.append(changeForm({ class: 'card', id: 'subscribe-form', 'aria-labelledby': 'subscribe-heading' }, [h('h2', { id: 'subscribe-heading' }, t('newSubscription')),
      field('unit', t('unit'), input({ value: unit || session.me?.unit || '', readonly: office ? null : true })),
      field('kind', t('subscriptionKind'), select(KINDS.map(k => [k, label(k)]), 'SUBJECT_AREA')),
      field('value', t('subscriptionValue'), input({}), t('subscriptionValueHint')),
      h('button', { type: 'submit', class: 'button', id: 'subscribe' }, t('subscribe'))],
    async (v) => { await post('/api/subscriptions', v); reload(); }));
  }
  const results = h('section', { id: 'subscriptions', 'aria-labelledby': 'subscriptions-heading' });
  main.append(h('h2', { id: 'subscriptions-heading' }, unit ? t('subscriptionsOf', { unit }) : t('allSubscriptions')), results);
  if (!office && !unit) { results.append(h('p', { class: 'empty' }, t('noSubscriptions'))); return; }
  await section(results, async () => {
    const list = await get(`/api/subscriptions${query({ unit })}`);
    return table(t('subscriptionsTitle'), [[t('unit'), s => s.unit], [t('subscriptionKind'), s => label(s.kind)], [t('subscriptionValue'), s => s.value],
      [t('since'), s => dateTime(s.createdAt)], [t('action'), s => (mayChange([s.unit]) ? endForm(s) : '–')]], list, t('noSubscriptions'));
  });
}

/** "Avsluta" for one subscription: says first what will happen. */
function endForm(s) {
  const form = h('form', { id: `end-${s.id}`, novalidate: true },
    h('button', { type: 'submit', class: 'button secondary', id: `end-${s.id}-button`,
      'aria-label': t('endSubscriptionOf', { kind: label(s.kind).toLowerCase(), value: s.value }) }, t('endSubscription')));
  return confirmFirst(form, () => t('confirmEndSubscription', { unit: s.unit, kind: label(s.kind).toLowerCase(), value: s.value }),
    async () => { await request('DELETE', `/api/subscriptions/${s.id}`); reload(); },
    { yesLabel: t('confirmYes', { action: t('endSubscription').toLowerCase() }), danger: true });
}
