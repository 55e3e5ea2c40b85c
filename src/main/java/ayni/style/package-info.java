/**
 * How things look, shared by the batch pictures ({@code output}) and the teaching GUI ({@code gui}) so an actor kind,
 * a layer or an event looks the same in a PNG and on the screen: colours and labels per actor kind, NGO type and tie
 * layer, the ring layout of the network pictures, and event markers on time charts. Depends only on {@code domain},
 * AWT and JFreeChart; knows nothing of the model.
 */
package ayni.style;
