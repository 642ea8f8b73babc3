// The reports' one inline style sheet: readable on screen, A4 on paper (no row or finding split across pages).
import { STATUS_COLOURS } from '../status-words';

export const REPORT_CSS = `
:root { --ink: #1f2937; --muted: #4b5563; --line: #d1d5db; --bg: #f8fafc; --fail: ${STATUS_COLOURS.fail}; --partial: ${STATUS_COLOURS.partial}; --review: ${STATUS_COLOURS['needs-review']}; --pass: ${STATUS_COLOURS.pass}; --na: ${STATUS_COLOURS['not-applicable']}; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: #fff; }
main { max-width: 60rem; margin: 0 auto; padding: 1.5rem 1.25rem 3rem; }
header.page { border-bottom: 4px solid #1d4e89; padding-bottom: 0.75rem; margin-bottom: 1rem; }
h1 { font-size: 1.6rem; margin: 0 0 0.25rem; line-height: 1.25; }
h2 { font-size: 1.3rem; margin: 2rem 0 0.5rem; padding-bottom: 0.25rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.05rem; margin: 1.25rem 0 0.5rem; }
h4 { font-size: 1rem; margin: 0; }
p { margin: 0.35rem 0; }
.meta { color: var(--muted); margin: 0.15rem 0; overflow-wrap: anywhere; }
.meta b { color: var(--ink); font-weight: 600; }
td .meta { font-weight: 400; color: var(--muted); }
.tool { color: var(--muted); font-size: 0.85rem; }
a { color: #1d4e89; overflow-wrap: anywhere; }
.counts { display: flex; flex-wrap: wrap; gap: 0.5rem; margin: 0.75rem 0; padding: 0; list-style: none; }
.counts li { border: 1px solid var(--line); border-left-width: 6px; border-radius: 6px; padding: 0.35rem 0.75rem; background: var(--bg); min-width: 6.5rem; }
.counts li b { display: block; font-size: 1.35rem; line-height: 1.2; }
.counts .fail { border-left-color: var(--fail); } .counts .partial { border-left-color: var(--partial); }
.counts .needs-review { border-left-color: var(--review); } .counts .pass { border-left-color: var(--pass); } .counts .not-applicable { border-left-color: var(--na); }
.headline { margin: 0.5rem 0 1rem; padding: 0.75rem 1rem; background: var(--bg); border-radius: 6px; border: 1px solid var(--line); }
.headline li { margin: 0.15rem 0; }
.outcome-list { list-style: none; padding: 0; margin: 0.5rem 0; }
.outcome { border: 1px solid var(--line); border-left: 6px solid var(--pass); border-radius: 6px; padding: 0.4rem 0.75rem; margin: 0.4rem 0; overflow-wrap: anywhere; break-inside: avoid; page-break-inside: avoid; }
.outcome.missing { border-left-color: var(--partial); }
.looked-at { margin: 0.2rem 0 0; padding-left: 1.25rem; }
.warning { border-left: 4px solid var(--partial); background: #fffaeb; padding: 0.4rem 0.75rem; margin: 0.5rem 0; }
.badge { display: inline-block; font-size: 0.78rem; font-weight: 700; letter-spacing: 0.02em; text-transform: uppercase; color: #fff; border-radius: 4px; padding: 0.05rem 0.45rem; vertical-align: 0.1em; white-space: nowrap; }
.badge.fail { background: var(--fail); } .badge.partial { background: var(--partial); } .badge.needs-review { background: var(--review); }
.badge.pass { background: var(--pass); } .badge.not-applicable { background: var(--na); }
.gap { border: 1px solid var(--line); border-left: 6px solid var(--fail); border-radius: 6px; padding: 0.75rem 1rem; margin: 0.75rem 0; break-inside: avoid; page-break-inside: avoid; }
.gap.partial { border-left-color: var(--partial); } .gap.needs-review { border-left-color: var(--review); }
.gap h4 { display: flex; gap: 0.5rem; align-items: baseline; flex-wrap: wrap; }
.gap .severity { color: var(--muted); font-weight: 400; font-size: 0.85rem; }
.gap dl { margin: 0.5rem 0 0; display: grid; grid-template-columns: 8.5rem 1fr; gap: 0.25rem 0.75rem; }
.gap dt { color: var(--muted); font-weight: 600; }
.gap dd { margin: 0; overflow-wrap: anywhere; }
blockquote { margin: 0.25rem 0; padding: 0.25rem 0.75rem; border-left: 3px solid var(--line); background: var(--bg); font-style: italic; white-space: pre-wrap; overflow-wrap: anywhere; }
blockquote cite { display: block; font-style: normal; color: var(--muted); font-size: 0.85rem; }
.fix { background: #ecfdf3; border-radius: 4px; padding: 0.25rem 0.5rem; }
details { border: 1px solid var(--line); border-radius: 6px; padding: 0.5rem 1rem; margin: 0.75rem 0; }
summary { cursor: pointer; font-weight: 600; }
details ul { margin: 0.5rem 0 0; padding-left: 1.25rem; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; font-size: 0.9rem; }
caption { text-align: left; font-weight: 600; padding: 0.25rem 0; }
th, td { border: 1px solid var(--line); padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
th { overflow-wrap: normal; }
thead th { background: #eef2f7; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.bad { color: var(--fail); font-weight: 700; } td.warn { color: var(--partial); font-weight: 700; } td.good { color: var(--pass); }
.chart { width: 100%; max-width: 44rem; height: auto; }
.chart text { font: 12px system-ui, sans-serif; fill: var(--ink); }
.legend { display: flex; gap: 1rem; flex-wrap: wrap; color: var(--muted); font-size: 0.85rem; margin: 0.25rem 0 0.75rem; padding: 0; list-style: none; }
.legend span { display: inline-block; width: 0.8rem; height: 0.8rem; border-radius: 2px; vertical-align: -0.1em; margin-right: 0.3rem; }
footer { margin-top: 2rem; color: var(--muted); font-size: 0.85rem; border-top: 1px solid var(--line); padding-top: 0.5rem; }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
  section.document + section.document { break-before: page; page-break-before: always; }
  h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
  tr, .gap, .counts li, blockquote, figure { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  details { border: 0; padding: 0; }
  .gap { padding: 0.4rem 0.7rem; margin: 0.4rem 0; }
  .gap dl { grid-template-columns: 6.5rem 1fr; }
  .badge, .counts li, thead th, .fix, blockquote, .headline, .legend span { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
