// The executive summary as summary.md beside report.html: the same blocks as Markdown, to paste into
// a memo or read where no browser is at hand.
import type { ExecutiveSummary, SummaryBlock } from './executive-summary.js';

/** A table cell: pipes would end the cell, line breaks the row. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

function blockMarkdown(block: SummaryBlock): string[] {
  const lines = [`## ${block.title}`, ''];
  if (block.paragraphs.length > 0) {
    for (const p of block.paragraphs) lines.push(block.list ? `- ${p}` : p, ...(block.list ? [] : ['']));
    if (block.list) lines.push('');
  }
  if (block.table) {
    const { header, rows } = block.table;
    lines.push(`| ${header.map(cell).join(' | ')} |`, `|${header.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`);
    for (const row of rows) lines.push(`| ${row.map(cell).join(' | ')} |`);
    lines.push('');
  }
  if (block.note) lines.push(`*${block.note}*`, '');
  return lines;
}

export function summaryMarkdown(summary: ExecutiveSummary, title: string): string {
  return [`# ${title}: ${summary.heading}`, '', summary.intro, '', ...summary.blocks.flatMap(blockMarkdown)].join('\n');
}
