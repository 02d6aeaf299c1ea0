package digits.pad;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The live pad's status file, which its script ({@code drawing-pad.js}) saves next to the notebook when the pad
 * opens, when its "inside view" switch changes and on <em>Done</em>: one JSON object
 *
 * <pre>{@code
 * {"session": "<the pad's session>", "state": "open" | "done", "inside": true | false}
 * }</pre>
 *
 * A file of another session (an earlier run of the cell) is not this session's and is ignored.
 */
final class PadStatusFile {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final String session;
    private Optional<FileSignature> seen = Optional.empty();

    /**
     * What the pad says.
     *
     * @param done   whether the learner pressed <em>Done</em>
     * @param inside whether the pad asks for the inside view
     */
    record Status(boolean done, boolean inside) {}

    /**
     * @param file    the status file ({@link DrawingPad#statusName(String)} in the notebook's folder)
     * @param session the session this run of the pad carries
     */
    PadStatusFile(Path file, String session) {
        this.file = Objects.requireNonNull(file, "file");
        this.session = Objects.requireNonNull(session, "session");
    }

    /**
     * Looks at the file once.
     *
     * @return the status if the file changed since the last look and belongs to this session; nothing if it did
     *     not change, is missing, is half-written (read again when it changes) or is another session's
     */
    Optional<Status> poll() {
        Optional<FileSignature> now = FileSignature.of(file);
        if (now.isEmpty() || now.equals(seen)) {
            return Optional.empty();
        }
        JsonNode json;
        try {
            json = JSON.readTree(Files.readAllBytes(file));
        } catch (IOException | RuntimeException halfWritten) {
            return Optional.empty();
        }
        seen = now;
        if (json == null || !session.equals(json.path("session").asText())) {
            return Optional.empty();
        }
        return Optional.of(new Status(
                "done".equals(json.path("state").asText()), json.path("inside").asBoolean()));
    }
}
