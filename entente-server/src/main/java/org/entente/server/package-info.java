/**
 * The Entente web app and JSON API. {@link org.entente.server.EntenteServer} wires Javalin to the
 * capability modules: the case library, the spectrum assessor, the scenario model, the
 * dyad-year panel, and (read only, opened per request) the forecast ledger and the event store. Routes read values through one {@code Library} that caches what is costly
 * (assessments, forecasts, data extracts) and re-reads a case when its file changes. Pages are
 * plain HTML strings built with one escaping helper; their charts are drawn in the browser by
 * ECharts, served from its webjar, from JSON embedded in the page. Nothing is fetched from the
 * network at run time. Edits ({@code CaseEdits}) are made on the case files' text under a lock
 * per case, validated in a temporary copy with the command line's validator, written by rename,
 * and recorded in the case's {@code audit.jsonl}.
 */
package org.entente.server;
