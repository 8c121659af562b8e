// The executive summary as the first section of report.html: plain HTML (no script needed to read it).
import type { ExecutiveSummary, SummaryBlock } from './executive-summary.js';
import { escapeHtml } from './html-escape.js';

function blockHtml(block: SummaryBlock): string[] {
  const lines = [`<div class="summary-block" id="${block.id}">`, `<h3>${escapeHtml(block.title)}</h3>`];
  if (block.paragraphs.length > 0) {
    if (block.list) lines.push('<ul>', ...block.paragraphs.map((p) => `<li>${escapeHtml(p)}</li>`), '</ul>');
    else lines.push(...block.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`));
  }
  if (block.table) {
    const [first, ...rest] = block.table.header;
    lines.push(
      '<table class="summary">',
      `<thead><tr><th scope="col">${escapeHtml(first)}</th>${rest.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead>`,
      '<tbody>',
      ...block.table.rows.map(([head, ...cells]) => `<tr><th scope="row">${escapeHtml(head)}</th>${cells.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`),
      '</tbody></table>',
    );
  }
  if (block.note) lines.push(`<p class="note">${escapeHtml(block.note)}</p>`);
  lines.push('</div>');
  return lines;
}

export function summaryHtml(summary: ExecutiveSummary): string[] {
  return [
    '<section id="summary">',
    `<h2>${escapeHtml(summary.heading)}</h2>`,
    `<p>${escapeHtml(summary.intro)}</p>`,
    ...summary.blocks.flatMap(blockHtml),
    '</section>',
  ];
}
