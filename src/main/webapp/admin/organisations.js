// The organisations of Kurer's admin page (issue 18), from /admin/organisations: each with its state, whether Altinn
// still lets Kurer act for it, its key, its system user (with the approval link while the request is New), whether its
// inbox is polled, its backlog and its failures. A form adds one (and starts its onboarding); a button removes one.
// Uses text(), problemText(), base and POLL_MS from admin.js.
'use strict';

const organisationsApi = base + 'organisations';

function organisationCell(o) {
  const cell = document.createElement('td');
  cell.className = 'organisation';
  cell.appendChild(text('span', o.orgno, 'orgno'));
  if (o.name) cell.appendChild(text('span', ' ' + o.name));
  if (o.configured) cell.appendChild(text('span', ' (systemuser.org)', 'muted'));
  return cell;
}

function systemUserCell(o) {
  const cell = document.createElement('td');
  cell.className = 'systemuser';
  const onboarding = o.systemUser.onboarding;
  const status = onboarding ? onboarding.status : (o.systemUser.present ? 'Configured' : 'None');
  cell.dataset.status = status;
  const label = text('span', status, 'org-status status status-' + status);
  if (onboarding) {
    label.title = `${onboarding.kind === 'AGENT' ? 'Agent onboarding' : 'Onboarding'} ${onboarding.id}: `
      + onboarding.externalRef + (onboarding.lastError ? '\n' + onboarding.lastError : '');
  }
  cell.appendChild(label);
  if (onboarding && onboarding.status === 'New' && onboarding.confirmUrl) {
    const a = text('a', 'Approval page', 'org-confirm');
    a.href = onboarding.confirmUrl;
    a.target = '_blank';
    a.rel = 'noopener';
    a.title = 'Give this link to the organisation\'s manager: ' + onboarding.confirmUrl;
    cell.append(' ', a);
  }
  if (!o.systemUser.present && o.state === 'ACTIVE') {
    cell.appendChild(text('div', 'No system user to act with yet', 'muted'));
  }
  return cell;
}

function organisationRow(o) {
  const tr = document.createElement('tr');
  tr.dataset.orgno = o.orgno;
  tr.appendChild(organisationCell(o));
  const state = text('td', o.state === 'ACTIVE' ? 'Active' : 'Removed', 'state org-' + o.state);
  state.dataset.state = o.state;
  if (o.removed) state.title = 'Removed ' + new Date(o.removed).toLocaleString();
  tr.appendChild(state);
  const authorised = text('td', o.authorised ? 'Authorised' : 'No longer authorised', 'authorisation');
  if (!o.authorised) {
    authorised.classList.add('error');
    if (o.authorisationNote) authorised.appendChild(text('div', o.authorisationNote));
  }
  tr.appendChild(authorised);
  tr.appendChild(o.key ? text('td', o.key, 'key error') : text('td', 'OK', 'key'));
  tr.appendChild(systemUserCell(o));
  const polled = text('td', o.polled ? 'Polled' : 'Not polled', 'polled');
  polled.dataset.polled = String(o.polled);
  if (o.searchFailure) polled.appendChild(text('div', o.searchFailure, 'error'));
  tr.appendChild(polled);
  tr.appendChild(text('td', `in ${o.backlog.incoming} · out ${o.backlog.outgoing}`, 'backlog'));
  const failed = o.failures.incoming + o.failures.outgoing;
  tr.appendChild(text('td', `in ${o.failures.incoming} · out ${o.failures.outgoing}`, failed ? 'failures error' : 'failures'));
  tr.appendChild(text('td', o.configured && !o.nextmoveUsers.length ? 'those no other organisation names'
    : o.nextmoveUsers.join(', '), 'users'));
  const actions = document.createElement('td');
  if (o.removable) {
    const remove = text('button', 'Remove', 'remove');
    remove.type = 'button';
    remove.title = 'Stops polling and sending for it; what it received stays readable. Adding it again restores it.';
    remove.addEventListener('click', () => removeOrganisation(o.orgno));
    actions.appendChild(remove);
  }
  if (o.state === 'REMOVED') {
    const purge = text('button', 'Delete its messages', 'purge');
    purge.type = 'button';
    purge.title = 'Deletes its messages, conversations and files, and the organisation: this cannot be undone.';
    purge.addEventListener('click', () => deleteMessages(o.orgno));
    actions.appendChild(purge);
  }
  tr.appendChild(actions);
  return tr;
}

