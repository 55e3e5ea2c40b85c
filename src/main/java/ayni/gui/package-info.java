/**
 * The teaching GUI: MASON's Console around the very same {@link ayni.model.AyniModel} the batch runs use
 * ({@link ayni.gui.AyniWithUI}), a network display with read-only inspectors, live charts of the batch measures
 * (driven by {@link ayni.metrics.StepObserver}), the model's parameters as Console properties, and a classroom panel
 * with the scenario picker, levers ({@link ayni.model.Lever}), layer check boxes and the event log. Nothing here
 * changes the model except through {@link ayni.model.AyniModel#pull} and the parameter bean; the model never imports
 * this package.
 */
package ayni.gui;
