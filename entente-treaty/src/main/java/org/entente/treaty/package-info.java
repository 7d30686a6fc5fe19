/**
 * Treaty analysis: reads a treaty's text, finds its structure (preamble, articles, paragraphs,
 * annexes and protocols), and codes its obligations in the ATOP typology with the exact clause
 * behind each finding. See {@code docs/treaty-coding.md}.
 */
package org.entente.treaty;
