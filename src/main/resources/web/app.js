// The Saraban search page: plain JavaScript, no build step. Three views chosen by the URL hash:
//   #/search?q=...&type=...   search with facets      #/letter/<id>   one letter      #/deadlines   upcoming deadlines
// Everything shown comes from scans (OCR text, QR codes) and is untrusted: it is only ever put into
// the page as text nodes (textContent), never as HTML, and only http(s) addresses become links.
'use strict';

const FACET_NAMES = { agency: 'หน่วยงาน', type: 'ประเภทหนังสือ', urgency: 'ความเร่งด่วน', domain: 'ด้าน (INFO)', year: 'ปี' };
const FACETS = Object.keys(FACET_NAMES);
const URGENCY = { urgent: 'ด่วน', very_urgent: 'ด่วนมาก', most_urgent: 'ด่วนที่สุด' };
const SECRECY = { confidential: 'ลับ', secret: 'ลับมาก', top_secret: 'ลับที่สุด' };
const TYPES = { external: 'หนังสือภายนอก', memo: 'บันทึกข้อความ', stamped: 'หนังสือประทับตรา', order: 'หนังสือสั่งการ',
  announcement: 'หนังสือประชาสัมพันธ์', record: 'หนังสือที่เจ้าหน้าที่ทำขึ้น', unknown: 'ไม่ทราบประเภท' };
const SORTS = { relevance: 'ตรงที่สุด', date: 'ใหม่ที่สุด', deadline: 'ใกล้กำหนดส่ง' };
const PAGE_SIZE = 20;

/** Builds an element; string children become text nodes, null children are skipped. */
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'class') node.className = value;
    else if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** A link for an address read from a scan: only http and https; anything else stays text. */
function externalLink(address, label) {
  try {
    const url = new URL(address);
    if (url.protocol === 'http:' || url.protocol === 'https:') {
      return el('a', { href: url.href, target: '_blank', rel: 'noopener noreferrer' }, label || address);
    }
  } catch (e) { /* not an address */ }
  return el('span', {}, label || address);
}

