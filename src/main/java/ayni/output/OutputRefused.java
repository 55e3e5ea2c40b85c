package ayni.output;

import java.io.IOException;

/**
 * An output folder Ayni will not write: it is not a results folder (replacing it would delete someone's files), or
 * another process is writing it. The message is one line naming the folder and a fix; the command exits with 2.
 */
public final class OutputRefused extends IOException {
    public OutputRefused(String message) {
        super(message);
    }
}
