/** Measures of power and structure taken on the world each observed step; they never change the model's state. */
package ayni.metrics;
