package io.backstop.app.port;

import java.util.Optional;

/** Who is asking, as the host authenticated them; empty for anonymous requests. */
@FunctionalInterface
public interface CurrentUser {

    Optional<String> name();
}
