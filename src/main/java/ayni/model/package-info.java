/**
 * The MASON model: builds the world from a scenario in {@code start()}, runs the named phases of each monthly step
 * (events, act, exchange, update, observe) and applies the scenario's timeline. It never imports the GUI, the CLI or
 * output code; observers are handed in.
 */
package ayni.model;
