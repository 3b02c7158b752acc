package com.llmresale.pricing.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a command reads and must never write onto: the sheets and scenarios folders (and all they
 * hold) and input files such as {@code --against}. Paths are compared as the real files they lead
 * to, so that a link, {@code ./} or {@code ../pricing/x.yaml} spelling is caught too.
 */
public final class ProtectedPaths {
    private record Entry(Path real, String what, boolean folder) {}

    private final List<Entry> entries = new ArrayList<>();

    /**
     * Protects {@code dir} and everything in it; {@code what} names it ("the sheets folder
     * pricing").
     */
    public ProtectedPaths folder(Path dir, String what) {
        entries.add(new Entry(real(dir), what, true));
        return this;
    }

    /** Protects one input file; {@code what} names it ("the --against file last.csv"). */
    public ProtectedPaths file(Path file, String what) {
        entries.add(new Entry(real(file), what, false));
        return this;
    }

    /**
     * Why {@code target} may not be written ("is the --against file last.csv", "is in the sheets
     * folder pricing"), or null when it may. A folder {@code target} (an export folder) also may
     * not be, or be in, a protected folder.
     */
    public String clash(Path target) {
        Path real = real(target);
        for (Entry e : entries) {
            if (real.equals(e.real())) {
                return "is " + e.what();
            }
            if (e.folder() && real.startsWith(e.real())) {
                return "is in " + e.what();
            }
        }
        return null;
    }

    /**
     * The real path {@code path} leads to: its links resolved (a link to a missing file included),
     * and for a path that does not exist yet, the real path of its nearest existing folder with the
     * rest appended.
     */
    static Path real(Path path) {
        Path p = path.toAbsolutePath().normalize();
        try {
            p = AtomicFiles.resolveLinks(p);
        } catch (IOException e) {
            // a loop of links: compare it as spelled
        }
        Path existing = p;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return p;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(p)).normalize();
        } catch (IOException e) {
            return p;
        }
    }
}