/** 2024-12-30 as ๓๐ ธันวาคม ๒๕๖๗ style Thai date (Buddhist era), digits left Arabic for readability. */
function thaiDate(iso) {
  if (!iso) return '–';
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString('th-TH-u-nu-latn', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
}

async function api(path) {
  const response = await fetch(path, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body.error || ('HTTP ' + response.status));
  return body;
}

function letterHref(id) { return '#/letter/' + encodeURIComponent(id); }

function show(...nodes) {
  const view = document.getElementById('view');
  view.replaceChildren(...nodes);
}

function showError(error) {
  show(el('p', { class: 'error', role: 'alert' }, 'เกิดข้อผิดพลาด: ', error.message));
}

function markNav(name) {
  for (const a of document.querySelectorAll('header nav a')) a.classList.toggle('active', a.id === 'nav-' + name);
}

// ---------- search ----------

function searchHash(params) {
  const p = new URLSearchParams();
  for (const [k, v] of params) if (v !== '' && v !== null) p.append(k, v);
  return '#/search?' + p.toString();
}

async function searchView(params) {
  markNav('search');
  const q = params.get('q') || '';
  const offset = Number(params.get('offset') || 0);
  const query = new URLSearchParams(params);
  query.set('limit', PAGE_SIZE);
  const result = await api('/api/search?' + query.toString());

  const input = el('input', { type: 'search', name: 'q', id: 'q', value: q, placeholder: 'ค้นหา เช่น ศูนย์ช่วยเหลือประชาชน หรือ มท 0810.7/ว 5955', autofocus: true });
  const range = (name, label) => el('label', {}, label, el('input', { type: 'date', name, value: params.get(name) || '' }));
  const sort = el('select', { name: 'sort', id: 'sort' },
    Object.entries(SORTS).map(([value, label]) => el('option', { value, selected: (params.get('sort') || 'relevance') === value }, label)));
  const form = el('form', { class: 'search', role: 'search', onsubmit: (event) => {
      event.preventDefault();
      const next = new URLSearchParams();
      for (const [k, v] of new FormData(form)) if (v) next.append(k, v);
      for (const f of FACETS) for (const v of params.getAll(f)) next.append(f, v);
      location.hash = searchHash(next);
    } },
    input, range('dateFrom', 'ลงวันที่ ตั้งแต่'), range('dateTo', 'ถึง'), range('deadlineFrom', 'กำหนดส่ง ตั้งแต่'), range('deadlineTo', 'ถึง'),
    el('label', {}, 'เรียงตาม', sort), el('button', { type: 'submit', id: 'search-button' }, 'ค้นหา'));

  const facets = el('aside', { class: 'facets', 'aria-label': 'ตัวกรอง' },
    result.facets.filter((f) => f.values.length > 0).map((facet) => el('section', { 'data-dimension': facet.dimension },
      el('h3', {}, FACET_NAMES[facet.dimension] || facet.dimension),
      el('ul', {}, facet.values.map((v) => {
        const selected = params.getAll(facet.dimension).includes(v.value);
        const next = new URLSearchParams(params);
        next.delete('offset');
        next.delete(facet.dimension);
        for (const other of params.getAll(facet.dimension)) if (other !== v.value) next.append(facet.dimension, other);
        if (!selected) next.append(facet.dimension, v.value);
        return el('li', {}, el('a', { href: searchHash(next), class: selected ? 'facet-value selected' : 'facet-value',
          'data-dimension': facet.dimension, 'data-value': v.value, 'aria-pressed': selected ? 'true' : 'false' },
          el('span', {}, (selected ? '✓ ' : '') + v.label), el('span', { class: 'count' }, v.count)));
      })))));

  const hits = result.hits.map((hit) => el('article', { class: 'hit', 'data-id': hit.id },
    el('h2', {}, el('a', { href: letterHref(hit.id), class: 'hit-title' },
      hit.subjectMarked ? marked(hit.subjectMarked) : (hit.subject || '(ไม่มีเรื่อง) ' + (hit.file || '')))),
    el('div', { class: 'meta' },
      hit.refNo ? el('span', { class: 'ref' }, 'ที่ ' + hit.refNo) : null,
      el('span', {}, thaiDate(hit.date)),
      hit.issuer ? el('span', {}, hit.issuer) : null,
      hit.urgency ? el('span', { class: 'badge' }, URGENCY[hit.urgency] || hit.urgency) : null,
      hit.nextDeadline ? el('span', {}, 'กำหนดส่งถัดไป ' + thaiDate(hit.nextDeadline)) : null),
    hit.snippets.map((s) => el('p', { class: 'snippet' }, '…', marked(s), '…'))));

  const pager = el('div', { class: 'pager' },
    offset > 0 ? el('a', { href: searchHash(withParam(params, 'offset', Math.max(0, offset - PAGE_SIZE))) }, '← ก่อนหน้า') : null,
    offset + PAGE_SIZE < result.total ? el('a', { href: searchHash(withParam(params, 'offset', offset + PAGE_SIZE)), id: 'next-page' }, 'ถัดไป →') : null);

  show(form, el('div', { class: 'layout' }, facets, el('section', { class: 'results' },
    el('p', { class: 'summary', id: 'summary' }, q ? `พบ ${result.total} ฉบับ สำหรับ “${q}”` : `หนังสือทั้งหมด ${result.total} ฉบับ`),
    hits.length ? hits : el('p', { id: 'no-hits' }, 'ไม่พบหนังสือที่ตรงกับคำค้น'), pager)));
}

/** A snippet's parts as nodes: found words in <mark>, the rest as text. */
function marked(snippet) {
  return snippet.parts.map((part) => part.match ? el('mark', {}, part.text) : part.text);
}

function withParam(params, name, value) {
  const next = new URLSearchParams(params);
  next.set(name, value);
  return next;
}

// ---------- one letter ----------

function refText(r) { return r && r.refNo ? r.refNo.text : null; }

function linkedLetter(link) {
  const label = [link.refNo ? 'ที่ ' + link.refNo : null, link.date ? 'ลงวันที่ ' + thaiDate(link.date) : null].filter(Boolean).join(' ');
  return el('li', {}, link.id ? el('a', { href: letterHref(link.id), class: 'linked-letter' }, label || link.subject || link.id) : label || link.text || '–',
    link.id && link.subject ? ' · ' + link.subject : (!link.id && link.text ? ' · ' + link.text : ''),
    link.id ? null : el('span', { class: 'meta' }, ' (ไม่มีในระบบ)'));
}

function deadlineText(d) {
  const when = d.kind === 'monthly' ? `วันที่ ${d.dayOfMonth} ของทุกเดือน`
    : d.kind === 'relative' ? `ภายใน ${d.days} วัน` + (d.date ? ` (${thaiDate(d.date)})` : '')
    : thaiDate(d.date);
  return when + (d.action ? ' · ' + d.action : '');
}

async function letterView(id) {
  markNav('search');
  const [r, links] = await Promise.all([api('/api/records/' + encodeURIComponent(id)), api('/api/records/' + encodeURIComponent(id) + '/links')]);
  const rows = [
    ['ที่', refText(r)],
    ['ลงวันที่', r.date ? thaiDate(r.date) : r.dateRaw],
    ['จาก', r.issuer ? [r.issuer.name, r.issuer.address].filter(Boolean).join(' · ') : null],
    ['ประเภท', TYPES[r.letterType] || r.letterType],
    ['ความเร่งด่วน', r.urgency ? el('span', { class: 'badge' }, URGENCY[r.urgency]) : 'ปกติ'],
    ['ชั้นความลับ', r.secrecy ? SECRECY[r.secrecy] : null],
    ['เรื่อง', r.subject],
    ['เรียน / ถึง', r.salutation],
    ['อ้างถึง', links.cites.length ? el('ul', { id: 'cites' }, links.cites.map(linkedLetter)) : null],
    ['สิ่งที่ส่งมาด้วย', r.enclosures.length ? el('ul', {}, r.enclosures.map((e, i) =>
      el('li', {}, e.text || '', e.quantity ? ' จำนวน ' + e.quantity : '',
        links.encloses.find((l) => e.refNo && l.refNo === e.refNo.text && l.id) ? [' · ', el('a', { href: letterHref(links.encloses.find((l) => l.refNo === e.refNo.text).id) }, 'ที่ ' + e.refNo.text)] : (e.refNo ? ' ที่ ' + e.refNo.text : ''))))
      : null],
    ['ด้าน (INFO)', r.infoDomains.length ? el('ul', {}, r.infoDomains.map((d) => el('li', {}, `ด้านที่ ${d.number} ${d.name || ''}`, d.topics.length ? ' · ' + d.topics.join(', ') : ''))) : null],
    ['กำหนดส่ง', r.deadlines.length ? el('ul', { id: 'deadlines' }, r.deadlines.map((d) => el('li', {}, deadlineText(d)))) : null],
    ['ผู้ลงนาม', r.signer ? [r.signer.name, r.signer.position].filter(Boolean).join(' · ') : null],
    ['เจ้าของเรื่อง', r.ownerUnit],
    ['ติดต่อ', r.contacts ? [...r.contacts.phones.map((p) => 'โทร ' + p), ...r.contacts.faxes.map((p) => 'โทรสาร ' + p), ...r.contacts.emails, r.contacts.coordinator].filter(Boolean).join(' · ') : null],
    ['ลงรับ', r.receivedStamps.length ? el('ul', {}, r.receivedStamps.map((s) => el('li', {}, [s.office, s.number ? 'เลขรับ ' + s.number : null, s.date ? thaiDate(s.date) : null, s.time].filter(Boolean).join(' · ')))) : null],
    ['QR code', r.qrCodes.length ? el('ul', { id: 'qr-codes' }, r.qrCodes.map((c) => el('li', {}, externalLink(c.payload), c.label ? ' · ' + c.label : '', ` (หน้า ${c.page})`))) : null],
    ['ลิงก์', r.links.length ? el('ul', {}, r.links.map((l) => el('li', {}, externalLink(l)))) : null],
    ['ไฟล์', r.source ? `${r.source.file} หน้า ${r.source.pages.join(', ')}` : null],
    ['ต้องตรวจ', r.review.length ? el('ul', {}, r.review.map((x) => el('li', {}, x))) : null],
  ];
  const table = el('table', { class: 'fields', id: 'fields' }, rows.filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([name, value]) => el('tr', {}, el('th', { scope: 'row' }, name), el('td', {}, value))));
  const pages = el('div', { class: 'pages' }, (r.source ? r.source.pages : []).map((n) => {
    const img = el('img', { src: `/api/records/${encodeURIComponent(r.id)}/pages/${n}`, alt: `หน้า ${n} ของสแกน`, loading: 'lazy' });
    const figure = el('figure', {}, img, el('figcaption', {}, `หน้า ${n}`));
    img.addEventListener('error', () => figure.replaceChildren(el('figcaption', {}, `หน้า ${n}: ไม่มีภาพสแกนในคลัง`)));
    return figure;
  }));
  show(el('article', { class: 'letter', 'data-id': r.id },
    el('p', {}, el('a', { href: '#/', onclick: (e) => { e.preventDefault(); history.back(); } }, '← กลับ')),
    el('h1', { id: 'letter-subject' }, r.subject || '(ไม่มีเรื่อง)'),
    table,
    el('section', { class: 'links' },
      el('h2', {}, 'หนังสือที่อ้างถึงหรือส่งฉบับนี้'),
      links.citedBy.length ? el('ul', { id: 'cited-by' }, links.citedBy.map(linkedLetter)) : el('p', { class: 'meta' }, 'ไม่มี'),
      el('h2', {}, 'หนังสือที่เกี่ยวข้อง'),
      links.related.length ? el('ul', { id: 'related' }, links.related.map((h) => el('li', {},
        el('a', { href: letterHref(h.id) }, h.subject || (h.refNo ? 'ที่ ' + h.refNo : h.id)),
        h.refNo && h.subject ? ' · ที่ ' + h.refNo : '', h.date ? ' · ' + thaiDate(h.date) : '')))
        : el('p', { class: 'meta' }, 'ไม่มี')),
    el('h2', {}, 'ภาพสแกน'), pages,
    el('h2', {}, 'ข้อความ (จาก OCR)'), el('pre', { class: 'text', id: 'letter-text' }, r.text || '')));
}

