/**
 * Scenario files: immutable records, YAML loading and validation that names file, line and field of each problem.
 * YAML is read as a plain tree (no class construction), then checked key by key.
 */
package ayni.scenario;
