/**
 * Generated briefs: {@link org.entente.report.Brief} gathers an assessment, a forecast and the
 * dyad-year panel; {@link org.entente.report.BriefHtml} writes them as one XHTML page with SVG
 * charts and numbered endnotes, {@link org.entente.report.BriefPdf} turns that page into a PDF
 * with embedded fonts and vector charts, and {@link org.entente.report.BriefMarkdown} writes
 * plain Markdown. Nothing is written by hand per case.
 */
package org.entente.report;
