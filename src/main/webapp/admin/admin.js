// Kurer's admin page: lists system user onboardings from /admin/systemusers, starts one, retries one, lists DPO
// messages from /admin/dpo/messages, and polls both.
'use strict';

const base = location.pathname.replace(/\/(index\.html)?$/, '') + '/';
const api = base + 'systemusers';
const dpoApi = base + 'dpo/messages?max=50';
const POLL_MS = 3000;
// The onboarding the status line speaks of, so that the line follows its row; and the rows whose history is open.
let followed = null;
const openHistories = new Set();

function text(tag, value, className) {
  const element = document.createElement(tag);
  element.textContent = value == null ? '' : String(value);
  if (className) element.className = className;
  return element;
}

async function problemText(response) {
  try {
    const problem = await response.json();
    return problem.detail || problem.title || response.statusText;
  } catch (e) {
    return response.status + ' ' + response.statusText;
  }
}

function row(registration) {
  const tr = document.createElement('tr');
  tr.id = 'registration-' + registration.id;
  tr.appendChild(text('td', registration.id));
  tr.appendChild(text('td', registration.orgno));
  tr.appendChild(text('td', registration.systemId));
  tr.appendChild(text('td', registration.externalRef));
  const status = text('td', registration.status, 'status status-' + registration.status);
  status.dataset.status = registration.status;
  tr.appendChild(status);
  const link = document.createElement('td');
  if (registration.confirmUrl) {
    const a = text('a', 'Approval page', 'confirm');
    a.href = registration.confirmUrl;
    a.target = '_blank';
    a.rel = 'noopener';
    a.title = 'Give this link to the customer\'s manager: ' + registration.confirmUrl;
    link.appendChild(a);
  }
  if (registration.kind === 'agent') {
    const clients = (registration.clients || [])
      .map(c => c.orgno + (c.authorised ? '' : ' (no longer authorised)'));
    link.appendChild(text('div', 'Agent system user ' + (registration.systemUserId || '(id not known yet)')
      + '; clients: ' + (clients.length ? clients.join(', ') : 'none'), 'clients'));
  }
  if (registration.changeRequest) {
    const change = registration.changeRequest;
    const div = text('div', 'Change request (' + (change.accessPackages || []).join(', ') + '): ' + change.status + ' ',
      'change');
    if (change.confirmUrl && change.status === 'New') {
      const a = text('a', 'Change approval page', 'confirm-change');
      a.href = change.confirmUrl;
      a.target = '_blank';
      a.rel = 'noopener';
      div.appendChild(a);
    }
    link.appendChild(div);
  }
  tr.appendChild(link);
  tr.appendChild(text('td', registration.lastError, 'error'));
  tr.appendChild(historyCell(registration));
  const actions = document.createElement('td');
  if (registration.retryable) {
    const retry = text('button', 'Retry', 'retry');
    retry.type = 'button';
    retry.addEventListener('click', () => retryOnboarding(registration.id));
    actions.appendChild(retry);
  }
  tr.appendChild(actions);
  return tr;
}

function historyCell(registration) {
  const cell = document.createElement('td');
  const history = registration.history || [];
  const details = document.createElement('details');
  details.className = 'history';
  details.open = openHistories.has(registration.id);
  details.addEventListener('toggle', () => {
    if (details.open) openHistories.add(registration.id); else openHistories.delete(registration.id);
  });
  details.appendChild(text('summary', history.length === 1 ? '1 step' : history.length + ' steps'));
  const list = document.createElement('ol');
  for (const step of history) {
    const item = text('li', `${new Date(step.occurred).toLocaleString()} ${step.status}`
      + (step.description ? ': ' + step.description : ''));
    item.dataset.status = step.status;
    list.appendChild(item);
  }
  details.appendChild(list);
  cell.appendChild(details);
  return cell;
}

function activeUser(active) {
  const element = document.getElementById('active');
  if (!active || !active.orgno) {
    element.replaceChildren(text('p', 'None yet: start an onboarding, or configure systemuser.org, '
      + 'systemuser.system-id and systemuser.external-ref.'));
    return;
  }
  const list = document.createElement('dl');
  for (const [label, value] of [['Organisation number', active.orgno], ['System id', active.systemId],
    ['externalRef', active.externalRef], ['Source', active.source]]) {
    list.appendChild(text('dt', label));
    list.appendChild(text('dd', value));
  }
  element.replaceChildren(list);
}

