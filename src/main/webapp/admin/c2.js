// The C2 part of Kurer's admin page: letters by state, the outbox with "retry now", letters that ended FEILET,
// receipts per type, the last hour's refusals, and a chart drawn as inline SVG from /admin/dpi/activity.
// Uses text(), problemText(), base and POLL_MS from admin.js.
'use strict';

const c2Api = base + 'dpi/';
const SVG = 'http://www.w3.org/2000/svg';

async function getJson(path) {
  const response = await fetch(c2Api + path, { headers: { Accept: 'application/json' }, cache: 'no-store' });
  if (!response.ok) throw new Error(await problemText(response));
  return response.json();
}

function c2Status(message, isError) {
  const element = document.getElementById('c2-message');
  element.textContent = message;
  element.className = isError ? 'error' : 'muted';
}

function counts(id, map) {
  const list = document.getElementById(id);
  list.replaceChildren(...Object.entries(map).map(([name, count]) => {
    const pair = document.createElement('div');
    pair.dataset.name = name;
    pair.append(text('dt', name), text('dd', count));
    return pair;
  }));
  if (!Object.keys(map).length) list.replaceChildren(text('dd', 'None yet.', 'muted'));
}

function when(instant) {
  return instant ? new Date(instant).toLocaleString() : '';
}

function newestRow(letter) {
  const tr = document.createElement('tr');
  tr.dataset.meldingsid = letter.meldingsid;
  const status = text('td', letter.status, 'status letter-' + letter.status);
  status.dataset.status = letter.status;
  status.title = letter.state;
  tr.append(text('td', letter.meldingsid), text('td', letter.sender), text('td', letter.receiver),
    text('td', when(letter.accepted)), status);
  return tr;
}

function outboxRow(letter) {
  const tr = document.createElement('tr');
  tr.dataset.meldingsid = letter.meldingsid;
  tr.append(text('td', letter.meldingsid), text('td', letter.sender), text('td', letter.receiver),
    text('td', letter.attempts), text('td', when(letter.nextAttempt)), text('td', letter.lastError, 'error'));
  const actions = document.createElement('td');
  if (!letter.claimed && letter.nextAttempt && new Date(letter.nextAttempt) > new Date()) {
    const retry = text('button', 'Retry now', 'retry-now');
    retry.type = 'button';
    retry.addEventListener('click', () => retryNow(letter.meldingsid));
    actions.appendChild(retry);
  }
  tr.appendChild(actions);
  return tr;
}

function failedRow(letter) {
  const tr = document.createElement('tr');
  tr.dataset.meldingsid = letter.meldingsid;
  tr.append(text('td', letter.meldingsid), text('td', letter.sender), text('td', letter.receiver),
    text('td', letter.attempts), text('td', letter.reason, 'error'),
    text('td', letter.feilReceiptSent ? when(letter.feilReceiptSent) : 'not yet'));
  return tr;
}

function refusalRow(refusal) {
  const tr = document.createElement('tr');
  tr.append(text('td', refusal.sender || 'unknown'), text('td', refusal.status), text('td', refusal.type),
    text('td', refusal.count), text('td', when(refusal.last)), text('td', refusal.lastRequest));
  return tr;
}

function svg(tag, attributes) {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}

/** Two bars per minute, accepted and forwarded, scaled to the busiest minute. */
function drawChart(activity) {
  const width = 600, height = 160, top = 10, bottom = 20, step = width / activity.minutes;
  const most = Math.max(1, ...activity.accepted, ...activity.forwarded);
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', id: 'activity-chart',
    'aria-label': 'Letters accepted and forwarded per minute over the last hour' });
  chart.appendChild(svg('line', { x1: 0, y1: height - bottom, x2: width, y2: height - bottom, class: 'axis' }));
  const series = [['accepted', activity.accepted, 0], ['forwarded', activity.forwarded, step / 2]];
  for (const [name, values, offset] of series) {
    values.forEach((count, minute) => {
      if (!count) return;
      const barHeight = (height - top - bottom) * count / most;
      const bar = svg('rect', { x: minute * step + offset, y: height - bottom - barHeight, width: step / 2 - 1,
        height: barHeight, class: name });
      const start = new Date(Date.parse(activity.start) + minute * 60000).toLocaleTimeString();
      bar.appendChild(svg('title', {})).textContent = `${start}: ${count} ${name}`;
      chart.appendChild(bar);
    });
  }
  const label = (x, words, anchor) => {
    const element = svg('text', { x, y: height - 5, 'text-anchor': anchor });
    element.textContent = words;
    chart.appendChild(element);
  };
  label(0, new Date(Date.parse(activity.start)).toLocaleTimeString(), 'start');
  label(width, 'now', 'end');
  label(width / 2, `max ${most}/min · blue accepted · green forwarded`, 'middle');
  document.getElementById('chart').replaceChildren(chart);
}

async function retryNow(meldingsid) {
  const response = await fetch(`${c2Api}letters/${encodeURIComponent(meldingsid)}/retry`, {
    method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body: '{}'
  });
  c2Status(response.ok ? `Letter ${meldingsid} is due now.` : await problemText(response), !response.ok);
  await loadC2();
}

async function loadC2() {
  try {
    const [letters, refusals, activity] = await Promise.all([getJson('letters?max=50'), getJson('refusals'),
      getJson('activity')]);
    counts('letter-states', letters.states);
    counts('receipt-types', letters.receipts);
    document.querySelector('#newest-letters tbody').replaceChildren(...letters.newest.map(newestRow));
    document.querySelector('#outbox tbody').replaceChildren(...letters.outbox.map(outboxRow));
    document.querySelector('#failed-letters tbody').replaceChildren(...letters.failed.map(failedRow));
    document.querySelector('#refusals tbody').replaceChildren(...refusals.map(refusalRow));
    drawChart(activity);
  } catch (e) {
    c2Status('The C2 view cannot be loaded: ' + e.message, true);
  }
}

loadC2();
setInterval(loadC2, POLL_MS);
