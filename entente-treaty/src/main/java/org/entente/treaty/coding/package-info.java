/**
 * The coding rules: what each article is about (subject lexicons), which ATOP obligations and
 * depth provisions its sentences create, how binding their wording is, and under what conditions
 * they apply. Every rule is a small set of word patterns, documented with its reasoning in
 * {@code docs/treaty-coding.md}; every finding keeps the sentence that triggered it.
 */
package org.entente.treaty.coding;
