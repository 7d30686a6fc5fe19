/**
 * Reading and validating case files. {@link org.entente.casefile.CaseFiles} finds and reads
 * {@code case.yaml} files into {@link org.entente.model.Case} values; every problem found on
 * the way, from YAML syntax to dangling references, becomes a
 * {@link org.entente.casefile.Diagnostic} with file, line and column, and all of a file's
 * problems are reported together.
 */
package org.entente.casefile;
