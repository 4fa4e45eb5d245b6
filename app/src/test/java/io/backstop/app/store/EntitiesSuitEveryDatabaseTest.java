package io.backstop.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.backstop.app.Schema;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Unique;
import org.junit.jupiter.api.Test;

/**
 * Checks on the Active Objects entities that our H2 tests cannot make: H2 accepts what Oracle refuses.
 */
class EntitiesSuitEveryDatabaseTest {

    /**
     * Active Objects renders {@code @Unique} as a unique constraint and {@code @Indexed} as an index; Oracle backs the
     * constraint with its own index and refuses a second one on the same column (ORA-01408), failing the migration.
     * The unique constraint is indexed on every database Jira supports, so {@code @Unique} alone is enough.
     */
    @Test
    void noColumnIsBothUniqueAndIndexed() {
        List<String> both = Arrays.stream(Schema.entities())
                .flatMap(entity -> Arrays.stream(entity.getMethods())
                        .filter(EntitiesSuitEveryDatabaseTest::isUniqueAndIndexed)
                        .map(accessor -> entity.getSimpleName() + "." + accessor.getName()))
                .toList();

        assertThat(both).as("columns with @Unique and @Indexed (Oracle: ORA-01408)").isEmpty();
    }

    private static boolean isUniqueAndIndexed(Method accessor) {
        return accessor.isAnnotationPresent(Unique.class) && accessor.isAnnotationPresent(Indexed.class);
    }
}
