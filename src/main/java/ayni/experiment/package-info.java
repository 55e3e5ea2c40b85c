/** Running the model: a single run to an end date; replications and what-if experiments build on it. */
package ayni.experiment;
