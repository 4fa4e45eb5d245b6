package io.backstop.jira.packaging;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packages a class file refers to, read from its constant pool (class entries, and every descriptor or
 * signature, which also covers annotations): what the JVM may need to load through the bundle's imports.
 */
final class ClassReferences {

    private static final Pattern DESCRIPTOR_TYPE = Pattern.compile("L([A-Za-z_$][\\w$]*(?:/[A-Za-z_$][\\w$]*)+)[;<]");

    static Set<String> packages(byte[] classFile) {
        Set<String> packages = new TreeSet<>();
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile))) {
            if (in.readInt() != 0xCAFEBABE) {
                throw new IllegalArgumentException("not a class file");
            }
            in.readUnsignedShort();
            in.readUnsignedShort();
            int count = in.readUnsignedShort();
            String[] utf8 = new String[count];
            int[] classNames = new int[count];
            int classes = 0;
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> utf8[i] = in.readUTF();
                    case 7 -> classNames[classes++] = in.readUnsignedShort();
                    case 8, 16, 19, 20 -> in.readUnsignedShort();
                    case 3, 4 -> in.readInt();
                    case 5, 6 -> {
                        in.readLong();
                        i++;
                    }
                    case 9, 10, 11, 12, 17, 18 -> in.readInt();
                    case 15 -> {
                        in.readUnsignedByte();
                        in.readUnsignedShort();
                    }
                    default -> throw new IllegalArgumentException("unknown constant pool tag " + tag);
                }
            }
            for (int c = 0; c < classes; c++) {
                String name = utf8[classNames[c]];
                if (name.startsWith("[")) {
                    addDescriptorTypes(name, packages);
                } else {
                    add(name, packages);
                }
            }
            for (String text : utf8) {
                if (text != null && text.indexOf('/') > 0) {
                    addDescriptorTypes(text, packages);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return packages;
    }

    private static void addDescriptorTypes(String text, Set<String> packages) {
        Matcher type = DESCRIPTOR_TYPE.matcher(text);
        while (type.find()) {
            add(type.group(1), packages);
        }
    }

    private static void add(String internalName, Set<String> packages) {
        int slash = internalName.lastIndexOf('/');
        if (slash > 0) {
            packages.add(internalName.substring(0, slash).replace('/', '.'));
        }
    }

    private ClassReferences() {
    }
}
