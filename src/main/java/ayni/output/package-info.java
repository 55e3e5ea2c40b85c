/** Writers of run results: tidy CSV, charts (JFreeChart), GraphML, the run manifest; every folder written atomically. */
package ayni.output;