function showOrganisation(message, isError) {
  const element = document.getElementById('organisation-message');
  element.textContent = message;
  element.className = isError ? 'error' : '';
}

async function loadOrganisations() {
  try {
    const response = await fetch(organisationsApi, { headers: { Accept: 'application/json' }, cache: 'no-store' });
    if (!response.ok) {
      showOrganisation(await problemText(response), true);
      return;
    }
    const data = await response.json();
    document.querySelector('#organisations tbody').replaceChildren(...data.organisations.map(organisationRow));
  } catch (e) {
    showOrganisation('Kurer cannot be reached: ' + e.message, true);
  }
}

function organisationInput(form) {
  const values = new FormData(form);
  const input = { access: values.get('access') };
  for (const key of ['orgno', 'name']) {
    if (values.get(key).trim()) input[key] = values.get(key).trim();
  }
  input.nextmoveUsers = values.get('nextmoveUsers').split(/[\s,]+/).filter(u => u);
  if (input.access === 'AGENT_CLIENT' && values.get('agentRegistration').trim()) {
    input.agentRegistration = values.get('agentRegistration').trim();
  }
  return input;
}

async function addOrganisation(event) {
  event.preventDefault();
  const input = organisationInput(event.target);
  showOrganisation('Adding…', false);
  const response = await fetch(organisationsApi, {
    method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(input)
  });
  if (response.ok) {
    const added = await response.json();
    const onboarding = added.onboarding;
    showOrganisation(`Organisation ${added.orgno} added.` + (onboarding
      ? ` Onboarding ${onboarding.id} is ${onboarding.status}`
        + (onboarding.status === 'New' ? ': give the approval link to the organisation\'s manager.' : '.')
      : ''), onboarding && onboarding.status === 'Failed');
  } else {
    showOrganisation(await problemText(response), true);
  }
  await loadOrganisations();
}

async function removeOrganisation(orgno) {
  const response = await fetch(`${organisationsApi}/${encodeURIComponent(orgno)}`, {
    method: 'DELETE', headers: { 'Content-Type': 'application/json', Accept: 'application/json' }
  });
  showOrganisation(response.ok ? `Organisation ${orgno} removed: no longer polled or sent for; what it received stays.`
    : await problemText(response), !response.ok);
  await loadOrganisations();
}

async function deleteMessages(orgno) {
  if (!window.confirm(`Delete every message, conversation and file Kurer holds of ${orgno}? This cannot be undone.`)) {
    return;
  }
  const response = await fetch(`${organisationsApi}/${encodeURIComponent(orgno)}/messages`, {
    method: 'DELETE', headers: { 'Content-Type': 'application/json', Accept: 'application/json' }
  });
  if (response.ok) {
    const deleted = await response.json();
    showOrganisation(`Deleted ${deleted.messages} messages and ${deleted.conversations} conversations of ${orgno},`
      + ' and the organisation.');
  } else {
    showOrganisation(await problemText(response), true);
  }
  await loadOrganisations();
}

function agentFieldFollowsAccess() {
  const agent = document.getElementById('org-agent');
  agent.disabled = document.getElementById('org-access').value !== 'AGENT_CLIENT';
}

document.getElementById('add-organisation').addEventListener('submit', addOrganisation);
document.getElementById('org-access').addEventListener('change', agentFieldFollowsAccess);
agentFieldFollowsAccess();
loadOrganisations();
setInterval(loadOrganisations, POLL_MS);
