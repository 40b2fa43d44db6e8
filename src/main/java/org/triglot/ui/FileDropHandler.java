package org.triglot.ui;

import javax.swing.TransferHandler;
import java.awt.datatransfer.DataFlavor;
import java.awt.datatransfer.UnsupportedFlavorException;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Accepts files dropped on the window (one or several versions; their languages decide the columns). Besides Java's
 * file list it reads the {@code text/uri-list} that some Linux file managers offer instead (one {@code file:} URI per
 * line, {@code #} comments), so a drop from those is not silently refused.
 */
final class FileDropHandler extends TransferHandler {
    static final DataFlavor URI_LIST = uriList();
    private final Consumer<List<Path>> onFiles;

    FileDropHandler(Consumer<List<Path>> onFiles) {
        this.onFiles = onFiles;
    }

    private static DataFlavor uriList() {
        try {
            return new DataFlavor("text/uri-list;class=java.lang.String");
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public boolean canImport(TransferSupport support) {
        return support.isDataFlavorSupported(DataFlavor.javaFileListFlavor) || support.isDataFlavorSupported(URI_LIST);
    }

    @Override
    public boolean importData(TransferSupport support) {
        if (!canImport(support)) {
            return false;
        }
        try {
            List<Path> paths = support.isDataFlavorSupported(DataFlavor.javaFileListFlavor)
                    ? fromFileList((List<?>) support.getTransferable().getTransferData(DataFlavor.javaFileListFlavor))
                    : fromUriList((String) support.getTransferable().getTransferData(URI_LIST));
            if (paths.isEmpty()) {
                return false;
            }
            onFiles.accept(paths);
            return true;
        } catch (UnsupportedFlavorException | IOException | ClassCastException e) {
            return false;
        }
    }

    private static List<Path> fromFileList(List<?> files) {
        List<Path> paths = new ArrayList<>();
        for (Object f : files) {
            paths.add(((File) f).toPath());
        }
        return paths;
    }

    /** The local files of a text/uri-list; other schemes (http: from a browser) are skipped. */
    static List<Path> fromUriList(String list) {
        List<Path> paths = new ArrayList<>();
        for (String line : list.split("\r?\n")) {
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("#")) {
                continue;
            }
            try {
                URI uri = new URI(s);
                if ("file".equalsIgnoreCase(uri.getScheme())) {
                    paths.add(Path.of(uri));
                }
            } catch (Exception e) {
                // not a URI we can open: skip it, the others still count
            }
        }
        return paths;
    }
}
