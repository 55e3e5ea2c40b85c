package ayni.metrics.graph;

/** A network file that cannot be read or measured as asked; the message is one line naming the file and a fix. */
public final class NetworkException extends Exception {
    private static final long serialVersionUID = 1L;

    public NetworkException(String message) {
        super(message);
    }
}
