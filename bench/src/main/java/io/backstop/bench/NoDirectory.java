package io.backstop.bench;

import io.backstop.app.port.Directory;

/** For benchmarks: every user exists; nobody is an administrator or in a group, so staff are the department's people. */
final class NoDirectory implements Directory {

    @Override
    public boolean exists(String user) {
        return true;
    }

    @Override
    public boolean isAdmin(String user) {
        return false;
    }

    @Override
    public boolean isInGroup(String user, String group) {
        return false;
    }
}
