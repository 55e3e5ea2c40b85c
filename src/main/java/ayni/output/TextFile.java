package ayni.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A UTF-8 text file opened for writing whose {@code close()} always closes the file. Java 17's own writers
 * ({@code Files.newBufferedWriter}, {@code OutputStreamWriter}) leave the file open when the last bytes cannot be
 * flushed on close, as on a full disk: the half-written file then stays open, and its space taken, after the command
 * has failed and deleted it.
 */
public final class TextFile {
    private TextFile() {}

    public static Writer writer(Path file) throws IOException {
        OutputStream os = Files.newOutputStream(file);
        return new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8)) {
            @Override
            public void close() throws IOException {
                try {
                    super.close();
                } finally {
                    os.close(); // a second close of the stream does nothing
                }
            }
        };
    }
}
