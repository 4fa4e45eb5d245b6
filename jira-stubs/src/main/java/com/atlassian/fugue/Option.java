/*
 * Stand-in for com.atlassian.fugue.Option (compile-only: jira-stubs is never packaged; Jira supplies the real type).
 * Source: Atlassian Fugue's source, github.com/andyglick/atlassian-fugue (a mirror of bitbucket.org/atlassian/fugue)
 * fugue/src/main/java/com/atlassian/fugue/Option.java @8bcb0b1036aae343050ac1ac30650860d889afd7: "public abstract class
 * Option<A> implements Iterable<A>, Maybe<A>, Serializable" with public static some(A), none(), option(A), the
 * abstract isDefined() and get() (from Maybe) and "public final A getOrNull()". Only what Backstop and its tests
 * use is declared; the bodies are test conveniences. Whether Jira 11 still exports com.atlassian.fugue to plugins is
 * unconfirmed ([U]): Backstop imports the package with resolution:=optional and reads through it inside a
 * LinkageError guard.
 */
package com.atlassian.fugue;

public abstract class Option<A> {

    Option() {
    }

    public static <A> Option<A> some(A value) {
        if (value == null) {
            throw new NullPointerException("value");
        }
        return new Some<>(value);
    }

    @SuppressWarnings("unchecked")
    public static <A> Option<A> none() {
        return (Option<A>) NONE;
    }

    public static <A> Option<A> option(A value) {
        return value == null ? none() : some(value);
    }

    public abstract boolean isDefined();

    public abstract A get();

    public final A getOrNull() {
        return isDefined() ? get() : null;
    }

    private static final Option<Object> NONE = new Option<>() {
        @Override
        public boolean isDefined() {
            return false;
        }

        @Override
        public Object get() {
            throw new java.util.NoSuchElementException();
        }
    };

    private static final class Some<A> extends Option<A> {

        private final A value;

        Some(A value) {
            this.value = value;
        }

        @Override
        public boolean isDefined() {
            return true;
        }

        @Override
        public A get() {
            return value;
        }
    }
}
