package io.backstop.app.settings;

/** How much open work a person owns: a person who owns some may not leave the settings (the clocks answer). */
public interface OpenWork {

    int openOwnedBy(String owner);
}