/** Speaks of the onboarding and keeps speaking of it: the line changes when its row does. */
function follow(registration, prefix) {
  followed = { id: registration.id, prefix: prefix || '' };
  showFollowed(registration);
}

function showFollowed(registration) {
  show(`${followed.prefix}Onboarding ${registration.id} is ${registration.status}.`, registration.status === 'Failed');
}

async function load() {
  try {
    const response = await fetch(api, { headers: { Accept: 'application/json' }, cache: 'no-store' });
    if (!response.ok) {
      show(await problemText(response), true);
      return;
    }
    const data = await response.json();
    const body = document.querySelector('#registrations tbody');
    body.replaceChildren(...data.registrations.map(row));
    const current = followed && data.registrations.find(r => r.id === followed.id);
    if (current) showFollowed(current);
    activeUser(data.active);
    document.getElementById('updated').textContent = 'Updated ' + new Date().toLocaleTimeString();
  } catch (e) {
    show('Kurer cannot be reached: ' + e.message, true);
  }
}

function show(message, isError) {
  const element = document.getElementById('message');
  element.textContent = message;
  element.className = isError ? 'error' : '';
}

async function startOnboarding(event) {
  event.preventDefault();
  const form = event.target;
  const input = {};
  for (const [key, value] of new FormData(form).entries()) {
    if (value.trim()) input[key] = value.trim();
  }
  followed = null;
  show('Starting…', false);
  const response = await fetch(api, {
    method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(input)
  });
  if (response.ok) {
    follow(await response.json());
  } else {
    show(await problemText(response), true);
  }
  await load();
}

async function retryOnboarding(id) {
  followed = null;
  const response = await fetch(`${api}/${id}/retry`, {
    method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body: '{}'
  });
  if (response.ok) {
    follow(await response.json(), 'Started again. ');
  } else {
    show(await problemText(response), true);
  }
  await load();
}

function dpoRow(message) {
  const tr = document.createElement('tr');
  tr.appendChild(text('td', message.direction === 'OUT' ? 'Out' : 'In'));
  tr.appendChild(text('td', message.messageId));
  tr.appendChild(text('td', message.conversationId));
  tr.appendChild(text('td', message.counterpart));
  const state = text('td', message.state, 'status dpo-' + message.state);
  state.dataset.state = message.state;
  state.title = (message.history || [])
    .map(s => `${new Date(s.occurred).toLocaleString()} ${s.state}${s.description ? ': ' + s.description : ''}`)
    .join('\n');
  tr.appendChild(state);
  const efm = text('td', (message.efmStatuses || []).map(s => s.status).join(' → '), 'efm-statuses');
  efm.title = (message.efmStatuses || [])
    .map(s => `${new Date(s.lastUpdate).toLocaleString()} ${s.status}${s.description ? ': ' + s.description : ''}`)
    .join('\n');
  tr.appendChild(efm);
  tr.appendChild(text('td', message.lastStatus ? new Date(message.lastStatus).toLocaleString() : ''));
  tr.appendChild(text('td', message.state === 'FAILED' ? message.reason : '', 'error'));
  return tr;
}

async function loadDpo() {
  const status = document.getElementById('dpo-message');
  try {
    const response = await fetch(dpoApi, { headers: { Accept: 'application/json' }, cache: 'no-store' });
    if (!response.ok) {
      status.textContent = await problemText(response);
      status.className = 'error';
      return;
    }
    const messages = await response.json();
    document.querySelector('#dpo-messages tbody').replaceChildren(...messages.map(dpoRow));
    status.textContent = messages.length ? '' : 'No DPO messages yet.';
    status.className = 'muted';
  } catch (e) {
    status.textContent = 'Kurer cannot be reached: ' + e.message;
    status.className = 'error';
  }
}

function refresh() {
  load();
  loadDpo();
}

document.getElementById('start').addEventListener('submit', startOnboarding);
refresh();
setInterval(refresh, POLL_MS);