// ---------- deadlines ----------

async function deadlinesView(params) {
  markNav('deadlines');
  const query = new URLSearchParams();
  for (const k of ['from', 'to']) if (params.get(k)) query.set(k, params.get(k));
  const result = await api('/api/deadlines?' + query.toString());
  const rows = result.deadlines.map((d) => el('tr', { class: d.overdue ? 'overdue' : (d.date === result.today ? 'today' : null), 'data-id': d.recordId },
    el('td', {}, thaiDate(d.date)),
    el('td', { class: 'status' }, d.overdue ? 'เลยกำหนด' : (d.date === result.today ? 'วันนี้' : '')),
    el('td', {}, d.action || '–', d.recurring ? el('span', { class: 'meta' }, ' (ทุกเดือน)') : null),
    el('td', {}, el('a', { href: letterHref(d.recordId) }, d.subject || (d.refNo ? 'ที่ ' + d.refNo : d.recordId)),
      d.refNo && d.subject ? el('div', { class: 'meta' }, 'ที่ ' + d.refNo) : null),
    el('td', {}, d.issuer || '')));
  show(el('h1', {}, 'กำหนดส่ง'),
    el('p', { class: 'summary' }, `วันนี้ ${thaiDate(result.today)} · ${result.deadlines.length} รายการ · `,
      el('a', { href: '/deadlines.ics' }, 'สมัครรับปฏิทิน (.ics)'), ' · ', el('a', { href: '/api/deadlines.csv?' + query.toString() }, 'ดาวน์โหลด CSV')),
    result.deadlines.length
      ? el('table', { class: 'deadlines', id: 'deadline-table' },
        el('thead', {}, el('tr', {}, ['วันที่', 'สถานะ', 'สิ่งที่ต้องทำ', 'หนังสือ', 'จาก'].map((h) => el('th', { scope: 'col' }, h)))),
        el('tbody', {}, rows))
      : el('p', {}, 'ไม่มีกำหนดส่งในช่วงนี้'));
}

// ---------- routing ----------

async function route() {
  const hash = location.hash.replace(/^#/, '') || '/';
  const [path, queryString] = hash.split('?');
  const params = new URLSearchParams(queryString || '');
  try {
    if (path.startsWith('/letter/')) await letterView(decodeURIComponent(path.slice('/letter/'.length)));
    else if (path === '/deadlines') await deadlinesView(params);
    else await searchView(params);
    document.getElementById('view').setAttribute('data-ready', hash);
  } catch (error) {
    showError(error);
  }
}

window.addEventListener('hashchange', route);
route();
