/**
 * Getting a treaty's text out of a file: UTF-8 plain text, HTML (jsoup) or PDF (PDFBox, with
 * two-column pages read column by column), normalised so that every later offset points into
 * one string: no byte-order mark, LF line ends, words hyphenated across a line break joined,
 * footnote markers removed. Bad input becomes a {@link org.entente.treaty.TreatyTextException}.
 */
package org.entente.treaty.text;
