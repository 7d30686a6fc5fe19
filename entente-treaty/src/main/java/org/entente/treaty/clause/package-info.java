/**
 * A treaty's structure, found the way jlox reads a program: the {@link org.entente.treaty.clause.Scanner}
 * classifies each line (article heading, annex or protocol heading, numbered paragraph, closing
 * formula, plain text), and the {@link org.entente.treaty.clause.Parser} builds the clause tree from
 * those lines: preamble, parts (the treaty itself, annexes, protocols, secret protocols), articles
 * however numbered, paragraphs and sub-points, each with character offsets into the extracted text.
 */
package org.entente.treaty.clause;
