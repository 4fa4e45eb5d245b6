package io.backstop.core.complaint.suspect;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The labelled client messages of {@code complaints/client-messages.txt} (its header says how they were made). */
final class LabelledMessages {

    static final String RESOURCE = "/complaints/client-messages.txt";

    /** One message: its id ({@code ru-017}), whether it is a complaint, what makes it hard, its text. */
    record Message(String id, boolean complaint, String tag, String text) {

        String language() {
            return id.substring(0, 2);
        }

        /** The development half (pairs 1-2, 5-6, ...): the matcher was tuned on these only. */
        boolean development() {
            return Integer.parseInt(id.substring(3)) % 4 == 1 || Integer.parseInt(id.substring(3)) % 4 == 2;
        }

        @Override
        public String toString() {
            return id + " " + (complaint ? "C" : "N") + " " + tag;
        }
    }

    private LabelledMessages() {
    }

    static List<Message> all() {
        try (InputStream in = LabelledMessages.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("no resource " + RESOURCE);
            }
            List<Message> messages = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int text = line.indexOf(" :: ");
                String[] head = line.substring(0, text).split(" ");
                if (head.length != 3 || !(head[1].equals("C") || head[1].equals("N"))) {
                    throw new IllegalStateException("not a labelled message: " + line);
                }
                messages.add(new Message(head[0], head[1].equals("C"), head[2],
                        line.substring(text + 4).replace("\\n", "\n")));
            }
            return messages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
