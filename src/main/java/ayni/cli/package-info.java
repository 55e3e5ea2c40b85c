/** The command line (picocli): run, validate, compare, metrics. Bad input ends with a one-line message and exit code 2. */
package ayni.cli;
