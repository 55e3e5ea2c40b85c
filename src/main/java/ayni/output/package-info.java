/**
 * Writers of run results: tidy CSV, charts (JFreeChart) with measures and events in words, GraphML and GEXF, the
 * manifest and report.html (a self-contained page per folder); every folder written atomically.
 */
package ayni.output;
