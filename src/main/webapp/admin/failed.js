// The failed incoming DPO files of Kurer's admin page, from /admin/dpo/failed, each with a download of its raw file
// when Kurer kept it. Uses text(), base and POLL_MS from admin.js.
'use strict';

function failedFileRow(file) {
  const tr = document.createElement('tr');
  tr.dataset.fileTransferId = file.fileTransferId;
  tr.append(text('td', file.fileTransferId), text('td', file.sender),
    text('td', new Date(file.failed).toLocaleString()), text('td', file.reason, 'error'));
  const raw = document.createElement('td');
  if (file.rawFile) {
    const link = text('a', `Download (${file.size} bytes)`, 'raw-file');
    link.href = base + file.rawFile.replace(/^admin\//, '');
    link.download = file.fileTransferId + '.zip';
    raw.appendChild(link);
  } else {
    raw.appendChild(text('span', 'not kept', 'muted'));
  }
  tr.appendChild(raw);
  return tr;
}

async function loadFailedFiles() {
  try {
    const response = await fetch(base + 'dpo/failed?max=50', { headers: { Accept: 'application/json' }, cache: 'no-store' });
    if (response.ok) {
      document.querySelector('#dpo-failed tbody').replaceChildren(...(await response.json()).map(failedFileRow));
    }
  } catch (e) {
    // the DPO list's status line already says when Kurer cannot be reached
  }
}

loadFailedFiles();
setInterval(loadFailedFiles, POLL_MS);
