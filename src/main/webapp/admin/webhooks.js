// The webhook subscriptions of Kurer's admin page, from /admin/webhooks: each with its delivered, waiting and failed
// events and the last error a delivery met. Uses text(), base and POLL_MS from admin.js.
'use strict';

function webhookRow(s) {
  const tr = document.createElement('tr');
  tr.dataset.subscriptionId = s.id;
  tr.append(text('td', String(s.id)), text('td', s.name), text('td', s.pushEndpoint), text('td', s.filter || 'all'),
    text('td', String(s.delivered)), text('td', String(s.waiting)),
    text('td', String(s.failed), s.failed > 0 ? 'error' : ''), text('td', s.lastError || '', 'error'));
  return tr;
}

async function loadWebhooks() {
  try {
    const response = await fetch(base + 'webhooks', { headers: { Accept: 'application/json' }, cache: 'no-store' });
    if (response.ok) {
      document.querySelector('#webhooks tbody').replaceChildren(...(await response.json()).map(webhookRow));
    }
  } catch (e) {
    // the DPO list's status line already says when Kurer cannot be reached
  }
}

loadWebhooks();
setInterval(loadWebhooks, POLL_MS);
