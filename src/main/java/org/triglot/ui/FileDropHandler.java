package org.triglot.ui;

import javax.swing.TransferHandler;
import java.awt.datatransfer.DataFlavor;
import java.awt.datatransfer.UnsupportedFlavorException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Accepts files dropped on the window (one or several versions; their languages decide the columns). */
final class FileDropHandler extends TransferHandler {
    private final Consumer<List<Path>> onFiles;

    FileDropHandler(Consumer<List<Path>> onFiles) {
        this.onFiles = onFiles;
    }

    @Override
    public boolean canImport(TransferSupport support) {
        return support.isDataFlavorSupported(DataFlavor.javaFileListFlavor);
    }

    @Override
    public boolean importData(TransferSupport support) {
        if (!canImport(support)) {
            return false;
        }
        try {
            List<?> files = (List<?>) support.getTransferable().getTransferData(DataFlavor.javaFileListFlavor);
            List<Path> paths = new ArrayList<>();
            for (Object f : files) {
                paths.add(((File) f).toPath());
            }
            if (paths.isEmpty()) {
                return false;
            }
            onFiles.accept(paths);
            return true;
        } catch (UnsupportedFlavorException | IOException e) {
            return false;
        }
    }
}
